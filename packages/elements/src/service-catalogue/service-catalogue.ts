import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { toDiwanError } from '@diwan/client/core';
import type { DiwanError, Service, ServiceCatalogue } from '@diwan/client';
import { DiwanElement } from '../shared/diwan-element.js';
import { DiwanServiceSelectEvent, emit } from '../shared/events.js';
import { renderErrorState } from '../shared/states.js';
import { heading } from '../shared/heading.js';
import { LoadTask } from '../shared/load-task.js';
import { CatalogueSearch } from './catalogue-search.js';
import { readHashState, updateLocationHash } from './hash-state.js';
import { catalogueStyles } from './service-catalogue.styles.js';
import { catalogueStrings } from './strings.js';
import { focusServiceInList, renderListSkeleton, renderServiceList } from './service-list.js';
import { renderControls, type ControlsHandlers } from './catalogue-controls.js';

type DetailView = typeof import('./service-detail.js');
/** The detail view is a lazy chunk: fetched when the browser is idle after the list, or on the first open. */
const loadDetailView = (): Promise<DetailView> => import('./service-detail.js');

type Status = 'loading' | 'error' | 'ready';

const DEFAULT_HASH_KEY = 'diwan-catalogue';

/**
 * The service catalogue: search, browse by category and audience, and read what a service needs,
 * costs and takes, and how to get it. Stays smooth with 10,000 services (virtualised list).
 *
 * @summary Searchable, filterable catalogue of government services with a detail view.
 * @tag diwan-service-catalogue
 *
 * @fires diwan-service-select - A citizen opened a service (`action: 'open'`) or asked to check their eligibility (`action: 'check-eligibility'`); carries `serviceId`, and `restored: true` when the service was shown again from the page address (shared link, reload, Back/Forward) rather than chosen now.
 * @fires diwan-error - Loading the catalogue failed; carries `code`, `retryable` and `message`.
 *
 * @csspart base - The root container (carries `dir` and `lang`).
 * @csspart title - The catalogue's heading.
 * @csspart search - The search input.
 * @csspart category-select - The category filter.
 * @csspart audience-select - The audience filter.
 * @csspart count - The result count (a polite live region).
 * @csspart list - The scrolling list of services.
 * @csspart item - One service in the list.
 * @csspart item-button - The button that opens a service (its name).
 * @csspart no-results - The "no services match" message with its clear button.
 * @csspart empty - The message shown when the catalogue has no services.
 * @csspart error - The error message with its retry button.
 * @csspart detail - The detail view of one service.
 * @csspart detail-heading - The service name in the detail view.
 * @csspart back - The button back to the list.
 * @csspart eligibility-button - "Check if you can get this".
 * @csspart apply-link - The "apply online" link.
 * @csspart channel - One way to get the service (online, phone, office…).
 *
 * @cssprop [--diwan-catalogue-list-height=30rem] - Height of the scrolling list (the skeleton reserves the same).
 * @cssprop --diwan-color-text - Body text colour.
 * @cssprop --diwan-color-text-muted - Summaries and secondary text.
 * @cssprop --diwan-color-bg - Background.
 * @cssprop --diwan-color-surface - Skeleton, hover and message backgrounds.
 * @cssprop --diwan-color-border - Input, list and item borders.
 * @cssprop --diwan-color-accent - Links, buttons and service names.
 * @cssprop --diwan-color-accent-text - Text on accent buttons.
 * @cssprop --diwan-color-focus - Focus ring.
 * @cssprop --diwan-radius - Corner radius.
 * @cssprop --diwan-font-size-sm - Small text.
 * @cssprop --diwan-font-size-lg - Service names and section headings.
 * @cssprop --diwan-font-size-xl - Catalogue and detail headings.
 * @cssprop --diwan-target-size - Minimum size of buttons, inputs and list items.
 */
export class DiwanServiceCatalogue extends DiwanElement {
  static override styles = [DiwanElement.styles, catalogueStyles];
  /** Its strings (English bundled, other locales lazy). */
  static strings = catalogueStrings;

  /** Category id to show (preselects the category filter; reflects the citizen's choice). Unknown ids are ignored with a warning. */
  @property({ reflect: true }) category?: string;

  /** Audience to show: `citizen`, `resident`, `business` or `visitor` (reflects the citizen's choice). */
  @property({ reflect: true }) audience?: string;

  /**
   * Keep the search and the open service in `location.hash` (and follow the browser's back button).
   * The value names the hash key (default `diwan-catalogue`); other hash content is left alone.
   * @attr sync-url
   */
  @property({ attribute: 'sync-url' }) syncUrl?: string | null;

