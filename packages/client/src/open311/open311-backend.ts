import * as z from 'zod/mini';
import type { CallOptions, DiwanBackend } from '../backend.js';
import { DiwanError, isDiwanError } from '../errors.js';
import { Transport, type TransportSettings } from '../http/transport.js';
import { parseResponse } from '../parse.js';
import type { Capabilities } from '../schemas/capabilities.js';
import { LocaleCode } from '../schemas/common.js';
import { RequestRecord } from '../schemas/request.js';
import { ServiceCatalogue } from '../schemas/service.js';
import { pollForNews } from '../tracking/watch-poll.js';
import { decodeOpen311, defaultParseXml, describeOpen311Error, type ParseXml } from './decode.js';
import { mapServiceDefinition, type Open311ServiceDefinition } from './map-definition.js';
import { records, text } from './map-common.js';
import { findRequestEntry, mapRequest } from './map-requests.js';
import { mapCatalogue, type MappedCatalogue } from './map-services.js';

/** Options of the Open311 adapter; the transport settings (fetch, headers, timeoutMs, retries, …) as in TransportOptions. */
export interface Open311BackendOptions extends TransportSettings {
  /** The GeoReport v2 endpoint, e.g. `https://city.example.gov/open311/v2`. */
  baseUrl: string;
  /** `json` (default; works everywhere) or `xml` (the one format every GeoReport v2 server has). */
  format?: 'json' | 'xml';
  /** `jurisdiction_id`, for endpoints that serve several jurisdictions. */
  jurisdictionId?: string;
  /** Sent as `api_key` when set (the spec needs it only to write; some gateways want it to read too). */
  apiKey?: string;
  /** Where feedback goes: Open311 has no feedback endpoint, so without this feedback is disabled. */
  feedback?: DiwanBackend;
  /** Parses XML where there is no DOMParser (Node): e.g. `(text) => new (require('@xmldom/xmldom').DOMParser)().parseFromString(text, 'text/xml')`. */
  parseXml?: ParseXml;
  /** Ask for `notes[]` with `extensions=true` on request lookups (default true; servers ignore it otherwise). */
  extensions?: boolean;
  /** Offset (e.g. `-08:00`) for date-times the server sends without a time zone; otherwise those are dropped. */
  defaultOffset?: string;
  /** What a request id looks like (a RegExp source), so the tracker can check it before asking. */
  referencePattern?: string;
  /**
   * The language the server writes its service names, groups, descriptions and notes in (a BCP 47 tag,
   * e.g. `en` for SF311). They are then tagged with it, so a widget in another language marks them
   * `lang="en"` (WCAG 3.1.2); without it their language is unknown and they stay unmarked.
   */
  language?: string;
}

/** The Open311 backend: the port, plus what only Open311 has. */
export interface Open311Backend extends DiwanBackend {
  /** The extra questions a service asks (`GET /services/{code}`); `not_found` for an unknown id. */
  getServiceDefinition(serviceId: string, options?: CallOptions): Promise<Open311ServiceDefinition>;
  /** The request id for a token a batch server handed out (`GET /tokens/{token}`); `not_found` while there is none yet. */
  requestIdFromToken(token: string, options?: CallOptions): Promise<string>;
}

/** Ids of GeoReport v2 servers: numbers, or letters, digits and `-_.` — up to 64 characters. */
export const OPEN311_REFERENCE_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$';

const ACCEPT = { json: 'application/json', xml: 'application/xml, text/xml;q=0.9' } as const;
const Anything = z.unknown();

function unsupported(feature: string): DiwanError {
  return new DiwanError('unsupported', `Open311 servers do not offer ${feature}.`, { retryable: false });
}

function notFound(what: string): DiwanError {
  return new DiwanError('not_found', `There is no ${what}.`, { retryable: false });
}

function compileReferencePattern(source: string): RegExp {
  try {
    return new RegExp(source, 'u');
  } catch (cause) {
    throw new DiwanError('config', `The referencePattern option is not a valid regular expression: ${source}`, { retryable: false, cause });
  }
}

function checkedLanguage(language: string | undefined): string | undefined {
  if (language === undefined || LocaleCode.safeParse(language).success) return language;
  throw new DiwanError('config', `The language option must be a language tag such as "en" or "fr-CA"; got ${JSON.stringify(language)}.`, { retryable: false });
}

/**
 * A DiwanBackend for an Open311 GeoReport v2 server: the catalogue from `services`, request
 * tracking by id (public lookup: no verification), no eligibility rules, and feedback only through
 * a separate `feedback` backend. JSON or XML, whichever the server really answers.
 */
