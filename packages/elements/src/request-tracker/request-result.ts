// A found request: what the citizen must do (first), where it is and when it should be done, who
// handles it, and its history. A pure template function of the locale, the record and "now".
import { html, nothing, type TemplateResult } from 'lit';
import { isFinished, relativeTimeParts, slaState } from '@diwan/client/tracking';
import type { CitizenAction, Office, RequestRecord } from '@diwan/client';
import { emailLink, openingHoursMarkup, phoneLink } from '../shared/contact-views.js';
import type { LocaleController } from '../shared/locale-controller.js';
import { heading } from '../shared/heading.js';
import { backIcon } from '../shared/icons.js';
import { actionIcon, slaIcon } from './icons.js';
import { renderTimeline } from './request-timeline.js';

export interface ResultOptions {
  now: Date;
  /** Live updates are on: say so. */
  live: boolean;
  onCheckAnother: () => void;
  /** Level of the result's heading (the widget's `heading-level`); its sections' are one below. */
  headingLevel: number;
}

const t = (locale: LocaleController, key: string, options?: Record<string, unknown>) => locale.t(`tracker:result.${key}`, options);

/** "12 March 2026", marked with its language where the browser writes it in another (Arabic for Kurdish). */
const dateText = (locale: LocaleController, iso: string) => locale.dateMarkup(iso, { dateStyle: 'long' });

/** "in 6 days", "yesterday": Intl.RelativeTimeFormat in the citizen's language (or a marked fallback). */
function relativeText(locale: LocaleController, iso: string, now: Date) {
  const { value, unit } = relativeTimeParts(iso, now);
  return locale.relativeTimeMarkup(value, unit);
}

function renderActions(locale: LocaleController, actions: readonly CitizenAction[], now: Date, level: number): TemplateResult | typeof nothing {
  if (!actions.length) return nothing;
  return html`<section class="actions" part="actions" aria-labelledby="actions-title">
    ${heading(level, html`${actionIcon()}${t(locale, 'actionsTitle')}`, { id: 'actions-title' })}
    <ul>
      ${actions.map(
        (action) => html`<li part="action">
          <span>${locale.textMarkup(action.label)}</span>
          ${action.dueBy
            ? html`<strong class="due"><bdi>${locale.tMarkup('tracker:result.actionDue', { date: dateText(locale, action.dueBy), relative: relativeText(locale, action.dueBy, now) })}</bdi></strong>`
            : nothing}
        </li>`,
      )}
    </ul>
  </section>`;
}

function renderStatus(locale: LocaleController, record: RequestRecord, now: Date, level: number): TemplateResult {
  const sla = slaState(record, now);
  const note = locale.textMarkup(record.statusNote);
  const date = (label: string, iso: string | undefined, relative: boolean) =>
    iso
      ? html`<div>
          <dt>${t(locale, label)}</dt>
          <dd><time datetime=${iso}><bdi>${dateText(locale, iso)}</bdi></time>${relative ? html` <span class="muted">(${relativeText(locale, iso, now)})</span>` : nothing}</dd>
        </div>`
      : nothing;
  return html`<section class="status" part="status" aria-labelledby="status-title">
    ${heading(level, t(locale, 'statusTitle'), { id: 'status-title' })}
    <p class=${`status-label status-${record.status}`} part="status-label">${t(locale, `status.${record.status}`)}</p>
    <p>${t(locale, `meaning.${record.status}`)}</p>
    ${note ? html`<p class="status-note">${note}</p>` : nothing}
    ${sla && record.expectedAt
      ? html`<div class=${`sla sla-${sla}`} part="sla">
          <p class="sla-label">${slaIcon(sla)}<strong>${t(locale, `sla.${sla}`)}</strong></p>
          <p>${locale.tMarkup(`tracker:result.slaExplain.${sla}`, { date: dateText(locale, record.expectedAt), relative: relativeText(locale, record.expectedAt, now) })}</p>
        </div>`
      : nothing}
    <dl class="dates">
      ${date('submitted', record.submittedAt, false)} ${date('updated', record.updatedAt, true)}
      ${isFinished(record.status) ? nothing : date('expected', record.expectedAt, true)}
    </dl>
  </section>`;
}

function renderOffice(locale: LocaleController, office: Office | undefined, level: number): TemplateResult | typeof nothing {
  if (!office) return nothing;
  const address = locale.textMarkup(office.address);
  return html`<section class="office" part="office" aria-labelledby="office-title">
    ${heading(level, t(locale, 'officeTitle'), { id: 'office-title' })}
    <p class="office-name">${locale.textMarkup(office.name)}</p>
    <dl>
      ${office.phone
        ? html`<div><dt>${t(locale, 'phone')}</dt><dd>${phoneLink(office.phone)}</dd></div>`
        : nothing}
      ${office.email
        ? html`<div><dt>${t(locale, 'email')}</dt><dd>${emailLink(office.email)}</dd></div>`
        : nothing}
      ${address ? html`<div><dt>${t(locale, 'address')}</dt><dd><address>${address}</address></dd></div>` : nothing}
      ${office.hours?.length
        ? html`<div><dt>${t(locale, 'hours')}</dt><dd><ul class="plain">${office.hours.map((hours) => html`<li>${openingHoursMarkup(locale, hours)}</li>`)}</ul></dd></div>`
        : nothing}
    </dl>
  </section>`;
}

export function renderRequestResult(locale: LocaleController, record: RequestRecord, options: ResultOptions): TemplateResult {
  return html`<article class="result" part="result" aria-labelledby="result-heading">
    ${heading(options.headingLevel, locale.textMarkup(record.serviceName) || t(locale, 'serviceFallback'), {
      id: 'result-heading', class: 'result-heading', part: 'result-heading', focusable: true,
    })}
    <p class="reference">${t(locale, 'reference')} <bdi part="reference">${record.reference}</bdi></p>
    ${options.live ? html`<p class="muted live-note">${t(locale, 'live')}</p>` : nothing}
    ${renderActions(locale, record.actionsNeeded ?? [], options.now, options.headingLevel + 1)}
    ${renderStatus(locale, record, options.now, options.headingLevel + 1)}
    ${renderOffice(locale, record.office, options.headingLevel + 1)} ${renderTimeline(locale, record.timeline, options.headingLevel + 1)}
    <p>
      <button type="button" class="button secondary" part="check-another" @click=${options.onCheckAnother}>
        ${backIcon()}${t(locale, 'another')}
      </button>
    </p>
  </article>`;
}
