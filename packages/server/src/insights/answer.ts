// GET /staff/insights' answer: the SQL counts (sql.ts) shaped into an InsightsResult with the client's
// own cell helpers, so the reference server and the demo backend (aggregateInsights over raw history)
// suppress, round and order alike. The property test in test/insights.test.mjs holds the two together.
import {
  bucketStart, countCell, dayStart, isoDay, previousPeriod, promisedDays, rateCell, ratingLevelCells,
  type ChannelCosts,
} from '@diwan/client/insights';
import {
  ContactChannel, INSIGHTS_MAX_DAYS, INSIGHTS_MIN_CELL,
  type InsightsBreakdownRow, type InsightsBucketRow, type InsightsCells, type InsightsHeadline, type InsightsQuery,
  type InsightsResult, type LocalizedText,
} from '@diwan/client/schemas';
import type { Database } from '../db/database.js';
import { medianProcessing, type Median } from './median.js';
import { periods } from './rollup.js';
import {
  closedLater, feedbackCounts, latestComments, officeNames, overdueRequests, processingDays, requestCounts, serviceFacts,
  type ClosedLater, type CountLevel, type FeedbackCounts, type InsightsWindow, type RequestCounts,
} from './sql.js';

const DAY_MS = 86_400_000;
const MAX_OVERDUE_ITEMS = 50;
const COMMENTS_PER_RATING = 10;

export interface InsightsOptions {
  /** The moment "open now" and "overdue now" are judged at. */
  now: Date;
  /** A cost per request by channel (the operator's DIWAN_CHANNEL_COSTS); absent: no cost per transaction. */
  costs?: ChannelCosts;
}

/** The number of days a query spans, or a message saying why it cannot be answered. */
export function periodProblem(query: Pick<InsightsQuery, 'from' | 'to'>): string | undefined {
  const days = (dayStart(query.to) - dayStart(query.from)) / DAY_MS + 1;
  if (days < 1) return 'The period starts after it ends: "from" must be on or before "to".';
  if (days > INSIGHTS_MAX_DAYS) return `The period spans ${days} days; at most ${INSIGHTS_MAX_DAYS} are allowed.`;
  return undefined;
}

type FeedbackTally = Pick<FeedbackCounts, 'answers' | 'useful' | 'ratings' | 'levels'>;
type RequestTally = Omit<RequestCounts, 'current' | 'level' | 'key'>;
const NO_FEEDBACK: FeedbackTally = { answers: 0, useful: 0, ratings: 0, levels: [0, 0, 0, 0, 0] };
const NO_REQUESTS: RequestTally = { requests: 0, online: 0, closed: 0, completed: 0, onTime: 0 };

function cells(feedback: FeedbackTally = NO_FEEDBACK, requests: RequestTally = NO_REQUESTS): InsightsCells {
  return {
    satisfaction: rateCell(feedback.ratings, feedback.levels[3] + feedback.levels[4]),
    useful: rateCell(feedback.answers, feedback.useful),
    digitalTakeUp: rateCell(requests.requests, requests.online),
    completion: rateCell(requests.closed, requests.completed),
    onTime: rateCell(requests.closed, requests.onTime),
  };
}

/** Counts by level and key, for one period. */
class Counts<Row extends { current: boolean; level: CountLevel; key: string | null }> {
  private readonly rows = new Map<string, Row>();
  constructor(rows: readonly Row[], current: boolean) {
    for (const row of rows) if (row.current === current) this.rows.set(`${row.level}:${row.key ?? ''}`, row);
  }
  get(level: CountLevel, key = ''): Row | undefined {
    return this.rows.get(`${level}:${key}`);
  }
  keys(level: CountLevel): string[] {
    return [...this.rows.values()].filter((row) => row.level === level).map((row) => row.key!);
  }
}

/** The median of a list given as (value, how many times) — the same as the median of the list written out. */
function weightedMedian(counts: ReadonlyArray<readonly [value: number, times: number]>): number | null {
  const sorted = counts.filter(([, times]) => times > 0).sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((sum, [, times]) => sum + times, 0);
  if (!total) return null;
  const at = (index: number) => {
    let seen = 0;
    for (const [value, times] of sorted) if ((seen += times) > index) return value;
    throw new Error('index out of range');
  };
  const middle = total >> 1;
  return total % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}

