// Insights from raw history: a pure function (the demo backend's answer, and the reference for any
// backend's own aggregation — the server computes the same figures in SQL). Every cell built from
// fewer than INSIGHTS_MIN_CELL items is `{ suppressed: true }`, and a rating level that the others and
// the total would give away is suppressed with it.
import {
  INSIGHTS_MAX_DAYS, INSIGHTS_MIN_CELL,
  type CountCell, type InsightsBreakdownRow, type InsightsBucketRow, type InsightsCells, type InsightsComment,
  type InsightsHeadline, type InsightsQuery, type InsightsResult, type OverdueRequest, type RateCell,
} from '../schemas/insights.js';
import type { ContactChannel } from '../schemas/request.js';
import {
  CLOSED_STATUSES, COMPLETED_STATUSES,
  type ChannelCosts, type HistoryFeedback, type HistoryRequest, type InsightsHistory,
} from './history.js';

export const DAY_MS = 86_400_000;
const CHANNEL_ORDER: readonly ContactChannel[] = ['web', 'phone', 'email', 'sms', 'counter', 'kiosk', 'post'];
const MAX_OVERDUE_ITEMS = 50;
const COMMENTS_PER_RATING = 10;

export interface AggregateOptions {
  /** The moment "open now" and "overdue now" are judged at. */
  now: Date;
  costs?: ChannelCosts;
}

/** Epoch milliseconds of an ISO calendar date at 00:00 UTC. */
export function dayStart(isoDate: string): number {
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(time)) throw new RangeError(`Not a date: ${isoDate}`);
  return time;
}

export const isoDay = (time: number): string => new Date(time).toISOString().slice(0, 10);

/** The period of the same length that ends the day before `from`. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const start = dayStart(from);
  const length = dayStart(to) - start + DAY_MS;
  return { from: isoDay(start - length), to: isoDay(start - DAY_MS) };
}

/** A share of n items, or suppressed when n is below the threshold. */
export function rateCell(n: number, hits: number): RateCell {
  return n < INSIGHTS_MIN_CELL ? { suppressed: true } : { n, share: hits / n };
}

export function countCell(n: number): CountCell {
  return n < INSIGHTS_MIN_CELL ? { suppressed: true } : { n };
}

/** The five rating levels; when only one is suppressed, the smallest shown one goes too (total − others would reveal it). */
export function ratingLevelCells(levels: readonly number[]): CountCell[] {
  const cells = levels.map(countCell);
  const hidden = cells.filter((cell) => 'suppressed' in cell).length;
  if (hidden === 1) {
    let smallest = -1;
    levels.forEach((count, index) => {
      if (!('suppressed' in cells[index]!) && (smallest < 0 || count < levels[smallest]!)) smallest = index;
    });
    if (smallest >= 0) cells[smallest] = { suppressed: true };
  }
  return cells;
}

/** Counters of one cell. */
class Tally {
  ratings = 0; satisfied = 0; answers = 0; useful = 0;
  requests = 0; online = 0; closed = 0; completed = 0; onTime = 0;

  addFeedback(item: HistoryFeedback): void {
    this.answers += 1;
    if (item.useful) this.useful += 1;
    if (item.rating !== undefined) {
      this.ratings += 1;
      if (item.rating >= 4) this.satisfied += 1;
    }
  }

  addRequest(item: HistoryRequest, now: number): void {
    this.requests += 1;
    if (item.channel === 'web') this.online += 1;
    if (isClosed(item, now)) {
      this.closed += 1;
      if (COMPLETED_STATUSES.has(item.status)) this.completed += 1;
      if (item.closedAt! <= item.expectedAt) this.onTime += 1;
    }
  }

  cells(): InsightsCells {
    return {
      satisfaction: rateCell(this.ratings, this.satisfied),
      useful: rateCell(this.answers, this.useful),
      digitalTakeUp: rateCell(this.requests, this.online),
      completion: rateCell(this.closed, this.completed),
      onTime: rateCell(this.closed, this.onTime),
    };
  }
}

const isClosed = (item: HistoryRequest, now: number) =>
  item.closedAt !== undefined && item.closedAt <= now && CLOSED_STATUSES.has(item.status);

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** First day of the week (Monday) or month that holds `time`. */
export function bucketStart(time: number, bucket: InsightsQuery['bucket']): number {
  const date = new Date(time);
  if (bucket === 'month') return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - sinceMonday);
}

