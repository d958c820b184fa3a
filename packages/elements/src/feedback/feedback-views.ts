// The question and the thanks of <diwan-feedback>. Pure rendering; the element owns state and handlers.
import { html, nothing, type TemplateResult } from 'lit';
import type { RedactionKind } from '@diwan/client';
import type { LocaleController } from '../shared/locale-controller.js';
import { removedList } from './feedback-form.js';
import { renderErrorSummary } from '../shared/error-summary.js';

export interface QuestionView {
  /** An answer is on its way: further clicks are ignored. */
  sending: boolean;
  /** Why the last answer could not be sent (shown in the error summary). */
  error?: string;
}

export interface QuestionHandlers {
  onAnswer(useful: boolean): void;
  onReportProblem(): void;
}

/** "Is this page useful?" with Yes / No (each sends at once) and "Report a problem with this page". */
export function renderQuestion(locale: LocaleController, view: QuestionView, on: QuestionHandlers): TemplateResult {
  const t = (key: string) => locale.t(`feedback:${key}`);
  const busy = view.sending ? 'true' : 'false';
  return html`<h2 id="question" class="title" part="title" tabindex="-1">${t('question')}</h2>
    ${view.error ? renderErrorSummary(locale, [{ message: view.error }]) : nothing}
    <div class="answers" part="answers" role="group" aria-labelledby="question">
      <button type="button" class="button secondary" part="yes-button" aria-disabled=${busy} @click=${() => on.onAnswer(true)}>
        ${t('yes')}<span class="visually-hidden"> ${t('yesHidden')}</span>
      </button>
      <button type="button" class="button secondary" part="no-button" aria-disabled=${busy} @click=${() => on.onAnswer(false)}>
        ${t('no')}<span class="visually-hidden"> ${t('noHidden')}</span>
      </button>
    </div>
    <button type="button" class="link-button" part="problem-button" @click=${on.onReportProblem}>${t('reportProblem')}</button>`;
}

/** Received; or saved on this device; or, once the outbox delivered what was saved, received and now sent. */
export function sentMessage(locale: LocaleController, queued: boolean, delivered: boolean): string {
  if (!queued) return locale.t('feedback:thanks.sent');
  return delivered ? `${locale.t('feedback:thanks.sent')} ${locale.t('feedback:thanks.delivered')}` : locale.t('feedback:thanks.queued');
}

/** "We removed 1 phone number from your comment before sending it.", or nothing when nothing was removed. */
export function removedNote(locale: LocaleController, removed: [RedactionKind, number][]): string[] {
  return removed.length ? [locale.t('feedback:thanks.removed', { items: removedList(locale, removed) })] : [];
}

export interface ThanksView {
  /** Key of the heading under `feedback:thanks.` (`title`, or `moreTitle` after the optional details). */
  title: 'title' | 'moreTitle';
  /** What happened to it: received, saved on this device, or given before in this session. */
  message: string;
  /** What redaction removed from the comment just sent (empty when nothing was, or nothing was typed). */
  removed: [RedactionKind, number][];
}

/**
 * The confirmation. Its message is also spoken by the element's persistent live region, so it is plain
 * text here (one announcement, not two).
 */
export function renderThanks(locale: LocaleController, view: ThanksView): TemplateResult {
  return html`<div class="thanks" part="thanks">
    <h2 class="title" part="title" tabindex="-1">${locale.t(`feedback:thanks.${view.title}`)}</h2>
    <p>${view.message}</p>
    ${removedNote(locale, view.removed).map((note) => html`<p>${note}</p>`)}
  </div>`;
}
