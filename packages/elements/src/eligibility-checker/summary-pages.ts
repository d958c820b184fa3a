// "Check your answers" (a Change link per answer) and the result page (outcome in plain words, each
// reason with its legal basis, what to do next through the service's channels, and a way to start again).
import { html, nothing, type TemplateResult } from 'lit';
import type { AnswerValue, Decision, Outcome, Question, Service } from '@diwan/client';
import type { LocaleController } from '../shared/locale-controller.js';
import { isoDate, numberText } from './answer-draft.js';
import { renderChannels } from './channels.js';
import { renderBackButton } from './question-page.js';

/** An answer as the "check your answers" page shows it. */
function formatAnswer(locale: LocaleController, question: Question, value: AnswerValue): string {
  switch (question.type) {
    case 'boolean':
      return locale.t(value ? 'eligibility:yes' : 'eligibility:no');
    case 'number': {
      const text = numberText(locale, question, value as number);
      return question.unit && !question.currency ? `${text} ${locale.text(question.unit)}` : text;
    }
    case 'date':
      return isoDate(locale, value as string);
    case 'choice':
      return locale.text(question.options.find((option) => option.value === value)?.label);
    case 'multi-choice': {
      const labels = question.options.filter((option) => (value as readonly string[]).includes(option.value)).map((option) => locale.text(option.label));
      return labels.length ? locale.list(labels) : locale.t('eligibility:noneOfThese');
    }
  }
}

export interface CheckPageProps {
  asked: readonly Question[];
  answers: Readonly<Record<string, AnswerValue>>;
  onChange: (questionId: string) => void;
  onBack: () => void;
  onSeeResult: () => void;
  onStartAgain: () => void;
}

export function renderCheckPage(locale: LocaleController, props: CheckPageProps): TemplateResult {
  const t = (key: string) => locale.t(`eligibility:${key}`);
  return html`${renderBackButton(locale, props.onBack)}
    <h2 class="page-heading" tabindex="-1">${t('check.heading')}</h2>
    <dl class="summary" part="summary">
      ${props.asked.map((question) => html`<div class="summary-row">
        <dt>${locale.text(question.label)}</dt>
        <dd class="summary-value">${formatAnswer(locale, question, props.answers[question.id]!)}</dd>
        <dd class="summary-action">
          <button type="button" class="link-button" part="change" data-question=${question.id} @click=${() => props.onChange(question.id)}>
            ${t('check.change')}<span class="visually-hidden"> ${locale.text(question.label)}</span>
          </button>
        </dd>
      </div>`)}
    </dl>
    <p class="privacy-note">${t('privacy')}</p>
    <div class="actions">
      <button type="button" class="button" part="see-result" @click=${props.onSeeResult}>${t('check.seeResult')}</button>
      <button type="button" class="link-button" part="start-again" @click=${props.onStartAgain}>${t('startAgain')}</button>
    </div>`;
}

export interface ResultPageProps {
  service: Service;
  decision: Decision;
  nextSteps: readonly string[];
  onBack: () => void;
  onStartAgain: () => void;
  onClear: () => void;
}

function renderReason(locale: LocaleController, outcome: Outcome): TemplateResult {
  const reference = outcome.legalReference;
  const title = reference ? locale.text(reference.title) : '';
  return html`<li class="reason" part="reason">
    <p>${locale.text(outcome.reason)}</p>
    ${reference
      ? html`<p class="legal" part="legal-reference">
          ${locale.t('eligibility:result.legalBasis')}
          ${reference.url ? html`<a href=${reference.url} rel="noopener"><bdi>${title}</bdi></a>` : html`<bdi>${title}</bdi>`}
        </p>`
      : nothing}
  </li>`;
}

export function renderResultPage(locale: LocaleController, props: ResultPageProps): TemplateResult {
  const t = (key: string, options?: Record<string, unknown>) => locale.t(`eligibility:${key}`, options);
  const { decision, service } = props;
  const result = decision.result ?? 'may_be_eligible';
  const serviceName = locale.text(service.name);
  const reasons = decision.reasons;
  return html`${renderBackButton(locale, props.onBack)}
    <div class="result-panel ${result}" part="result">
      <h2 class="page-heading" tabindex="-1">${t(`result.headline.${result}`, { service: serviceName })}</h2>
    </div>
    <section class="result-section" aria-labelledby="why-heading">
      <h3 id="why-heading">${t('result.why')}</h3>
      ${reasons.length
        ? html`<ul class="reasons">${reasons.map((outcome) => renderReason(locale, outcome))}</ul>`
        : html`<p part="reason">${t('result.undecided')}</p>`}
    </section>
    ${result === 'not_eligible'
      ? html`<section class="result-section" aria-labelledby="next-heading">
          <h3 id="next-heading">${t('result.questions')}</h3>
          ${renderChannels(locale, service.channels, false)}
        </section>`
      : html`<section class="result-section" aria-labelledby="next-heading">
          <h3 id="next-heading">${t('result.next')}</h3>
          ${props.nextSteps.length ? html`<ol class="next-steps">${props.nextSteps.map((step) => html`<li>${step}</li>`)}</ol>` : nothing}
          ${renderChannels(locale, service.channels, true)}
        </section>`}
    <section class="result-section" aria-labelledby="again-heading">
      <h3 id="again-heading">${t('result.again')}</h3>
      <p class="privacy-note">${t('privacy')}</p>
      <div class="actions">
        <button type="button" class="button secondary" part="start-again" @click=${props.onStartAgain}>${t('startAgain')}</button>
        <button type="button" class="link-button" part="clear" @click=${props.onClear}>${t('result.clear')}</button>
      </div>
    </section>`;
}

export function renderClearedPage(locale: LocaleController, onStart: () => void): TemplateResult {
  const t = (key: string) => locale.t(`eligibility:${key}`);
  return html`<h2 class="page-heading" tabindex="-1">${t('cleared.heading')}</h2>
    <p>${t('cleared.body')}</p>
    <button type="button" class="button" part="start-again" @click=${onStart}>${t('startAgain')}</button>`;
}
