// Pure catalogue logic (no Lit): audiences, filter validation, the search index and filtering.
import { DiwanError, resolveText } from '@diwan/client/core';
import type { SearchIndex } from '@diwan/client/search';
import type { Audience, Service, ServiceCatalogue } from '@diwan/client';

export const AUDIENCES: readonly Audience[] = ['citizen', 'resident', 'business', 'visitor'];

export function isAudience(value: string): value is Audience {
  return (AUDIENCES as readonly string[]).includes(value);
}

export interface CatalogueFilters {
  query: string;
  category?: string;
  audience?: Audience;
}

type Search = typeof import('@diwan/client/search');
let search: Search | undefined;
let searchLoading: Promise<Search> | undefined;

/**
 * The search code is a lazy chunk: fetched when the search field gets the focus (or a query arrives
 * from the URL), so a page where nobody searches never downloads it. Rejects when it cannot load.
 */
export function loadSearch(): Promise<Search> {
  searchLoading ??= import('@diwan/client/search').then(
    (module) => (search = module),
    (error: unknown) => {
      searchLoading = undefined; // a later attempt may succeed
      throw error;
    },
  );
  return searchLoading;
}

/**
 * Builds the search index once per catalogue and locale: names and summaries in that locale,
 * keywords in every language. Cached on the catalogue object, so a keystroke never re-normalises.
 * Undefined while the search code has not loaded (see loadSearch).
 */
const indexes = new WeakMap<ServiceCatalogue, Map<string, SearchIndex<Service>>>();

export function searchIndexFor(catalogue: ServiceCatalogue, lang: string): SearchIndex<Service> | undefined {
  if (!search) return undefined;
  let byLang = indexes.get(catalogue);
  if (!byLang) {
    byLang = new Map();
    indexes.set(catalogue, byLang);
  }
  let index = byLang.get(lang);
  if (!index) {
    const locales = [lang];
    index = search.createSearchIndex(catalogue.services, (service) => [
      { text: resolveText(service.name, locales), weight: 3 },
      { text: (service.keywords ?? []).join(' '), weight: 2 },
      { text: resolveText(service.summary, locales), weight: 1 },
    ]);
    byLang.set(lang, index);
  }
  return index;
}

/**
 * The services to show, best match first when there is a query; undefined when there is a query and
 * the search code has not loaded yet (load it, then ask again).
 */
export function filterServices(catalogue: ServiceCatalogue, lang: string, filters: CatalogueFilters): Service[] | undefined {
  const { category, audience } = filters;
  let matches = catalogue.services;
  if (filters.query.trim()) {
    const index = searchIndexFor(catalogue, lang);
    if (!index) return undefined;
    matches = index.search(filters.query);
  }
  if (!category && !audience) return matches === catalogue.services ? matches.slice() : matches;
  return matches.filter(
    (service) => (!category || service.category === category) && (!audience || service.audiences.includes(audience)),
  );
}

/** Attribute values that name nothing are ignored with a warning (a typo must not break the page). */
export function knownCategory(catalogue: ServiceCatalogue | undefined, value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (!catalogue || catalogue.categories.some((category) => category.id === value)) return value;
  console.warn(`[diwan] <diwan-service-catalogue>: unknown category "${value}"; showing all categories.`);
  return undefined;
}

export function knownAudience(value: string | undefined): Audience | undefined {
  if (!value) return undefined;
  if (isAudience(value)) return value;
  console.warn(`[diwan] <diwan-service-catalogue>: unknown audience "${value}"; use ${AUDIENCES.join(', ')}.`);
  return undefined;
}

const isText = (value: unknown) => typeof value === 'string' || (typeof value === 'object' && value !== null && !Array.isArray(value));
const isOptionalArray = (value: unknown) => value === undefined || Array.isArray(value);

function isListableService(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const service = value as Record<string, unknown>;
  return (
    typeof service.id === 'string' &&
    typeof service.category === 'string' &&
    isText(service.name) &&
    isText(service.summary) &&
    Array.isArray(service.audiences) &&
    Array.isArray(service.channels) &&
    isOptionalArray(service.keywords)
  );
}

/**
 * A cheap structural check of what the list renders (no schema parse: 10,000 services parse in
 * ~400 ms, and our adapters have parsed already). It keeps a custom backend object that breaks the
 * DiwanBackend contract from crashing the page: its data becomes an `invalid_response` error.
 */
export function assertListableCatalogue(data: unknown): asserts data is ServiceCatalogue {
  const catalogue = data as Partial<Record<'categories' | 'services', unknown>> | null;
  const valid =
    typeof catalogue === 'object' && catalogue !== null &&
    Array.isArray(catalogue.categories) &&
    catalogue.categories.every((category: unknown) => isText((category as { name?: unknown } | null)?.name)) &&
    Array.isArray(catalogue.services) &&
    catalogue.services.every(isListableService);
  if (!valid) {
    throw new DiwanError('invalid_response', 'The backend sent a service catalogue Diwan cannot read.', { retryable: false });
  }
}

const checkedServices = new WeakMap<object, DiwanError | null>();

/**
 * Full schema check of one service before its detail renders (fast for one; cached). The schemas are
 * a lazy chunk: the built-in adapters have loaded it already, so only a backend given as an object
 * waits for it, once. Rejects only when the chunk cannot load.
 */
export async function serviceProblem(service: Service): Promise<DiwanError | undefined> {
  let problem = checkedServices.get(service);
  if (problem === undefined) {
    const schemas = await import('@diwan/client/schemas');
    try {
      schemas.parseResponse(schemas.Service, service, 'a service');
      problem = null;
    } catch (error) {
      problem = error as DiwanError;
    }
    checkedServices.set(service, problem);
  }
  return problem ?? undefined;
}
