// Service-level state of a request, computed from its dates when the backend gives no verdict.
import type { RequestRecord, RequestStatus, SlaState } from '../schemas/request.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** Statuses after which there is nothing left to wait for: no expected date, no SLA to show. */
export const FINISHED_STATUSES: ReadonlySet<RequestStatus> = new Set(['approved', 'rejected', 'completed', 'closed', 'cancelled']);

export function isFinished(status: RequestStatus): boolean {
  return FINISHED_STATUSES.has(status);
}

/** Share of the allowed time under which a request is at risk. */
export const AT_RISK_SHARE = 0.2;
/** Time left under which a request is at risk, whatever its length (capped at half of short ones). */
export const AT_RISK_DAYS = 2;

/**
 * `overdue` once `expectedAt` has passed; `at_risk` when less than 20 % of the allowed time
 * (submitted → expected) is left, or less than two days — but never more than half of the allowed
 * time, so a two-day request is not "at risk" from the moment it is made; else `on_track`.
 * The backend's own `sla` wins when it sends one. `undefined` when there is no expected date or the
 * request is finished.
 */
export function slaState(record: Pick<RequestRecord, 'status' | 'submittedAt' | 'expectedAt' | 'sla'>, now: Date): SlaState | undefined {
  if (isFinished(record.status)) return undefined;
  if (record.sla) return record.sla;
  if (!record.expectedAt) return undefined;
  const expected = Date.parse(record.expectedAt);
  const submitted = Date.parse(record.submittedAt);
  if (Number.isNaN(expected)) return undefined;
  const left = expected - now.getTime();
  if (left < 0) return 'overdue';
  const allowed = Number.isNaN(submitted) ? 0 : Math.max(0, expected - submitted);
  const window = Math.max(AT_RISK_SHARE * allowed, Math.min(AT_RISK_DAYS * DAY, allowed / 2));
  return left < window ? 'at_risk' : 'on_track';
}

/** A value and unit for Intl.RelativeTimeFormat: minutes under an hour, hours under a day, then days, weeks, months. */
export function relativeTimeParts(target: Date | string, now: Date): { value: number; unit: Intl.RelativeTimeFormatUnit } {
  const time = typeof target === 'string' ? Date.parse(target) : target.getTime();
  const diff = time - now.getTime();
  const size = Math.abs(diff);
  if (size < HOUR) return { value: Math.round(diff / (60 * 1000)), unit: 'minute' };
  if (size < DAY) return { value: Math.round(diff / HOUR), unit: 'hour' };
  if (size < 14 * DAY) return { value: calendarDays(time, now.getTime()), unit: 'day' };
  if (size < 60 * DAY) return { value: Math.round(diff / (7 * DAY)), unit: 'week' };
  return { value: Math.round(diff / (30 * DAY)), unit: 'month' };
}

/** Whole days between two instants in local time, so "tomorrow" means the next calendar day. */
function calendarDays(time: number, now: number): number {
  const startOfDay = (value: number) => {
    const date = new Date(value);
    return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
  };
  return Math.round((startOfDay(time) - startOfDay(now)) / DAY);
}
