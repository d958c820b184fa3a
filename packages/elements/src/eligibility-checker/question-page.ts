// One question per page (the GOV.UK question-page pattern): the question is the heading, then hint,
// error message, the field, and Continue. An error summary at the top links to the field.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AnswerProblem, Question } from '@diwan/client';
import type { LocaleController } from '../shared/locale-controller.js';
import { heading } from '../shared/heading.js';
import { backIcon } from '../shared/icons.js';
import { renderErrorSummary, renderFieldError } from '../shared/error-summary.js';
import { problemMessage, type Draft } from './answer-draft.js';

export interface QuestionPageProps {
  question: Question;
  draft: Draft;
  problem?: AnswerProblem;
  /** 1-based position on the citizen's path, and the most questions there can be. */
  position: number;
  upTo: number;
  showBack: boolean;
  onDraft: (change: Partial<Draft>) => void;
  onContinue: (event: Event) => void;
  onBack: () => void;
  /** Level of the question's heading (the widget's `heading-level`). */
  headingLevel: number;
}

/** "Back", its arrow a decorative icon that points back in either direction (the name is the word alone). */
export function renderBackButton(locale: LocaleController, onBack: () => void): TemplateResult {
  return html`<button type="button" class="link-button back" part="back" @click=${onBack}>${backIcon()}${locale.t('eligibility:back')}</button>`;
}

/** The id of the field an error summary link (and the focus) goes to. */
export function fieldIdFor(question: Question, problem: AnswerProblem | undefined): string {
  if (question.type === 'date') {
    const missing = problem?.code === 'date_incomplete' ? problem.missing[0] : 'day';
    return `answer-${missing}`;
  }
  return question.type === 'number' ? 'answer' : 'answer-0';
}

function renderOptions(locale: LocaleController, props: QuestionPageProps, options: Array<{ value: string; label: string | TemplateResult }>, multiple: boolean, described: string): TemplateResult {
  const { draft, onDraft } = props;
  return html`<div class="options">
    ${options.map((option, index) => {
      const id = `answer-${index}`;
      const checked = multiple ? draft.choices.includes(option.value) && !draft.none : draft.choice === option.value;
      return html`<div class="option">
        <input id=${id} type=${multiple ? 'checkbox' : 'radio'} name="answer" .value=${option.value} .checked=${live(checked)}
          aria-describedby=${described || nothing}
          @change=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            if (!multiple) return onDraft({ choice: input.value });
            const choices = input.checked ? [...draft.choices, option.value] : draft.choices.filter((value) => value !== option.value);
            onDraft({ choices, none: false });
          }} />
        <label for=${id}>${option.label}</label>
      </div>`;
    })}
    ${multiple
      ? html`<p class="or">${locale.t('eligibility:or')}</p>
          <div class="option">
            <input id="answer-none" type="checkbox" name="answer-none" .checked=${live(draft.none)}
              @change=${(event: Event) => onDraft({ none: (event.target as HTMLInputElement).checked, choices: [] })} />
            <label for="answer-none">${locale.t('eligibility:noneOfThese')}</label>
          </div>`
      : nothing}
  </div>`;
}

function renderField(locale: LocaleController, props: QuestionPageProps, described: string): TemplateResult {
  const { question, draft, onDraft } = props;
  const t = (key: string) => locale.t(`eligibility:${key}`);
  switch (question.type) {
    case 'number':
      return html`<div class="number-field">
        <input id="answer" class="number-input" type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
          aria-describedby=${described || nothing} aria-invalid=${props.problem ? 'true' : 'false'}
          .value=${live(draft.text)} @input=${(event: Event) => onDraft({ text: (event.target as HTMLInputElement).value })} />
        ${question.unit ? html`<span class="unit" id="answer-unit">${locale.textMarkup(question.unit)}</span>` : nothing}
      </div>`;
    case 'date':
      return html`<div class="date-fields">
        ${(['day', 'month', 'year'] as const).map((part) => html`<div class="date-part ${part}">
          <label for=${`answer-${part}`}>${t(`date.${part}`)}</label>
          <input id=${`answer-${part}`} type="text" inputmode="numeric" autocomplete="off" spellcheck="false"
            aria-invalid=${props.problem ? 'true' : 'false'} .value=${live(draft[part])}
            @input=${(event: Event) => onDraft({ [part]: (event.target as HTMLInputElement).value })} />
        </div>`)}
      </div>`;
    case 'boolean':
      return renderOptions(locale, props, [{ value: 'true', label: t('yes') }, { value: 'false', label: t('no') }], false, '');
    case 'choice':
    case 'multi-choice':
      return renderOptions(locale, props, question.options.map((option) => ({ value: option.value, label: locale.textMarkup(option.label) })), question.type === 'multi-choice', '');
  }
}

export function renderQuestionPage(locale: LocaleController, props: QuestionPageProps): TemplateResult {
  const { question, problem } = props;
  const t = (key: string, options?: Record<string, unknown>) => locale.t(`eligibility:${key}`, options);
  const message = problem ? problemMessage(locale, question, problem) : '';
  const hint = locale.textMarkup(question.hint) || (question.type === 'multi-choice' ? t('selectAll') : '');
  // a number's unit ("dinars a month") is part of what the field asks for: it describes the field
  const unit = question.type === 'number' && question.unit ? 'answer-unit' : '';
  const described = [hint ? 'answer-hint' : '', problem ? 'answer-error' : '', unit].filter(Boolean).join(' ');
  const label = locale.textMarkup(question.label);
  const hintAndError = html`${hint ? html`<p class="hint" id="answer-hint">${hint}</p>` : nothing}
    ${renderFieldError(locale, 'answer-error', message)}`;
  const grouped = question.type !== 'number';
  return html`${props.showBack ? renderBackButton(locale, props.onBack) : nothing}
    ${problem ? renderErrorSummary(locale, [{ message, fieldId: fieldIdFor(question, problem) }], props.headingLevel) : nothing}
    <form class="question" part="question" novalidate @submit=${props.onContinue}>
      <p class="progress" part="progress">${t('progress', { count: props.upTo, position: locale.number(props.position), total: locale.number(props.upTo) })}</p>
      <div class="form-group ${problem ? 'has-error' : ''}">
        ${grouped
          ? html`<fieldset aria-describedby=${described || nothing}>
              <legend>${heading(props.headingLevel, label, { class: 'page-heading', focusable: true })}</legend>
              ${hintAndError} ${renderField(locale, props, '')}
            </fieldset>`
          : html`${heading(props.headingLevel, html`<label for="answer">${label}</label>`, { class: 'page-heading', focusable: true })}
              ${hintAndError} ${renderField(locale, props, described)}`}
      </div>
      <button type="submit" class="button" part="continue">${t('continue')}</button>
    </form>`;
}
