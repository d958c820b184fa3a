// The one way every widget writes a service's contact details: phone and SMS links that dial in any
// digits, e-mail links, and opening hours in the citizen's language ("Sunday to Thursday: 8:00 AM to 2:00 PM").
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { clockDate, dialHref, isDayRun, weekdayDate } from '@diwan/client/core';
import type { OpeningHours } from '@diwan/client';
import type { LocaleController } from './locale-controller.js';
import { mailtoHref } from './mailto.js';

/** A phone number as written (bidi-isolated), linked to dial it; plain text when it has no digits. */
export function phoneLink(phone: string, scheme: 'tel' | 'sms' = 'tel'): TemplateResult {
  return html`<a href=${ifDefined(dialHref(phone, scheme))}><bdi>${phone}</bdi></a>`;
}

export function emailLink(email: string): TemplateResult {
  // only one plain address becomes a link: no ?cc=, &bcc=, second recipients or headers from backend data
  return html`<a href=${ifDefined(mailtoHref(email))}><bdi>${email}</bdi></a>`;
}

/**
 * One line of opening hours: a run of days as a range, other days as a list, times in the locale's clock.
 * Day names and times are marked with their own language where the browser writes them in another
 * (Arabic inside Kurdish in Chromium, WCAG 3.1.2).
 */
export function openingHoursMarkup(locale: LocaleController, hours: OpeningHours): Array<string | TemplateResult> {
  const dayName = (index: number) => locale.dateMarkup(weekdayDate(hours.days[index]!), { weekday: 'long', timeZone: 'UTC' });
  const time = (clock: string) => locale.dateMarkup(clockDate(clock), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const days = isDayRun(hours.days)
    ? locale.tMarkup('common:hours.dayRange', { from: dayName(0), to: dayName(hours.days.length - 1) })
    : locale.listMarkup(hours.days.map((_, index) => dayName(index)));
  return locale.tMarkup('common:hours.line', { days: html`${days}`, opens: time(hours.opens), closes: time(hours.closes) });
}
