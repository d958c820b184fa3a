import * as z from 'zod/mini';
import { DiwanError, type DiwanErrorCode } from '../errors.js';
import { parseResponse } from '../parse.js';
import { ErrorBody } from '../schemas/capabilities.js';

export type HeadersHook = () => Record<string, string> | Promise<Record<string, string>>;
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface TransportOptions {
  /** The fetch to use (default: the global one, called unbound so it works in every browser). */
  fetch?: typeof fetch;
  /** Per attempt, in milliseconds (default 10 000). */
  timeoutMs?: number;
  /** Extra attempts for a GET after the first (default 3). Writes are never retried. */
  retries?: number;
  /** Backoff base in milliseconds (default 300). */
  retryBaseMs?: number;
  /** Backoff ceiling in milliseconds (default 5 000). */
  retryCapMs?: number;
  /** Longest wait a `Retry-After` header can ask for, in milliseconds (default 30 000). */
  retryAfterCapMs?: number;
  /** Default `'omit'`: Diwan sends no cookies unless the host opts in. */
  credentials?: RequestCredentials;
  /** Called before every request, e.g. to add an `Authorization` header. */
  headers?: HeadersHook;
  /** Random source in [0, 1) for the backoff jitter (default Math.random). */
  random?: () => number;
  /** Waits between attempts (default: an abortable setTimeout). */
  sleep?: Sleep;
  /** Most GET bodies kept for ETag revalidation (default 100). */
  cacheEntries?: number;
}

/** The transport settings an adapter's options take and pass on unchanged (createHttpBackend, createOpen311Backend). */
export type TransportSettings = Pick<TransportOptions, 'fetch' | 'headers' | 'timeoutMs' | 'retries' | 'credentials' | 'random' | 'sleep'>;

export interface RequestOptions {
  signal?: AbortSignal;
  /** Sent as `Accept-Language`; also part of the cache and de-duplication key. */
  locale?: string;
}

/** What a successful or failed response looked like, for `decode` and `describeError`. */
export interface ReplyInfo {
  status: number;
  headers: Headers;
}

/**
 * How a GET reads bodies that are not the Diwan JSON contract (e.g. Open311 XML). Part of the
 * de-duplication and cache key through `accept`.
 */
export interface BodyFormat {
  /** Sent as `Accept` (default `application/json`). */
  accept?: string;
  /** Turns the body text into data for the schema (default JSON.parse). Throw a DiwanError for a body that cannot be read. */
  decode?: (text: string, reply: ReplyInfo) => unknown;
  /** A failed response's message from its body, when it is not a Diwan error body (e.g. Open311 `<errors>`). */
  describeError?: (text: string, reply: ReplyInfo) => string | undefined;
}

export interface GetOptions extends RequestOptions, BodyFormat {}

export interface PostOptions extends RequestOptions {
  /** Sent as `Idempotency-Key` so a write delivered twice is applied once. */
  idempotencyKey?: string;
}

/** A response read to the end inside the attempt's timeout. */
interface Reply {
  status: number;
  ok: boolean;
  headers: Headers;
  text: string;
}

interface CacheEntry {
  etag: string;
  value: unknown;
}

interface InFlight {
  key: string;
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
}

const RETRY_STATUSES = new Set([408, 429]);

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export const abortableSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** `Retry-After` as seconds (delta-seconds or an HTTP date); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

function abortedError(cause?: unknown): DiwanError {
  return new DiwanError('aborted', 'The request was cancelled.', { cause, retryable: false });
}

/**
 * A small fetch wrapper: per-attempt timeout, retries with full-jitter backoff for GETs, in-flight
 * de-duplication and ETag revalidation of GETs, and every failure mapped to a DiwanError.
 */
export class Transport {
  readonly #fetch: typeof fetch;
  readonly #timeoutMs: number;
  readonly #retries: number;
  readonly #retryBaseMs: number;
  readonly #retryCapMs: number;
  readonly #retryAfterCapMs: number;
  readonly #credentials: RequestCredentials;
  readonly #headers?: HeadersHook;
  readonly #random: () => number;
  readonly #sleep: Sleep;
  readonly #cacheEntries: number;
  readonly #cache = new Map<string, CacheEntry>();
  readonly #inFlight = new Map<string, InFlight>();

  constructor(options: TransportOptions = {}) {
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#retries = Math.max(0, options.retries ?? 3);
    this.#retryBaseMs = options.retryBaseMs ?? 300;
    this.#retryCapMs = options.retryCapMs ?? 5_000;
    this.#retryAfterCapMs = options.retryAfterCapMs ?? 30_000;
    this.#credentials = options.credentials ?? 'omit';
    this.#headers = options.headers;
    this.#random = options.random ?? Math.random;
    this.#sleep = options.sleep ?? abortableSleep;
    this.#cacheEntries = options.cacheEntries ?? 100;
  }

