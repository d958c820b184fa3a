// watchRequest on the Diwan REST contract (a lazy chunk of its own: only a page that follows a request
// live downloads it). With `tracking.live: 'sse'` the lookup answer's `eventsUrl` is read as server-sent
// events through the adapter's transport (its fetch, headers() hook and credentials; never an
// EventSource, which would bypass them), on the backend's own origin only. Reconnects with
// `Last-Event-ID` and full-jitter back-off; a 404/410 (the URL's token expired) asks the lookup again
// for a fresh URL; when the stream cannot be had it polls instead.
import type { WatchOptions } from '../backend.js';
import { DiwanError, toDiwanError } from '../errors.js';
import { parseResponse } from '../parse.js';
import type { Capabilities } from '../schemas/capabilities.js';
import { RequestRecord } from '../schemas/request.js';
import { requestFingerprint } from '../tracking/poll-schedule.js';
import { FINAL_WATCH_ERRORS, pollForNews } from '../tracking/watch-poll.js';
import { eventStreamParser } from './event-stream.js';
import { abortableSleep, type Transport } from './transport.js';

export interface HttpWatchContext {
  transport: Transport;
  /** The backend's base URL: events are read only from its origin. */
  baseUrl: string;
  live: Capabilities['tracking']['live'];
  /** The lookup again (POST /requests/lookup), parsed. */
  find(signal: AbortSignal): Promise<RequestRecord>;
  /** Random source in [0, 1) for the back-off jitter. */
  random?: () => number;
  /** A stream silent this long (no event, no heartbeat) is taken as dead (ms, default 60 000). */
  streamIdleMs?: number;
}

/** Reconnection back-off: the server's `retry:` (default 2 s) doubled per failure, up to a minute. */
const DEFAULT_RETRY_MS = 2_000;
const MAX_RETRY_MS = 60_000;
/** Failed connections in a row after which polling takes over. */
const MAX_FAILURES = 5;
/** A stream that stayed open this long counts as a success even without news. */
const HEALTHY_STREAM_MS = 30_000;

type StreamEnd = 'ended' | 'expired' | 'refused';

/** `url` when it is on the backend's own origin, else undefined (events from elsewhere are refused). */
export function ownOriginUrl(url: string | undefined, baseUrl: string): string | undefined {
  if (!url) return undefined;
  try {
    const base = new URL(baseUrl);
    const resolved = new URL(url, base);
    return resolved.origin === base.origin ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

export async function watchHttpRequest(context: HttpWatchContext, onRecord: (record: RequestRecord) => void, options: WatchOptions): Promise<void> {
  const { signal } = options;
  if (context.live === 'none') throw new DiwanError('unsupported', 'This backend offers no live updates.', { retryable: false });
  let latest = options.current;
  // the stream repeats the current record on every (re)connection: only news is passed on
  const deliver = (record: RequestRecord): void => {
    const news = !latest || requestFingerprint(record) !== requestFingerprint(latest);
    latest = record;
    if (news) onRecord(record);
  };
  const poll = () => pollForNews(context.find, deliver, { signal, current: latest, pollTiming: options.pollTiming });
  if (context.live !== 'sse') return poll();

  const random = context.random ?? Math.random;
  let url = latest?.eventsUrl;
  let renewed = false; // a fresh lookup since the last stream that worked
  let lastEventId = '';
  let retryMs = DEFAULT_RETRY_MS;
  let failures = 0;
  /** Counts a failure: false when polling should take over, else waits before the next try. */
  const backOff = async (): Promise<boolean> => {
    failures += 1;
    if (failures >= MAX_FAILURES) return false;
    await abortableSleep(Math.floor(random() * Math.min(MAX_RETRY_MS, retryMs * 2 ** (failures - 1))), signal).catch(() => undefined);
    return true;
  };

  while (!signal.aborted) {
    const streamUrl = ownOriginUrl(url, context.baseUrl);
    if (!streamUrl) {
      // no URL (or one on another origin) even after asking again: poll
      if (renewed || (url && !ownOriginUrl(url, context.baseUrl))) return poll();
      try {
        const record = await context.find(signal);
        renewed = true;
        url = record.eventsUrl;
        deliver(record);
      } catch (error) {
        if (signal.aborted) return;
        if (FINAL_WATCH_ERRORS.has(toDiwanError(error).code)) throw toDiwanError(error);
        if (!(await backOff())) return poll();
      }
      continue;
    }
    const openedAt = Date.now();
    let news = false;
    let end: StreamEnd;
    try {
      end = await readStream(context, streamUrl, lastEventId, signal, {
        record(record, id) {
          lastEventId = id;
          news = true;
          deliver(record);
        },
        retry(ms) {
          retryMs = Math.min(ms, MAX_RETRY_MS);
        },
      });
    } catch (error) {
      if (signal.aborted) return;
      const failure = toDiwanError(error);
      if (failure.code === 'invalid_response') throw failure;
      end = 'ended'; // network, timeout, a silent stream: reconnect
    }
    if (signal.aborted) return;
    if (end === 'refused') return poll();
    if (end === 'expired') {
      url = undefined;
      if (renewed) return poll(); // a fresh URL refused at once: the server's streams do not work
      continue;
    }
    if (news || Date.now() - openedAt >= HEALTHY_STREAM_MS) {
      failures = 0;
      renewed = false;
    }
    if (!(await backOff())) return poll();
  }
}

interface StreamHandlers {
  record(record: RequestRecord, lastEventId: string): void;
  retry(ms: number): void;
}

/**
 * One connection: resolves with how it ended (`ended`: closed or failed, reconnect; `expired`: 404/410,
 * ask for a fresh URL; `refused`: not a stream at all). Rejects with `invalid_response` for an event whose
 * data is not a RequestRecord, or with the transport's DiwanError.
 */
async function readStream(context: HttpWatchContext, url: string, lastEventId: string, outer: AbortSignal, handlers: StreamHandlers): Promise<StreamEnd> {
  const connection = new AbortController();
  const signal = AbortSignal.any([outer, connection.signal]);
  const headers: Record<string, string> = { Accept: 'text/event-stream' };
  if (lastEventId) headers['Last-Event-ID'] = lastEventId;
  const response = await context.transport.openStream(url, headers, signal);
  if (response.status === 404 || response.status === 410) {
    await response.body?.cancel().catch(() => undefined);
    return 'expired';
  }
  const type = response.headers.get('Content-Type') ?? '';
  if (!response.ok || !/^text\/event-stream\b/i.test(type) || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    return response.status >= 500 || response.status === 408 || response.status === 429 ? 'ended' : 'refused';
  }
  const idleMs = context.streamIdleMs ?? 60_000;
  let idle = setTimeout(() => connection.abort(), idleMs);
  const parse = eventStreamParser({
    event(event) {
      if (event.type !== 'message') return;
      let data: unknown;
      try {
        data = JSON.parse(event.data);
      } catch (cause) {
        throw new DiwanError('invalid_response', 'The server’s event stream sent an update that is not JSON.', { cause, retryable: false });
      }
      handlers.record(parseResponse(RequestRecord, data, 'a request update'), event.lastEventId);
    },
    retry: handlers.retry,
  });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return 'ended';
      clearTimeout(idle);
      idle = setTimeout(() => connection.abort(), idleMs);
      parse(value);
    }
  } finally {
    clearTimeout(idle);
    connection.abort(); // closes the connection whatever ended the reading
    reader.releaseLock();
  }
}
