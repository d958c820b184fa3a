// Pure catalogue logic (no Lit): audiences, filter validation, the search index and filtering.
import { resolveText } from '@diwan/client/core';
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
