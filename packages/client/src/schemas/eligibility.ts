import * as z from 'zod/mini';
import { IsoDate, LocalizedText, Slug, Url } from './common.js';

const QuestionBase = {
  id: Slug,
  label: LocalizedText,
  hint: z.optional(LocalizedText),
};

export const ChoiceOption = z.object({ value: z.string().check(z.minLength(1)), label: LocalizedText });
export type ChoiceOption = z.infer<typeof ChoiceOption>;

export const Question = z.discriminatedUnion('type', [
  z.object({ ...QuestionBase, type: z.literal('boolean') }),
  z.object({
    ...QuestionBase,
    type: z.literal('number'),
    min: z.optional(z.number()),
    max: z.optional(z.number()),
    step: z.optional(z.number().check(z.positive())),
    unit: z.optional(LocalizedText),
    /** ISO 4217 code when the number is money. */
    currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
  }),
  z.object({ ...QuestionBase, type: z.literal('date'), min: z.optional(IsoDate), max: z.optional(IsoDate) }),
  z.object({ ...QuestionBase, type: z.literal('choice'), options: z.array(ChoiceOption).check(z.minLength(2)) }),
  z.object({ ...QuestionBase, type: z.literal('multi-choice'), options: z.array(ChoiceOption).check(z.minLength(1)) }),
]);
export type Question = z.infer<typeof Question>;

export const EligibilityResult = z.enum(['eligible', 'not_eligible', 'may_be_eligible']);
export type EligibilityResult = z.infer<typeof EligibilityResult>;

export const LegalReference = z.object({ title: LocalizedText, url: z.optional(Url) });
export type LegalReference = z.infer<typeof LegalReference>;

/** A JSON Logic expression (https://jsonlogic.com), evaluated over the answers. */
export const JsonLogic = z.unknown();

export const Outcome = z.object({
  id: Slug,
  when: JsonLogic,
  result: EligibilityResult,
  reason: LocalizedText,
  legalReference: z.optional(LegalReference),
});
export type Outcome = z.infer<typeof Outcome>;

/** A versioned, portable eligibility rules document for one service. */
export const EligibilityRules = z.object({
  serviceId: Slug,
  version: z.string().check(z.minLength(1)),
  questions: z.array(Question).check(z.minLength(1)),
  outcomes: z.array(Outcome).check(z.minLength(1)),
  nextSteps: z.optional(z.array(LocalizedText)),
});
export type EligibilityRules = z.infer<typeof EligibilityRules>;
