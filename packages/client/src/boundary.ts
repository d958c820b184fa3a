// The one validating boundary between a backend and the widgets. Every backend a widget uses (an object
// set as `.backend`, the REST adapter, Open311, the demo) is wrapped here, once per backend and time
// bound, so that every port call:
//  - settles within a bounded time, else rejects with a retryable DiwanError `timeout` (and the call's
//    signal is aborted, so a fetch underneath stops);
//  - resolves with data parsed by the schemas, else rejects with DiwanError `invalid_response`;
//  - rejects only with a DiwanError, whatever the backend threw or rejected with.
// watchRequest (live updates) runs until its signal aborts, so it has no overall bound; what it delivers
// is parsed all the same (boundary-watch.ts, a lazy chunk).
// Data this package's own parsers produced is not parsed twice (see vouched.ts). The schemas (zod) are a
// lazy chunk, loaded the first time data needs checking.
import type { CallOptions, DiwanBackend } from './backend.js';
import { DiwanError, toDiwanError } from './errors.js';
import type { Capabilities } from './schemas/capabilities.js';
import type { RequestRecord } from './schemas/request.js';
import { isUnsafePattern } from './tracking/pattern-safety.js';
import { isVouched } from './vouched.js';

/** How long one port call may take by default, in milliseconds. */
export const DEFAULT_CALL_TIMEOUT_MS = 20_000;
/** The longest time bound setTimeout can keep (about 24.8 days). */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

export interface BoundaryOptions {
  /** How long one port call may take, in milliseconds (default 20 000). */
  timeoutMs?: number;
}

type Schemas = typeof import('./schemas/index.js');
type ResultSchema = 'ServiceCatalogue' | 'Service' | 'EligibilityRules' | 'RequestRecord' | 'FeedbackReceipt' | 'InsightsResult';
type PortMethod = 'listServices' | 'getService' | 'getEligibilityRules' | 'findRequest' | 'sendFeedback' | 'getInsights';

const loadSchemas = (): Promise<Schemas> => import('./schemas/index.js');

/** The time bound to use: a positive number of milliseconds, else the default. */
export function callTimeoutMs(value: number | undefined): number {
  return typeof value === 'number' && value > 0 && Number.isFinite(value) ? Math.min(value, LONGEST_TIMER_MS) : DEFAULT_CALL_TIMEOUT_MS;
}

function timeoutError(ms: number): DiwanError {
  return new DiwanError('timeout', `The backend did not answer within ${Math.round(ms / 100) / 10} seconds.`, { retryable: true });
}

/**
 * Runs `work` with a signal that aborts when the caller's does or when `timeoutMs` passes; settles then
 * at the latest, whether or not `work` listens to its signal. Rejects only with a DiwanError.
 */
export function withinTime<T>(work: (signal: AbortSignal) => T | PromiseLike<T>, timeoutMs: number, outer?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const inner = new AbortController();
    const onAbort = (): void => {
      const error = new DiwanError('aborted', 'The request was cancelled.', { retryable: false });
      inner.abort(error);
      settle(() => reject(error));
    };
    const timer = setTimeout(() => {
      const error = timeoutError(timeoutMs);
      inner.abort(error);
      settle(() => reject(error));
    }, timeoutMs);
    let settled = false;
    function settle(finish: () => void): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
      finish();
    }
    if (outer?.aborted) return onAbort();
    outer?.addEventListener('abort', onAbort, { once: true });
    let pending: Promise<T>;
    try {
      // Promise.resolve reads a thenable's `then` inside a promise job: a throwing getter rejects
      pending = Promise.resolve(work(inner.signal));
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then(
      (value) => settle(() => resolve(value)),
      (error: unknown) => settle(() => reject(toDiwanError(error))),
    );
  });
}

/** Parses a backend's answer unless this package's parsers produced it; any failure is `invalid_response`. */
async function checked<T>(value: unknown, schema: ResultSchema | 'Capabilities', what: string): Promise<T> {
  if (isVouched(value)) return value as T;
  const schemas = await loadSchemas();
  try {
    return schemas.parseResponse(schemas[schema], value, what) as T;
  } catch (error) {
    if (error instanceof DiwanError) throw error;
    // a revoked Proxy, a throwing getter, nesting deeper than the stack: still only bad data
    throw new DiwanError('invalid_response', `The backend sent ${what} Diwan cannot read.`, { retryable: false, cause: error });
  }
}

