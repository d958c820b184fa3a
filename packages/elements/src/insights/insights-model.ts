// What the insights widget computes without rendering: the query for a period preset, the figures of a
// cell, the change against the previous period, and the CSV of what is on screen.
import type { InsightsCells, InsightsQuery, InsightsResult, RateCell } from '@diwan/client/core';

export type Metric = keyof InsightsCells;
export const METRICS: readonly Metric[] = ['satisfaction', 'useful', 'digitalTakeUp', 'completion', 'onTime'];
export const PERIOD_MONTHS = [3, 6, 12] as const;
export type PeriodMonths = (typeof PERIOD_MONTHS)[number];
export const CHANNELS = ['web', 'phone', 'email', 'sms', 'counter', 'kiosk', 'post'] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today as an ISO date (UTC), or `until` when it is one. */
export function periodEnd(until: string | undefined, now = new Date()): string {
  return until && ISO_DATE.test(until) && !Number.isNaN(Date.parse(until)) ? until : now.toISOString().slice(0, 10);
}

/**
 * "Last N months": whole calendar months, the current (partial) one included, so monthly buckets are
 * whole months but the last. E.g. last 6 months up to 2026-11-29 → 2026-06-01 to 2026-11-29.
 */
export function periodQuery(
  months: PeriodMonths, end: string, bucket: InsightsQuery['bucket'], filters: Pick<InsightsQuery, 'category' | 'serviceId' | 'channel' | 'office'>,
): InsightsQuery {
  const last = new Date(`${end}T00:00:00Z`);
  const first = new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() - (months - 1), 1));
  return {
    from: first.toISOString().slice(0, 10),
    to: end,
    bucket,
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.serviceId ? { serviceId: filters.serviceId } : {}),
    ...(filters.channel ? { channel: filters.channel } : {}),
    ...(filters.office ? { office: filters.office } : {}),
  };
}

export const shareOf = (cell: RateCell | undefined): number | undefined => (cell && 'share' in cell ? cell.share : undefined);
export const nOf = (cell: { n: number } | { suppressed: true } | undefined): number | undefined => (cell && 'n' in cell ? cell.n : undefined);

/** Change in percentage points (one decimal), or undefined when either side has no figure. */
export function pointsChange(current: RateCell, previous: RateCell): number | undefined {
  const now = shareOf(current);
  const before = shareOf(previous);
  return now === undefined || before === undefined ? undefined : Math.round((now - before) * 1000) / 10;
}

/** True when the period has no figure at all to show (every headline cell suppressed). */
export function isEmpty(result: InsightsResult): boolean {
  return METRICS.every((metric) => shareOf(result.current[metric]) === undefined) && nOf(result.current.open) === undefined;
}

/** A CSV field: quoted when needed, and a leading = + - @ defused so a spreadsheet never runs it as a formula. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows → CSV text (CRLF, with a byte-order mark so spreadsheets read Arabic and Kurdish as UTF-8). */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
