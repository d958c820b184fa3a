import * as z from 'zod/mini';
import { VerificationKind } from './request.js';

/** What a backend can do, so a widget can say so instead of failing. */
export const Capabilities = z.object({
  catalogue: z.boolean(),
  eligibility: z.boolean(),
  tracking: z.object({
    enabled: z.boolean(),
    /**
     * `null`: public lookup by reference alone (e.g. Open311). A kind Diwan does not know (a newer
     * backend's) is kept: the tracker asks for it with a generic label.
     */
    verification: z.nullable(z.union([VerificationKind, z.string().check(z.minLength(1), z.maxLength(64))])),
    /** A regular expression (source) a reference must match, after normalisation. */
    referencePattern: z.optional(z.string()),
    live: z.enum(['none', 'poll', 'sse']),
  }),
  feedback: z.object({
    enabled: z.boolean(),
    maxCommentLength: z.int().check(z.positive()),
  }),
  /**
   * Staff insights (`getInsights`, `GET /staff/insights` with a staff bearer token). Absent or false:
   * the backend offers none and the insights widget says so.
   */
  insights: z.optional(z.boolean()),
});
export type Capabilities = z.infer<typeof Capabilities>;

/** The wire shape of a Diwan REST error body. */
export const ErrorBody = z.object({
  code: z.string(),
  message: z.optional(z.string()),
  retryable: z.optional(z.boolean()),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
