// The insights' SQL: counts per period, bucket, service, channel and office summed from the rollups
// (rollup.ts, migration 007: counts by day and month kept by triggers), the requests that are open at
// `now` read row by row (overdue counts and list; requests closed after `now` correct the rollups), the
// median processing time from the rollup of whole processing days plus the exact values of the one day
// that holds the middle, and the latest comments.
// SQL counts; answer.ts shapes the counts into cells with the client's own helpers (rateCell, …), so
// suppression and shares are computed by the same code as the demo backend's.
//
// The selection (the client's HistoryFeedback / HistoryRequest over these tables): feedback and requests
// that name a service, counted at `received_at` / `submitted_at` in [from 00:00 UTC, to + 1 day), filtered
// by service, the service's category, channel and office. A request is closed when its status closes it
// and its closing moment (`closed_at`) is not after `now`.
import type { InsightsQuery } from '@diwan/client/schemas';
import type { Queryable } from '../db/database.js';
import { atLevel, levelScan, Params, rollupStatement, segmentList, type Periods } from './rollup.js';

/** The moments a query runs between (ISO strings, cast to timestamptz in SQL). */
export interface InsightsWindow {
  previousStart: string;
  currentStart: string;
  end: string;
  now: string;
}

/** Which grouping set a row of counts belongs to. */
export type CountLevel = 'total' | 'bucket' | 'service' | 'channel' | 'office';

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

/** Requests as the rollup counts them: closed = has a closing status (at any moment, even after `now`). */
export interface RequestCounts extends Grouped {
  requests: number;
  online: number;
  closed: number;
  completed: number;
  onTime: number;
}

/** Conditions on raw rows (`alias`: feedback or requests) for the query's filters. */
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

function grouped(row: { cur: boolean; level: CountLevel; key: string | null }): Grouped | undefined {
  // previous-period buckets are not asked for; rows without a channel or office belong to no breakdown row
  if (row.level !== 'total' && row.key === null) return undefined;
  return { current: row.cur, level: row.level, key: row.key };
}

/** Counts of feedback in both periods: totals and the rows of every breakdown, from feedback_rollup. */
export async function feedbackCounts(db: Queryable, query: InsightsQuery, spans: Periods): Promise<FeedbackCounts[]> {
  const { text, values } = rollupStatement('feedback_rollup', ['answers', 'useful', 'ratings', 'r1', 'r2', 'r3', 'r4', 'r5'], 'answers', query, spans);
  const rows = await db.query<{
    cur: boolean; level: CountLevel; key: string | null; answers: number; useful: number; ratings: number; r1: number; r2: number; r3: number; r4: number; r5: number;
  }>(text, values);
  return rows.flatMap((row) => {
    const group = grouped(row);
    return group
      ? [{ ...group, answers: row.answers, useful: row.useful, ratings: row.ratings, levels: [row.r1, row.r2, row.r3, row.r4, row.r5] as FeedbackCounts['levels'] }]
      : [];
  });
}

/** Counts of requests in both periods: totals and the rows of every breakdown, from requests_rollup. */
export async function requestCounts(db: Queryable, query: InsightsQuery, spans: Periods): Promise<RequestCounts[]> {
  const { text, values } = rollupStatement('requests_rollup', ['requests', 'online', 'closed', 'completed', 'on_time'], 'requests', query, spans);
  const rows = await db.query<{
    cur: boolean; level: CountLevel; key: string | null; requests: number; online: number; closed: number; completed: number; on_time: number;
  }>(text, values);
  return rows.flatMap((row) => {
    const group = grouped(row);
    return group
      ? [{ ...group, requests: row.requests, online: row.online, closed: row.closed, completed: row.completed, onTime: row.on_time }]
      : [];
  });
}

/** The selection's requests in [start, end) that are open at `now`: no closing moment, or one after `now`. */
function openNow(params: Params, query: InsightsQuery, start: string, window: InsightsWindow, columns: string): string {
  const now = params.add(window.now);
  const where = [
    `r.submitted_at >= ${params.add(start)}::timestamptz`,
    `r.submitted_at < ${params.add(window.end)}::timestamptz`,
    ...conditions(params, 'r', query),
  ].join(' and ');
  // two index ranges (requests_open_submitted, requests_closed_later) rather than one scan of every request
  return `select ${columns} from requests r where r.closed_at is null and ${where}
    union all
    select ${columns} from requests r where r.closed_at > ${now}::timestamptz and ${where}`;
}

/** A request counted closed by the rollups that closed only after `now` (normally none). */
export interface ClosedLater {
  cur: boolean;
  /** The current period's bucket it falls in (null in the previous period). */
  bucket: string | null;
  service: string;
  channel: string | null;
  office: string | null;
  completed: boolean;
  on_time: boolean;
  days: number;
}

