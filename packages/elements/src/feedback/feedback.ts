import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DiwanError } from '@diwan/client/core';
import type { Outbox } from '@diwan/client';
import { DiwanElement } from '../shared/diwan-element.js';
import { emit } from '../shared/events.js';
import { renderErrorState, renderSkeletonLines } from '../shared/states.js';
import { heading } from '../shared/heading.js';
import { errorSummaryStyles, focusErrorSummary } from '../shared/error-summary.js';
import { DiwanFeedbackSubmitEvent } from './events.js';
import { countText, formProblem, renderForm, type FormProblem } from './feedback-form.js';
import { removedNote, renderQuestion, renderThanks, sentMessage } from './feedback-views.js';
import { AnsweredMemory, loadRedaction, pagePath, validServiceId } from './feedback-model.js';
import type { DeliveryHost, FeedbackDelivery } from './feedback-delivery.js';
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
  @state() private rating?: number;
  @state() private comment = '';
  @state() private formError?: FormProblem;
  @state() private announcedCount = '';
  @state() private maxLength = DEFAULT_MAX_COMMENT;

  /** Sends and saves: a lazy chunk, here once the widget has loaded (every state past loading and error has it). */
  private delivery?: FeedbackDelivery;
  private readonly deliveryHost: DeliveryHost = {
    changed: () => this.requestUpdate(),
    report: (cause) => this.reportError(cause),
    notSent: (error) => this.showFormError({
      message: this.locale.t(error.retryable ? 'feedback:errors.notSent' : 'feedback:errors.refused'), aboutComment: false,
    }),
    context: () => ({ serviceId: this.serviceId(), page: pagePath(this.page), locale: this.locale.lang }),
    submitted: (feedback, queued) => emit(this, new DiwanFeedbackSubmitEvent(
      feedback.kind, feedback.useful, feedback.rating, queued, Boolean(feedback.followUpOf),
    )),
  };
  private loadToken = 0;
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
    this.delivery?.detach();
    clearTimeout(this.countTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || this.backendChanged(changed) || changed.has('outbox')) this.load();
    else if (changed.has('page') || changed.has('service') || changed.has('variant')) this.restart();
  }

  // ---- backend and outbox ----

  private load(): void {
    const token = ++this.loadToken;
    this.status = 'loading';
    this.error = undefined;
    this.delivery?.detach();
    // the backend and the lazy delivery, outbox and redaction chunks load together
    void Promise.all([this.resolveBackend(), this.outbox ?? sharedOutbox(), loadRedaction(), import('./feedback-delivery.js')]).then(
      ([backend, outbox, redaction, { FeedbackDelivery }]) => {
        if (token !== this.loadToken) return;
        if (!backend.capabilities.feedback.enabled) throw new DiwanError('unsupported', 'This backend does not accept feedback.', { retryable: false });
        this.maxLength = backend.capabilities.feedback.maxCommentLength || DEFAULT_MAX_COMMENT;
        this.delivery = new FeedbackDelivery(this.deliveryHost, backend, outbox, redaction, outboxTarget(this.backend, this.api), this.delivery);
        this.status = this.startStatus();
      },
    ).catch((error: unknown) => {
      if (token !== this.loadToken) return;
      this.error = this.reportError(error);
      this.status = 'error';
    });
  }

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
    this.clearForm();
    this.delivery?.restart();
    if (this.status !== 'loading' && this.status !== 'error') this.status = this.startStatus();
  }

  private clearForm(): void {
    this.rating = undefined;
    this.comment = '';
    this.formError = undefined;
    this.announcedCount = '';
    this.delivery?.newSubmission();
  }

  /** One click: Yes or No is sent at once; the thanks then offers the optional details. */
  private answer = async (useful: boolean): Promise<void> => {
    if (!this.delivery || this.delivery.sending) return;
    this.formError = undefined;
    if (!(await this.delivery.answer(useful))) return;
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
    if (this.delivery && !this.delivery.sending) void this.sendForm(this.delivery);
  };

  /** Sends the optional details (naming the answer they follow) or the problem report. */
  private async sendForm(delivery: FeedbackDelivery): Promise<void> {
    const isProblem = this.status === 'problem';
    const problem = formProblem(this.locale, {
      kind: isProblem ? 'problem' : 'feedback', comment: this.comment, rating: this.rating, maxLength: this.maxLength,
    });
    if (problem) return this.showFormError(problem);
    this.formError = undefined;
    if (!(await delivery.sendForm(isProblem, this.rating, this.comment.trim()))) return;
    if (isProblem) this.memory().remember();
    this.goTo('done');
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
    const { delivery } = this;
    if (!delivery) return '';
    if (this.status === 'thanks') return this.sentMessage(delivery);
    return this.status === 'done' ? [this.sentMessage(delivery), ...removedNote(this.locale, delivery.removed)].join(' ') : '';
  }

  private renderState(): TemplateResult {
    const { delivery, headingLevel } = this;
    if (this.status === 'error') {
      return html`${heading(headingLevel, this.locale.t('feedback:question'), { class: 'title', part: 'title', focusable: true })}
        ${renderErrorState(this.locale, this.error!, this.retryLoad)}`;
    }
    // every step past loading has its delivery
    if (this.status === 'loading' || !delivery) {
      return html`<div class="skeleton" aria-hidden="true">${renderSkeletonLines(3)}</div>
        <p class="visually-hidden" role="status">${this.locale.t('common:loading')}</p>`;
    }
    switch (this.status) {
      case 'ask':
        return renderQuestion(this.locale, { sending: delivery.sending, error: this.formError?.message, headingLevel },
          { onAnswer: (useful) => void this.answer(useful), onReportProblem: this.reportProblem });
      case 'problem':
        return this.renderForm('problem', delivery);
      case 'thanks':
        return html`${renderThanks(this.locale, { title: 'title', message: this.sentMessage(delivery), removed: [], headingLevel })}${this.renderForm('feedback', delivery)}`;
      case 'done':
        return renderThanks(this.locale, { title: delivery.answerKey ? 'moreTitle' : 'title', message: this.sentMessage(delivery), removed: delivery.removed, headingLevel });
      case 'answered':
        return renderThanks(this.locale, { title: 'title', message: this.locale.t('feedback:thanks.already'), removed: [], headingLevel });
    }
  }

  private renderForm(kind: 'feedback' | 'problem', delivery: FeedbackDelivery): TemplateResult {
    return renderForm(this.locale, {
      kind, rating: this.rating, comment: this.comment, maxLength: this.maxLength, sending: delivery.sending,
      error: this.formError?.message, commentInvalid: Boolean(this.formError?.aboutComment),
      willRemove: delivery.willRemove(this.comment), announcedCount: this.announcedCount,
      headingLevel: this.headingLevel,
    }, { onRating: this.onRating, onComment: this.onComment, onSubmit: this.onSubmit });
  }

  private sentMessage(delivery: FeedbackDelivery): string {
    return sentMessage(this.locale, delivery.queued, delivery.delivered);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'diwan-feedback': DiwanFeedback;
  }
}
