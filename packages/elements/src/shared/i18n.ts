import { createInstance, type i18n, type Resource, type ResourceLanguage } from 'i18next';
import en from '../locales/en.json';

/** Locales Diwan ships strings for. A host can add more with `addStrings`. */
export const SUPPORTED_LOCALES = ['en', 'ar', 'ckb', 'fr'] as const;

const RTL_LANGUAGES = new Set(['ar', 'ckb', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ku-arab']);

/** `rtl` for right-to-left languages (by base language, so `ar-IQ` is rtl too). */
export function localeDirection(lang: string): 'ltr' | 'rtl' {
  const lower = lang.toLowerCase();
  return RTL_LANGUAGES.has(lower) || RTL_LANGUAGES.has(lower.split('-')[0]!) ? 'rtl' : 'ltr';
}

// Bundled with the widgets: English. The others are lazy chunks, fetched the first time a widget needs them.
const lazyLocales: Record<string, () => Promise<{ default: ResourceLanguage }>> = {
  ar: () => import('../locales/ar.json'),
  ckb: () => import('../locales/ckb.json'),
  fr: () => import('../locales/fr.json'),
};

let instance: i18n | undefined;
const loading = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();

/** Diwan's own i18next instance, created on first use (never the host page's global one). */
export function getI18n(): i18n {
  if (!instance) {
    instance = createInstance();
    void instance.init({
      lng: 'en',
      fallbackLng: 'en',
      resources: { en: en as ResourceLanguage } satisfies Resource,
      ns: Object.keys(en),
      defaultNS: 'common',
      initAsync: false,
      interpolation: { escapeValue: false }, // Lit escapes every interpolated string
      returnNull: false,
    });
  }
  return instance;
}

/** True when strings for this exact language are available now. */
export function hasStrings(lang: string): boolean {
  return getI18n().hasResourceBundle(lang, 'common') || lang === 'en';
}

/** True when Diwan has, or can load, strings for this exact language. */
export function isKnownLocale(lang: string): boolean {
  return lang in lazyLocales || hasStrings(lang);
}

/** Loads a lazy locale once; resolves when its strings are usable (or failed: English stays). */
export function loadLocale(lang: string): Promise<void> {
  const loader = lazyLocales[lang];
  if (!loader || getI18n().hasResourceBundle(lang, 'common') && !loading.has(lang)) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = loader()
      .then((module) => {
        const i18n = getI18n();
        // deep merge without overwriting: strings a host set with addStrings() win
        for (const [ns, strings] of Object.entries(module.default)) i18n.addResourceBundle(lang, ns, strings, true, false);
        notify();
      })
      .catch((error: unknown) => {
        loading.delete(lang); // a later attempt may succeed (flaky network); English meanwhile
        console.warn(`[diwan] could not load the "${lang}" strings; showing English.`, error);
      });
    loading.set(lang, pending);
  }
  return pending;
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
  for (const listener of listeners) listener();
}