  @state() private status: Status = 'loading';
  @state() private catalogue?: ServiceCatalogue;
  @state() private error?: DiwanError;
  @state() private openServiceId?: string;
  private detailView?: DetailView;
  /** Changes whenever a service opens or closes, so a slower earlier open cannot land after it. */
  private openTicket = 0;
  private readonly search = new CatalogueSearch(this, () => ({
    catalogue: this.catalogue, lang: this.locale.lang, category: this.category ?? undefined, audience: this.audience ?? undefined,
  }));
  private readonly loading = new LoadTask<ServiceCatalogue>(this, {
    load: (signal) => this.fetchCatalogue(signal),
    ready: (data) => void this.showCatalogue(data),
    failed: (error) => void this.showError(error),
    report: (cause) => this.reportError(cause),
  });
  private focusSearchWhenReady = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onHistoryChange);
    window.addEventListener('hashchange', this.onHistoryChange);
    this.restoreFromHash(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onHistoryChange);
    window.removeEventListener('hashchange', this.onHistoryChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || this.backendChanged(changed)) this.load();
  }

  // ---- loading ----

  private load(): void {
    this.status = 'loading';
    this.error = undefined;
    this.search.reset();
    this.loading.run();
  }

  private async fetchCatalogue(signal: AbortSignal): Promise<ServiceCatalogue> {
    const backend = await this.resolveBackend();
    signal.throwIfAborted();
    return backend.listServices({ signal, locale: this.locale.lang });
  }

  private async showCatalogue(data: ServiceCatalogue): Promise<void> {
    this.catalogue = data;
    this.status = 'ready';
    this.restoreFromHash(false);
    this.prepareDetailWhenIdle();
    if (this.focusSearchWhenReady) {
      this.focusSearchWhenReady = false;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
    }
  }

  private async showError(error: DiwanError): Promise<void> {
    this.error = error;
    this.status = 'error';
    if (this.focusSearchWhenReady) {
      // a retry failed again: keep the keyboard user on the retry button
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.error-state button')?.focus();
    }
  }

  /** Fetches the detail view when the browser is idle, so the first service opens without a wait. */
  private prepareDetailWhenIdle(): void {
    if (typeof requestIdleCallback !== 'function') return;
    requestIdleCallback(() => {
      if (this.isConnected) loadDetailView().catch(() => undefined); // a failed prefetch is retried by the first open
    });
  }

  private retry = (): void => {
    this.focusSearchWhenReady = true;
    this.load();
  };

  // ---- search and filters ----

  private onSearchInput(event: Event): void {
    this.search.query = (event.target as HTMLInputElement).value;
    this.writeHash('replace');
  }

  private onCategoryChange(event: Event): void {
    this.category = (event.target as HTMLSelectElement).value || undefined;
  }

  private onAudienceChange(event: Event): void {
    this.audience = (event.target as HTMLSelectElement).value || undefined;
  }

  private clearSearchAndFilters(): void {
    this.search.query = '';
    this.category = undefined;
    this.audience = undefined;
    this.writeHash('replace');
    this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
  }

  // ---- detail view and focus ----

  private openFromList = (service: Service): void => void this.openDetail(service, true, true);

  private async openDetail(service: Service, moveFocus: boolean, writeHash: boolean): Promise<void> {
    const ticket = ++this.openTicket;
    let problem: DiwanError | undefined;
    try {
      this.detailView = await loadDetailView(); // the service was parsed at the boundary with the catalogue
    } catch (error) {
      problem = toDiwanError(error); // a chunk did not load (offline): the error state offers a retry
    }
    if (ticket !== this.openTicket) return;
    if (problem) {
      this.error = this.reportError(problem);
      this.status = 'error';
      return;
    }
    this.openServiceId = service.id;
    if (writeHash) this.writeHash('push');
    emit(this, new DiwanServiceSelectEvent(service.id, 'open', !writeHash)); // from the address: restored
    if (moveFocus) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.detail-heading')?.focus());
    }
  }

  private closeDetail(moveFocus: boolean, writeHash: boolean): void {
    const serviceId = this.openServiceId;
    this.openTicket += 1;
    this.openServiceId = undefined;
    if (writeHash) this.writeHash('push');
    if (moveFocus && serviceId) void this.focusListItem(serviceId);
  }

  /** Back in the list (rebuilt by the virtualizer): focus the item that opened the service. */
  private async focusListItem(serviceId: string): Promise<void> {
    await this.updateComplete;
    const focused = await focusServiceInList(this.renderRoot, this.search.results, serviceId);
    if (!focused && this.isConnected) this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
  }

  // ---- location.hash ----

  private get hashKey(): string | undefined {
    return this.syncUrl == null ? undefined : this.syncUrl || DEFAULT_HASH_KEY;
  }

  private writeHash(mode: 'push' | 'replace'): void {
    const key = this.hashKey;
    if (key) updateLocationHash(key, { query: this.search.query, service: this.openServiceId }, mode);
  }

  private onHistoryChange = (): void => {
    this.restoreFromHash(this.matches(':focus-within'));
  };

  private restoreFromHash(moveFocus: boolean): void {
    const key = this.hashKey;
    if (!key) return;
    const saved = readHashState(location.hash, key) ?? { query: '' };
    this.search.query = saved.query;
    if (!this.catalogue) return; // the service opens when the catalogue arrives (this runs again then)
    const wanted = saved.service;
    const service = wanted ? this.catalogue.services.find((candidate) => candidate.id === wanted) : undefined;
    if (wanted && !service) console.warn(`[diwan] <diwan-service-catalogue>: no service "${wanted}" in the catalogue.`);
    if (service && service.id !== this.openServiceId) void this.openDetail(service, moveFocus, false);
    else if (!service && this.openServiceId) this.closeDetail(moveFocus, false);
  }

  // ---- rendering ----

  private t(key: string, options?: Record<string, unknown>): string {
    return this.locale.t(`catalogue:${key}`, options);
  }

  protected override render(): TemplateResult {
    return html`<div class="root" part="base" dir=${this.locale.dir} lang=${this.locale.lang}>${this.renderState()}</div>`;
  }

  private renderState(): TemplateResult {
    if (this.status === 'error' && this.error) return renderErrorState(this.locale, this.error, this.retry);
    const catalogue = this.catalogue;
    if (this.status === 'loading' || !catalogue) return this.renderBrowser(undefined);
    if (catalogue.services.length === 0) return html`<p class="empty" part="empty">${this.t('empty')}</p>`;
    const open = this.openServiceId ? catalogue.services.find((service) => service.id === this.openServiceId) : undefined;
    if (open && this.detailView) {
      const category = catalogue.categories.find((candidate) => candidate.id === open.category);
      return this.detailView.renderServiceDetail(this.locale, open, category ? this.locale.textMarkup(category.name) : '', {
        onBack: () => this.closeDetail(true, true),
        onCheckEligibility: () => emit(this, new DiwanServiceSelectEvent(open.id, 'check-eligibility')),
      }, this.headingLevel);
    }
    return this.renderBrowser(catalogue);
  }

  private readonly controlsHandlers: ControlsHandlers = {
    onSearchInput: (event) => this.onSearchInput(event),
    onSearchFocus: this.search.prepare,
    onCategoryChange: (event) => this.onCategoryChange(event),
    onAudienceChange: (event) => this.onAudienceChange(event),
  };

  /** The search, filters, count and list; without a catalogue, the same layout as a skeleton. */
  private renderBrowser(catalogue: ServiceCatalogue | undefined): TemplateResult {
    const loading = !catalogue;
    const { announcedCount } = this.search;
    return html`${heading(this.headingLevel, this.t('title'), { class: 'title', part: 'title' })}
      ${renderControls(this.locale, { catalogue, query: this.search.query, category: this.search.category, audience: this.search.audience }, this.controlsHandlers)}
      <p class="count" part="count" role="status">
        ${loading || announcedCount === undefined
          ? this.t('results.loading')
          : this.t('results.count', { count: announcedCount, n: this.locale.number(announcedCount) })}
      </p>
      <div class="results" aria-busy=${loading ? 'true' : 'false'}>${loading ? renderListSkeleton() : this.renderResults()}</div>`;
  }

  private renderResults(): TemplateResult {
    const { results } = this.search;
    if (results.length === 0) {
      return html`<div class="no-results" part="no-results">
        <p class="no-results-title">${this.t('results.none')}</p>
        <p>${this.t('results.noneHint')}</p>
        <button type="button" class="button secondary" @click=${this.clearSearchAndFilters}>${this.t('results.clear')}</button>
      </div>`;
    }
    return renderServiceList(this.locale, results, this.openFromList, () => this.requestUpdate(), this.headingLevel + 1);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'diwan-service-catalogue': DiwanServiceCatalogue;
  }
}
