// "Check your answers" (a Change link per answer) and the result page (outcome in plain words, each
// reason with its legal basis, what to do next through the service's channels, and a way to start again).
import { html, nothing, type TemplateResult } from 'lit';
import type { AnswerValue, Decision, Outcome, Question, Service } from '@diwan/client';
import type { LocaleController } from '../shared/locale-controller.js';
import { heading } from '../shared/heading.js';
import { isoDateMarkup, numberText } from './answer-draft.js';
import { renderChannels } from './channels.js';
import { renderBackButton } from './question-page.js';

/** An answer as the "check your answers" page shows it. */
function formatAnswer(locale: LocaleController, question: Question, value: AnswerValue): string | TemplateResult | Array<string | TemplateResult> {
  switch (question.type) {
    case 'boolean':
      return locale.t(value ? 'eligibility:yes' : 'eligibility:no');
    case 'number': {
      const text = numberText(locale, question, value as number);
      return question.unit && !question.currency ? html`${text} ${locale.textMarkup(question.unit)}` : text;
    }
    case 'date':
      return isoDateMarkup(locale, value as string);
    case 'choice':
      return locale.textMarkup(question.options.find((option) => option.value === value)?.label);
    case 'multi-choice': {
      const labels = question.options.filter((option) => (value as readonly string[]).includes(option.value)).map((option) => locale.textMarkup(option.label));
      return labels.length ? locale.listMarkup(labels) : locale.t('eligibility:noneOfThese');
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
  /** Level of the page's heading (the widget's `heading-level`). */
  headingLevel: number;
}

export function renderCheckPage(locale: LocaleController, props: CheckPageProps): TemplateResult {
  const t = (key: string) => locale.t(`eligibility:${key}`);
  return html`${renderBackButton(locale, props.onBack)}
    ${heading(props.headingLevel, t('check.heading'), { class: 'page-heading', focusable: true })}
    <dl class="summary" part="summary">
      ${props.asked.map((question) => html`<div class="summary-row">
        <dt>${locale.textMarkup(question.label)}</dt>
        <dd class="summary-value">${formatAnswer(locale, question, props.answers[question.id]!)}</dd>
        <dd class="summary-action">
          <button type="button" class="link-button" part="change" data-question=${question.id} @click=${() => props.onChange(question.id)}>
            ${t('check.change')}<span class="visually-hidden"> ${locale.textMarkup(question.label)}</span>
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
  nextSteps: ReadonlyArray<string | TemplateResult>;
  onBack: () => void;
  onStartAgain: () => void;
  onClear: () => void;
  /** Level of the result's heading (the widget's `heading-level`); its sections' are one below. */
  headingLevel: number;
}

function renderReason(locale: LocaleController, outcome: Outcome): TemplateResult {
  const reference = outcome.legalReference;
  const title = reference ? locale.textMarkup(reference.title) : '';
  return html`<li class="reason" part="reason">
    <p>${locale.textMarkup(outcome.reason)}</p>
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
  const serviceName = locale.textMarkup(service.name);
  const reasons = decision.reasons;
  return html`${renderBackButton(locale, props.onBack)}
    <div class="result-panel ${result}" part="result">
      ${heading(props.headingLevel, locale.tMarkup(`eligibility:result.headline.${result}`, { service: serviceName }), { class: 'page-heading', focusable: true })}
    </div>
    <section class="result-section" aria-labelledby="why-heading">
      ${heading(props.headingLevel + 1, t('result.why'), { id: 'why-heading' })}
      ${reasons.length
        ? html`<ul class="reasons">${reasons.map((outcome) => renderReason(locale, outcome))}</ul>`
        : html`<p part="reason">${t('result.undecided')}</p>`}
    </section>
    ${result === 'not_eligible'
      ? html`<section class="result-section" aria-labelledby="next-heading">
          ${heading(props.headingLevel + 1, t('result.questions'), { id: 'next-heading' })}
          ${renderChannels(locale, service.channels, false)}
        </section>`
      : html`<section class="result-section" aria-labelledby="next-heading">
          ${heading(props.headingLevel + 1, t('result.next'), { id: 'next-heading' })}
          ${props.nextSteps.length ? html`<ol class="next-steps">${props.nextSteps.map((step) => html`<li>${step}</li>`)}</ol>` : nothing}
          ${renderChannels(locale, service.channels, true)}
        </section>`}
    <section class="result-section" aria-labelledby="again-heading">
      ${heading(props.headingLevel + 1, t('result.again'), { id: 'again-heading' })}
      <p class="privacy-note">${t('privacy')}</p>
      <div class="actions">
        <button type="button" class="button secondary" part="start-again" @click=${props.onStartAgain}>${t('startAgain')}</button>
        <button type="button" class="link-button" part="clear" @click=${props.onClear}>${t('result.clear')}</button>
      </div>
    </section>`;
}

export function renderClearedPage(locale: LocaleController, onStart: () => void, level: number): TemplateResult {
  const t = (key: string) => locale.t(`eligibility:${key}`);
  return html`${heading(level, t('cleared.heading'), { class: 'page-heading', focusable: true })}
    <p>${t('cleared.body')}</p>
    <button type="button" class="button" part="start-again" @click=${onStart}>${t('startAgain')}</button>`;
}
