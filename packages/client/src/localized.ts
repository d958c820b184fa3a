import type { LocalizedText } from './schemas/common.js';

/**
 * Picks the best string from a LocalizedText for a list of preferred locales (most preferred first).
 * Tries each locale, then its base language (`fr-CA` → `fr`), then `en`, then the first value.
 */
export function resolveText(text: LocalizedText | undefined, locales: readonly string[]): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  for (const locale of locales) {
    const exact = text[locale];
    if (exact) return exact;
    const base = locale.split('-')[0]!;
    if (text[base]) return text[base];
  }
  if (text.en) return text.en;
  for (const value of Object.values(text)) if (value) return value;
  return '';
}
