import type { LocalizedText } from './schemas/common.js';

/** A LocalizedText resolved: the string, and the key it was found under (none for a plain string). */
export interface ResolvedText {
  text: string;
  /** The language tag the string is written in; undefined for a plain string, whose language is not known. */
  lang?: string;
}

/**
 * `resolveText` with the language of the string it picked, so a widget can mark text that fell back to
 * another language (`<span lang="en">` inside Arabic, WCAG 3.1.2).
 */
export function resolveTextIn(text: LocalizedText | undefined, locales: readonly string[]): ResolvedText {
  if (text === undefined) return { text: '' };
  if (typeof text === 'string') return { text };
  // own properties only: a locale named `constructor` or `__proto__` must not find Object.prototype's
  const found = (lang: string): ResolvedText | undefined => {
    const value = Object.hasOwn(text, lang) ? text[lang] : undefined;
    return typeof value === 'string' && value ? { text: value, lang } : undefined;
  };
  for (const locale of locales) {
    const match = found(locale) ?? found(locale.split('-')[0]!);
    if (match) return match;
  }
  return found('en') ?? Object.keys(text).map(found).find(Boolean) ?? { text: '' };
}

/**
 * Picks the best string from a LocalizedText for a list of preferred locales (most preferred first).
 * Tries each locale, then its base language (`fr-CA` → `fr`), then `en`, then the first value.
 */
export function resolveText(text: LocalizedText | undefined, locales: readonly string[]): string {
  return resolveTextIn(text, locales).text;
}
