import type { CallOptions, DiwanBackend } from '../backend.js';
import { DiwanError } from '../errors.js';
import { Capabilities } from '../schemas/capabilities.js';
import { EligibilityRules } from '../schemas/eligibility.js';
import { FeedbackReceipt, type Feedback } from '../schemas/feedback.js';
import { InsightsResult, type InsightsQuery } from '../schemas/insights.js';
import { RequestRecord, type RequestLookup } from '../schemas/request.js';
import { Service, ServiceCatalogue } from '../schemas/service.js';
import { Transport, type TransportSettings } from './transport.js';

/** Options of the REST adapter; the transport settings (fetch, headers, timeoutMs, retries, …) as in TransportOptions. */
export interface HttpBackendOptions extends TransportSettings {
  /** Where the Diwan REST contract lives, e.g. `https://api.example.gov/diwan/v1`. */
  baseUrl: string;
  /** Overrides of the defaults: everything on, verification by surname, no live updates. */
  capabilities?: Partial<Capabilities>;
  /** Live updates: an event stream silent this long (no event, no heartbeat) is taken as dead and reopened (ms, default 60 000). */
  streamIdleMs?: number;
}

export const DEFAULT_HTTP_CAPABILITIES: Capabilities = {
  catalogue: true,
  eligibility: true,
  tracking: { enabled: true, verification: 'surname', live: 'none' },
  feedback: { enabled: true, maxCommentLength: 1200 },
};

/** Paths of the Diwan REST contract, relative to the base URL (shared with the OpenAPI document). */
export const DIWAN_REST_PATHS = {
  services: '/services',
  service: (id: string) => `/services/${encodeURIComponent(id)}`,
  eligibility: (id: string) => `/services/${encodeURIComponent(id)}/eligibility`,
  capabilities: '/capabilities',
  requestLookup: '/requests/lookup',
  /** Where the reference server's eventsUrl points (watchRequest follows eventsUrl as given, on the base's origin). */
  requestEvents: (token: string) => `/requests/events/${encodeURIComponent(token)}`,
  feedback: '/feedback',
  /** Staff only: bearer token through the transport's headers() hook. */
  insights: '/staff/insights',
} as const;

/** The insights query as URL parameters, in a fixed order (one cache entry per query). */
export function insightsSearch(query: InsightsQuery): string {
  const keys = ['from', 'to', 'bucket', 'serviceId', 'category', 'channel', 'office'] as const;
  const params = new URLSearchParams();
  for (const key of keys) if (query[key] !== undefined) params.set(key, query[key]!);
  return params.toString();
}

function unsupported(feature: string): DiwanError {
  return new DiwanError('unsupported', `This backend does not offer ${feature}.`, { retryable: false });
}

/**
 * A DiwanBackend for the Diwan REST contract that first asks the server what it offers
 * (`GET /capabilities`), so attributes alone get the server's truth: its verification kind, reference
 * pattern, live mode and comment limit. A server without that route (404, 405, 501) keeps the defaults;
 * any other failure rejects, so the widget shows its error with a retry that asks again.
 * `options.capabilities` still overrides what the server says.
 */
export async function connectHttpBackend(options: HttpBackendOptions & { signal?: AbortSignal }): Promise<DiwanBackend> {
  const base = options.baseUrl.replace(/\/+$/, '');
  const transport = new Transport(options);
  let served: Partial<Capabilities> = {};
  try {
    served = await transport.get(base + DIWAN_REST_PATHS.capabilities, Capabilities, 'the backend’s capabilities', { signal: options.signal });
  } catch (error) {
    const status = error instanceof DiwanError ? error.status : undefined;
    if (!(error instanceof DiwanError && (error.code === 'not_found' || status === 404 || status === 405 || status === 501))) throw error;
  }
  const overrides = options.capabilities ?? {};
  return createHttpBackend({
    ...options,
    capabilities: {
      ...served,
      ...overrides,
      tracking: { ...DEFAULT_HTTP_CAPABILITIES.tracking, ...served.tracking, ...overrides.tracking },
      feedback: { ...DEFAULT_HTTP_CAPABILITIES.feedback, ...served.feedback, ...overrides.feedback },
    },
  }, transport);
}

