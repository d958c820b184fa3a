// Reading and checking answers: numbers typed with Latin, Arabic-Indic or Eastern Arabic (Persian) digits
// and the locale's separators, real calendar dates, and values within the question's bounds.
import { toLatinDigits } from '../digits.js';
import type { Question } from '../schemas/eligibility.js';
import type { AnswerValue } from './logic.js';

/** Why an answer cannot be used. The widget words each code in the citizen's language. */
export type AnswerProblem =
  | { code: 'required' }
  | { code: 'not_a_number' }
  | { code: 'too_small'; min: number }
  | { code: 'too_large'; max: number }
  | { code: 'not_whole' }
  | { code: 'not_in_steps'; step: number }
  | { code: 'date_incomplete'; missing: Array<'day' | 'month' | 'year'> }
  | { code: 'not_a_date' }
  | { code: 'too_early'; min: string }
  | { code: 'too_late'; max: string }
  | { code: 'unknown_option' };

/** The decimal separator a locale writes (`.` in English, `,` in French). */
function decimalSeparator(locale: string): string {
  try {
    return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  } catch {
    return '.';
  }
}

/**
 * Reads a number as a citizen types it: any of the three digit sets, grouping with spaces, commas, dots
 * or Arabic separators, and the locale's decimal mark (`1,5` in French, `1.5` or `١٫٥` elsewhere).
 * Returns undefined for anything that is not one number.
 */
export function parseNumberInput(text: string, locale = 'en'): number | undefined {
  let value = toLatinDigits(text).trim()
    .replace(/[\u2212\u2012\u2013]/g, '-') // minus signs people paste
    .replace(/\u066B/g, '.') // Arabic decimal separator
    .replace(/[\s\u00A0\u202F\u066C']/g, ''); // spaces and Arabic thousands separator
  if (decimalSeparator(locale) === ',') {
    // French: dots group thousands, the comma is the decimal mark
    value = value.replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.');
  } else {
    value = value.replace(/,(?=\d{3}(\D|$))/g, '');
  }
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(value)) return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

const pad = (value: number, length: number) => String(value).padStart(length, '0');

/** A real calendar date from day, month and year fields (any digit set), as `YYYY-MM-DD`. */
export function parseDateParts(parts: { day: string; month: string; year: string }): { date?: string; problem?: AnswerProblem } {
  const fields = (['day', 'month', 'year'] as const).map((name) => [name, toLatinDigits(parts[name]).trim()] as const);
  const missing = fields.filter(([, value]) => value === '').map(([name]) => name);
  if (missing.length === 3) return { problem: { code: 'required' } };
  if (missing.length) return { problem: { code: 'date_incomplete', missing } };
  if (fields.some(([, value]) => !/^\d+$/.test(value))) return { problem: { code: 'not_a_date' } };
  const [day, month, year] = fields.map(([, value]) => Number(value)) as [number, number, number];
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return { problem: { code: 'not_a_date' } };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return { problem: { code: 'not_a_date' } }; // 31 April, 29 February 2027…
  return { date: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

/** Splits an ISO date into the fields a citizen edits (for "change" and restored progress). */
export function dateParts(date: string | undefined): { day: string; month: string; year: string } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  return match ? { year: match[1]!, month: String(Number(match[2])), day: String(Number(match[3])) } : { day: '', month: '', year: '' };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isWholeMultiple(value: number, step: number, base: number): boolean {
  const steps = (value - base) / step;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}

/**
 * Checks an answer against its question: the right type, within bounds and steps, a known option.
 * Also used on progress restored from storage, which a page script could have changed.
 */
export function checkAnswer(question: Question, value: unknown): AnswerProblem | undefined {
  if (value === undefined || value === null || value === '') return { code: 'required' };
  switch (question.type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : { code: 'required' };
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return { code: 'not_a_number' };
      if (question.min !== undefined && value < question.min) return { code: 'too_small', min: question.min };
      if (question.max !== undefined && value > question.max) return { code: 'too_large', max: question.max };
      if (question.step !== undefined && !isWholeMultiple(value, question.step, question.min ?? 0)) {
        return question.step === 1 ? { code: 'not_whole' } : { code: 'not_in_steps', step: question.step };
      }
      return undefined;
    }
    case 'date': {
      if (typeof value !== 'string' || !ISO_DATE.test(value)) return { code: 'not_a_date' };
      const [year, month, day] = value.split('-') as [string, string, string];
      const checked = parseDateParts({ day, month, year });
      if (checked.problem) return checked.problem;
      if (question.min !== undefined && value < question.min) return { code: 'too_early', min: question.min };
      if (question.max !== undefined && value > question.max) return { code: 'too_late', max: question.max };
      return undefined;
    }
    case 'choice':
      return typeof value === 'string' && question.options.some((option) => option.value === value)
        ? undefined
        : { code: value === '' ? 'required' : 'unknown_option' };
    case 'multi-choice': {
      if (!Array.isArray(value)) return { code: 'required' };
      const known = new Set(question.options.map((option) => option.value));
      return value.every((item) => typeof item === 'string' && known.has(item)) && new Set(value).size === value.length
        ? undefined
        : { code: 'unknown_option' };
    }
  }
}

/** Keeps only the answers that fit their questions (for progress restored from storage). */
export function validAnswers(questions: readonly Question[], answers: Readonly<Record<string, unknown>>): Record<string, AnswerValue> {
  const valid: Record<string, AnswerValue> = {};
  for (const question of questions) {
    if (!Object.hasOwn(answers, question.id)) continue;
    const value = answers[question.id];
    if (checkAnswer(question, value) === undefined) valid[question.id] = value as AnswerValue;
  }
  return valid;
}
