import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  DiwanError, redactPersonalData, type DiwanBackend, type Feedback, type Outbox, type OutboxChange, type RedactionKind,
} from '@diwan/client';
import { DiwanElement } from '../shared/diwan-element.js';
import { emit } from '../shared/events.js';
import { renderErrorState, renderSkeletonLines } from '../shared/states.js';
import { DiwanFeedbackSubmitEvent } from './events.js';
import { countText, removedList, renderForm } from './feedback-form.js';
import { AnsweredMemory, outboxTarget, pagePath, removedKinds, sharedOutbox, validServiceId } from './feedback-model.js';
import { feedbackStyles } from './feedback.styles.js';

type Status = 'loading' | 'error' | 'ask' | 'details' | 'thanks' | 'answered';

const DEFAULT_MAX_COMMENT = 1200;
/** Pause before the character count is announced, so screen readers hear it once typing stops. */
const COUNT_ANNOUNCE_DELAY_MS = 700;

/**
 * "Is this page useful?" in one click, then an optional satisfaction rating (1–5, in words) and a
 * comment, or "Report a problem with this page". E-mail addresses, phone numbers, card, IBAN and ID
 * numbers are removed in the browser before anything is sent, and the citizen is told so. Feedback
 * that cannot be delivered (offline, server down) is saved on the device and sent later, once.
 * Asked once per page per browser session; `reset()` asks again.
 *
 * @summary Page feedback and problem reports: private by design, never lost offline.
 * @tag diwan-feedback
 *
 * @fires diwan-feedback-submit - Feedback was sent, or saved to be sent later; carries `kind`, `useful`, `rating` and `queued`.
 * @fires diwan-error - The backend is not set up, the server refused the feedback, or it could be neither sent nor saved; carries `code`, `retryable` and `message`.
 *
 * @csspart base - The root container (carries `dir` and `lang`).
 * @csspart title - The question or step heading.
 * @csspart answers - The Yes / No buttons.
 * @csspart yes-button - "Yes".
 * @csspart no-button - "No".
 * @csspart problem-button - "Report a problem with this page".
 * @csspart rating - The satisfaction rating group.
 * @csspart rating-option - One rating choice (radio and its words).
 * @csspart comment - The comment field.
 * @csspart privacy-notice - What not to include and what is removed.
 * @csspart count - Characters remaining.
 * @csspart will-remove - What redaction will remove from the comment as typed.
 * @csspart send-button - The send button.
 * @csspart error-summary - The problem with the form or with sending it.
 * @csspart thanks - The confirmation after sending.
 * @csspart error - The error state (backend not available) with its retry button.
 *
 * @cssprop --diwan-color-text - Body text colour.
 * @cssprop --diwan-color-text-muted - Hints and the character count.
 * @cssprop --diwan-color-bg - Background.
 * @cssprop --diwan-color-surface - Panels and the skeleton.
 * @cssprop --diwan-color-border - Field borders.
 * @cssprop --diwan-color-accent - Buttons.
 * @cssprop --diwan-color-accent-text - Text on accent buttons.
 * @cssprop --diwan-color-focus - Focus ring.
 * @cssprop --diwan-color-error - Error summary and an over-long comment.
 * @cssprop --diwan-color-success - The thank-you panel.
 * @cssprop --diwan-radius - Corner radius.
 * @cssprop --diwan-font-size-sm - Hints and the count.
 * @cssprop --diwan-font-size-lg - Headings.
 * @cssprop --diwan-target-size - Minimum size of buttons, radios and the comment field.
 */
export class DiwanFeedback extends DiwanElement {
  static override styles = [DiwanElement.styles, feedbackStyles];

  /** Id of the service the page is about (sent with the feedback). */
  @property({ reflect: true }) service?: string;

  /** The page path sent with the feedback (default: `location.pathname`). Query string and fragment are never sent. */
  @property({ reflect: true }) page?: string;

  /** `feedback` (default): "Is this page useful?". `problem`: straight to "Report a problem with this page". */
  @property({ reflect: true }) variant: 'feedback' | 'problem' = 'feedback';

  /**
   * Where undeliverable feedback waits. Default: the page's shared outbox (IndexedDB database
   * `diwan-outbox`), which every Diwan feedback widget on the origin flushes when it connects.
   */
  @property({ attribute: false }) outbox?: Outbox;

  @state() private status: Status = 'loading';
  @state() private error?: DiwanError;
  @state() private kind: 'feedback' | 'problem' = 'feedback';
  @state() private useful = true;
  @state() private rating?: number;
  @state() private comment = '';
  @state() private sending = false;
  @state() private formError?: { message: string; aboutComment: boolean };
  @state() private announcedCount = '';
  @state() private queued = false;
  @state() private delivered = false;
  @state() private removed: [RedactionKind, number][] = [];
  @state() private maxLength = DEFAULT_MAX_COMMENT;

