// The insights' SQL: counts per period, bucket, service, channel and office in one grouped scan each
// (GROUPING SETS) of feedback_daily (feedback's per-day counts, kept by triggers) and of requests, the
// median processing time, the overdue work list and the latest comments.
// SQL counts; answer.ts shapes the counts into cells with the client's own helpers (rateCell, …), so
// suppression and shares are computed by the same code as the demo backend's.
//
// The selection (the client's HistoryFeedback / HistoryRequest over these tables): feedback and requests
// that name a service, counted at `received_at` / `submitted_at` in [from 00:00 UTC, to + 1 day), filtered
// by service, the service's category, channel and office. A request is closed when its status closes it
// and its closing moment (`closed_at`) is not after `now`.
import type { InsightsQuery } from '@diwan/client/schemas';
import type { Queryable } from '../db/database.js';

/** The moments a query runs between (ISO strings, cast to timestamptz in SQL). */
export interface InsightsWindow {
  previousStart: string;
  currentStart: string;
  end: string;
  now: string;
}

/** Which grouping set a row of counts belongs to. */
export type CountLevel = 'total' | 'bucket' | 'service' | 'channel' | 'office';

// grouping(bucket, service, channel, office): a bit set for every column NOT in the row's set.
const LEVELS: Readonly<Record<number, CountLevel>> = { 15: 'total', 7: 'bucket', 11: 'service', 13: 'channel', 14: 'office' };

interface Grouped {
  current: boolean;
  level: CountLevel;
  /** The bucket's first day (YYYY-MM-DD), the service, channel or office id; null on `total`. */
  key: string | null;
}

export interface FeedbackCounts extends Grouped {
  answers: number;
  useful: number;
  ratings: number;
  /** Ratings 1 to 5. */
  levels: [number, number, number, number, number];
}

export interface RequestCounts extends Grouped {
  requests: number;
  online: number;
  closed: number;
  completed: number;
  onTime: number;
  open: number;
  overdue: number;
}

/** Parameters in order, and the filter conditions that name them. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

function conditions(params: Params, alias: string, query: InsightsQuery): string[] {
  const where = [`${alias}.service_id is not null`];
  if (query.serviceId !== undefined) where.push(`${alias}.service_id = ${params.add(query.serviceId)}`);
  if (query.category !== undefined) {
    where.push(`${alias}.service_id in (select id from services where category_id = ${params.add(query.category)})`);
  }
  if (query.channel !== undefined) where.push(`${alias}.channel = ${params.add(query.channel)}`);
  if (query.office !== undefined) where.push(`${alias}.office_id = ${params.add(query.office)}`);
  return where;
}

const GROUPING = `
  group by grouping sets ((cur), (cur, bucket), (cur, service), (cur, channel), (cur, office))`;

function grouped(row: { cur: boolean; level: number; bucket: string | null; service: string | null; channel: string | null; office: string | null }): Grouped | undefined {
  const level = LEVELS[row.level];
  if (!level) throw new Error(`unexpected grouping level ${row.level}`);
  const key = level === 'bucket' ? row.bucket : level === 'service' ? row.service : level === 'channel' ? row.channel : level === 'office' ? row.office : null;
  // previous-period rows have no bucket; rows without a channel or office belong to no breakdown row
  if (level !== 'total' && key === null) return undefined;
  return { current: row.cur, level, key };
}

/**
 * Counts of feedback in both periods: totals and the rows of every breakdown, summed from feedback_daily
 * (per-day counts kept by triggers, migration 005): whole UTC days are all a period is made of.
 */
