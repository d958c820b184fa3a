import * as z from 'zod/mini';

/** A BCP 47 language tag such as `en`, `ar`, `ckb` or `fr-CA`. */
export const LocaleCode = z.string().check(z.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/));

/**
 * Text in one language (a plain string) or several (`{ en: "…", ar: "…" }`).
 * Resolved with the same fallback chain as UI strings.
 */
export const LocalizedText = z.union([
  z.string(),
  z.record(z.string(), z.string()),
]);
export type LocalizedText = z.infer<typeof LocalizedText>;

/** An ISO 8601 date-time with an offset, e.g. `2026-11-23T09:30:00Z`. */
export const DateTime = z.iso.datetime({ offset: true });
/** An ISO 8601 calendar date, e.g. `2026-11-23`. */
export const IsoDate = z.iso.date();

export const Url = z.url({ protocol: /^https?$/ });

/** An id: lowercase letters, digits and hyphens (URL- and attribute-safe). */
export const Slug = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,79}$/));
