// The forms of <diwan-feedback>: the optional details offered after a one-click answer (satisfaction
// rating, comment) and the problem report (comment required), each with the character count, the
// privacy notice and the error summary. Pure rendering; the element owns state and handlers.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { RedactionKind } from '@diwan/client';
import type { LocaleController } from '../shared/locale-controller.js';
import { renderErrorSummary, renderFieldError } from '../shared/error-summary.js';

export const RATINGS = [1, 2, 3, 4, 5] as const;

export interface FormView {
  /** `feedback`: optional details after an answer (a sub-heading under the thanks). `problem`: the problem report. */
  kind: 'feedback' | 'problem';
  rating?: number;
  comment: string;
  maxLength: number;
  sending: boolean;
  /** A message for the error summary (validation or a failed send). */
  error?: string;
  /** True when the error is about the comment (it gets aria-invalid). */
  commentInvalid: boolean;
  /** What redaction will remove from the comment as it stands. */
  willRemove: [RedactionKind, number][];
  /** The character count, announced after the citizen pauses typing. */
  announcedCount: string;
}

export interface FormHandlers {
  onRating(rating: number): void;
  onComment(comment: string): void;
  onSubmit(event: Event): void;
}

/** "1 phone number and 2 e-mail addresses", pluralised per language. */
export function removedList(locale: LocaleController, removed: [RedactionKind, number][]): string {
  return locale.list(removed.map(([kind, count]) => locale.t(`feedback:removed.${kind}`, { count, n: locale.number(count) })));
}

export function countText(locale: LocaleController, length: number, maxLength: number): string {
  const left = maxLength - length;
  return left >= 0
    ? locale.t('feedback:comment.remaining', { count: left, n: locale.number(left) })
    : locale.t('feedback:comment.tooMany', { count: -left, n: locale.number(-left) });
}

export function renderForm(locale: LocaleController, view: FormView, on: FormHandlers): TemplateResult {
  const t = (key: string, options?: Record<string, unknown>) => locale.t(`feedback:${key}`, options);
  const tooLong = view.comment.length > view.maxLength;
  const problem = view.kind === 'problem';
  // the problem report is the step itself; the details sit under the thanks heading, one level down
  return html`<form class="details" part="details" novalidate @submit=${on.onSubmit} aria-labelledby="details-title">
    ${problem
      ? html`<h2 id="details-title" class="title" part="title" tabindex="-1">${t('details.problemTitle')}</h2>`
      : html`<h3 id="details-title" class="subtitle" part="details-title">${t('details.title')}</h3>`}
    ${view.error ? renderErrorSummary(locale, [{ message: view.error, fieldId: view.commentInvalid ? 'comment' : undefined }]) : nothing}
    ${problem ? nothing : html`<p class="hint">${t('details.optional')}</p>`}
    ${!problem
      ? html`<fieldset class="rating" part="rating">
          <legend>${t('rating.legend')}</legend>
          <div class="rating-options">
            ${RATINGS.map(
              (rating) => html`<label class="rating-option" part="rating-option">
                <input type="radio" name="rating" .value=${String(rating)} .checked=${live(view.rating === rating)}
                  ?disabled=${view.sending} @change=${() => on.onRating(rating)} />
                <span>${t(`rating.${rating}`)}</span>
              </label>`,
            )}
          </div>
        </fieldset>`
      : nothing}
    <div class="field">
      <label for="comment">${t(problem ? 'comment.problemLabel' : 'comment.label')}</label>
      <p class="privacy" id="privacy" part="privacy-notice">${t('privacy')}</p>
      ${renderFieldError(locale, 'comment-error', view.commentInvalid ? view.error : undefined)}
      <textarea id="comment" part="comment" rows="5" aria-describedby=${view.commentInvalid ? 'privacy comment-error count' : 'privacy count'}
        aria-invalid=${view.commentInvalid ? 'true' : 'false'} .value=${live(view.comment)} ?readonly=${view.sending}
        @input=${(event: Event) => on.onComment((event.target as HTMLTextAreaElement).value)}></textarea>
      <p id="count" class="count ${tooLong ? 'over' : ''}" part="count">${countText(locale, view.comment.length, view.maxLength)}</p>
      <p class="visually-hidden" role="status">${view.announcedCount}</p>
      ${view.willRemove.length
        ? html`<p class="will-remove" part="will-remove">${t('willRemove', { items: removedList(locale, view.willRemove) })}</p>`
        : nothing}
    </div>
    <button type="submit" class="button" part="send-button" ?disabled=${view.sending} aria-disabled=${view.sending ? 'true' : 'false'}>
      ${t(view.sending ? 'sending' : 'send')}
    </button>
  </form>`;
}

/** A message for the error summary; `aboutComment` marks the comment invalid and links to it. */
export interface FormProblem {
  message: string;
  aboutComment: boolean;
}

/** Why the form cannot be sent yet, or undefined. A problem needs its comment; the details need something. */
export function formProblem(
  locale: LocaleController,
  form: { kind: 'feedback' | 'problem'; comment: string; rating?: number; maxLength: number },
): FormProblem | undefined {
  if (form.comment.length > form.maxLength) {
    return { message: locale.t('feedback:errors.tooLong', { max: locale.number(form.maxLength) }), aboutComment: true };
  }
  const empty = !form.comment.trim();
  if (form.kind === 'problem' && empty) return { message: locale.t('feedback:errors.problemEmpty'), aboutComment: true };
  if (form.kind === 'feedback' && empty && !form.rating) return { message: locale.t('feedback:errors.followUpEmpty'), aboutComment: false };
  return undefined;
}
