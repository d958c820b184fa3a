import * as z from 'zod/mini';
import { LocalizedText, Slug, Url } from './common.js';

export const Audience = z.enum(['citizen', 'resident', 'business', 'visitor']);
export type Audience = z.infer<typeof Audience>;

export const ChannelKind = z.enum(['online', 'phone', 'in_person', 'email', 'sms', 'kiosk', 'post']);
export type ChannelKind = z.infer<typeof ChannelKind>;

export const Weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
export type Weekday = z.infer<typeof Weekday>;

const Clock = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

/** Opening hours for a set of weekdays, local time of the office. */
export const OpeningHours = z.object({
  days: z.array(Weekday).check(z.minLength(1)),
  opens: Clock,
  closes: Clock,
});
export type OpeningHours = z.infer<typeof OpeningHours>;

/** One way to get a service: apply online, call, visit an office, … */
export const Channel = z.object({
  kind: ChannelKind,
  label: z.optional(LocalizedText),
  url: z.optional(Url),
  phone: z.optional(z.string().check(z.maxLength(40))),
  email: z.optional(z.email()),
  address: z.optional(LocalizedText),
  hours: z.optional(z.array(OpeningHours)),
  note: z.optional(LocalizedText),
});
export type Channel = z.infer<typeof Channel>;

export const Fee = z.object({
  label: LocalizedText,
  /** Amount in the currency's major unit (0 for free). */
  amount: z.number().check(z.nonnegative()),
  /** ISO 4217 code. */
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
});
export type Fee = z.infer<typeof Fee>;

export const RequiredDocument = z.object({
  name: LocalizedText,
  note: z.optional(LocalizedText),
  optional: z.optional(z.boolean()),
});
export type RequiredDocument = z.infer<typeof RequiredDocument>;

/** How long the service takes: the service-level target. */
export const ProcessingTime = z.object({
  min: z.optional(z.number().check(z.nonnegative())),
  max: z.number().check(z.nonnegative()),
  unit: z.enum(['hour', 'day', 'week', 'month']),
  workingDays: z.optional(z.boolean()),
});
export type ProcessingTime = z.infer<typeof ProcessingTime>;

export const Category = z.object({
  id: Slug,
  name: LocalizedText,
  description: z.optional(LocalizedText),
});
export type Category = z.infer<typeof Category>;

/** A service the ministry offers: the catalogue's unit. */
export const Service = z.object({
  id: Slug,
  name: LocalizedText,
  summary: LocalizedText,
  description: z.optional(LocalizedText),
  category: Slug,
  audiences: z.array(Audience),
  /** Search terms in any language (synonyms, acronyms, old names). */
  keywords: z.optional(z.array(z.string())),
  channels: z.array(Channel),
  fees: z.optional(z.array(Fee)),
  documents: z.optional(z.array(RequiredDocument)),
  processingTime: z.optional(ProcessingTime),
  /** True when `getEligibilityRules` has rules for this service. */
  hasEligibilityCheck: z.optional(z.boolean()),
  updatedAt: z.optional(z.string()),
});
export type Service = z.infer<typeof Service>;

/** The whole catalogue: what `listServices` returns. */
export const ServiceCatalogue = z.object({
  categories: z.array(Category),
  services: z.array(Service),
});
export type ServiceCatalogue = z.infer<typeof ServiceCatalogue>;