  /** GETs JSON and parses it with `schema`; concurrent calls for the same URL share one request. */
  async get<T extends z.ZodMiniType>(url: string, schema: T, what: string, options: GetOptions = {}): Promise<z.infer<T>> {
    const { signal, locale } = options;
    if (signal?.aborted) throw abortedError(signal.reason);
    const key = options.accept ? `${locale ?? ''} ${options.accept} ${url}` : `${locale ?? ''} ${url}`;
    let flight = this.#inFlight.get(key);
    if (!flight) {
      const controller = new AbortController();
      const format: BodyFormat = { accept: options.accept, decode: options.decode, describeError: options.describeError };
      const promise = this.#getWithRetries(key, url, schema, what, locale, format, controller.signal).finally(() => {
        if (this.#inFlight.get(key) === flight) this.#inFlight.delete(key);
      });
      flight = { key, promise, controller, waiting: 0 };
      this.#inFlight.set(key, flight);
    }
    return this.#wait(flight, signal) as Promise<z.infer<T>>;
  }

  /** POSTs JSON once (never retried: a lost write is the outbox's job) and parses the answer. */
  async post<T extends z.ZodMiniType>(
    url: string,
    body: unknown,
    schema: T,
    what: string,
    options: PostOptions = {},
  ): Promise<z.infer<T>> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
    const reply = await this.#attempt(url, { method: 'POST', body: JSON.stringify(body) }, headers, options.locale, options.signal);
    if (!reply.ok) throw errorFromReply(reply);
    return parseResponse(schema, readJson(reply, what), what);
  }

  /**
   * Opens a long-lived GET (server-sent events): the response's headers must arrive within the attempt's
   * timeout; its body is the caller's to read, until `signal` aborts. The same `headers()` hook and
   * credentials as every other request. Rejects with a DiwanError (`aborted`, `timeout`, `network`).
   */
  async openStream(url: string, headers: Record<string, string>, signal: AbortSignal): Promise<Response> {
    if (signal.aborted) throw abortedError(signal.reason);
    const all = { ...headers, ...(await this.#hookHeaders()) };
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), this.#timeoutMs);
    try {
      return await this.#fetch(url, { method: 'GET', headers: all, credentials: this.#credentials, signal: AbortSignal.any([signal, timeout.signal]) });
    } catch (cause) {
      if (signal.aborted) throw abortedError(cause);
      if (timeout.signal.aborted) throw new DiwanError('timeout', `No answer from ${url} within ${this.#timeoutMs} ms.`, { cause });
      throw new DiwanError('network', `Could not reach ${url}.`, { cause });
    } finally {
      clearTimeout(timer);
    }
  }

  async #hookHeaders(): Promise<Record<string, string> | undefined> {
    try {
      return await this.#headers?.();
    } catch (cause) {
      throw new DiwanError('network', 'The headers() hook failed, so the request was not sent.', { cause, retryable: false });
    }
  }

  /** One caller's view of a shared request: its abort rejects only its own promise. */
  #wait(flight: InFlight, signal: AbortSignal | undefined): Promise<unknown> {
    flight.waiting += 1;
    if (!signal) return flight.promise;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        flight.waiting -= 1;
        // The last interested caller gone: stop the network work too.
        if (flight.waiting === 0) {
          if (this.#inFlight.get(flight.key) === flight) this.#inFlight.delete(flight.key);
          flight.controller.abort(signal.reason);
        }
        reject(abortedError(signal.reason));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      flight.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  async #getWithRetries(
    key: string,
    url: string,
    schema: z.ZodMiniType,
    what: string,
    locale: string | undefined,
    format: BodyFormat,
    signal: AbortSignal,
  ): Promise<unknown> {
    for (let attempt = 0; ; attempt += 1) {
      let error: DiwanError;
      try {
        return await this.#getOnce(key, url, schema, what, locale, format, signal);
      } catch (caught) {
        if (!(caught instanceof DiwanError)) throw caught;
        error = caught;
      }
      const retryable = error.retryable && (error.status === undefined || error.status >= 500 || RETRY_STATUSES.has(error.status));
      if (!retryable || attempt >= this.#retries || signal.aborted) throw error;
      try {
        await this.#sleep(this.#delayBefore(attempt, error), signal);
      } catch (cause) {
        throw abortedError(cause);
      }
    }
  }

  /** Full jitter: random(0, min(cap, base · 2^attempt)), unless the server said when. */
  #delayBefore(attempt: number, error: DiwanError): number {
    if (error.retryAfter !== undefined) return Math.min(error.retryAfter * 1000, this.#retryAfterCapMs);
    return Math.floor(this.#random() * Math.min(this.#retryCapMs, this.#retryBaseMs * 2 ** attempt));
  }

  async #getOnce(
    key: string,
    url: string,
    schema: z.ZodMiniType,
    what: string,
    locale: string | undefined,
    format: BodyFormat,
    signal: AbortSignal,
  ): Promise<unknown> {
    const cached = this.#cache.get(key);
    const headers: Record<string, string> = {};
    if (format.accept) headers.Accept = format.accept;
    if (cached) headers['If-None-Match'] = cached.etag;
    const reply = await this.#attempt(url, { method: 'GET' }, headers, locale, signal);
    if (reply.status === 304 && cached) {
      // Refresh the entry's place so the most used bodies stay.
      this.#cache.delete(key);
      this.#cache.set(key, cached);
      return cached.value;
    }
    if (!reply.ok) throw errorFromReply(reply, format.describeError);
    const data = format.decode ? format.decode(reply.text, reply) : readJson(reply, what);
    const value = parseResponse(schema, data, what);
    const etag = reply.headers.get('ETag');
    if (etag) this.#remember(key, { etag, value });
    else this.#cache.delete(key);
    return value;
  }

  #remember(key: string, entry: CacheEntry): void {
    this.#cache.delete(key);
    this.#cache.set(key, entry);
    while (this.#cache.size > this.#cacheEntries) this.#cache.delete(this.#cache.keys().next().value!);
  }

  /** One fetch with its own timeout; the response body is read under the same timeout. */
  async #attempt(
    url: string,
    init: RequestInit,
    extraHeaders: Record<string, string>,
    locale: string | undefined,
    signal: AbortSignal | undefined,
  ): Promise<Reply> {
    if (signal?.aborted) throw abortedError(signal.reason);
    const timeout = AbortSignal.timeout(this.#timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    const headers: Record<string, string> = { Accept: 'application/json', ...extraHeaders };
    if (locale) headers['Accept-Language'] = locale;
    Object.assign(headers, await this.#hookHeaders());
    try {
      const response = await this.#fetch(url, { ...init, headers, credentials: this.#credentials, signal: combined });
      // Read the body now, inside the timeout, so a server that stalls mid-body also times out.
      const text = await response.text();
      return { status: response.status, ok: response.ok, headers: response.headers, text };
    } catch (cause) {
      if (signal?.aborted) throw abortedError(cause);
      if (timeout.aborted) {
        throw new DiwanError('timeout', `No answer from ${url} within ${this.#timeoutMs} ms.`, { cause });
      }
      if (cause instanceof DiwanError) throw cause;
      throw new DiwanError('network', `Could not reach ${url}.`, { cause });
    }
  }
}

function readJson(reply: Reply, what: string): unknown {
  try {
    return JSON.parse(reply.text) as unknown;
  } catch (cause) {
    const type = reply.headers.get('Content-Type') ?? 'no content type';
    throw new DiwanError('invalid_response', `The server sent ${what} that is not JSON (${type}).`, {
      cause,
      retryable: false,
      status: reply.status,
    });
  }
}

/** Maps a non-2xx response to a DiwanError, using a Diwan error body `{ code, message, retryable }` when there is one. */
function errorFromReply(reply: Reply, describeError?: BodyFormat['describeError']): DiwanError {
  const { status } = reply;
  const body = readErrorBody(reply.text);
  const retryAfter = parseRetryAfter(reply.headers.get('Retry-After'));
  let code: DiwanErrorCode = 'http';
  if (status === 404) code = 'not_found';
  else if (status === 429) code = 'rate_limited';
  else if (body?.code === 'unsupported' || status === 501) code = 'unsupported';
  const retryableByStatus = status === 408 || status === 429 || (status >= 500 && status !== 501);
  const message = body?.message ?? describeErrorSafely(describeError, reply);
  const detail = message ? `: ${message}` : '';
  return new DiwanError(code, `HTTP ${status}${detail}`, {
    status,
    retryAfter,
    retryable: body?.retryable ?? retryableByStatus,
  });
}

function describeErrorSafely(describeError: BodyFormat['describeError'], reply: Reply): string | undefined {
  try {
    return describeError?.(reply.text, reply);
  } catch {
    return undefined; // a body the describer cannot read: the status says enough
  }
}

function readErrorBody(text: string): ErrorBody | undefined {
  try {
    const result = z.safeParse(ErrorBody, JSON.parse(text));
    return result.success ? result.data : undefined;
  } catch {
    return undefined; // an HTML error page or an empty body: the status says enough
  }
}