  private backendInstance?: DiwanBackend;
  private disconnectOutbox?: () => void;
  private unsubscribe?: () => void;
  private pendingKey?: string;
  private loadToken = 0;
  private countTimer?: ReturnType<typeof setTimeout>;
  private warnedService?: string;

  /**
   * Asks again on this page: forgets that feedback was given in this session and returns to the
   * question (for hosts whose "page" changes without a reload, e.g. single-page apps).
   */
  reset(): void {
    this.memory().forget();
    this.clearForm();
    this.queued = this.delivered = false;
    this.removed = [];
    if (this.status !== 'loading' && this.status !== 'error') this.status = this.startStatus();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadToken += 1;
    this.detachOutbox();
    clearTimeout(this.countTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || this.backendChanged(changed) || changed.has('outbox')) this.load();
    else if ((changed.has('page') || changed.has('service') || changed.has('variant')) && this.status !== 'loading' && this.status !== 'error') {
      this.clearForm();
      this.status = this.startStatus();
    }
  }

  // ---- backend and outbox ----

  private load(): void {
    const token = ++this.loadToken;
    this.status = 'loading';
    this.error = undefined;
    this.detachOutbox();
    void this.resolveBackend().then(
      (backend) => {
        if (token !== this.loadToken) return;
        if (!backend.capabilities.feedback.enabled) throw new DiwanError('unsupported', 'This backend does not accept feedback.', { retryable: false });
        this.backendInstance = backend;
        this.maxLength = backend.capabilities.feedback.maxCommentLength || DEFAULT_MAX_COMMENT;
        const outbox = this.outbox ?? sharedOutbox();
        this.unsubscribe = outbox.subscribe(this.onOutboxChange);
        this.disconnectOutbox = outbox.connect(this.target(), backend);
        this.status = this.startStatus();
      },
    ).catch((error: unknown) => {
      if (token !== this.loadToken) return;
      this.error = this.reportError(error);
      this.status = 'error';
    });
  }

  private detachOutbox(): void {
    this.disconnectOutbox?.();
    this.unsubscribe?.();
    this.disconnectOutbox = this.unsubscribe = undefined;
  }

  private target(): string {
    return outboxTarget(this.backend, this.api);
  }

  private onOutboxChange = (change: OutboxChange): void => {
    if (change.item.target !== this.target()) return;
    if (change.type === 'delivered' && change.item.key === this.pendingKey) {
      this.delivered = true;
      this.pendingKey = undefined;
    } else if (change.type === 'dropped') {
      this.reportError(change.error);
    }
  };

  private retryLoad = (): void => {
    this.load();
    void this.updateComplete.then(() => this.focusHeading());
  };

  // ---- steps ----

  private memory(): AnsweredMemory {
    return new AnsweredMemory(pagePath(this.page), this.serviceId());
  }

  private serviceId(): string | undefined {
    const id = validServiceId(this.service);
    if (this.service && !id && this.warnedService !== this.service) {
      this.warnedService = this.service;
      console.warn(`[diwan] <diwan-feedback>: service="${this.service}" is not a service id; feedback is sent without it.`);
    }
    return id;
  }

  private startStatus(): Status {
    if (this.memory().has()) return 'answered';
    if (this.variant === 'problem') {
      this.kind = 'problem';
      this.useful = false;
      return 'details';
    }
    return 'ask';
  }

  private clearForm(): void {
    this.rating = undefined;
    this.comment = '';
    this.formError = undefined;
    this.announcedCount = '';
    this.pendingKey = undefined;
    this.sending = false;
  }

  private answer(useful: boolean): void {
    this.kind = 'feedback';
    this.useful = useful;
    this.goTo('details');
  }

  private reportProblem = (): void => {
    this.kind = 'problem';
    this.useful = false;
    this.goTo('details');
  };

  private goTo(status: Status): void {
    this.status = status;
    void this.updateComplete.then(() => this.focusHeading());
  }

