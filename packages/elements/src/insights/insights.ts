import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DiwanError, type Category, type DiwanBackend, type InsightsQuery, type InsightsResult, type LocalizedText, type Service } from '@diwan/client/core';
import { DiwanElement } from '../shared/diwan-element.js';
import { heading } from '../shared/heading.js';
import { emit } from '../shared/events.js';
import { renderErrorState, renderSkeletonLines } from '../shared/states.js';
import { DiwanInsightsQueryEvent } from './events.js';
import { renderBars, renderLineChart, type ChartPoint } from './insights-charts.js';
import { CHANNELS, isEmpty, METRICS, PERIOD_MONTHS, periodEnd, periodQuery, shareOf, toCsv, type Metric, type PeriodMonths } from './insights-model.js';
import { basisText, percent, rateText, renderComments, renderDataTable, renderHeadline, renderOverdue, type TableRow } from './insights-views.js';
import { insightsStyles } from './insights.styles.js';
import { insightsStrings } from './strings.js';

type Status = 'loading' | 'error' | 'unavailable' | 'empty' | 'ready';
type Figure = 'overTime' | 'byService' | 'byChannel' | 'byOffice';
type Filter = 'period' | 'category' | 'service' | 'channel' | 'office' | 'bucket';
const FIGURES: readonly Figure[] = ['overTime', 'byService', 'byChannel', 'byOffice'];

/**
 * The service manager's view: user satisfaction (with n and the five levels), the "useful" rate,
 * digital take-up, completion and service level (on time, open and late now, median time against the
 * promised one), and cost per request where the ministry set a cost per channel — each against the
 * previous period of the same length; over time and by service, channel and office, as charts with
 * their data tables; the late requests; the latest (redacted) comments by rating; a CSV of what is on
 * screen. No personal data, and no figure from fewer than 5 answers or requests ("fewer than 5").
 *
 * Staff only: give it a backend that carries the staff token (`.backend = createHttpBackend({ …,
 * headers: () => ({ Authorization: \`Bearer ${token}\` }) })`). It has no attribute for a token, so
 * none ever sits in the page's HTML. `backend="demo"` shows a generated year of history.
 *
 * @summary Staff insights: satisfaction, digital take-up, completion and service levels, as charts people read.
 * @tag diwan-insights
 *
 * @fires diwan-insights-query - The manager changed the period, category, service, channel, office or grouping; carries `query`.
 * @fires diwan-error - The backend is not set up or the insights could not be loaded; carries `code`, `retryable` and `message`.
 *
 * @csspart base - The root container (carries `dir` and `lang`).
 * @csspart title - The heading.
 * @csspart filters - The period, category, service, channel, office and grouping controls.
 * @csspart period - The period in words, against the previous one.
 * @csspart headline - The headline figures.
 * @csspart card - One headline figure.
 * @csspart overdue-count - The number of requests late now.
 * @csspart figure - One chart with its table toggle.
 * @csspart chart - A chart (line or bars).
 * @csspart table-toggle - The button that shows a chart's data as a table and back.
 * @csspart data-table - A chart's data as a table.
 * @csspart overdue - The late requests.
 * @csspart comments - The latest comments.
 * @csspart rating-filter - The comments' rating filter.
 * @csspart export-button - "Download as CSV".
 * @csspart unavailable - The message when the backend offers no insights.
 * @csspart empty - The message when the period has too little data.
 * @csspart loading - The skeleton that holds the room while the figures load.
 * @csspart metric - The choice of the figure the charts show.
 * @csspart error - The error state with its retry button.
 *
 * @cssprop --diwan-color-accent - Lines, bars and buttons.
 * @cssprop --diwan-color-surface - Cards and the skeleton.
 * @cssprop --diwan-color-border - Card borders and chart grid lines.
 * @cssprop --diwan-color-text-muted - Bases ("of 1,234 ratings") and axis labels.
 * @cssprop --diwan-color-success - A rise against the previous period.
 * @cssprop --diwan-color-warning - A fall against the previous period.
 * @cssprop --diwan-color-focus - Focus ring (also on chart points).
 */
export class DiwanInsights extends DiwanElement {
  static override styles = [DiwanElement.styles, insightsStyles];
  /** Its strings (English bundled, other locales lazy). */
  static strings = insightsStrings;

  /** Category id whose services to show alone (empty: all categories). */
  @property({ reflect: true }) category?: string;

  /** Service id to show alone (empty: all services). */
  @property({ reflect: true }) service?: string;

  /** Channel to show alone: web, phone, email, sms, counter, kiosk or post (empty: all). */
  @property({ reflect: true }) channel?: string;

  /** Office id to show alone (empty: all offices). The choices are the offices the figures have named. */
  @property({ reflect: true }) office?: string;