export function createOpen311Backend(options: Open311BackendOptions): Open311Backend {
  const base = options.baseUrl.replace(/\/+$/, '');
  const format = options.format ?? 'json';
  const parseXml = options.parseXml ?? defaultParseXml();
  const dates = { defaultOffset: options.defaultOffset };
  const referencePattern = options.referencePattern ?? OPEN311_REFERENCE_PATTERN;
  const referenceMatcher = compileReferencePattern(referencePattern);
  const language = checkedLanguage(options.language);
  const transport = new Transport(options);
  const feedbackBackend = options.feedback;
  const capabilities: Capabilities = {
    catalogue: true,
    eligibility: false,
    tracking: { enabled: true, verification: null, referencePattern, live: 'poll' },
    feedback: feedbackBackend?.capabilities.feedback ?? { enabled: false, maxCommentLength: 1200 },
  };

  function url(path: string, query: Record<string, string | undefined> = {}): string {
    const params = new URLSearchParams();
    if (options.jurisdictionId) params.set('jurisdiction_id', options.jurisdictionId);
    if (options.apiKey) params.set('api_key', options.apiKey);
    for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, value);
    const search = params.toString();
    return `${base}${path}.${format}${search ? `?${search}` : ''}`;
  }

  function get(path: string, what: string, callOptions: CallOptions | undefined, query?: Record<string, string | undefined>) {
    if (format === 'xml' && !parseXml) {
      return Promise.reject(new DiwanError('unsupported', 'XML needs DOMParser or a parseXml option (or use format: "json").', { retryable: false }));
    }
    return transport.get(url(path, query), Anything, what, {
      signal: callOptions?.signal,
      locale: callOptions?.locale,
      accept: ACCEPT[format],
      decode: (body, reply) => decodeOpen311(body, parseXml, reply.headers.get('Content-Type') ?? ''),
      describeError: (body) => describeOpen311Error(body, parseXml),
    }).catch((error: unknown) => {
      // error messages name the URL, and the URL carries api_key: never let the key reach a
      // diwan-error event, the console or a host's error reporting
      throw withoutSecret(error, options.apiKey);
    });
  }

  // The transport hands back the same decoded object while its ETag holds: map it once.
  const mapped = new WeakMap<object, MappedCatalogue>();
  async function catalogue(callOptions?: CallOptions): Promise<MappedCatalogue> {
    const data = await get('/services', 'an Open311 service list', callOptions);
    const cached = typeof data === 'object' && data !== null ? mapped.get(data) : undefined;
    if (cached) return cached;
    const result = mapCatalogue(data, language);
    const checked = { catalogue: parseResponse(ServiceCatalogue, result.catalogue, 'an Open311 service list'), codes: result.codes };
    if (typeof data === 'object' && data !== null) mapped.set(data, checked);
    return checked;
  }

  const adapter: Open311Backend = {
    capabilities,
    async listServices(callOptions) {
      return (await catalogue(callOptions)).catalogue;
    },
    async getService(id, callOptions) {
      const service = (await catalogue(callOptions)).catalogue.services.find((candidate) => candidate.id === id);
      if (!service) throw notFound(`service "${id}"`);
      return service;
    },
    async getEligibilityRules() {
      throw unsupported('eligibility checks');
    },
    async findRequest(lookup, callOptions) {
      const reference = lookup.reference.trim();
      // An id the server could never have issued: no request, and no need to ask.
      if (!referenceMatcher.test(reference)) throw notFound('request with this reference');
      const query = options.extensions === false ? {} : { extensions: 'true' };
      const data = await get(`/requests/${encodeURIComponent(reference)}`, 'an Open311 request', callOptions, query);
      const entry = findRequestEntry(data, reference);
      if (!entry) throw notFound('request with this reference');
      return parseResponse(RequestRecord, mapRequest(entry, dates, language), 'an Open311 request');
    },
    // Open311 pushes nothing: ask GET /requests/{id} again, backing off while nothing changes
    async watchRequest(lookup, onRecord, watchOptions) {
      return pollForNews((signal) => adapter.findRequest(lookup, { signal, locale: watchOptions.locale }), onRecord, watchOptions);
    },
    async sendFeedback(feedback, callOptions) {
      if (!feedbackBackend) throw unsupported('feedback (configure a separate feedback backend)');
      return feedbackBackend.sendFeedback(feedback, callOptions);
    },
    async getServiceDefinition(serviceId, callOptions) {
      const code = (await catalogue(callOptions)).codes.get(serviceId);
      if (code === undefined) throw notFound(`service "${serviceId}"`);
      const data = await get(`/services/${encodeURIComponent(code)}`, 'an Open311 service definition', callOptions);
      return mapServiceDefinition(data, serviceId, code);
    },
    async requestIdFromToken(token, callOptions) {
      const data = await get(`/tokens/${encodeURIComponent(token.trim())}`, 'an Open311 token', callOptions);
      const id = records(data, ['service_requests', 'tokens', 'token'], 'an Open311 token')
        .map((entry) => text(entry.service_request_id))
        .find((value) => value !== undefined);
      if (!id) throw notFound('request for this token yet');
      return id;
    },
  };
  return adapter;
}

/** The error with every spelling of `secret` (as typed, URL-encoded, form-encoded) replaced in its message; a cause that names it is dropped. */
export function withoutSecret(error: unknown, secret: string | undefined): unknown {
  if (!secret || !(error instanceof Error)) return error;
  const spellings = [...new Set([secret, encodeURIComponent(secret), new URLSearchParams({ k: secret }).toString().slice(2)])];
  const scrub = (text: string) => spellings.reduce((result, spelling) => result.split(spelling).join('[api_key]'), text);
  const names = (value: unknown) => value instanceof Error ? spellings.some((spelling) => value.message.includes(spelling) || String(value.stack).includes(spelling)) : spellings.some((spelling) => String(value).includes(spelling));
  if (!names(error) && !names(error.cause)) return error;
  if (!isDiwanError(error)) return new DiwanError('network', scrub(error.message));
  return new DiwanError(error.code, scrub(error.message), {
    retryable: error.retryable, status: error.status, retryAfter: error.retryAfter, cause: names(error.cause) ? undefined : error.cause,
  });
}