interface Facts {
  promised: Map<string, number>;
  serviceNames: Map<string, LocalizedText>;
  costs?: ChannelCosts;
}

function headline(
  feedback: Counts<FeedbackCounts>, requests: Counts<RequestCounts>, median: Median | undefined, overdue: number, facts: Facts,
): InsightsHeadline {
  const fb = feedback.get('total');
  const rq = requests.get('total');
  const targets = requests.keys('service').flatMap((id) => {
    const days = facts.promised.get(id);
    return days === undefined ? [] : [[days, requests.get('service', id)!.requests] as const];
  });
  const targetCount = targets.reduce((sum, [, times]) => sum + times, 0);
  let costed = 0;
  let cost = 0;
  for (const channel of requests.keys('channel')) {
    const price = facts.costs?.perRequest[channel as ContactChannel];
    if (price === undefined) continue;
    const n = requests.get('channel', channel)!.requests;
    costed += n;
    cost += price * n;
  }
  return {
    ...cells(fb, rq),
    ratingLevels: ratingLevelCells(fb?.levels ?? NO_FEEDBACK.levels),
    open: countCell((rq?.requests ?? 0) - (rq?.closed ?? 0)),
    overdue: countCell(overdue),
    medianDays: median && median.n >= INSIGHTS_MIN_CELL ? median.ms / DAY_MS : null,
    promisedDays: targetCount < INSIGHTS_MIN_CELL ? null : weightedMedian(targets),
    ...(facts.costs
      ? { costPerTransaction: costed < INSIGHTS_MIN_CELL ? { suppressed: true as const } : { n: costed, amount: cost / costed, currency: facts.costs.currency } }
      : {}),
  };
}

function nextBucket(start: number, bucket: InsightsQuery['bucket']): number {
  const date = new Date(start);
  return bucket === 'month' ? Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) : start + 7 * DAY_MS;
}

function overTime(query: InsightsQuery, feedback: Counts<FeedbackCounts>, requests: Counts<RequestCounts>): InsightsBucketRow[] {
  const periodStart = dayStart(query.from);
  const periodEnd = dayStart(query.to) + DAY_MS;
  const rows: InsightsBucketRow[] = [];
  for (let start = bucketStart(periodStart, query.bucket); start < periodEnd; start = nextBucket(start, query.bucket)) {
    const key = isoDay(start);
    rows.push({
      start: isoDay(Math.max(start, periodStart)),
      end: isoDay(Math.min(nextBucket(start, query.bucket), periodEnd) - DAY_MS),
      cells: cells(feedback.get('bucket', key), requests.get('bucket', key)),
    });
  }
  return rows;
}

function breakdown(
  level: 'service' | 'channel' | 'office', feedback: Counts<FeedbackCounts>, requests: Counts<RequestCounts>,
  names: Map<string, LocalizedText>,
): InsightsBreakdownRow[] {
  const ids = [...new Set([...feedback.keys(level), ...requests.keys(level)])];
  const volume = (id: string) => (feedback.get(level, id)?.answers ?? 0) + (requests.get(level, id)?.requests ?? 0);
  const ordered = level === 'channel'
    ? ContactChannel.options.filter((channel) => ids.includes(channel))
    : ids.sort((a, b) => volume(b) - volume(a) || (a < b ? -1 : a > b ? 1 : 0));
  return ordered.map((id) => {
    const name = names.get(id);
    return { id, ...(name === undefined ? {} : { name }), cells: cells(feedback.get(level, id), requests.get(level, id)) };
  });
}

/**
 * The rollup's request counts as judged at `now`: a request closed after `now` (the rollup counts it
 * closed from its closing status) is still open, so it leaves closed, completed and on time.
 */
