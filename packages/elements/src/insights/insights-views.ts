// The insights widget's sections: headline figures, the data tables behind the charts, late requests
// and comments. Pure templates over the result and the LocaleController.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { REDACTION_PLACEHOLDERS, type CountCell, type InsightsComment, type InsightsHeadline, type InsightsResult, type RateCell } from '@diwan/client/core';
import { heading } from '../shared/heading.js';
import type { LocaleController } from '../shared/locale-controller.js';
import { METRICS, nOf, pointsChange, shareOf, type Metric } from './insights-model.js';

/** A share as a percentage in the reader's locale ("72 %", "٧٢٪"). */
export function percent(locale: LocaleController, share: number): string {
  return locale.number(share, { style: 'percent', maximumFractionDigits: 0 });
}

/** A rate cell's value as text: the percentage, or "fewer than 5". */
export function rateText(locale: LocaleController, cell: RateCell): string {
  const share = shareOf(cell);
  return share === undefined ? locale.t('insights:suppressed') : percent(locale, share);
}

export function countText(locale: LocaleController, cell: CountCell): string {
  const n = nOf(cell);
  return n === undefined ? locale.t('insights:suppressed') : locale.number(n);
}

/** "of 1,234 ratings", or nothing for a suppressed cell. */
export function basisText(locale: LocaleController, metric: Metric | 'cost', cell: RateCell | CountCell | undefined): string {
  const n = nOf(cell);
  return n === undefined ? '' : locale.t(`insights:basis.${metric}`, { count: n, n: locale.number(n) });
}

function changeText(locale: LocaleController, current: RateCell, previous: RateCell): { text: string; direction: string } {
  const change = pointsChange(current, previous);
  if (change === undefined) return { text: locale.t('insights:change.none'), direction: 'none' };
  if (change === 0) return { text: locale.t('insights:change.same'), direction: 'same' };
  const points = locale.number(Math.abs(change), { maximumFractionDigits: 1 });
  return change > 0 ? { text: locale.t('insights:change.up', { points }), direction: 'up' } : { text: locale.t('insights:change.down', { points }), direction: 'down' };
}

const ARROWS: Record<string, string> = { up: '▲', down: '▼', same: '=', none: '' };

function metricCard(locale: LocaleController, level: number, metric: Metric, current: InsightsHeadline, previous: InsightsHeadline, extra: TemplateResult | typeof nothing = nothing): TemplateResult {
  const change = changeText(locale, current[metric], previous[metric]);
  return html`<li class="card" part="card" data-metric=${metric}>
    ${heading(level, locale.t(`insights:metrics.${metric}`), { class: 'card-title' })}
    <p class="figure">${rateText(locale, current[metric])}</p>
    <p class="basis">${basisText(locale, metric, current[metric])}</p>
    <p class="change ${change.direction}"><span aria-hidden="true">${ARROWS[change.direction]} </span>${change.text}</p>
    ${extra}
  </li>`;
}

function levelsTable(locale: LocaleController, headline: InsightsHeadline): TemplateResult {
  return html`<table class="levels">
    <caption>${locale.t('insights:levels.caption')}</caption>
    <tbody>
      ${[5, 4, 3, 2, 1].map((level) => html`<tr>
        <th scope="row">${locale.t(`insights:levels.${level}`)}</th>
        <td>${countText(locale, headline.ratingLevels[level - 1]!)}</td>
      </tr>`)}
    </tbody>
  </table>`;
}

function serviceLevel(locale: LocaleController, headline: InsightsHeadline): TemplateResult {
  const days = (value: number) => locale.number(value, { maximumFractionDigits: 1 });
  return html`<dl class="service-level">
      <div><dt>${locale.t('insights:serviceLevel.open')}</dt><dd>${countText(locale, headline.open)}</dd></div>
      <div><dt>${locale.t('insights:serviceLevel.overdue')}</dt><dd part="overdue-count">${countText(locale, headline.overdue)}</dd></div>
    </dl>
    ${headline.medianDays === null
      ? nothing
      : html`<p class="median">${headline.promisedDays === null
        ? locale.t('insights:serviceLevel.medianNoPromise', { days: days(headline.medianDays) })
        : locale.t('insights:serviceLevel.median', { days: days(headline.medianDays), promised: days(headline.promisedDays) })}</p>`}`;
}

function costCard(locale: LocaleController, level: number, current: InsightsHeadline, previous: InsightsHeadline): TemplateResult | typeof nothing {
  const cost = current.costPerTransaction;
  if (!cost) return nothing;
  const before = previous.costPerTransaction;
  let change = locale.t('insights:change.none');
  if ('amount' in cost && before && 'amount' in before) {
    const delta = cost.amount - before.amount;
    const amount = locale.currency(Math.round(Math.abs(delta)), cost.currency);
    change = Math.round(delta) === 0 ? locale.t('insights:change.same') : locale.t(delta > 0 ? 'insights:change.costUp' : 'insights:change.costDown', { amount });
  }
  return html`<li class="card" part="card" data-metric="cost">
    ${heading(level, locale.t('insights:metrics.cost'), { class: 'card-title' })}
    <p class="figure">${'amount' in cost ? locale.currency(Math.round(cost.amount), cost.currency) : locale.t('insights:suppressed')}</p>
    <p class="basis">${basisText(locale, 'cost', cost)}</p>
    <p class="change">${change}</p>
  </li>`;
}

