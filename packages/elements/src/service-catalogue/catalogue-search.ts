// The catalogue's search state: the query, the filters in force, the results they give and the count
// the live region announces. A controller, so the element keeps to loading, the detail view, the page
// address and rendering. Results are worked out before each render from what they depend on (the
// catalogue, the language, the query and the two filter attributes), only when one of those changed.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Audience, Service, ServiceCatalogue } from '@diwan/client';
import { filterServices, knownAudience, knownCategory, loadSearch, searchIndexFor, searchLoaded } from './catalogue-model.js';

/** Pause before the result count is announced, so screen readers hear the count once typing stops. */
const ANNOUNCE_DELAY_MS = 300;

/** What the results depend on, read from the element before each render. */
export interface SearchInputs {
  catalogue: ServiceCatalogue | undefined;
  lang: string;
  /** The `category` and `audience` attributes as they are (unknown values are ignored with a warning). */
  category: string | undefined;
  audience: string | undefined;
}

export class CatalogueSearch implements ReactiveController {
  /** The services to show, best match first when there is a query. */
  results: Service[] = [];
  /** The count the live region says; undefined until the first results (it then says "loading"). */
  announcedCount?: number;
  /** The filters in force: the attributes' values when they name something, else undefined. */
  category?: string;
  audience?: Audience;

  #currentQuery = '';
  /** The inputs the results were worked out for (undefined: work them out at the next render). */
  #shown?: SearchInputs & { query: string };
  /** The inputs the filters in force were checked against (a warning is given once per change). */
  #filtersFor?: SearchInputs;
  #announceTimer?: ReturnType<typeof setTimeout>;
  #scrollListToTop = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode },
    private readonly inputs: () => SearchInputs,
  ) {
    host.addController(this);
  }

  /** What the citizen typed (or the page address restored). */
  get query(): string {
    return this.#currentQuery;
  }

  set query(value: string) {
    if (value === this.#currentQuery) return;
    this.#currentQuery = value;
    this.host.requestUpdate();
  }

  /** A new catalogue is loading: its first count is said at once, not after a pause. */
  reset(): void {
    this.announcedCount = undefined;
  }

  hostUpdate(): void {
    const inputs = { ...this.inputs(), query: this.#currentQuery };
    const checked = this.#filtersFor;
    if (!checked || inputs.audience !== checked.audience) this.audience = knownAudience(inputs.audience);
    if (!checked || inputs.category !== checked.category || inputs.catalogue !== checked.catalogue) {
      this.category = knownCategory(inputs.catalogue, inputs.category);
    }
    this.#filtersFor = inputs;
    const before = this.#shown;
    if (!inputs.catalogue || (before && (['catalogue', 'lang', 'query', 'category', 'audience'] as const).every((key) => inputs[key] === before[key]))) return;
    this.results = filterServices(inputs.catalogue, inputs.lang, {
      query: inputs.query,
      category: this.category,
      audience: this.audience,
    });
    this.#shown = inputs;
    if (inputs.query.trim() && !searchLoaded()) this.#searchWhenItLoads();
    this.#scheduleAnnouncement();
    // new search or filter: start at the top of the new results
    this.#scrollListToTop ||= before !== undefined && (['query', 'category', 'audience'] as const).some((key) => inputs[key] !== before[key]);
  }

  hostUpdated(): void {
    if (this.#scrollListToTop) {
      this.#scrollListToTop = false;
      this.host.renderRoot.querySelector('.list')?.scrollTo(0, 0);
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.#announceTimer);
  }

  /**
   * Builds the search index when the search field gets the focus, before the first keystroke needs
   * it (10,000 services take a moment). Not on load: pages where nobody searches never pay for it.
   */
  readonly prepare = (): void => {
    loadSearch().then(
      () => {
        const { catalogue, lang } = this.inputs();
        if (catalogue) searchIndexFor(catalogue, lang);
      },
      () => undefined, // offline: queries keep their plain matches (searchWhenItLoads)
    );
  };

  /**
   * A query came before the search code (typed at once, or from the URL) and shows plain matches:
   * the search's own results replace them when it is here, in the same place (the citizen may be
   * reading or scrolling them). Offline, the plain matches stay and the next keystroke tries again.
   */
  #searchWhenItLoads(): void {
    loadSearch().then(
      () => {
        this.#shown = undefined;
        this.host.requestUpdate();
      },
      () => undefined,
    );
  }

  #scheduleAnnouncement(): void {
    clearTimeout(this.#announceTimer);
    if (this.announcedCount === undefined) {
      this.announcedCount = this.results.length;
      return;
    }
    this.#announceTimer = setTimeout(() => {
      this.announcedCount = this.results.length;
      this.host.requestUpdate();
    }, ANNOUNCE_DELAY_MS);
  }
}