/** A DiwanBackend for the Diwan REST contract (see packages/client/openapi.json), with the capabilities given (or the defaults). */
export function createHttpBackend(options: HttpBackendOptions, sharedTransport?: Transport): DiwanBackend {
  const base = options.baseUrl.replace(/\/+$/, '');
  const transport = sharedTransport ?? new Transport(options);
  const overrides = options.capabilities ?? {};
  const capabilities: Capabilities = {
    ...DEFAULT_HTTP_CAPABILITIES,
    ...overrides,
    tracking: { ...DEFAULT_HTTP_CAPABILITIES.tracking, ...overrides.tracking },
    feedback: { ...DEFAULT_HTTP_CAPABILITIES.feedback, ...overrides.feedback },
  };
  const call = (options?: CallOptions) => ({ signal: options?.signal, locale: options?.locale });
  // The last catalogue asked for, per locale: a widget that needs one service (the eligibility checker)
  // takes it from there when a catalogue on the same page already asked, instead of a request of its own.
  const catalogues = new Map<string, Promise<ServiceCatalogue | undefined>>();

  async function findRequest(lookup: RequestLookup, callOptions?: CallOptions): Promise<RequestRecord> {
    if (!capabilities.tracking.enabled) throw unsupported('request tracking');
    // POST: the verification value must never sit in a URL, a proxy log or the browser history.
    return transport.post(base + DIWAN_REST_PATHS.requestLookup, lookup, RequestRecord, 'a request', call(callOptions));
  }

  return {
    capabilities,
    async listServices(callOptions) {
      if (!capabilities.catalogue) throw unsupported('a service catalogue');
      const request = transport.get(base + DIWAN_REST_PATHS.services, ServiceCatalogue, 'a service catalogue', call(callOptions));
      catalogues.set(callOptions?.locale ?? '', request.catch(() => undefined));
      return request;
    },
    async getService(id, callOptions) {
      if (!capabilities.catalogue) throw unsupported('a service catalogue');
      const known = (await catalogues.get(callOptions?.locale ?? ''))?.services.find((service) => service.id === id);
      if (known) return known;
      return transport.get(base + DIWAN_REST_PATHS.service(id), Service, 'a service', call(callOptions));
    },
    async getEligibilityRules(serviceId, callOptions) {
      if (!capabilities.eligibility) throw unsupported('eligibility checks');
      return transport.get(base + DIWAN_REST_PATHS.eligibility(serviceId), EligibilityRules, 'eligibility rules', call(callOptions));
    },
    findRequest,
    async watchRequest(lookup, onRecord, watchOptions) {
      if (!capabilities.tracking.enabled) throw unsupported('request tracking');
      const { watchHttpRequest } = await import('./watch.js');
      return watchHttpRequest({
        transport,
        baseUrl: base,
        live: capabilities.tracking.live,
        find: (signal) => findRequest(lookup, { signal, locale: watchOptions.locale }),
        random: options.random,
        streamIdleMs: options.streamIdleMs,
      }, onRecord, watchOptions);
    },
    async sendFeedback(feedback: Feedback, callOptions) {
      if (!capabilities.feedback.enabled) throw unsupported('feedback');
      return transport.post(base + DIWAN_REST_PATHS.feedback, feedback, FeedbackReceipt, 'a feedback receipt', {
        ...call(callOptions),
        idempotencyKey: feedback.idempotencyKey,
      });
    },
    async getInsights(query, callOptions) {
      if (!capabilities.insights) throw unsupported('staff insights');
      const url = `${base}${DIWAN_REST_PATHS.insights}?${insightsSearch(query)}`;
      return transport.get(url, InsightsResult, 'staff insights', call(callOptions));
    },
  };
}
