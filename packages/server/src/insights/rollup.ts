// Reading the insights rollups (migration 007): requests_rollup, requests_rollup_days and feedback_rollup
// hold counts by day and by month at eight levels (which of service, channel and office a row keeps; '*'
// for the others). A period is read as its whole months plus the days at its edges; a question reads the
// one level that keeps its filtered dimensions and, for a breakdown, the dimension it breaks down by.
import type { InsightsQuery } from '@diwan/client/schemas';

/** Parameters in order, and the conditions that name them. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A stretch of rollup rows: the `span` rows whose start is in [from, to) (ISO dates). */
export interface Segment {
  span: 'day' | 'month';
  from: string;
  to: string;
}

const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
const monthStart = (time: number) => {
  const date = new Date(time);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
};
const nextMonth = (time: number) => {
  const date = new Date(time);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
};

/** The days [start, end) (epoch ms at 00:00 UTC) as whole months and the days around them. */
export function segments(start: number, end: number): Segment[] {
  const firstMonth = monthStart(start) === start ? start : nextMonth(start);
  const lastMonthEnd = monthStart(end);
  if (firstMonth >= lastMonthEnd) return [{ span: 'day', from: iso(start), to: iso(end) }];
  return [
    ...(start < firstMonth ? [{ span: 'day' as const, from: iso(start), to: iso(firstMonth) }] : []),
    { span: 'month', from: iso(firstMonth), to: iso(lastMonthEnd) },
    ...(lastMonthEnd < end ? [{ span: 'day' as const, from: iso(lastMonthEnd), to: iso(end) }] : []),
  ];
}

/** `alias`'s rows of one segment. */
export function inSegment(params: Params, alias: string, segment: Segment): string {
  return `${alias}.span = '${segment.span}' and ${alias}.start >= ${params.add(segment.from)}::date and ${alias}.start < ${params.add(segment.to)}::date`;
}

export type Dimension = 'service' | 'channel' | 'office';
const BITS: Readonly<Record<Dimension, number>> = { service: 4, channel: 2, office: 1 };
const COLUMNS: Readonly<Record<Dimension, string>> = { service: 'service_id', channel: 'channel', office: 'office_id' };

/**
 * The level a question reads (its filters' dimensions, and `by`'s) and the filters on it. The dimensions
 * the level does not keep are '*' (said as well as `dims`, so an index on the row's keys can use them).
 */
export function atLevel(params: Params, alias: string, query: InsightsQuery, by?: Dimension): string[] {
  const filters: Record<Dimension, string[]> = {
    service: [
      ...(query.serviceId !== undefined ? [`= ${params.add(query.serviceId)}`] : []),
      // the category's services as an array: an index scan per service rather than a join over the level
      ...(query.category !== undefined ? [`= any(array(select id from services where category_id = ${params.add(query.category)}))`] : []),
    ],
    channel: query.channel !== undefined ? [`= ${params.add(query.channel)}`] : [],
    office: query.office !== undefined ? [`= ${params.add(query.office)}`] : [],
  };
  let dims = 0;
  const where: string[] = [];
  for (const dimension of ['service', 'channel', 'office'] as const) {
    const column = `${alias}.${COLUMNS[dimension]}`;
    const filter = filters[dimension];
    for (const condition of filter) where.push(`${column} ${condition}`);
    if (!filter.length && dimension !== by) where.push(`${column} = '*'`);
    if (filter.length || dimension === by) dims |= BITS[dimension];
  }
  return [`${alias}.dims = ${dims}`, ...where];
}

/** The periods a query reads: the current one and the one before it, each as segments. */
export interface Periods {
  /** The current period's first day and the day after its last (ISO dates). */
  currentStart: string;
  end: string;
  current: Segment[];
  previous: Segment[];
}

/** From the moments the query runs between (ISO strings at 00:00 UTC). */
export function periods(previousStart: string, currentStart: string, end: string): Periods {
  const day = (moment: string) => Date.parse(`${moment.slice(0, 10)}T00:00:00Z`);
  return {
    currentStart: currentStart.slice(0, 10),
    end: end.slice(0, 10),
    current: segments(day(currentStart), day(end)),
    previous: segments(day(previousStart), day(currentStart)),
  };
}

/**
 * One statement summing `columns` of `table` for the total, the buckets (day rows of the current period)
 * and the breakdowns by service, channel and office, for both periods: one index range per level and
 * segment, one grouping over them all. Keys with nothing in them (`presence` sums to 0: rows left at zero
 * by moved or deleted items) are left out, as a grouped scan of the items would.
 */
export function rollupStatement(
  table: string, columns: readonly string[], presence: string, query: InsightsQuery, spans: Periods,
): { text: string; values: unknown[] } {
  const params = new Params();
  const both = [...spans.current, ...spans.previous];
  const current = params.add(spans.currentStart);
  const bucket = params.add(query.bucket);
  const picked = columns.map((column) => `r.${column}`).join(', ');
  const scans = (level: string, key: string, where: readonly string[], list: readonly Segment[]) => list.map((segment) =>
    `select r.start >= ${current}::date as cur, '${level}' as level, ${key} as key, ${picked}
     from ${table} r where ${[inSegment(params, 'r', segment), ...where].join(' and ')}`);
  const dayRows: Segment[] = [{ span: 'day', from: spans.currentStart, to: spans.end }];
  const parts = [
    ...scans('total', 'null', atLevel(params, 'r', query), both),
    ...scans('bucket', `to_char(date_trunc(${bucket}, r.start::timestamp), 'YYYY-MM-DD')`, atLevel(params, 'r', query), dayRows),
    ...scans('service', 'r.service_id', atLevel(params, 'r', query, 'service'), both),
    ...scans('channel', `nullif(r.channel, '')`, atLevel(params, 'r', query, 'channel'), both),
    ...scans('office', `nullif(r.office_id, '')`, atLevel(params, 'r', query, 'office'), both),
  ];
  const sums = columns.map((column) => `sum(${column})::int as ${column}`).join(', ');
  return {
    text: `select cur, level, key, ${sums} from (${parts.join('\n union all\n')}) counted
      group by cur, level, key having sum(${presence}) > 0`,
    values: params.values,
  };
}
