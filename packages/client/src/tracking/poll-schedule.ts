// When to ask again for a request's news: polling that backs off while nothing changes.

export interface PollTiming {
  /** First wait, and the wait after a change (ms). */
  initialMs: number;
  /** The longest wait (ms). */
  maxMs: number;
  /** Each poll without news multiplies the wait by this. */
  factor: number;
}

/** 30 s, then ×1.5 per poll without news, up to 5 minutes; a failed poll doubles the wait. */
export const DEFAULT_POLL_TIMING: PollTiming = { initialMs: 30_000, maxMs: 300_000, factor: 1.5 };

export type PollOutcome = 'changed' | 'unchanged' | 'failed';

/** The wait before the next poll, given the last wait (undefined before the first) and what it brought. */
export function nextPollDelay(previousMs: number | undefined, outcome: PollOutcome, timing: PollTiming = DEFAULT_POLL_TIMING): number {
  if (previousMs === undefined || outcome === 'changed') return timing.initialMs;
  const factor = outcome === 'failed' ? Math.max(2, timing.factor) : timing.factor;
  return Math.min(timing.maxMs, Math.max(timing.initialMs, previousMs * factor));
}

/** What a citizen would notice changing in a request: status, last update, events, actions. */
export function requestFingerprint(record: {
  status: string;
  updatedAt?: string;
  timeline: readonly unknown[];
  actionsNeeded?: readonly unknown[];
}): string {
  return [record.status, record.updatedAt ?? '', record.timeline.length, record.actionsNeeded?.length ?? 0].join('|');
}
