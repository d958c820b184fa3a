// Live updates by polling, for the adapters whose backend cannot push (Open311, the demo on timers, an
// object backend without watchRequest, and the REST adapter when its stream cannot be had): ask again
// with back-off while nothing changes, wait while the page is hidden, stop on an error after which
// asking again cannot help.
import { toDiwanError } from '../errors.js';
import type { RequestRecord } from '../schemas/request.js';
import { DEFAULT_POLL_TIMING, nextPollDelay, requestFingerprint, type PollOutcome, type PollTiming } from './poll-schedule.js';

/** Errors that end a watch: the request is gone, locked, not offered, or answered with data Diwan cannot read. */
export const FINAL_WATCH_ERRORS: ReadonlySet<string> = new Set(['not_found', 'rate_limited', 'unsupported', 'config', 'invalid_response']);

export interface PollForNewsOptions {
  signal: AbortSignal;
  /** The record shown now: only a record that differs from it (and then from the last one) is news. */
  current?: RequestRecord;
  pollTiming?: PollTiming;
}

/**
 * Asks `find` again and again (first after `pollTiming.initialMs`, longer while nothing changes, twice
 * as long after a failure) and calls `onRecord` with each record that differs from the last. Resolves
 * when `signal` aborts; rejects with the DiwanError of a final error (FINAL_WATCH_ERRORS); other
 * failures (network, timeout, 5xx) only lengthen the wait.
 */
export async function pollForNews(
  find: (signal: AbortSignal) => Promise<RequestRecord>,
  onRecord: (record: RequestRecord) => void,
  options: PollForNewsOptions,
): Promise<void> {
  const { signal } = options;
  const timing = options.pollTiming ?? DEFAULT_POLL_TIMING;
  let fingerprint = options.current ? requestFingerprint(options.current) : undefined;
  let delay: number | undefined;
  let outcome: PollOutcome | undefined;
  for (;;) {
    delay = outcome === undefined ? timing.initialMs : nextPollDelay(delay, outcome, timing);
    if (!(await waitWhileVisible(delay, signal))) return;
    try {
      const record = await find(signal);
      if (signal.aborted) return;
      const next = requestFingerprint(record);
      outcome = next === fingerprint ? 'unchanged' : 'changed';
      fingerprint = next;
      if (outcome === 'changed') onRecord(record);
    } catch (error) {
      if (signal.aborted) return;
      const failure = toDiwanError(error);
      if (FINAL_WATCH_ERRORS.has(failure.code)) throw failure;
      outcome = 'failed';
    }
  }
}

/**
 * Waits `ms`, then, while the page is hidden, until it shows again (a hidden tab asks nothing; it asks at
 * once when the citizen comes back). False when `signal` aborted first.
 */
function waitWhileVisible(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    const page = globalThis.document as Document | undefined;
    const finish = (value: boolean): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      page?.removeEventListener('visibilitychange', onVisibility);
      resolve(value);
    };
    const onAbort = (): void => finish(false);
    const onVisibility = (): void => {
      if (page?.visibilityState !== 'hidden') finish(true);
    };
    const timer = setTimeout(() => {
      if (page?.visibilityState === 'hidden') page.addEventListener('visibilitychange', onVisibility);
      else finish(true);
    }, ms);
    if (signal.aborted) return finish(false);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
