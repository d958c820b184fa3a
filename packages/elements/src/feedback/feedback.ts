import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DiwanError } from '@diwan/client/core';
import type { DiwanBackend, Feedback, Outbox, OutboxChange, RedactionKind } from '@diwan/client';
import { DiwanElement } from '../shared/diwan-element.js';
import { emit } from '../shared/events.js';
import { renderErrorState, renderSkeletonLines } from '../shared/states.js';
import { errorSummaryStyles, focusErrorSummary } from '../shared/error-summary.js';
import { DiwanFeedbackSubmitEvent } from './events.js';
import { countText, formProblem, renderForm, type FormProblem } from './feedback-form.js';
import { removedNote, renderQuestion, renderThanks, sentMessage } from './feedback-views.js';
import {
  AnsweredMemory, feedbackItem, formContent, loadRedaction, pagePath, removedKinds, validServiceId, type FeedbackContent, type Redaction,
} from './feedback-model.js';
import { outboxTarget, sharedOutbox } from '../shared/outbox-link.js';
import { feedbackStyles } from './feedback.styles.js';
import { feedbackStrings } from './strings.js';

/**
 * ask: the question · problem: the problem report · thanks: the answer was sent, the optional details
 * are offered · done: the details or the problem report were sent · answered: given earlier this session.
 */
type Status = 'loading' | 'error' | 'ask' | 'problem' | 'thanks' | 'done' | 'answered';

const DEFAULT_MAX_COMMENT = 1200;
/** Pause before the character count is announced, so screen readers hear it once typing stops. */
const COUNT_ANNOUNCE_DELAY_MS = 700;