/** The selection's requests with a closing status and a closing moment after `now`. */
export async function closedLater(db: Queryable, query: InsightsQuery, window: InsightsWindow): Promise<ClosedLater[]> {
  const params = new Params();
  const current = params.add(window.currentStart);
  const bucket = params.add(query.bucket);
  const now = params.add(window.now);
  const where = [
    `r.closed_at > ${now}::timestamptz`,
    `diwan_closing_status(r.status)`,
    `r.submitted_at >= ${params.add(window.previousStart)}::timestamptz`,
    `r.submitted_at < ${params.add(window.end)}::timestamptz`,
    ...conditions(params, 'r', query),
  ];
  return db.query<ClosedLater>(
    `select r.submitted_at >= ${current}::timestamptz as cur,
       case when r.submitted_at >= ${current}::timestamptz then to_char(date_trunc(${bucket}, r.submitted_at at time zone 'UTC'), 'YYYY-MM-DD') end as bucket,
       r.service_id as service, nullif(r.channel, '') as channel, nullif(r.office_id, '') as office,
       r.status in ('approved', 'completed') as completed, coalesce(r.closed_at <= r.expected_at, false) as on_time,
       diwan_processing_days(r.submitted_at, r.closed_at) as days
     from requests r where ${where.join(' and ')}`,
    params.values,
  );
}

/** Closed requests by whole processing days, for each period, from requests_rollup_days. */
export async function processingDays(db: Queryable, query: InsightsQuery, spans: Periods): Promise<Array<{ cur: boolean; days: number; n: number }>> {
  const params = new Params();
  const scan = levelScan('requests_rollup_days', segmentList(params, spans), 'total', 'r.days', ['closed'], atLevel(params, 'r', query));
  return db.query(
    `select cur, key as days, sum(closed)::int as n from (${scan}) counted group by 1, 2 having sum(closed) <> 0`,
    params.values,
  );
}

/**
 * Processing times in milliseconds of the requests of [start, end) closed by `now` after exactly `days`
 * whole days, in order, from the `offset`th: `count` of them.
 */
export async function processingTimes(
  db: Queryable, query: InsightsQuery, window: InsightsWindow, period: { start: string; end: string }, days: number, offset: number, count: number,
): Promise<number[]> {
  const params = new Params();
  const where = [
    `diwan_processing_days(r.submitted_at, r.closed_at) = ${params.add(days)}::int`,
    `r.closed_at is not null`,
    `r.closed_at <= ${params.add(window.now)}::timestamptz`,
    `diwan_closing_status(r.status)`,
    `r.submitted_at >= ${params.add(period.start)}::timestamptz`,
    `r.submitted_at < ${params.add(period.end)}::timestamptz`,
    ...conditions(params, 'r', query),
  ];
  const rows = await db.query<{ ms: number }>(
    `select (extract(epoch from r.closed_at - r.submitted_at) * 1000)::float8 as ms from requests r
     where ${where.join(' and ')} order by 1 offset ${params.add(offset)} limit ${params.add(count)}`,
    params.values,
  );
  return rows.map((row) => Number(row.ms));
}

export interface OverdueRow {
  reference: string;
  service: string;
  office: string | null;
  days_late: number;
}

/**
 * Requests open at `now` and past their expected date: how many in each period, and the current period's
 * most days late first, at most `limit` (one reading of the open requests for both).
 */
export async function overdueRequests(
  db: Queryable, query: InsightsQuery, window: InsightsWindow, limit: number,
): Promise<{ current: number; previous: number; items: OverdueRow[] }> {
  const params = new Params();
  const now = params.add(window.now);
  const current = params.add(window.currentStart);
  const open = openNow(params, query, window.previousStart, window,
    `r.submitted_at >= ${current}::timestamptz as cur, r.reference, r.service_id as service, r.office_id as office, r.expected_at`);
  const rows = await db.query<OverdueRow & { cur: boolean; total: number }>(
    `select cur, reference, service, office, days_late, total from (
       select cur, reference, service, office, days_late, (count(*) over (partition by cur))::int as total,
         row_number() over (partition by cur order by days_late desc, reference collate "C") as place
       from (
         select cur, reference, service, office,
           greatest(1, floor(extract(epoch from ${now}::timestamptz - expected_at) * 1000 / 86400000))::int as days_late
         from (${open}) open where expected_at < ${now}::timestamptz
       ) late
     ) ranked
     -- the previous period's first row only carries its total
     where place <= case when cur then ${params.add(limit)}::int else 1 end
     order by cur desc, place`,
    params.values,
  );
  const items = rows.filter((row) => row.cur);
  return {
    current: items[0]?.total ?? 0,
    previous: rows.find((row) => !row.cur)?.total ?? 0,
    items: items.map(({ reference, service, office, days_late }) => ({ reference, service, office, days_late })),
  };
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
    // the services given already passed the service and category filters (they come from the counts)
    `f.service_id in (select jsonb_array_elements_text(${params.add(JSON.stringify(services))}::text::jsonb))`,
    ...conditions(params, 'f', { ...query, serviceId: undefined, category: undefined }),
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
