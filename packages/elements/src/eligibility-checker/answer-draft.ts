// What the citizen has typed or ticked on a question page (kept as typed, so a validation error loses
// nothing), how it becomes an answer, and how answers and problems read in the citizen's language.
import type { TemplateResult } from 'lit';
import type { AnswerProblem, AnswerValue, Question } from '@diwan/client';
import type { LocaleController } from '../shared/locale-controller.js';

export interface Draft {
  text: string;
  day: string;
  month: string;
  year: string;
  choice: string;
  choices: string[];
  /** "None of these" on a multiple-choice question. */
  none: boolean;
}

/**
 * Parsing and checking answers: part of the rules engine's lazy chunk (loaded with the rules, before any
 * question shows), so the widget's entry does not carry it.
 */
export type AnswerTools = Pick<typeof import('@diwan/client/rules'), 'checkAnswer' | 'dateParts' | 'parseDateParts' | 'parseNumberInput'>;

const EMPTY: Draft = { text: '', day: '', month: '', year: '', choice: '', choices: [], none: false };

/** The form's starting state: empty, or the current answer when the citizen comes back to change it. */
export function draftFor(tools: AnswerTools, question: Question, answer: AnswerValue | undefined, locale: LocaleController): Draft {
  if (answer === undefined) return { ...EMPTY };
  switch (question.type) {
    case 'boolean':
      return { ...EMPTY, choice: String(answer) };
    case 'number':
      return { ...EMPTY, text: locale.number(answer as number, { useGrouping: false, maximumFractionDigits: 10 }) };
    case 'date':
      return { ...EMPTY, ...tools.dateParts(answer as string) };
    case 'choice':
      return { ...EMPTY, choice: answer as string };
    case 'multi-choice': {
      const choices = [...(answer as readonly string[])];
      return { ...EMPTY, choices, none: choices.length === 0 };
    }
  }
}

/** Turns the draft into an answer, or says what is wrong with it. */
export function readDraft(tools: AnswerTools, question: Question, draft: Draft, lang: string): { value?: AnswerValue; problem?: AnswerProblem } {
  let value: AnswerValue | undefined;
  switch (question.type) {
    case 'boolean':
      value = draft.choice === 'true' ? true : draft.choice === 'false' ? false : undefined;
      break;
    case 'number': {
      if (!draft.text.trim()) return { problem: { code: 'required' } };
      value = tools.parseNumberInput(draft.text, lang);
      if (value === undefined) return { problem: { code: 'not_a_number' } };
      break;
    }
    case 'date': {
      const parsed = tools.parseDateParts(draft);
      if (parsed.problem) return { problem: parsed.problem };
      value = parsed.date;
      break;
    }
    case 'choice':
      value = draft.choice || undefined;
      break;
    case 'multi-choice':
      value = draft.none ? [] : draft.choices.length ? question.options.map((option) => option.value).filter((option) => draft.choices.includes(option)) : undefined;
      break;
  }
  const problem = tools.checkAnswer(question, value);
  return problem ? { problem } : { value };
}

/** A calendar date ("29 November 2026"), marked with its language where the browser writes it in another (Arabic inside Kurdish). */
export const isoDateMarkup = (locale: LocaleController, iso: string) => locale.dateMarkup(`${iso}T00:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' });

export function numberText(locale: LocaleController, question: Extract<Question, { type: 'number' }>, value: number): string {
  return question.currency ? locale.currency(value, question.currency) : locale.number(value);
}

/** The error message for a problem, in the citizen's language, naming the bound it broke. */
export function problemMessage(locale: LocaleController, question: Question, problem: AnswerProblem): string | Array<string | TemplateResult> {
  const t = (key: string, options?: Record<string, unknown>) => locale.t(`eligibility:errors.${key}`, options);
  const number = (value: number) => (question.type === 'number' ? numberText(locale, question, value) : locale.number(value));
  switch (problem.code) {
    case 'required':
      return t(`required.${question.type}`);
    case 'too_small':
      return t('tooSmall', { min: number(problem.min) });
    case 'too_large':
      return t('tooLarge', { max: number(problem.max) });
    case 'not_in_steps':
      return t('notInSteps', { step: locale.number(problem.step) });
    case 'date_incomplete':
      return t('dateIncomplete', { missing: locale.list(problem.missing.map((part) => locale.t(`eligibility:date.${part}`).toLowerCase())) });
    case 'too_early':
      return locale.tMarkup('eligibility:errors.tooEarly', { date: isoDateMarkup(locale, problem.min) });
    case 'too_late':
      return locale.tMarkup('eligibility:errors.tooLate', { date: isoDateMarkup(locale, problem.max) });
    case 'not_a_number':
      return t('notANumber');
    case 'not_whole':
      return t('notWhole');
    case 'not_a_date':
      return t('notADate');
    case 'unknown_option':
      return t('unknownOption');
  }
}
