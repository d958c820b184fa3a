import type { Capabilities } from './schemas/capabilities.js';
import type { EligibilityRules } from './schemas/eligibility.js';
import type { Feedback, FeedbackReceipt } from './schemas/feedback.js';
import type { InsightsQuery, InsightsResult } from './schemas/insights.js';
import type { RequestLookup, RequestRecord } from './schemas/request.js';
import type { Service, ServiceCatalogue } from './schemas/service.js';

export interface CallOptions {
  /** Cancels the call; it then rejects with a DiwanError `aborted`. */
  signal?: AbortSignal;
  /** The citizen's locale, for backends that localise on the server. */
  locale?: string;
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
  /** Sends feedback; the same idempotency key always yields the same receipt. */
  sendFeedback(feedback: Feedback, options?: CallOptions): Promise<FeedbackReceipt>;
  /**
   * Staff insights for a period (aggregates only, small cells suppressed). Optional: present when
   * `capabilities.insights` is true. Staff credentials travel with the adapter (a `headers()` hook),
   * never through a widget attribute. Rejects with `unsupported` when the backend offers none.
   */
  getInsights?(query: InsightsQuery, options?: CallOptions): Promise<InsightsResult>;
}
