// How a service's contact details become links and words: phone and SMS links, https-only links,
// and the weekdays of opening hours. Pure, no DOM, no zod.
import { toLatinDigits } from './digits.js';
import type { Weekday } from './schemas/index.js';

// Marks and spaces an Arabic page puts before a leading plus (LRM, RLM, embeddings, isolates).
const LEADING_MARKS = /^[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]*/;

/**
 * A `tel:` (or `sms:`) link for a phone number as written, in any digits: `+٩٦٤ ٧٥٠ …` →
 * `tel:+964750…`. Undefined when there are no digits to dial (render the text without a link).
 */
export function dialHref(phone: string, scheme: 'tel' | 'sms' = 'tel'): string | undefined {
  const latin = toLatinDigits(phone.normalize('NFKC')).replace(LEADING_MARKS, '');
  const digits = latin.replace(/\D/g, '');
  if (!digits) return undefined;
  return `${scheme}:${latin.startsWith('+') ? '+' : ''}${digits}`;
}

/** Links that send a citizen elsewhere open only over https (never plain http or a script URL). */
export function isHttpsUrl(value: string | undefined): value is string {
  if (!value) return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** The week as opening hours name it, Monday first. */
export const WEEK: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** A date that falls on `day` (in UTC), for Intl's weekday names: 1 January 2024 was a Monday. */
export function weekdayDate(day: Weekday): Date {
  return new Date(Date.UTC(2024, 0, 1 + WEEK.indexOf(day)));
}

/** `"08:30"` as a date (UTC) for Intl's time format. */
export function clockDate(clock: string): Date {
  const [hours = 0, minutes = 0] = toLatinDigits(clock).split(':').map(Number);
  return new Date(Date.UTC(2024, 0, 1, hours, minutes));
}

/** Three or more consecutive days (wrapping past Sunday): said as "Sunday to Thursday" rather than a list. */
export function isDayRun(days: readonly Weekday[]): boolean {
  return days.length >= 3 && days.every((day, i) => i === 0 || WEEK.indexOf(day) === (WEEK.indexOf(days[i - 1]!) + 1) % 7);
}
