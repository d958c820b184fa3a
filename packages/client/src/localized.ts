import type { LocalizedText } from './schemas/common.js';

/**
 * Picks the best string from a LocalizedText for a list of preferred locales (most preferred first).
 * Tries each locale, then its base language (`fr-CA` → `fr`), then `en`, then the first value.
 */
export function resolveText(text: LocalizedText | undefined, locales: readonly string[]): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  // own properties only: a locale named `constructor` or `__proto__` must not find Object.prototype's
  const own = (locale: string): string | undefined => {
    const value = Object.hasOwn(text, locale) ? text[locale] : undefined;
    return typeof value === 'string' && value ? value : undefined;
  };
  for (const locale of locales) {
    const found = own(locale) ?? own(locale.split('-')[0]!);
    if (found) return found;
  }
  return own('en') ?? Object.values(text).find((value) => typeof value === 'string' && value) ?? '';
}