function nextBucket(start: number, bucket: InsightsQuery['bucket']): number {
  const date = new Date(start);
  return bucket === 'month' ? Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) : start + 7 * DAY_MS;
}

interface Selection {
  feedback: HistoryFeedback[];
  requests: HistoryRequest[];
}

function select(history: InsightsHistory, query: InsightsQuery, from: string, to: string): Selection {
  const start = dayStart(from);
  const end = dayStart(to) + DAY_MS;
  const categoryOf = new Map(history.services.map((service) => [service.id, service.category]));
  const keep = (item: { serviceId: string; channel: ContactChannel; office: string }) =>
    (query.serviceId === undefined || item.serviceId === query.serviceId) &&
    (query.category === undefined || categoryOf.get(item.serviceId) === query.category) &&
    (query.channel === undefined || item.channel === query.channel) &&
    (query.office === undefined || item.office === query.office);
  return {
    feedback: history.feedback.filter((item) => item.at >= start && item.at < end && keep(item)),
    requests: history.requests.filter((item) => item.submittedAt >= start && item.submittedAt < end && keep(item)),
  };
}

function headline(selection: Selection, history: InsightsHistory, options: AggregateOptions): InsightsHeadline {
  const now = options.now.getTime();
  const tally = new Tally();
  const levels = [0, 0, 0, 0, 0];
  for (const item of selection.feedback) {
    tally.addFeedback(item);
    if (item.rating !== undefined) levels[item.rating - 1]! += 1;
  }
  const promised = new Map(history.services.map((service) => [service.id, service.promisedDays]));
  const durations: number[] = [];
  const targets: number[] = [];
  let open = 0;
  let overdue = 0;
  let costed = 0;
  let cost = 0;
  for (const item of selection.requests) {
    tally.addRequest(item, now);
    const target = promised.get(item.serviceId);
    if (target !== undefined) targets.push(target);
    if (isClosed(item, now)) durations.push((item.closedAt! - item.submittedAt) / DAY_MS);
    else {
      open += 1;
      if (item.expectedAt < now) overdue += 1;
    }
    const price = options.costs?.perRequest[item.channel];
    if (price !== undefined) {
      costed += 1;
      cost += price;
    }
  }
  const enough = (values: number[]) => (values.length < INSIGHTS_MIN_CELL ? null : median(values));
  return {
    ...tally.cells(),
    ratingLevels: ratingLevelCells(levels),
    open: countCell(open),
    overdue: countCell(overdue),
    medianDays: enough(durations),
    promisedDays: enough(targets),
    ...(options.costs
      ? { costPerTransaction: costed < INSIGHTS_MIN_CELL ? { suppressed: true as const } : { n: costed, amount: cost / costed, currency: options.costs.currency } }
      : {}),
  };
}

function overTime(selection: Selection, query: InsightsQuery, now: number): InsightsBucketRow[] {
  const periodStart = dayStart(query.from);
  const periodEnd = dayStart(query.to) + DAY_MS;
  const rows: Array<{ start: number; end: number; tally: Tally }> = [];
  for (let start = bucketStart(periodStart, query.bucket); start < periodEnd; start = nextBucket(start, query.bucket)) {
    rows.push({ start: Math.max(start, periodStart), end: Math.min(nextBucket(start, query.bucket), periodEnd), tally: new Tally() });
  }
  const rowOf = (time: number) => rows.find((row) => time >= row.start && time < row.end)!;
  for (const item of selection.feedback) rowOf(item.at).tally.addFeedback(item);
  for (const item of selection.requests) rowOf(item.submittedAt).tally.addRequest(item, now);
  return rows.map((row) => ({ start: isoDay(row.start), end: isoDay(row.end - DAY_MS), cells: row.tally.cells() }));
}