export async function feedbackCounts(db: Queryable, query: InsightsQuery, window: InsightsWindow): Promise<FeedbackCounts[]> {
  const params = new Params();
  const day = (moment: string) => `${params.add(moment.slice(0, 10))}::date`;
  const current = day(window.currentStart);
  const where = [`d.day >= ${day(window.previousStart)}`, `d.day < ${day(window.end)}`, ...conditions(params, 'd', query)];
  const bucket = params.add(query.bucket);
  const rows = await db.query<{
    cur: boolean; level: number; bucket: string | null; service: string | null; channel: string | null; office: string | null;
    answers: number; useful: number; ratings: number; r1: number; r2: number; r3: number; r4: number; r5: number;
  }>(
    `with sel as (
       select d.day >= ${current} as cur,
         case when d.day >= ${current} then to_char(date_trunc(${bucket}, d.day::timestamp), 'YYYY-MM-DD') end as bucket,
         d.service_id as service, d.channel, nullif(d.office_id, '') as office, d.answers, d.useful, d.ratings, d.r1, d.r2, d.r3, d.r4, d.r5
       from feedback_daily d
       where ${where.join(' and ')}
     )
     select cur, grouping(bucket, service, channel, office) as level, bucket, service, channel, office,
       sum(answers)::int as answers, sum(useful)::int as useful, sum(ratings)::int as ratings,
       sum(r1)::int as r1, sum(r2)::int as r2, sum(r3)::int as r3, sum(r4)::int as r4, sum(r5)::int as r5
     from sel ${GROUPING}`,
    params.values,
  );
  return rows.flatMap((row) => {
    const group = grouped(row);
    return group
      ? [{ ...group, answers: row.answers, useful: row.useful, ratings: row.ratings, levels: [row.r1, row.r2, row.r3, row.r4, row.r5] as FeedbackCounts['levels'] }]
      : [];
  });
}

/** The request selection's CTE: each request's facts as judged at `now`. */
function requestSelection(params: Params, query: InsightsQuery, window: InsightsWindow, periodStart: string): string {
  const current = params.add(window.currentStart);
  const now = params.add(window.now);
  const where = [
    `r.submitted_at >= ${params.add(periodStart)}::timestamptz`,
    `r.submitted_at < ${params.add(window.end)}::timestamptz`,
    ...conditions(params, 'r', query),
  ];
  const bucket = params.add(query.bucket);
  return `sel as (
       select r.submitted_at >= ${current}::timestamptz as cur,
         case when r.submitted_at >= ${current}::timestamptz
           then to_char(date_trunc(${bucket}, r.submitted_at at time zone 'UTC'), 'YYYY-MM-DD') end as bucket,
         r.service_id as service, r.channel, r.office_id as office, r.reference, r.status, r.submitted_at, r.expected_at, r.closed_at,
         coalesce(r.closed_at <= ${now}::timestamptz and diwan_closing_status(r.status), false) as closed,
         coalesce(r.expected_at < ${now}::timestamptz, false) as expected_passed
       from requests r
       where ${where.join(' and ')}
     )`;
}

/** Counts of requests in both periods: totals and the rows of every breakdown. */
export async function requestCounts(db: Queryable, query: InsightsQuery, window: InsightsWindow): Promise<RequestCounts[]> {
  const params = new Params();
  const rows = await db.query<{
    cur: boolean; level: number; bucket: string | null; service: string | null; channel: string | null; office: string | null;
    requests: number; online: number; closed: number; completed: number; on_time: number; open: number; overdue: number;
  }>(
    `with ${requestSelection(params, query, window, window.previousStart)}
     select cur, grouping(bucket, service, channel, office) as level, bucket, service, channel, office,
       count(*)::int as requests, (count(*) filter (where channel = 'web'))::int as online,
       (count(*) filter (where closed))::int as closed,
       (count(*) filter (where closed and status in ('approved', 'completed')))::int as completed,
       (count(*) filter (where closed and closed_at <= expected_at))::int as on_time,
       (count(*) filter (where not closed))::int as open,
       (count(*) filter (where not closed and expected_passed))::int as overdue
     from sel ${GROUPING}`,
    params.values,
  );
  return rows.flatMap((row) => {
    const group = grouped(row);
    return group
      ? [{ ...group, requests: row.requests, online: row.online, closed: row.closed, completed: row.completed, onTime: row.on_time, open: row.open, overdue: row.overdue }]
      : [];
  });
}