/** The capabilities without a reference pattern that could freeze the page (the backend still checks). */
function withSafePattern(capabilities: Capabilities): Capabilities {
  const pattern = capabilities.tracking.referencePattern;
  if (pattern === undefined || !isUnsafePattern(pattern)) return capabilities;
  console.warn('[diwan] the backend’s referencePattern can take exponential time to match; Diwan ignores it.', pattern.slice(0, 120));
  const { referencePattern: _unsafe, ...tracking } = capabilities.tracking;
  return { ...capabilities, tracking };
}

const guarded = new WeakSet<DiwanBackend>();
const instances = new WeakMap<object, Map<number, Promise<DiwanBackend>>>();

/**
 * Wraps a backend in the validating boundary (once per backend and time bound; a wrapped backend is
 * returned as it is). Resolves when its capabilities are checked; rejects with `invalid_response` when
 * they do not fit the schema, or `config` when the value is not a backend at all.
 */
export function guardBackend(backend: DiwanBackend, options: BoundaryOptions = {}): Promise<DiwanBackend> {
  if (guarded.has(backend)) return Promise.resolve(backend);
  const timeoutMs = callTimeoutMs(options.timeoutMs);
  const byTimeout = instances.get(backend) ?? new Map<number, Promise<DiwanBackend>>();
  instances.set(backend, byTimeout);
  let instance = byTimeout.get(timeoutMs);
  if (!instance) {
    instance = wrap(backend, timeoutMs);
    byTimeout.set(timeoutMs, instance);
    // a failure is not kept: a retry asks the backend again
    instance.catch(() => byTimeout.delete(timeoutMs));
  }
  return instance;
}

async function wrap(backend: DiwanBackend, timeoutMs: number): Promise<DiwanBackend> {
  const capabilities = withSafePattern(
    await withinTime(() => backend.capabilities, timeoutMs).then((value) => checked<Capabilities>(value, 'Capabilities', 'its capabilities')),
  );
  function call<T>(method: PortMethod, args: unknown[], options: CallOptions | undefined, schema: ResultSchema, what: string): Promise<T> {
    return withinTime((signal) => {
      const target = (backend as unknown as Record<PortMethod, unknown>)[method];
      if (typeof target !== 'function') {
        throw new DiwanError('unsupported', `This backend has no ${method}().`, { retryable: false });
      }
      return (target as (...values: unknown[]) => unknown).call(backend, ...args, { ...options, signal });
    }, timeoutMs, options?.signal).then((value) => checked<T>(value, schema, what));
  }
  const wrapped: DiwanBackend = {
    capabilities,
    listServices: (options) => call('listServices', [], options, 'ServiceCatalogue', 'a service catalogue'),
    getService: (id, options) => call('getService', [id], options, 'Service', 'a service'),
    getEligibilityRules: (serviceId, options) => call('getEligibilityRules', [serviceId], options, 'EligibilityRules', 'eligibility rules'),
    findRequest: (lookup, options) => call('findRequest', [lookup], options, 'RequestRecord', 'a request'),
    sendFeedback: (feedback, options) => call('sendFeedback', [feedback], options, 'FeedbackReceipt', 'a feedback receipt'),
  };
  // live updates: a lazy chunk of their own (boundary-watch.ts), loaded when a tracker follows a request
  wrapped.watchRequest = (lookup, onRecord, options) => import('./boundary-watch.js').then(({ watchThroughBoundary }) =>
    watchThroughBoundary(backend, capabilities, lookup, onRecord, options, {
      find: (signal) => call<RequestRecord>('findRequest', [lookup], { locale: options.locale, signal }, 'RequestRecord', 'a request'),
      parse: (value) => checked<RequestRecord>(value, 'RequestRecord', 'a request update'),
    })).catch((error: unknown) => Promise.reject(toDiwanError(error))); // an offline chunk too
  // optional in the port: offered only where the backend has it
  if (typeof (backend as Partial<DiwanBackend>).getInsights === 'function') {
    wrapped.getInsights = (query, options) => call('getInsights', [query], options, 'InsightsResult', 'insights');
  }
  guarded.add(wrapped);
  return wrapped;
}