function breakdown(
  selection: Selection, now: number, keyOf: (item: HistoryFeedback | HistoryRequest) => string,
  order: (ids: string[], volume: Map<string, number>) => string[], nameOf: (id: string) => InsightsBreakdownRow['name'],
): InsightsBreakdownRow[] {
  const tallies = new Map<string, Tally>();
  const tallyOf = (id: string) => tallies.get(id) ?? tallies.set(id, new Tally()).get(id)!;
  for (const item of selection.feedback) tallyOf(keyOf(item)).addFeedback(item);
  for (const item of selection.requests) tallyOf(keyOf(item)).addRequest(item, now);
  const volume = new Map([...tallies].map(([id, tally]) => [id, tally.requests + tally.answers]));
  return order([...tallies.keys()], volume).map((id) => {
    const name = nameOf(id);
    return { id, ...(name === undefined ? {} : { name }), cells: tallies.get(id)!.cells() };
  });
}

const byVolume = (ids: string[], volume: Map<string, number>) =>
  ids.sort((a, b) => volume.get(b)! - volume.get(a)! || (a < b ? -1 : a > b ? 1 : 0));

function overdueList(selection: Selection, history: InsightsHistory, now: number): InsightsResult['overdue'] {
  const names = new Map(history.services.map((service) => [service.id, service.name]));
  const late = selection.requests
    .filter((item) => !isClosed(item, now) && item.expectedAt < now)
    .map((item): OverdueRequest => {
      const serviceName = names.get(item.serviceId);
      return {
        reference: item.reference,
        serviceId: item.serviceId,
        ...(serviceName === undefined ? {} : { serviceName }),
        office: item.office,
        daysLate: Math.max(1, Math.floor((now - item.expectedAt) / DAY_MS)),
      };
    })
    .sort((a, b) => b.daysLate - a.daysLate || (a.reference < b.reference ? -1 : 1));
  return { total: late.length, items: late.slice(0, MAX_OVERDUE_ITEMS) };
}

/** Newest comments first, at most 10 per rating, only from services with enough feedback to hide in. */
function latestComments(selection: Selection): InsightsComment[] {
  const perService = new Map<string, number>();
  for (const item of selection.feedback) perService.set(item.serviceId, (perService.get(item.serviceId) ?? 0) + 1);
  const perRating = [0, 0, 0, 0, 0];
  const comments: InsightsComment[] = [];
  const newestFirst = [...selection.feedback].sort((a, b) => b.at - a.at);
  for (const item of newestFirst) {
    if (!item.comment || item.rating === undefined || (perService.get(item.serviceId) ?? 0) < INSIGHTS_MIN_CELL) continue;
    if (perRating[item.rating - 1]! >= COMMENTS_PER_RATING) continue;
    perRating[item.rating - 1]! += 1;
    comments.push({
      at: new Date(item.at).toISOString(), rating: item.rating, useful: item.useful, serviceId: item.serviceId, text: item.comment,
      ...(item.lang ? { lang: item.lang } : {}),
    });
  }
  return comments;
}

/** Insights for a query over a history: the headline against the previous period, over time, breakdowns, work lists. */
export function aggregateInsights(history: InsightsHistory, query: InsightsQuery, options: AggregateOptions): InsightsResult {
  const days = (dayStart(query.to) - dayStart(query.from)) / DAY_MS + 1;
  if (days < 1) throw new RangeError(`The period starts (${query.from}) after it ends (${query.to}).`);
  if (days > INSIGHTS_MAX_DAYS) throw new RangeError(`The period spans ${days} days; at most ${INSIGHTS_MAX_DAYS} are allowed.`);
  const now = options.now.getTime();
  const current = select(history, query, query.from, query.to);
  const before = previousPeriod(query.from, query.to);
  const services = new Map(history.services.map((service) => [service.id, service.name]));
  const offices = new Map(history.offices.map((office) => [office.id, office.name]));
  return {
    query: { ...query },
    previousPeriod: before,
    generatedAt: options.now.toISOString(),
    current: headline(current, history, options),
    previous: headline(select(history, query, before.from, before.to), history, options),
    overTime: overTime(current, query, now),
    byService: breakdown(current, now, (item) => item.serviceId, byVolume, (id) => services.get(id)),
    byChannel: breakdown(current, now, (item) => item.channel, (ids) => CHANNEL_ORDER.filter((id) => ids.includes(id)), () => undefined),
    byOffice: breakdown(current, now, (item) => item.office, byVolume, (id) => offices.get(id)),
    overdue: overdueList(current, history, now),
    comments: latestComments(current),
  };
}