/** The median of closed requests' processing times, in milliseconds, for each period (absent: none closed). */
export async function medianProcessing(db: Queryable, query: InsightsQuery, window: InsightsWindow): Promise<{ current?: { n: number; ms: number }; previous?: { n: number; ms: number } }> {
  const params = new Params();
  // one pass, each period's durations sorted by its own aggregate (no sort of the whole selection by period)
  const [row] = await db.query<{ current_n: number; current_ms: number | null; previous_n: number; previous_ms: number | null }>(
    `with ${requestSelection(params, query, window, window.previousStart)}
     select (count(*) filter (where cur))::int as current_n, (count(*) filter (where not cur))::int as previous_n,
       percentile_cont(0.5) within group (order by ms) filter (where cur) as current_ms,
       percentile_cont(0.5) within group (order by ms) filter (where not cur) as previous_ms
     from (select cur, (extract(epoch from closed_at - submitted_at) * 1000)::float8 as ms from sel where closed) closed`,
    params.values,
  );
  const result: { current?: { n: number; ms: number }; previous?: { n: number; ms: number } } = {};
  if (row && row.current_ms !== null) result.current = { n: row.current_n, ms: Number(row.current_ms) };
  if (row && row.previous_ms !== null) result.previous = { n: row.previous_n, ms: Number(row.previous_ms) };
  return result;
}

export interface OverdueRow {
  reference: string;
  service: string;
  office: string | null;
  days_late: number;
  total: number;
}

/** Open requests of the current period past their expected date: the most days late first, at most `limit`. */
export async function overdueRequests(db: Queryable, query: InsightsQuery, window: InsightsWindow, limit: number): Promise<OverdueRow[]> {
  const params = new Params();
  const selection = requestSelection(params, query, window, window.currentStart);
  const now = params.add(window.now);
  return db.query<OverdueRow>(
    `with ${selection}
     select reference, service, office, total, days_late from (
       select reference, service, office, (count(*) over ())::int as total,
         greatest(1, floor(extract(epoch from ${now}::timestamptz - expected_at) * 1000 / 86400000))::int as days_late
       from sel where not closed and expected_passed
     ) late
     order by days_late desc, reference collate "C" limit ${params.add(limit)}`,
    params.values,
  );
}

export interface CommentRow {
  at: Date | string;
  rating: number;
  useful: boolean;
  service_id: string;
  comment: string;
  /** The feedback's locale: the language the comment is written in. */
  lang: string;
}

/** The latest comments of the current period, `perRating` for each rating, from the given services only. */
export async function latestComments(db: Queryable, query: InsightsQuery, window: InsightsWindow, services: readonly string[], perRating: number): Promise<CommentRow[]> {
  if (!services.length) return [];
  const params = new Params();
  const where = [
    `f.rating = levels.rating`,
    `f.comment is not null`,
    `f.comment <> ''`,
    `f.received_at >= ${params.add(window.currentStart)}::timestamptz`,
    `f.received_at < ${params.add(window.end)}::timestamptz`,
    `f.service_id in (select jsonb_array_elements_text(${params.add(JSON.stringify(services))}::text::jsonb))`,
    ...conditions(params, 'f', query),
  ];
  return db.query<CommentRow>(
    `select c.* from (values (1), (2), (3), (4), (5)) as levels (rating)
     cross join lateral (
       select f.received_at as at, f.rating::int as rating, f.useful, f.service_id, f.comment, f.locale as lang
       from feedback f where ${where.join(' and ')}
       order by f.received_at desc, f.id desc limit ${params.add(perRating)}
     ) c
     order by c.at desc`,
    params.values,
  );
}

export interface NamedRow {
  id: string;
  name: unknown;
}

/** Every service's name, category and promised processing time (a small table, read whole). */
export async function serviceFacts(db: Queryable): Promise<Array<NamedRow & { category_id: string; processing_time: { max: number; unit: string } | null }>> {
  return db.query('select id, name, category_id, processing_time from services');
}

/** Offices' names: the office details on each office's latest request. */
export async function officeNames(db: Queryable, ids: readonly string[]): Promise<NamedRow[]> {
  if (!ids.length) return [];
  return db.query<NamedRow>(
    `select o.id, (select r.office -> 'name' from requests r where r.office_id = o.id order by r.submitted_at desc limit 1) as name
     from jsonb_array_elements_text($1::text::jsonb) as o (id)`,
    [JSON.stringify(ids)],
  );
}
