import { createInstance, type i18n, type Resource, type ResourceKey } from 'i18next';
import commonEn from '../locales/en/common.json';

/** Locales Diwan ships strings for. A host can add more with `addStrings`. */
export const SUPPORTED_LOCALES = ['en', 'ar', 'ckb', 'fr'] as const;

const RTL_LANGUAGES = new Set(['ar', 'ckb', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ku-arab']);

/** `rtl` for right-to-left languages (by base language, so `ar-IQ` is rtl too). */
export function localeDirection(lang: string): 'ltr' | 'rtl' {
  const lower = lang.toLowerCase();
  return RTL_LANGUAGES.has(lower) || RTL_LANGUAGES.has(lower.split('-')[0]!) ? 'rtl' : 'ltr';
}

/**
 * One namespace of strings (`common`, or a widget's own): English bundled, the other locales lazy
 * chunks fetched the first time an element needs them. A widget declares its bundle as
 * `static strings` (see LocaleController), so each widget's entry carries only its own strings.
 */
export interface StringsBundle {
  namespace: string;
  en: ResourceKey;
  lazy: Record<string, () => Promise<{ default: ResourceKey }>>;
}

const COMMON_STRINGS: StringsBundle = {
  namespace: 'common',
  en: commonEn,
  lazy: {
    ar: () => import('../locales/ar/common.json'),
    ckb: () => import('../locales/ckb/common.json'),
    fr: () => import('../locales/fr/common.json'),
  },
};

const bundles = new Map<string, StringsBundle>([[COMMON_STRINGS.namespace, COMMON_STRINGS]]);
let instance: i18n | undefined;
/** `ar/catalogue` → its load, while on its way or once done. */
const loading = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();
/**
 * Lookups without options, by language and key. i18next's t() walks its whole resolution chain on
 * every call (hundreds of calls while four widgets first render on a slow phone); the answer only
 * changes when strings do, and then this is cleared.
 */
const plainLookups = new Map<string, string>();

/** Diwan's own i18next instance, created on first use (never the host page's global one). */
export function getI18n(): i18n {
  if (!instance) {
    instance = createInstance();
    void instance.init({
      lng: 'en',
      fallbackLng: 'en',
      resources: { en: { common: commonEn } } satisfies Resource,
      ns: ['common'],
      defaultNS: 'common',
      initAsync: false,
      interpolation: { escapeValue: false }, // Lit escapes every interpolated string
      returnNull: false,
    });
  }
  return instance;
}

/**
 * Makes a namespace's strings known (English now, other locales on demand). Idempotent; strings a
 * host already set with addStrings() win over the bundled English.
 */
export function registerStrings(bundle: StringsBundle): void {
  if (bundles.get(bundle.namespace) === bundle && getI18n().hasResourceBundle('en', bundle.namespace)) return;
  bundles.set(bundle.namespace, bundle);
  getI18n().addResourceBundle('en', bundle.namespace, bundle.en, true, false);
  plainLookups.clear();
  // locales already loaded for other namespaces: this one follows
  const langs = new Set([...loading.keys()].map((key) => key.split('/')[0]!));
  for (const lang of langs) void loadLocale(lang);
}

/** True when strings for this exact language are available now. */
export function hasStrings(lang: string): boolean {
  return getI18n().hasResourceBundle(lang, 'common') || lang === 'en';
}

/** True when Diwan has, or can load, strings for this exact language. */
export function isKnownLocale(lang: string): boolean {
  // own properties only: `lang="constructor"` must not find Object.prototype's
  return Object.hasOwn(COMMON_STRINGS.lazy, lang) || hasStrings(lang);
}

function loadNamespace(lang: string, bundle: StringsBundle): Promise<void> {
  const key = `${lang}/${bundle.namespace}`;
  const loader = Object.hasOwn(bundle.lazy, lang) ? bundle.lazy[lang] : undefined;
  if (typeof loader !== 'function') return Promise.resolve();
  let pending = loading.get(key);
  if (!pending) {
    pending = loader()
      .then((module) => {
        // deep merge without overwriting: strings a host set with addStrings() win
        getI18n().addResourceBundle(lang, bundle.namespace, module.default, true, false);
        notify();
      })
      .catch((error: unknown) => {
        loading.delete(key); // a later attempt may succeed (flaky network); English meanwhile
        console.warn(`[diwan] could not load the "${lang}" strings (${bundle.namespace}); showing English.`, error);
      });
    loading.set(key, pending);
  }
  return pending;
}

/**
 * Loads a lazy locale's strings for every namespace in use (common and the registered widgets'),
 * each chunk once; resolves when they are usable (or failed: English stays).
 */
export function loadLocale(lang: string): Promise<void> {
  return Promise.all([...bundles.values()].map((bundle) => loadNamespace(lang, bundle))).then(() => undefined);
}

/**
 * Host API: adds a locale or overrides any string at run time, e.g.
 * `addStrings('ar', { catalogue: { title: 'دليل الخدمات' } })` or a whole new language.
 * Every Diwan element on the page re-renders.
 */
export function addStrings(lang: string, resources: Record<string, object>): void {
  const i18n = getI18n();
  for (const [ns, strings] of Object.entries(resources)) i18n.addResourceBundle(lang, ns, strings, true, true);
  notify();
}

/** Called when strings change (a locale arrived, a host override). Returns an unsubscribe function. */
export function onStringsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(): void {
  plainLookups.clear();
  for (const listener of listeners) listener();
}

/** A string in a language: `translate('ar', 'catalogue:title')`; options (e.g. `count`) as in i18next. */
export function translate(lang: string, key: string, options?: Record<string, unknown>): string {
  if (options && Object.keys(options).length > 0) return getI18n().t(key, { ...options, lng: lang }) as string;
  const lookup = `${lang}\u0000${key}`;
  let text = plainLookups.get(lookup);
  if (text === undefined) {
    text = getI18n().t(key, { lng: lang }) as string;
    plainLookups.set(lookup, text);
  }
  return text;
}
