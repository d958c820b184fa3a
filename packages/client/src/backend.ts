import type { Capabilities } from './schemas/capabilities.js';
import type { EligibilityRules } from './schemas/eligibility.js';
import type { Feedback, FeedbackReceipt } from './schemas/feedback.js';
import type { InsightsQuery, InsightsResult } from './schemas/insights.js';
import type { RequestLookup, RequestRecord } from './schemas/request.js';
import type { Service, ServiceCatalogue } from './schemas/service.js';
import type { PollTiming } from './tracking/poll-schedule.js';

export interface CallOptions {
  /** Cancels the call; it then rejects with a DiwanError `aborted`. */
  signal?: AbortSignal;
  /** The citizen's locale, for backends that localise on the server. */
  locale?: string;
}

/** Options of {@link DiwanBackend.watchRequest}. */
export interface WatchOptions extends CallOptions {
  /** Ends the watch: the returned promise then resolves. */
  signal: AbortSignal;
  /**
   * The record the caller shows now (the lookup's answer): news is a record that differs from it in
   * what a citizen notices (status, last update, events, actions). The REST adapter also reads its
   * `eventsUrl`, where the server's stream for this request is.
   */
  current?: RequestRecord;
  /** Polling waits (first, longest, back-off factor), for adapters that poll. Default 30 s, 5 min, ×1.5. */
  pollTiming?: PollTiming;
}

/**
 * The one port every Diwan widget talks to. Task-shaped: one method per thing a widget needs.
 * Every method resolves with data parsed by the zod schemas or rejects with a `DiwanError`.
 */
export interface DiwanBackend {
  /** What this backend can do; widgets read it before offering a feature. */
  readonly capabilities: Capabilities;
  /**
   * For backends given as objects (`.backend = …`): a stable name for this backend's feedback outbox,
   * e.g. `'ministry-of-interior'`. Feedback a citizen sends while offline is queued under it and sent
   * later only by a backend with the same name, on this page or a later one. Without it, feedback is
   * sent directly and never queued (so it can never reach another backend). Ignored for `api=` and
   * `backend="…"` attributes, which are named by their kind and URL.
   */
  readonly outboxId?: string;
  /** The whole catalogue: categories and services. */
  listServices(options?: CallOptions): Promise<ServiceCatalogue>;
  /** One service; rejects with `not_found` when there is none. */
  getService(id: string, options?: CallOptions): Promise<Service>;
  /** A service's eligibility rules; rejects with `not_found` or `unsupported`. */
  getEligibilityRules(serviceId: string, options?: CallOptions): Promise<EligibilityRules>;
  /**
   * A request by reference and verification value. "Not found" and "does not match" both reject
   * with `not_found` (no enumeration); too many attempts reject with `rate_limited`.
   */
  findRequest(lookup: RequestLookup, options?: CallOptions): Promise<RequestRecord>;
  /**
   * Follows a request while a page shows it: calls `onRecord` with the whole, parsed RequestRecord each
   * time it changes (never for a record the same as the last one, nor after `signal` aborts). How the
   * news arrives is the adapter's business, declared by `capabilities.tracking.live`:
   * - `sse`: pushed by the server. The REST adapter reads the record's `eventsUrl` as a server-sent
   *   events stream (through its own fetch, `headers()` hook and credentials, never an EventSource), only
   *   on the backend's own origin; it reconnects with `Last-Event-ID` and back-off, looks the request up
   *   again for a fresh URL when the server says the old one expired (404/410), and falls back to polling
   *   when the stream cannot be had (another origin, no stream, repeated failures).
   * - `poll`: the adapter asks again (`findRequest`) with back-off while nothing changes, pausing while
   *   the page is hidden (Open311; the demo backend, on timers).
   * - `none`: no live updates: rejects at once with `unsupported`.
   *
   * Resolves when `signal` aborts (at once, whatever the backend is doing). Rejects with a DiwanError
   * when updates cannot go on: `not_found` (the request is gone or no longer matches), `rate_limited`,
   * `unsupported`, `invalid_response` (the backend sent a record, or stream data, that does not fit the
   * schema: the watch ends rather than showing it). Transient failures (network, 5xx, timeouts) are
   * retried, never reported.
   *
   * Optional for objects set as `.backend`: without it, the validating boundary polls `findRequest`
   * (when `live` is `poll` or `sse`). The boundary parses every record, whoever produced it.
   */
  watchRequest?(lookup: RequestLookup, onRecord: (record: RequestRecord) => void, options: WatchOptions): Promise<void>;
  /** Sends feedback; the same idempotency key always yields the same receipt. */
  sendFeedback(feedback: Feedback, options?: CallOptions): Promise<FeedbackReceipt>;
  /**
   * Staff insights for a period (aggregates only, small cells suppressed). Optional: present when
   * `capabilities.insights` is true. Staff credentials travel with the adapter (a `headers()` hook),
   * never through a widget attribute. Rejects with `unsupported` when the backend offers none.
   */
  getInsights?(query: InsightsQuery, options?: CallOptions): Promise<InsightsResult>;
}
