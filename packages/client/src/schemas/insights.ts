// Staff insights: what a service manager reads about satisfaction, digital take-up, completion and
// service levels. Aggregates only — no personal data — and small-number suppression: any cell built
// from fewer than INSIGHTS_MIN_CELL items carries no figure, only `{ suppressed: true }`.
import * as z from 'zod/mini';
import { DateTime, IsoDate, LocaleCode, LocalizedText, Slug } from './common.js';
import { ContactChannel } from './request.js';

/** A cell from fewer items than this carries no figure (small-number suppression). */
export const INSIGHTS_MIN_CELL = 5;

/** The longest period one query may span, in days (two years, leap day included). */
export const INSIGHTS_MAX_DAYS = 731;

export const InsightsBucket = z.enum(['week', 'month']);
export type InsightsBucket = z.infer<typeof InsightsBucket>;

/**
 * What to aggregate: a period of whole UTC days (`from` and `to` both included), the size of the
 * over-time buckets (weeks start on Monday), and optional filters.
 */
export const InsightsQuery = z.object({
  from: IsoDate,
  to: IsoDate,
  bucket: InsightsBucket,
  serviceId: z.optional(Slug),
  category: z.optional(Slug),
  channel: z.optional(ContactChannel),
  office: z.optional(Slug),
});
export type InsightsQuery = z.infer<typeof InsightsQuery>;

const Count = z.int().check(z.gte(0));
const Share = z.number().check(z.gte(0), z.lte(1));

/**
 * A cell built from fewer than 5 items: it carries no figure at all. Strict, and shown cells may not say
 * `suppressed: true`, so a payload with both (`{ suppressed: true, n: 3 }`) is refused, never shown.
 */
export const Suppressed = z.strictObject({ suppressed: z.literal(true) });
export type Suppressed = z.infer<typeof Suppressed>;
const NotSuppressed = z.optional(z.literal(false));

/** A share of `n` items (n ≥ 5), or suppressed. */
export const RateCell = z.union([z.object({ n: Count, share: Share, suppressed: NotSuppressed }), Suppressed]);
export type RateCell = z.infer<typeof RateCell>;

/** A count (≥ 5), or suppressed. */
export const CountCell = z.union([z.object({ n: Count, suppressed: NotSuppressed }), Suppressed]);
export type CountCell = z.infer<typeof CountCell>;

/**
 * The four service-standard figures for one cell (a bucket, a service, a channel, an office):
 * - `satisfaction`: share of ratings that are 4 or 5, over `n` ratings;
 * - `useful`: share of "was this useful?" answers that are yes;
 * - `digitalTakeUp`: share of requests made online (channel `web`), over `n` requests;
 * - `completion`: share of closed requests that were completed or approved;
 * - `onTime`: share of closed requests closed by their expected date.
 */
export const InsightsCells = z.object({
  satisfaction: RateCell,
  useful: RateCell,
  digitalTakeUp: RateCell,
  completion: RateCell,
  onTime: RateCell,
});
export type InsightsCells = z.infer<typeof InsightsCells>;

/** The headline: the cells for the whole period plus the detail behind them. */
export const InsightsHeadline = z.object({
  ...InsightsCells.shape,
  /** Ratings 1 to 5 (index 0 is "very dissatisfied"), each a count or suppressed. */
  ratingLevels: z.array(CountCell).check(z.length(5)),
  /** Requests of the period still open now, and of those the ones past their expected date. */
  open: CountCell,
  overdue: CountCell,
  /** Median days from submission to closing, and the median promised (processing-time target); null without data. */
  medianDays: z.nullable(z.number().check(z.gte(0))),
  promisedDays: z.nullable(z.number().check(z.gte(0))),
  /** Cost per request where the ministry configured a cost per channel. */
  costPerTransaction: z.optional(z.union([
    z.object({ n: Count, amount: z.number().check(z.gte(0)), currency: z.string().check(z.regex(/^[A-Z]{3}$/)), suppressed: NotSuppressed }),
    Suppressed,
  ])),
});
export type InsightsHeadline = z.infer<typeof InsightsHeadline>;

export const InsightsBucketRow = z.object({
  /** First and last day of the bucket, clipped to the period. */
  start: IsoDate,
  end: IsoDate,
  cells: InsightsCells,
});
export type InsightsBucketRow = z.infer<typeof InsightsBucketRow>;

/** One row of a breakdown (by service, channel or office). */
export const InsightsBreakdownRow = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  /** Display name; channels have none (the widget names them in the reader's language). */
  name: z.optional(LocalizedText),
  cells: InsightsCells,
});
export type InsightsBreakdownRow = z.infer<typeof InsightsBreakdownRow>;

/** An open request past its expected date, for caseworkers. No personal data: a reference and figures. */
export const OverdueRequest = z.object({
  reference: z.string().check(z.minLength(1), z.maxLength(64)),
  serviceId: Slug,
  serviceName: z.optional(LocalizedText),
  office: z.optional(Slug),
  daysLate: z.int().check(z.gte(1)),
});
export type OverdueRequest = z.infer<typeof OverdueRequest>;

/** A citizen's comment, already redacted; only from services with at least 5 feedback items in the period. */
export const InsightsComment = z.object({
  at: DateTime,
  rating: z.int().check(z.gte(1), z.lte(5)),
  useful: z.boolean(),
  serviceId: z.optional(Slug),
  text: z.string().check(z.minLength(1), z.maxLength(4000)),
  /** The language the citizen wrote in (the feedback's `locale`): the widget marks the comment with it. */
  lang: z.optional(LocaleCode),
});
export type InsightsComment = z.infer<typeof InsightsComment>;

/** The answer to an InsightsQuery. */
export const InsightsResult = z.object({
  /** The query as the backend understood it. */
  query: InsightsQuery,
  /** The period of the same length just before, that `previous` describes. */
  previousPeriod: z.object({ from: IsoDate, to: IsoDate }),
  generatedAt: DateTime,
  current: InsightsHeadline,
  previous: InsightsHeadline,
  overTime: z.array(InsightsBucketRow),
  byService: z.array(InsightsBreakdownRow),
  byChannel: z.array(InsightsBreakdownRow),
  byOffice: z.array(InsightsBreakdownRow),
  /**
   * Overdue requests now, most days late first (at most 50), and how many there are in all. A work
   * list for caseworkers, not a statistic: references are shown as they are (they name no one).
   */
  overdue: z.object({ total: Count, items: z.array(OverdueRequest) }),
  /** Latest comments, newest first: up to 10 for each rating. */
  comments: z.array(InsightsComment),
});
export type InsightsResult = z.infer<typeof InsightsResult>;
