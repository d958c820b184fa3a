// Reading the insights rollups (migration 007): requests_rollup, requests_rollup_days and feedback_rollup
// hold counts by day and by month at eight levels (which of service, channel and office a row keeps; '*'
// for the others). A period is read as month rows plus or minus the days at its edges; a question reads the
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

/** A stretch of rollup rows: the `span` rows whose start is in [from, to) (ISO dates), added or taken off. */
export interface Segment {
  span: 'day' | 'month';
  from: string;
  to: string;
  sign: 1 | -1;
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

/** Ranges [from, to) joined where one ends at the next's start. */
function joined(ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [from, to] of ranges) {
    const last = out.at(-1);
    if (last && last[1] === from) last[1] = to;
    else out.push([from, to]);
  }
  return out;
}

/**
 * The days [start, end) (epoch ms at 00:00 UTC) as the fewest rollup rows: every month the period covers
 * whole is one month row; a month it covers in part is its days in the period, or — when the period
 * holds most of the month — the month row less the days outside the period. So a year read from any day
 * is 12 or 13 month rows and at most ~30 day rows per key, not ~60.
 */
export function segments(start: number, end: number): Segment[] {
  const months: Array<[number, number]> = [];
  const plus: Array<[number, number]> = [];
  const minus: Array<[number, number]> = [];
  for (let month = monthStart(start); month < end; month = nextMonth(month)) {
    const monthEnd = nextMonth(month);
    const from = Math.max(start, month);
    const to = Math.min(end, monthEnd);
    const outside = (monthEnd - month) - (to - from);
    if (outside === 0) months.push([month, monthEnd]);
    else if (to - from <= outside) plus.push([from, to]);
    else {
      months.push([month, monthEnd]);
      if (month < from) minus.push([month, from]);
      if (to < monthEnd) minus.push([to, monthEnd]);
    }
  }
  const segment = (span: Segment['span'], sign: Segment['sign']) => ([from, to]: [number, number]): Segment => ({ span, from: iso(from), to: iso(to), sign });
  return [...joined(months).map(segment('month', 1)), ...joined(plus).map(segment('day', 1)), ...joined(minus).map(segment('day', -1))];
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
 * The segments of both periods as a VALUES list (`cur`, `span`, `from_day`, `to_day`, `sign`) to join a
 * rollup to: one parameterised index range per segment, and one plan per level whatever the number of
 * segments (a UNION branch per segment and level took the planner ~45 ms).
 */
export function segmentList(params: Params, spans: Periods, only?: readonly Segment[]): string {
  const list: Array<[boolean, Segment]> = only
    ? only.map((segment) => [true, segment])
    : [...spans.current.map((segment) => [true, segment] as [boolean, Segment]), ...spans.previous.map((segment) => [false, segment] as [boolean, Segment])];
  return `(values ${list.map(([current, segment]) =>
    `(${current}, '${segment.span}', ${params.add(segment.from)}::date, ${params.add(segment.to)}::date, ${segment.sign})`).join(', ')})
    as s (cur, span, from_day, to_day, sign)`;
}

/** A scan of `table` at one level over the segments: each row with its period (`cur`), `key` and signed `columns`. */
export function levelScan(table: string, segments: string, level: string, key: string, columns: readonly string[], where: readonly string[]): string {
  return `select s.cur, '${level}' as level, ${key} as key, ${columns.map((column) => `s.sign * r.${column} as ${column}`).join(', ')}
    from ${segments} join ${table} r on r.span = s.span and r.start >= s.from_day and r.start < s.to_day
    where ${where.join(' and ')}`;
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
  const bucket = params.add(query.bucket);
  const both = segmentList(params, spans);
  const scan = (level: string, key: string, where: readonly string[], segments = both) => levelScan(table, segments, level, key, columns, where);
  const parts = [
    scan('total', 'null::text', atLevel(params, 'r', query)),
    scan('bucket', `to_char(date_trunc(${bucket}, r.start::timestamp), 'YYYY-MM-DD')`, atLevel(params, 'r', query),
      segmentList(params, spans, [{ span: 'day', from: spans.currentStart, to: spans.end, sign: 1 }])),
    scan('service', 'r.service_id', atLevel(params, 'r', query, 'service')),
    scan('channel', `nullif(r.channel, '')`, atLevel(params, 'r', query, 'channel')),
    scan('office', `nullif(r.office_id, '')`, atLevel(params, 'r', query, 'office')),
  ];
  const sums = columns.map((column) => `sum(${column})::int as ${column}`).join(', ');
  return {
    text: `select cur, level, key, ${sums} from (${parts.join('\n union all\n')}) counted
      group by cur, level, key having sum(${presence}) > 0`,
    values: params.values,
  };
}
