import * as z from 'zod/mini';
import { DateTime, LocaleCode, Slug } from './common.js';

const IdempotencyKey = z.string().check(z.minLength(8), z.maxLength(128));

/** What the feedback widget sends (comment already redacted in the browser). */
export const Feedback = z.object({
  kind: z.enum(['feedback', 'problem']),
  useful: z.boolean(),
  rating: z.optional(z.int().check(z.gte(1), z.lte(5))),
  comment: z.optional(z.string().check(z.maxLength(4000))),
  serviceId: z.optional(Slug),
  /** Page path only: no query string, no fragment. */
  page: z.string().check(z.regex(/^\/[^?#]*$/)),
  locale: LocaleCode,
  idempotencyKey: IdempotencyKey,
  /**
   * On optional details sent after a one-click answer: the idempotency key of that answer, so the
   * server can join the two. Absent on the answer itself and on problem reports. The details may
   * arrive before the answer they name (the answer may still be waiting in an offline outbox).
   */
  followUpOf: z.optional(IdempotencyKey),
});
export type Feedback = z.infer<typeof Feedback>;

export const FeedbackReceipt = z.object({
  id: z.string().check(z.minLength(1)),
  receivedAt: DateTime,
});
export type FeedbackReceipt = z.infer<typeof FeedbackReceipt>;