function openAtNow(rows: readonly RequestCounts[], later: readonly ClosedLater[]): RequestCounts[] {
  if (!later.length) return [...rows];
  const copies = new Map(rows.map((row) => [`${row.current}:${row.level}:${row.key ?? ''}`, { ...row }]));
  for (const item of later) {
    const keys: Array<[CountLevel, string | null]> = [['total', null], ['service', item.service], ['channel', item.channel], ['office', item.office]];
    if (item.cur) keys.push(['bucket', item.bucket]);
    for (const [level, key] of keys) {
      const row = key === null && level !== 'total' ? undefined : copies.get(`${item.cur}:${level}:${key ?? ''}`);
      if (!row) continue;
      row.closed -= 1;
      if (item.completed) row.completed -= 1;
      if (item.on_time) row.onTime -= 1;
    }
  }
  return [...copies.values()];
}

/** Insights for a query, computed in the database: the headline against the previous period, over time, breakdowns, work lists. */
export async function queryInsights(db: Database, query: InsightsQuery, options: InsightsOptions): Promise<InsightsResult> {
  const problem = periodProblem(query);
  if (problem) throw new RangeError(problem);
  const before = previousPeriod(query.from, query.to);
  const window: InsightsWindow = {
    previousStart: `${before.from}T00:00:00Z`,
    currentStart: `${query.from}T00:00:00Z`,
    end: new Date(dayStart(query.to) + DAY_MS).toISOString(),
    now: options.now.toISOString(),
  };
  const spans = periods(window.previousStart, window.currentStart, window.end);
  const [feedbackRows, requestRows, histogram, later, overdue, services] = await Promise.all([
    feedbackCounts(db, query, spans),
    requestCounts(db, query, spans),
    processingDays(db, query, spans),
    closedLater(db, query, window),
    overdueRequests(db, query, window, MAX_OVERDUE_ITEMS),
    serviceFacts(db),
  ]);
  const feedback = { current: new Counts(feedbackRows, true), previous: new Counts(feedbackRows, false) };
  const closedByNow = openAtNow(requestRows, later);
  const requests = { current: new Counts(closedByNow, true), previous: new Counts(closedByNow, false) };
  // comments only from services with enough feedback in the period to hide in
  const commentServices = feedback.current.keys('service').filter((id) => feedback.current.get('service', id)!.answers >= INSIGHTS_MIN_CELL);
  const officeIds = [...new Set([...feedback.current.keys('office'), ...requests.current.keys('office')])];
  const [comments, offices, medians] = await Promise.all([
    latestComments(db, query, window, commentServices, COMMENTS_PER_RATING),
    officeNames(db, officeIds),
    medianProcessing(db, query, window, histogram, later),
  ]);
  const facts: Facts = {
    promised: new Map(services.flatMap((service) => (service.processing_time ? [[service.id, promisedDays(service.processing_time as never)] as const] : []))),
    serviceNames: new Map(services.map((service) => [service.id, service.name as LocalizedText])),
    ...(options.costs ? { costs: options.costs } : {}),
  };
  const officeNamesById = new Map(offices.flatMap((office) => (office.name === null ? [] : [[office.id, office.name as LocalizedText] as const])));
  return {
    query: { ...query },
    previousPeriod: before,
    generatedAt: options.now.toISOString(),
    current: headline(feedback.current, requests.current, medians.current, overdue.current, facts),
    previous: headline(feedback.previous, requests.previous, medians.previous, overdue.previous, facts),
    overTime: overTime(query, feedback.current, requests.current),
    byService: breakdown('service', feedback.current, requests.current, facts.serviceNames),
    byChannel: breakdown('channel', feedback.current, requests.current, new Map()),
    byOffice: breakdown('office', feedback.current, requests.current, officeNamesById),
    overdue: {
      total: overdue.current,
      items: overdue.items.map((row) => {
        const serviceName = facts.serviceNames.get(row.service);
        return {
          reference: row.reference,
          serviceId: row.service,
          ...(serviceName === undefined ? {} : { serviceName }),
          ...(row.office === null ? {} : { office: row.office }),
          daysLate: row.days_late,
        };
      }),
    },
    comments: comments.map((row) => ({
      at: new Date(row.at).toISOString(), rating: row.rating, useful: row.useful, serviceId: row.service_id, text: row.comment,
      ...(row.lang ? { lang: row.lang } : {}),
    })),
  };
}
