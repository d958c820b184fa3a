// The median processing time of each period, exact without sorting every closed request: the rollup of
// whole processing days (requests_rollup_days) says how many requests closed after 0, 1, 2 … days, so the
// middle rank (or the two middle ranks) falls in a known day at a known offset; only that day's requests
// are then read, in order, for the exact value. The result equals percentile_cont(0.5) over every
// processing time (and the client's `median`), to the millisecond.
import type { InsightsQuery } from '@diwan/client/schemas';
import type { Queryable } from '../db/database.js';
import { processingTimes, type ClosedLater, type InsightsWindow } from './sql.js';

export interface Median {
  /** Closed requests the median is taken over. */
  n: number;
  ms: number;
}

/** Where rank `rank` (0-based) of the histogram's values falls: the day and the offset within it. */
function locate(histogram: ReadonlyArray<readonly [days: number, n: number]>, rank: number): { days: number; offset: number } {
  let seen = 0;
  for (const [days, n] of histogram) {
    if (rank < seen + n) return { days, offset: rank - seen };
    seen += n;
  }
  throw new RangeError(`rank ${rank} is beyond ${seen} values`);
}

async function periodMedian(
  db: Queryable, query: InsightsQuery, window: InsightsWindow, period: { start: string; end: string }, counts: Map<number, number>,
): Promise<Median | undefined> {
  const histogram = [...counts].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const n = histogram.reduce((sum, [, times]) => sum + times, 0);
  if (!n) return undefined;
  const ranks = n % 2 ? [(n - 1) / 2] : [n / 2 - 1, n / 2];
  const places = ranks.map((rank) => locate(histogram, rank));
  const [first, second] = places;
  const values = second && second.days === first!.days
    ? await processingTimes(db, query, window, period, first!.days, first!.offset, 2)
    : (await Promise.all(places.map((place) => processingTimes(db, query, window, period, place.days, place.offset, 1)))).flat();
  if (values.length !== ranks.length) throw new Error('the processing-days rollup and the requests disagree');
  return { n, ms: values.reduce((sum, value) => sum + value, 0) / values.length };
}

/**
 * Each period's median processing time over its requests closed by `now` (absent: none closed), from the
 * processing-days rollup's counts (sql.ts processingDays) and the requests closed after `now`.
 */
export async function medianProcessing(
  db: Queryable, query: InsightsQuery, window: InsightsWindow,
  histogram: ReadonlyArray<{ cur: boolean; days: number; n: number }>, later: readonly ClosedLater[],
): Promise<{ current?: Median; previous?: Median }> {
  const counts = { current: new Map<number, number>(), previous: new Map<number, number>() };
  for (const row of histogram) (row.cur ? counts.current : counts.previous).set(row.days, row.n);
  // requests closed after `now` are open at `now`: not in the median
  for (const row of later) {
    const map = row.cur ? counts.current : counts.previous;
    map.set(row.days, (map.get(row.days) ?? 0) - 1);
  }
  const [current, previous] = await Promise.all([
    periodMedian(db, query, window, { start: window.currentStart, end: window.end }, counts.current),
    periodMedian(db, query, window, { start: window.previousStart, end: window.currentStart }, counts.previous),
  ]);
  return { ...(current ? { current } : {}), ...(previous ? { previous } : {}) };
}