  /** The period: the last 3, 6 (default) or 12 calendar months, the current one included. */
  @property({ type: Number, reflect: true }) period: PeriodMonths = 6;

  /** Over-time grouping: `month` (default) or `week`. */
  @property({ reflect: true }) bucket: InsightsQuery['bucket'] = 'month';

  /** Last day of the period as an ISO date (default: today, UTC); for reports of a past date. */
  @property() until?: string;

  @state() private status: Status = 'loading';
  @state() private error?: DiwanError;
  @state() private result?: InsightsResult;
  @state() private services: Service[] = [];
  @state() private categories: Category[] = [];
  /** Every office an answer has named (the backend has no list of offices), by id. */
  @state() private offices = new Map<string, LocalizedText | undefined>();
  @state() private metric: Metric = 'satisfaction';
  @state() private activePoint = -1;
  @state() private tables = new Set<Figure>();
  @state() private commentRating?: number;

  private loadToken = 0;
  private controller?: AbortController;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadToken += 1;
    this.controller?.abort();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const query = ['category', 'service', 'channel', 'office', 'period', 'bucket', 'until'] as const;
    if (!this.hasUpdated || this.backendChanged(changed) || query.some((name) => changed.has(name))) this.load();
  }

  /** The query the current attributes ask for. */
  get query(): InsightsQuery {
    const months = PERIOD_MONTHS.includes(Number(this.period) as PeriodMonths) ? (Number(this.period) as PeriodMonths) : 6;
    const channel = CHANNELS.find((name) => name === this.channel);
    return periodQuery(months, periodEnd(this.until), this.bucket === 'week' ? 'week' : 'month', {
      category: this.category || undefined, serviceId: this.service || undefined, channel, office: this.office || undefined,
    });
  }

  private load(): void {
    const token = ++this.loadToken;
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.status = 'loading';
    this.error = undefined;
    const query = this.query;
    void this.resolveBackend().then(async (backend: DiwanBackend) => {
      if (token !== this.loadToken) return;
      if (!backend.capabilities.insights || !backend.getInsights) {
        this.status = 'unavailable';
        return;
      }
      const options = { signal: controller.signal, locale: this.locale.lang };
      const known = { services: this.services, categories: this.categories };
      const [result, catalogue] = await Promise.all([
        backend.getInsights(query, options),
        this.services.length || !backend.capabilities.catalogue ? known : backend.listServices(options).catch(() => known),
      ]);
      if (token !== this.loadToken) return;
      this.result = result;
      this.services = catalogue.services;
      this.categories = catalogue.categories;
      if (result.byOffice.some((row) => !this.offices.has(row.id))) {
        this.offices = new Map([...this.offices, ...result.byOffice.map((row) => [row.id, row.name] as const)]);
      }
      this.activePoint = result.overTime.length - 1;
      this.status = isEmpty(result) ? 'empty' : 'ready';
    }).catch((error: unknown) => {
      if (token !== this.loadToken) return;
      this.error = this.reportError(error);
      this.status = 'error';
    });
  }

  private retry = (): void => {
    this.load();
  };

  private change(name: Filter, value: string): void {
    if (name === 'period') this.period = Number(value) as PeriodMonths;
    else if (name === 'bucket') this.bucket = value === 'week' ? 'week' : 'month';
    else this[name] = value || undefined;
    emit(this, new DiwanInsightsQueryEvent(this.query));
  }

  private toggleTable(figure: Figure): void {
    const tables = new Set(this.tables);
    if (tables.has(figure)) tables.delete(figure);
    else tables.add(figure);
    this.tables = tables;
  }

  // ---- rendering ----

  protected override render(): TemplateResult {
    return html`<section class="root" part="base" dir=${this.locale.dir} lang=${this.locale.lang} aria-labelledby="title"
      aria-busy=${this.status === 'loading' ? 'true' : 'false'}>
      ${heading(this.headingLevel, this.locale.t('insights:title'), { id: 'title', class: 'title', part: 'title', focusable: true })}
      <p class="intro">${this.locale.t('insights:intro')}</p>
      ${this.status === 'unavailable' || this.error?.code === 'config' ? nothing : this.renderFilters()}
      <div class="body">${this.renderBody()}</div>
    </section>`;
  }

  private renderBody(): TemplateResult {
    switch (this.status) {
      case 'loading':
        return html`<div class="skeleton" part="loading" role="status"><span class="visually-hidden">${this.locale.t('insights:loading')}</span>${renderSkeletonLines(8)}</div>`;
      case 'error':
        return renderErrorState(this.locale, this.error!, this.retry);
      case 'unavailable':
        return html`<p class="notice" part="unavailable" role="status">${this.locale.t('insights:unavailable')}</p>`;
      case 'empty':
        return html`${this.renderPeriod()}<p class="notice" part="empty" role="status">${this.locale.t('insights:empty')}</p>`;
      case 'ready':
        return this.renderReady(this.result!);
    }
  }

  private renderFilters(): TemplateResult {
    const t = (key: string) => this.locale.t(`insights:filters.${key}`);
    const byName = <T extends { name?: LocalizedText }>(items: T[]) =>
      items.sort((a, b) => this.locale.text(a.name ?? '').localeCompare(this.locale.text(b.name ?? ''), this.locale.lang));
    // a chosen category narrows the services offered (the chosen service stays, even from another one)
    const services = byName(this.services.filter((service) => !this.category || service.category === this.category));
    const offices = byName([...this.offices].map(([id, name]) => ({ id, name })));
    const select = (name: Filter, label: string, options: TemplateResult[]) => html`<label class="field">
      <span>${label}</span>
      <select name=${name} @change=${(event: Event) => this.change(name, (event.target as HTMLSelectElement).value)}>${options}</select>
    </label>`;
    const option = (value: string, text: string, selected: boolean, lang?: string) => html`<option value=${value} lang=${ifDefined(lang)} ?selected=${selected}>${text}</option>`;
    /** The choices of a filter by id: "all", the known ones by name, and the chosen id when it is not among them. */
    const choices = (chosen: string | undefined, all: string, items: Array<{ id: string; name?: LocalizedText }>) => [
      option('', all, !chosen),
      ...items.map((item) => (item.name === undefined
        ? option(item.id, item.id, item.id === chosen)
        : option(item.id, this.locale.text(item.name), item.id === chosen, this.locale.textLang(item.name)))),
      ...(chosen && !items.some((item) => item.id === chosen) ? [option(chosen, chosen, true)] : []),
    ];
    return html`<fieldset class="filters" part="filters">
      <legend class="visually-hidden">${t('legend')}</legend>
      ${select('period', t('period'), PERIOD_MONTHS.map((months) => option(String(months), t(`periods.${months}`), Number(this.period) === months)))}
      ${select('category', t('category'), choices(this.category, t('allCategories'), byName([...this.categories])))}
      ${select('service', t('service'), choices(this.service, t('allServices'), services))}
      ${select('channel', t('channel'), [option('', t('allChannels'), !this.channel), ...CHANNELS.map((name) => option(name, this.locale.t(`insights:channels.${name}`), name === this.channel))])}
      ${select('office', t('office'), choices(this.office, t('allOffices'), offices))}
      ${select('bucket', t('bucket'), (['month', 'week'] as const).map((name) => option(name, t(`buckets.${name}`), name === this.bucket))) }
    </fieldset>`;
  }

  private renderPeriod(): TemplateResult | typeof nothing {
    const result = this.result;
    if (!result) return nothing;
    const day = (iso: string) => this.locale.dateMarkup(`${iso}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });
    return html`<p class="period" part="period">${this.locale.tMarkup('insights:periodRange', {
      from: day(result.query.from), to: day(result.query.to), previousFrom: day(result.previousPeriod.from), previousTo: day(result.previousPeriod.to),
    })}</p>`;
  }

  private renderReady(result: InsightsResult): TemplateResult {
    return html`${this.renderPeriod()}
      ${renderHeadline(this.locale, this.headingLevel + 1, result)}
      <label class="field metric-field">
        <span>${this.locale.t('insights:chart.metric')}</span>
        <select part="metric" @change=${(event: Event) => (this.metric = (event.target as HTMLSelectElement).value as Metric)}>
          ${METRICS.map((metric) => html`<option value=${metric} ?selected=${metric === this.metric}>${this.locale.t(`insights:metrics.${metric}`)}</option>`)}
        </select>
      </label>
      ${FIGURES.map((figure) => this.renderFigure(figure, result))}
      ${renderOverdue(this.locale, this.headingLevel + 1, result)}
      ${renderComments(this.locale, this.headingLevel + 1, result, this.commentRating, (rating) => (this.commentRating = rating))}
      <button type="button" class="button secondary" part="export-button" @click=${() => this.exportCsv(result)}>${this.locale.t('insights:export')}</button>`;
  }

  /**
   * A period's label ("Sep 2026", "1 Sep"): a plain string, as it goes into the chart's accessible names.
   * Where the browser writes month names in another language (Arabic for Kurdish in Chromium), which a
   * name cannot mark, the month is a number ("٩/٢٠٢٦").
   */
  private bucketLabel(row: InsightsResult['overTime'][number]): string {
    const date = `${row.start}T12:00:00Z`;
    const month = this.locale.dateLang === this.locale.lang ? 'short' : 'numeric';
    return this.bucket === 'week'
      ? this.locale.date(date, { day: 'numeric', month, timeZone: 'UTC' })
      : this.locale.date(date, { month, year: 'numeric', timeZone: 'UTC' });
  }

  private figureRows(figure: Figure, result: InsightsResult): TableRow[] {
    if (figure === 'overTime') return result.overTime.map((row) => ({ label: this.bucketLabel(row), cells: row.cells }));
    return result[figure].map((row) => ({
      label: figure === 'byChannel' ? this.locale.t(`insights:channels.${row.id}`) : row.name ? this.locale.text(row.name) : row.id,
      cells: row.cells,
    }));
  }

  private renderFigure(figure: Figure, result: InsightsResult): TemplateResult {
    const rows = this.figureRows(figure, result);
    const caption = `${this.locale.t(`insights:chart.${figure}`)} — ${this.locale.t(`insights:metrics.${this.metric}`)}`;
    const asTable = this.tables.has(figure);
    const columnHeading = this.locale.t(`insights:table.${figure === 'overTime' ? 'period' : figure === 'byService' ? 'service' : figure === 'byChannel' ? 'channel' : 'office'}`);
    return html`<figure class="figure-block" part="figure" data-figure=${figure}>
      <figcaption>${heading(this.headingLevel + 1, caption)}
        <button type="button" class="button secondary" part="table-toggle" aria-pressed=${asTable ? 'true' : 'false'} @click=${() => this.toggleTable(figure)}>
          ${this.locale.t(asTable ? 'insights:chart.showChart' : 'insights:chart.showTable')}</button>
      </figcaption>
      ${asTable
        ? renderDataTable(this.locale, caption, columnHeading, rows)
        : figure === 'overTime' ? this.renderLine(rows) : renderBars(rows.map((row) => ({
          label: row.label, value: shareOf(row.cells[this.metric]), valueText: this.describe(row.cells[this.metric]),
        })))}
    </figure>`;
  }

  private describe(cell: TableRow['cells'][Metric]): string {
    const basis = basisText(this.locale, this.metric, cell);
    return basis ? `${rateText(this.locale, cell)} (${basis})` : rateText(this.locale, cell);
  }

  private renderLine(rows: TableRow[]): TemplateResult {
    const points: ChartPoint[] = rows.map((row) => {
      const cell = row.cells[this.metric];
      const value = rateText(this.locale, cell);
      const basis = basisText(this.locale, this.metric, cell);
      return {
        label: row.label, value: shareOf(cell), valueText: value,
        description: basis ? this.locale.t('insights:chart.pointBasis', { label: row.label, value, basis }) : this.locale.t('insights:chart.point', { label: row.label, value }),
      };
    });
    const active = Math.min(Math.max(0, this.activePoint), points.length - 1);
    return html`<p class="hint">${this.locale.t('insights:chart.pointsHint')}</p>
      ${renderLineChart({
        points, rtl: this.locale.dir === 'rtl', active, tickText: (share) => percent(this.locale, share),
        onActivate: (index, focus) => {
          this.activePoint = index;
          if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<SVGGElement>('.point.active')?.focus());
        },
      })}`;
  }

  /** A CSV of what is on screen: the headline, the charts' data for the chosen figure, late requests, shown comments. */
  private exportCsv(result: InsightsResult): void {
    const t = (key: string) => this.locale.t(`insights:${key}`);
    const cellValue = (cell: TableRow['cells'][Metric]) => ('share' in cell ? Math.round(cell.share * 1000) / 10 : t('suppressed'));
    const cellBasis = (cell: TableRow['cells'][Metric]) => ('n' in cell ? cell.n : '');
    const rows: Array<Array<string | number>> = [[t('title'), result.query.from, result.query.to]];
    rows.push([], ['', t('table.share'), t('table.basis')]);
    for (const metric of METRICS) rows.push([t(`metrics.${metric}`), cellValue(result.current[metric]), cellBasis(result.current[metric])]);
    for (const figure of FIGURES) {
      rows.push([], [`${t(`chart.${figure}`)} — ${t(`metrics.${this.metric}`)}`, t('table.share'), t('table.basis')]);
      for (const row of this.figureRows(figure, result)) rows.push([row.label, cellValue(row.cells[this.metric]), cellBasis(row.cells[this.metric])]);
    }
    rows.push([], [t('overdue.reference'), t('overdue.service'), t('overdue.daysLate')]);
    for (const item of result.overdue.items) rows.push([item.reference, item.serviceName ? this.locale.text(item.serviceName) : item.serviceId, item.daysLate]);
    rows.push([], [t('comments.title'), t('comments.filter')]);
    for (const comment of result.comments.filter((item) => this.commentRating === undefined || item.rating === this.commentRating).slice(0, 10)) rows.push([comment.text, comment.rating, comment.at]);
    const url = URL.createObjectURL(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${t('exportFile')}-${result.query.from}-${result.query.to}.csv`;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