/**
 * "Is this page useful?" in one click: Yes or No is sent at once, and the thanks then offers,
 * optionally, a satisfaction rating (1–5, in words) and a comment, sent as a second item that names
 * the first (`followUpOf`). "Report a problem with this page" is a form that needs its comment.
 * E-mail addresses, phone numbers, card, IBAN and ID numbers are removed in the browser before
 * anything is sent, and the citizen is told so. Feedback
 * that cannot be delivered (offline, server down) is saved on the device and sent later, once.
 * Asked once per page per browser session; `reset()` asks again.
 *
 * @summary Page feedback and problem reports: private by design, never lost offline.
 * @tag diwan-feedback
 *
 * @fires diwan-feedback-submit - Feedback was sent, or saved to be sent later: the one-click answer, then the optional details (`followUp`), or a problem report; carries `kind`, `useful`, `rating`, `queued` and `followUp`, never the comment.
 * @fires diwan-error - The backend is not set up, the server refused the feedback, or it could be neither sent nor saved; carries `code`, `retryable` and `message`.
 *
 * @csspart base - The root container (carries `dir` and `lang`).
 * @csspart title - The heading of the step: the question, the thanks, or the problem report.
 * @csspart answers - The Yes / No buttons.
 * @csspart yes-button - "Yes".
 * @csspart no-button - "No".
 * @csspart problem-button - "Report a problem with this page".
 * @csspart details - The form for the optional details (offered under the thanks), or the problem report.
 * @csspart details-title - "Tell us more (optional)", the heading of the optional details.
 * @csspart rating - The satisfaction rating group.
 * @csspart rating-option - One rating choice (radio and its words).
 * @csspart comment - The comment field.
 * @csspart privacy-notice - What not to include and what is removed.
 * @csspart count - Characters remaining.
 * @csspart will-remove - What redaction will remove from the comment as typed.
 * @csspart send-button - The send button.
 * @csspart error-summary - The problem with the form, or with sending the answer or the form.
 * @csspart thanks - The confirmation after sending (the optional details follow it after an answer).
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
  static override styles = [DiwanElement.styles, errorSummaryStyles, feedbackStyles];
  /** Its strings (English bundled, other locales lazy). */
  static strings = feedbackStrings;

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
  @state() private useful = true;
  @state() private rating?: number;
  @state() private comment = '';
  @state() private sending = false;
  @state() private formError?: FormProblem;
  @state() private announcedCount = '';
  @state() private queued = false;
  @state() private delivered = false;
  @state() private removed: [RedactionKind, number][] = [];
  @state() private maxLength = DEFAULT_MAX_COMMENT;

  private activeOutbox?: Outbox;
  private redaction?: Redaction;
  private disconnectOutbox?: () => void;
  /** Set when the backend has no outbox target (an object without `outboxId`): feedback is sent directly. */
  private directBackend?: DiwanBackend;
  private unsubscribe?: () => void;
  /** The key of the submission being tried, kept across retries of it: the server can tell a replay. */
  private pendingKey?: string;
  /** The key of the one-click answer: the optional details name it in `followUpOf`. */
  private answerKey?: string;
  /** The key of the last item that was queued: its delivery turns "saved" into "now sent". */
  private queuedKey?: string;
  private loadToken = 0;
  /** Changes when a reload or a restart makes the outcome of a send in flight moot. */
  private sendToken = 0;
  private countTimer?: ReturnType<typeof setTimeout>;
  private warnedService?: string;

  /**
   * Asks again on this page: forgets that feedback was given in this session and returns to the
   * question (for hosts whose "page" changes without a reload, e.g. single-page apps).
   */
  reset(): void {
    this.memory().forget();
    this.restart();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadToken += 1;
    this.sendToken += 1;
    this.detachOutbox();
    clearTimeout(this.countTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || this.backendChanged(changed) || changed.has('outbox')) this.load();
    else if (changed.has('page') || changed.has('service') || changed.has('variant')) this.restart();
  }

  // ---- backend and outbox ----

  private load(): void {
    const token = ++this.loadToken;
    this.sendToken += 1;
    this.status = 'loading';
    this.error = undefined;
    this.detachOutbox();
    // the backend and the lazy outbox and redaction chunks load together
    void Promise.all([this.resolveBackend(), this.outbox ?? sharedOutbox(), loadRedaction()]).then(
      ([backend, outbox, redaction]) => {
        if (token !== this.loadToken) return;
        if (!backend.capabilities.feedback.enabled) throw new DiwanError('unsupported', 'This backend does not accept feedback.', { retryable: false });
        this.activeOutbox = outbox;
        this.redaction = redaction;
        this.maxLength = backend.capabilities.feedback.maxCommentLength || DEFAULT_MAX_COMMENT;
        this.unsubscribe = outbox.subscribe(this.onOutboxChange);
        const target = this.target();
        // an object backend without an outboxId: feedback goes straight to it, never into the queue
        this.directBackend = target ? undefined : backend;
        this.disconnectOutbox = target ? outbox.connect(target, backend) : undefined;
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

  private target(): string | undefined {
    return outboxTarget(this.backend, this.api);
  }

  private onOutboxChange = (change: OutboxChange): void => {
    if (change.item.target !== this.target()) return;
    if (change.type === 'delivered' && change.item.key === this.queuedKey) {
      this.delivered = true;
      this.queuedKey = undefined;
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
    return this.variant === 'problem' ? 'problem' : 'ask';
  }

  /** Back to the first step for the current page (or "answered"), forgetting this page's journey. */
  private restart(): void {
    this.sendToken += 1;
    this.clearForm();
    this.answerKey = this.queuedKey = undefined;
    this.queued = this.delivered = false;
    this.removed = [];
    if (this.status !== 'loading' && this.status !== 'error') this.status = this.startStatus();
  }

  private clearForm(): void {
    this.rating = undefined;
    this.comment = '';
    this.formError = undefined;
    this.announcedCount = '';
    this.pendingKey = undefined;
    this.sending = false;
  }

  /** One click: Yes or No is sent at once; the thanks then offers the optional details. */
  private answer = async (useful: boolean): Promise<void> => {
    if (this.sending) return;
    if (useful !== this.useful) this.pendingKey = undefined; // the other answer is another submission
    this.useful = useful;
    const sent = await this.deliver({ kind: 'feedback', useful });
    if (!sent) return;
    this.answerKey = sent.idempotencyKey;
    this.memory().remember();
    this.goTo('thanks');
  };

  private reportProblem = (): void => {
    this.clearForm();
    this.goTo('problem');
  };

  private goTo(status: Status): void {
    this.status = status;
    void this.updateComplete.then(() => this.focusHeading());
  }

  private focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('.title')?.focus();
  }

  // ---- the forms: optional details, problem report ----

  private onComment = (comment: string): void => {
    this.comment = comment;
    if (this.formError?.aboutComment && comment.length <= this.maxLength) this.formError = undefined;
    clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => {
      this.announcedCount = countText(this.locale, this.comment.length, this.maxLength);
    }, COUNT_ANNOUNCE_DELAY_MS);
  };

  private onRating = (rating: number): void => {
    this.rating = rating;
    if (this.formError && !this.formError.aboutComment) this.formError = undefined;
  };

  private onSubmit = (event: Event): void => {
    event.preventDefault();
    if (!this.sending) void this.sendForm();
  };

  /** Sends the optional details (naming the answer they follow) or the problem report. */
  private async sendForm(): Promise<void> {
    const problem = formProblem(this.locale, {
      kind: this.status === 'problem' ? 'problem' : 'feedback', comment: this.comment, rating: this.rating, maxLength: this.maxLength,
    });
    if (problem) return this.showFormError(problem);
    if (!this.redaction) return; // not loaded yet: the form is not shown before it is
    const redacted = this.redaction.redactPersonalData(this.comment.trim());
    const isProblem = this.status === 'problem';
    const sent = await this.deliver(
      formContent(isProblem, { useful: this.useful, rating: this.rating, comment: redacted.text, answerKey: this.answerKey }),
    );
    if (!sent) return;
    this.removed = removedKinds(this.redaction, this.comment.trim());
    if (isProblem) this.memory().remember();
    this.goTo('done');
  }

  /**
   * Sends one item through the outbox (delivered now or saved for later) and fires
   * diwan-feedback-submit. Resolves with what was sent, or undefined when it was neither sent nor
   * saved (the error summary says why and takes the focus) or the widget was reloaded meanwhile.
   */
  private async deliver(content: FeedbackContent): Promise<Feedback | undefined> {
    const outbox = this.activeOutbox;
    if (!outbox) return undefined;
    this.pendingKey ??= crypto.randomUUID();
    const feedback = feedbackItem(content, {
      serviceId: this.serviceId(), page: pagePath(this.page), locale: this.locale.lang, idempotencyKey: this.pendingKey,
    });
    this.sending = true;
    this.formError = undefined;
    const token = this.sendToken;
    try {
      const direct = this.directBackend;
      const result = direct
        ? (await direct.sendFeedback(feedback), { status: 'sent' as const })
        : await outbox.submit(this.target()!, feedback);
      if (token !== this.sendToken) return undefined;
      this.sending = false;
      this.pendingKey = undefined;
      this.queued = result.status === 'queued';
      this.delivered = false;
      this.queuedKey = this.queued ? feedback.idempotencyKey : undefined;
      emit(this, new DiwanFeedbackSubmitEvent(feedback.kind, feedback.useful, feedback.rating, this.queued, Boolean(feedback.followUpOf)));
      return feedback;
    } catch (error) {
      if (token !== this.sendToken) return undefined;
      this.sending = false;
      const diwanError = this.reportError(error);
      if (!diwanError.retryable) this.pendingKey = undefined; // a corrected submission is a new one
      const key = diwanError.retryable ? 'errors.notSent' : 'errors.refused';
      this.showFormError({ message: this.locale.t(`feedback:${key}`), aboutComment: false });
      return undefined;
    }
  }

  private showFormError(error: FormProblem): void {
    this.formError = error;
    void this.updateComplete.then(() => focusErrorSummary(this.renderRoot));
  }

  // ---- rendering ----

  protected override render(): TemplateResult {
    // One live region for the whole life of the element: it exists before it speaks, so it is heard.
    return html`<section class="root" part="base" dir=${this.locale.dir} lang=${this.locale.lang}
      aria-busy=${this.status === 'loading' ? 'true' : 'false'}>${this.renderState()}
      <p class="announcer visually-hidden" role="status">${this.announcement()}</p></section>`;
  }

  /** What the live region says: the outcome of a send. Nothing on load, even when answered before. */
  private announcement(): string {
    if (this.status === 'thanks') return this.sentMessage();
    return this.status === 'done' ? [this.sentMessage(), ...removedNote(this.locale, this.removed)].join(' ') : '';
  }

  private renderState(): TemplateResult {
    switch (this.status) {
      case 'loading':
        return html`<div class="skeleton" aria-hidden="true">${renderSkeletonLines(3)}</div>
          <p class="visually-hidden" role="status">${this.locale.t('common:loading')}</p>`;
      case 'error':
        return html`<h2 class="title" part="title" tabindex="-1">${this.locale.t('feedback:question')}</h2>
          ${renderErrorState(this.locale, this.error!, this.retryLoad)}`;
      case 'ask':
        return renderQuestion(this.locale, { sending: this.sending, error: this.formError?.message },
          { onAnswer: (useful) => void this.answer(useful), onReportProblem: this.reportProblem });
      case 'problem':
        return this.renderForm('problem');
      case 'thanks':
        return html`${renderThanks(this.locale, { title: 'title', message: this.sentMessage(), removed: [] })}${this.renderForm('feedback')}`;
      case 'done':
        return renderThanks(this.locale, { title: this.answerKey ? 'moreTitle' : 'title', message: this.sentMessage(), removed: this.removed });
      case 'answered':
        return renderThanks(this.locale, { title: 'title', message: this.locale.t('feedback:thanks.already'), removed: [] });
    }
  }

  private renderForm(kind: 'feedback' | 'problem'): TemplateResult {
    return renderForm(this.locale, {
      kind, rating: this.rating, comment: this.comment, maxLength: this.maxLength, sending: this.sending,
      error: this.formError?.message, commentInvalid: Boolean(this.formError?.aboutComment),
      willRemove: this.redaction ? removedKinds(this.redaction, this.comment) : [], announcedCount: this.announcedCount,
    }, { onRating: this.onRating, onComment: this.onComment, onSubmit: this.onSubmit });
  }

  private sentMessage(): string {
    return sentMessage(this.locale, this.queued, this.delivered);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'diwan-feedback': DiwanFeedback;
  }
}