/** The headline figures with their change against the previous period. */
export function renderHeadline(locale: LocaleController, level: number, result: InsightsResult): TemplateResult {
  const { current, previous } = result;
  return html`<ul class="cards" part="headline">
    ${metricCard(locale, level, 'satisfaction', current, previous, levelsTable(locale, current))}
    ${metricCard(locale, level, 'useful', current, previous)}
    ${metricCard(locale, level, 'digitalTakeUp', current, previous)}
    ${metricCard(locale, level, 'completion', current, previous)}
    ${metricCard(locale, level, 'onTime', current, previous, serviceLevel(locale, current))}
    ${costCard(locale, level, current, previous)}
  </ul>`;
}

export interface TableRow {
  label: string;
  cells: InsightsResult['overTime'][number]['cells'];
}

/** The data behind a chart: every metric, with its basis, one row per bucket or breakdown row. */
export function renderDataTable(locale: LocaleController, caption: string, heading: string, rows: readonly TableRow[]): TemplateResult {
  return html`<div class="table-scroll" tabindex="0" role="region" aria-label=${caption}>
    <table class="data" part="data-table">
      <caption>${caption}</caption>
      <thead><tr>
        <th scope="col">${heading}</th>
        ${METRICS.map((metric) => html`<th scope="col">${locale.t(`insights:metrics.${metric}`)}</th>`)}
      </tr></thead>
      <tbody>
        ${rows.map((row) => html`<tr>
          <th scope="row">${row.label}</th>
          ${METRICS.map((metric) => html`<td>${rateText(locale, row.cells[metric])}<span class="cell-basis">${basisText(locale, metric, row.cells[metric])}</span></td>`)}
        </tr>`)}
      </tbody>
    </table>
  </div>`;
}

/** Late requests for caseworkers: reference, service, days late. */
export function renderOverdue(locale: LocaleController, level: number, result: InsightsResult): TemplateResult {
  const { total, items } = result.overdue;
  return html`<div class="section" part="overdue">
    ${heading(level, locale.t('insights:overdue.title'), { id: 'overdue-title' })}
    <p>${total ? locale.t('insights:overdue.count', { count: total, n: locale.number(total) }) : locale.t('insights:overdue.none')}</p>
    ${items.length < total ? html`<p class="note">${locale.t('insights:overdue.more', { shown: locale.number(items.length), count: locale.number(total) })}</p>` : nothing}
    ${items.length
      ? html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="overdue-title"><table class="data">
        <thead><tr>
          <th scope="col">${locale.t('insights:overdue.reference')}</th>
          <th scope="col">${locale.t('insights:overdue.service')}</th>
          <th scope="col">${locale.t('insights:overdue.daysLate')}</th>
        </tr></thead>
        <tbody>${items.map((item) => html`<tr>
          <td><bdi>${item.reference}</bdi></td>
          <td>${item.serviceName ? locale.textMarkup(item.serviceName) : item.serviceId}</td>
          <td>${locale.t('insights:overdue.days', { count: item.daysLate, n: locale.number(item.daysLate) })}</td>
        </tr>`)}</tbody>
      </table></div>`
      : nothing}
  </div>`;
}

// what the citizen's browser put where it removed personal data ("[phone]" → phone)
const REDACTED = new Map(Object.entries(REDACTION_PLACEHOLDERS).map(([kind, placeholder]) => [placeholder, kind]));

/**
 * A comment in the language the citizen wrote it in (`lang`, WCAG 3.1.2); the placeholders redaction left
 * ("[phone]") are named in the reader's language instead of English inside Arabic or Kurdish text.
 */
function commentMarkup(locale: LocaleController, comment: InsightsComment): TemplateResult {
  const pieces = comment.text.split(/(\[[a-z-]+\])/).map((piece) => {
    const kind = REDACTED.get(piece);
    return kind ? html`<span class="redacted" lang=${locale.lang}>${locale.t(`insights:comments.removed.${kind}`)}</span>` : piece;
  });
  return html`<p dir="auto" lang=${ifDefined(comment.lang)}>${pieces}</p>`;
}

/** The latest comments, filtered by rating. */
export function renderComments(locale: LocaleController, level: number, result: InsightsResult, rating: number | undefined, onRating: (rating: number | undefined) => void): TemplateResult {
  const shown = result.comments.filter((comment) => rating === undefined || comment.rating === rating).slice(0, 10);
  const names = new Map(result.byService.map((row) => [row.id, row.name]));
  return html`<div class="section" part="comments">
    ${heading(level, locale.t('insights:comments.title'), { id: 'comments-title' })}
    <p class="note">${locale.t('insights:comments.privacy')}</p>
    <label class="field">
      <span>${locale.t('insights:comments.filter')}</span>
      <select part="rating-filter" @change=${(event: Event) => {
        const value = (event.target as HTMLSelectElement).value;
        onRating(value ? Number(value) : undefined);
      }}>
        <option value="" ?selected=${rating === undefined}>${locale.t('insights:comments.all')}</option>
        ${[5, 4, 3, 2, 1].map((level) => html`<option value=${level} ?selected=${rating === level}>${locale.number(level)} – ${locale.t(`insights:levels.${level}`)}</option>`)}
      </select>
    </label>
    ${shown.length
      ? html`<ul class="comments">${shown.map((comment) => html`<li class="comment">
          <p class="comment-meta">${locale.t('insights:comments.rated', { rating: locale.number(comment.rating) })} ·
            ${locale.dateMarkup(comment.at, { dateStyle: 'medium' })}${comment.serviceId && names.get(comment.serviceId) ? html` · ${locale.textMarkup(names.get(comment.serviceId))}` : nothing}</p>
          <blockquote>${commentMarkup(locale, comment)}</blockquote>
        </li>`)}</ul>`
      : html`<p>${locale.t('insights:comments.none')}</p>`}
  </div>`;
}
