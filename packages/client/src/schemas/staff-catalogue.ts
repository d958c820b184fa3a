// What editors send to change the catalogue (scope `catalogue`) and publish eligibility rules (scope
// `rules`), and what the server answers: the stored thing, and which texts still lack a translation.
import * as z from 'zod/mini';
import { DateTime, LocaleCode, Slug } from './common.js';
import { EligibilityRules } from './eligibility.js';
import { Category, Service } from './service.js';

/** The locales every citizen-facing text should have (the widgets ship these four). */
export const CATALOGUE_LOCALES = ['en', 'ar', 'ckb', 'fr'] as const;

/** POST /staff/categories: a new category. */
export const NewCategory = Category;
export type NewCategory = z.infer<typeof NewCategory>;

/** PUT /staff/categories/{id}: the category as it should be (the id is in the path). */
export const CategoryChange = z.omit(Category, { id: true });
export type CategoryChange = z.infer<typeof CategoryChange>;

/** POST /staff/services: a new service (whether it has an eligibility check follows from its rules). */
export const NewService = z.omit(Service, { hasEligibilityCheck: true });
export type NewService = z.infer<typeof NewService>;

/** PUT /staff/services/{id}: the service as it should be; a retired service comes back. */
export const ServiceChange = z.omit(Service, { id: true, hasEligibilityCheck: true });
export type ServiceChange = z.infer<typeof ServiceChange>;

/**
 * A localised text without its own text in some of the four locales: `path` names the field (e.g.
 * `channels.0.label`). A plain string is one text for every language, so all four are listed.
 */
export const MissingTranslation = z.object({
  path: z.string(),
  missing: z.array(LocaleCode),
});
export type MissingTranslation = z.infer<typeof MissingTranslation>;

export const CategoryEdit = z.object({ category: Category, missingTranslations: z.array(MissingTranslation) });
export type CategoryEdit = z.infer<typeof CategoryEdit>;

export const ServiceEdit = z.object({ service: Service, missingTranslations: z.array(MissingTranslation) });
export type ServiceEdit = z.infer<typeof ServiceEdit>;

/** The answer to POST /staff/services/{id}/rules: the new current version, the one it replaced, warnings. */
export const RulesPublication = z.object({
  rules: EligibilityRules,
  previousVersion: z.optional(z.string()),
  /** checkRules' warnings (errors refuse the publication). */
  warnings: z.array(z.string()),
  missingTranslations: z.array(MissingTranslation),
});
export type RulesPublication = z.infer<typeof RulesPublication>;

/** The answer to POST /staff/services/{id}/retire and /staff/categories/{id}/retire. */
export const Retired = z.object({ id: Slug, retiredAt: DateTime });
export type Retired = z.infer<typeof Retired>;
