// The validating boundary's watchRequest (see boundary.ts), a lazy chunk: only a page that follows a
// request live loads it. A watch runs until its signal aborts, so it has no overall time bound; instead
// every record it delivers is parsed (a misfit ends it with `invalid_response`), passed on only when it
// differs from the last, and the watch settles as soon as the signal aborts whether or not the backend
// listens. A backend without watchRequest is polled through the boundary's bounded, parsed findRequest.
import type { DiwanBackend, WatchOptions } from './backend.js';
import { DiwanError, toDiwanError } from './errors.js';
import type { Capabilities } from './schemas/capabilities.js';
import type { RequestLookup, RequestRecord } from './schemas/request.js';
import { requestFingerprint } from './tracking/poll-schedule.js';
import { pollForNews } from './tracking/watch-poll.js';

export interface BoundaryTools {
  /** findRequest through the boundary (time-bound, parsed). */
  find(signal: AbortSignal): Promise<RequestRecord>;
  /** Parses a delivered value; rejects with `invalid_response`. */
  parse(value: unknown): Promise<RequestRecord>;
}

/**
 * The backend's own watch (or polling through the guarded findRequest), each delivered record parsed and
 * passed on only when it differs from the last; settles when the caller's signal aborts (resolves) or
 * the watch fails (rejects with a DiwanError), whatever the backend does.
 */
export function watchThroughBoundary(
  backend: DiwanBackend,
  capabilities: Capabilities,
  lookup: RequestLookup,
  onRecord: (record: RequestRecord) => void,
  options: WatchOptions,
  tools: BoundaryTools,
): Promise<void> {
  const { tracking } = capabilities;
  if (!tracking.enabled || tracking.live === 'none') {
    return Promise.reject(new DiwanError('unsupported', 'This backend offers no live updates.', { retryable: false }));
  }
  return new Promise<void>((resolve, reject) => {
    const outer = options.signal;
    const inner = new AbortController();
    let fingerprint = options.current ? requestFingerprint(options.current) : undefined;
    let delivered: Promise<void> = Promise.resolve();
    let done = false;
    const finish = (error?: unknown): void => {
      if (done) return;
      done = true;
      outer.removeEventListener('abort', onAbort);
      inner.abort();
      if (error === undefined) resolve();
      else reject(toDiwanError(error));
    };
    const onAbort = (): void => finish();
    // records are parsed in order (the schemas' chunk may still be loading for the first)
    const deliver = (value: unknown): void => {
      if (done) return;
      delivered = delivered
        .then(async () => {
          const record = await tools.parse(value);
          const next = requestFingerprint(record);
          if (done || next === fingerprint) return;
          fingerprint = next;
          onRecord(record);
        })
        .catch(finish);
    };
    if (outer.aborted) return finish();
    outer.addEventListener('abort', onAbort, { once: true });
    const own = (backend as Partial<DiwanBackend>).watchRequest;
    const running = typeof own === 'function'
      ? new Promise<unknown>((settle) => {
          const result: unknown = own.call(backend, lookup, deliver, { ...options, signal: inner.signal });
          // a backend that answers nothing (no promise) watches until the signal aborts
          if (result !== undefined) settle(result);
        })
      : pollForNews(tools.find, deliver, { signal: inner.signal, current: options.current, pollTiming: options.pollTiming });
    // a watch that ends by itself ends here too, once what it delivered has been passed on
    running.then(() => delivered.then(() => finish()), (error: unknown) => finish(error ?? new DiwanError('network', 'Live updates stopped.')));
  });
}
