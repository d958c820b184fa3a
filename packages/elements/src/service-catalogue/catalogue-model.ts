// Pure catalogue logic (no Lit): audiences, filter validation, the search index and filtering.
import { resolveText, toLatinDigits } from '@diwan/client/core';
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
/** Where the search code comes from: its lazy chunk (a test holds it back, as a slow network does). */
export const searchCode = { load: (): Promise<Search> => import('@diwan/client/search') };
let search: Search | undefined;
let searchLoading: Promise<Search> | undefined;

/**
 * The search code is a lazy chunk: fetched when the search field gets the focus (or a query arrives
 * from the URL), so a page where nobody searches never downloads it. Rejects when it cannot load.
 */
export function loadSearch(): Promise<Search> {
  searchLoading ??= searchCode.load().then(
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

/** Whether a query is answered by the search itself, or (until its code is here) by plainMatches. */
export const searchLoaded = (): boolean => search !== undefined;

/**
 * The letters normalizeForSearch folds that NFKD leaves alone, for French, Arabic and Kurdish (see
 * normalize.ts and word-forms.ts; catalogue-model.test.ts checks the two agree on the demo catalogue).
 */
const LETTER_FOLDS: Record<string, string> = { œ: 'oe', æ: 'ae', ٱ: 'ا', ى: 'ي', ی: 'ي', ێ: 'ي', ة: 'ه', ە: 'ه', ھ: 'ه', ك: 'ک', ۆ: 'و', ڵ: 'ل', ڕ: 'ر', ڤ: 'ف' };
const VARIANT = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'gu');

/** Case, accents, harakat and tatweel off; letter variants and digits folded as the search folds them. */
export function plainFold(text: string): string {
  return toLatinDigits(text.normalize('NFKD').toLowerCase().replace(/[\p{M}\p{Cf}\u0640]/gu, ''))
    .replace(VARIANT, (letter) => LETTER_FOLDS[letter] ?? letter);
}

const plainTexts = new WeakMap<ServiceCatalogue, Map<string, string[][]>>();

/**
 * The query's answer until the search code is here (a slow phone must not show every service for a
 * typed query): the services whose name, keywords or summary contain every word of it, folded with
 * plainFold: first those whose name starts with its first word, then those whose name has every word
 * (as the search ranks them, mostly). Kurdish letters fold both ways here (the search
 * is stricter with a query that has them). The search then takes over with its ranking.
 */
function plainMatches(catalogue: ServiceCatalogue, lang: string, query: string): Service[] {
  const words = plainFold(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  let byLang = plainTexts.get(catalogue);
  if (!byLang) plainTexts.set(catalogue, (byLang = new Map()));
  let texts = byLang.get(lang);
  if (!texts) {
    texts = catalogue.services.map((service) => [service.name, service.summary, ...(service.keywords ?? [])].map((text) => plainFold(resolveText(text, [lang]))));
    byLang.set(lang, texts);
  }
  const tiers: Service[][] = [[], [], []];
  catalogue.services.forEach((service, index) => {
    const [name = '', ...rest] = texts[index] ?? [];
    if (words.every((word) => name.includes(word))) tiers[name.startsWith(words[0] ?? '') ? 0 : 1]?.push(service);
    else if (words.every((word) => name.includes(word) || rest.some((text) => text.includes(word)))) tiers[2]?.push(service);
  });
  return tiers.flat();
}

/** The services to show, best match first when there is a query (see plainMatches while the search code loads). */
export function filterServices(catalogue: ServiceCatalogue, lang: string, filters: CatalogueFilters): Service[] {
  const { category, audience } = filters;
  let matches = catalogue.services;
  if (filters.query.trim()) {
    const index = searchIndexFor(catalogue, lang);
    matches = index ? index.search(filters.query) : plainMatches(catalogue, lang, filters.query);
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