  private focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('.title')?.focus();
  }

  // ---- the form ----

  private onComment = (comment: string): void => {
    this.comment = comment;
    if (this.formError?.aboutComment && comment.length <= this.maxLength) this.formError = undefined;
    clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => {
      this.announcedCount = countText(this.locale, this.comment.length, this.maxLength);
    }, COUNT_ANNOUNCE_DELAY_MS);
  };

  private onSubmit = (event: Event): void => {
    event.preventDefault();
    if (!this.sending) void this.send();
  };

  private invalid(): { message: string; aboutComment: boolean } | undefined {
    if (this.comment.length > this.maxLength) {
      return { message: this.locale.t('feedback:errors.tooLong', { max: this.locale.number(this.maxLength) }), aboutComment: true };
    }
    if (this.kind === 'problem' && !this.comment.trim()) return { message: this.locale.t('feedback:errors.problemEmpty'), aboutComment: true };
    return undefined;
  }

  private async send(): Promise<void> {
    const problem = this.invalid();
    if (problem) return this.showFormError(problem);
    const backend = this.backendInstance;
    if (!backend) return;
    const redacted = redactPersonalData(this.comment.trim());
    // one key per submission, kept across retries of it: the server can tell a replay
    this.pendingKey ??= crypto.randomUUID();
    const feedback: Feedback = {
      kind: this.kind,
      useful: this.useful,
      ...(this.kind === 'feedback' && this.rating ? { rating: this.rating } : {}),
      ...(redacted.text ? { comment: redacted.text } : {}),
      ...(this.serviceId() ? { serviceId: this.serviceId() } : {}),
      page: pagePath(this.page),
      locale: this.locale.lang,
      idempotencyKey: this.pendingKey,
    };
    this.sending = true;
    this.formError = undefined;
    const token = this.loadToken;
    try {
      const result = await (this.outbox ?? sharedOutbox()).submit(this.target(), feedback);
      if (token !== this.loadToken) return;
      this.queued = result.status === 'queued';
      if (!this.queued) this.pendingKey = undefined;
      this.removed = removedKinds(redacted.removed);
      this.memory().remember();
      this.sending = false;
      emit(this, new DiwanFeedbackSubmitEvent(feedback.kind, feedback.useful, feedback.rating, this.queued));
      this.goTo('thanks');
    } catch (error) {
      if (token !== this.loadToken) return;
      this.sending = false;
      const diwanError = this.reportError(error);
      const key = diwanError.retryable ? 'errors.notSent' : 'errors.refused';
      if (!diwanError.retryable) this.pendingKey = undefined; // a corrected submission is a new one
      this.showFormError({ message: this.locale.t(`feedback:${key}`), aboutComment: false });
    }
  }

  private showFormError(error: { message: string; aboutComment: boolean }): void {
    this.formError = error;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus());
  }

  // ---- rendering ----

  private t(key: string, options?: Record<string, unknown>): string {
    return this.locale.t(`feedback:${key}`, options);
  }

  protected override render(): TemplateResult {
    return html`<section class="root" part="base" dir=${this.locale.dir} lang=${this.locale.lang}
      aria-busy=${this.status === 'loading' ? 'true' : 'false'}>${this.renderState()}</section>`;
  }

  private renderState(): TemplateResult {
    switch (this.status) {
      case 'loading':
        return html`<div class="skeleton" aria-hidden="true">${renderSkeletonLines(3)}</div>
          <p class="visually-hidden" role="status">${this.locale.t('common:loading')}</p>`;
      case 'error':
        return html`<h2 class="title" part="title" tabindex="-1">${this.t('question')}</h2>
          ${renderErrorState(this.locale, this.error!, this.retryLoad)}`;
      case 'ask':
        return this.renderQuestion();
      case 'details':
        return renderForm(this.locale, {
          kind: this.kind, useful: this.useful, rating: this.rating, comment: this.comment, maxLength: this.maxLength,
          sending: this.sending, error: this.formError?.message, commentInvalid: Boolean(this.formError?.aboutComment),
          willRemove: removedKinds(redactPersonalData(this.comment).removed), announcedCount: this.announcedCount,
        }, { onRating: (rating) => (this.rating = rating), onComment: this.onComment, onSubmit: this.onSubmit });
      case 'thanks':
      case 'answered':
        return this.renderThanks();
    }
  }

  private renderQuestion(): TemplateResult {
    return html`<h2 id="question" class="title" part="title" tabindex="-1">${this.t('question')}</h2>
      <div class="answers" part="answers" role="group" aria-labelledby="question">
        <button type="button" class="button secondary" part="yes-button" @click=${() => this.answer(true)}>
          ${this.t('yes')}<span class="visually-hidden"> ${this.t('yesHidden')}</span>
        </button>
        <button type="button" class="button secondary" part="no-button" @click=${() => this.answer(false)}>
          ${this.t('no')}<span class="visually-hidden"> ${this.t('noHidden')}</span>
        </button>
      </div>
      <button type="button" class="link-button" part="problem-button" @click=${this.reportProblem}>${this.t('reportProblem')}</button>`;
  }

  private renderThanks(): TemplateResult {
    const answeredBefore = this.status === 'answered';
    const message = answeredBefore ? this.t('thanks.already') : this.queued && !this.delivered ? this.t('thanks.queued') : this.t('thanks.sent');
    return html`<div class="thanks" part="thanks">
      <h2 class="title" part="title" tabindex="-1">${this.t('thanks.title')}</h2>
      <p role="status">${message}${this.delivered ? html` ${this.t('thanks.delivered')}` : nothing}</p>
      ${this.removed.length && !answeredBefore ? html`<p>${this.t('thanks.removed', { items: removedList(this.locale, this.removed) })}</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'diwan-feedback': DiwanFeedback;
  }
}
