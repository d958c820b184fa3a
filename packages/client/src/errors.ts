/** Why a backend call failed. Widgets map each code to a plain message. */
export type DiwanErrorCode =
  | 'network'
  | 'timeout'
  | 'http'
  | 'invalid_response'
  | 'not_found'
  | 'rate_limited'
  | 'unsupported'
  | 'aborted'
  /** The widget's attributes make no sense (e.g. no backend configured). */
  | 'config';

const RETRYABLE_BY_DEFAULT: ReadonlySet<DiwanErrorCode> = new Set(['network', 'timeout', 'rate_limited']);

export interface DiwanErrorOptions {
  retryable?: boolean;
  status?: number;
  /** Seconds the server asked us to wait (Retry-After, lock-outs). */
  retryAfter?: number;
  cause?: unknown;
}

/** The one error type every backend call rejects with. */
export class DiwanError extends Error {
  override readonly name = 'DiwanError';
  readonly code: DiwanErrorCode;
  /** Whether trying again later may succeed. */
  readonly retryable: boolean;
  readonly status?: number;
  readonly retryAfter?: number;

  constructor(code: DiwanErrorCode, message: string, options: DiwanErrorOptions = {}) {
    const retryAfter = cappedRetryAfter(options.retryAfter);
    const capped = retryAfter !== undefined && retryAfter !== options.retryAfter;
    super(capped ? `${message} (the server asked to wait ${String(options.retryAfter)} seconds; Diwan waits at most ${MAX_RETRY_AFTER_SECONDS})` : message,
      options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable ?? RETRYABLE_BY_DEFAULT.has(code);
    this.status = options.status;
    this.retryAfter = retryAfter;
  }
}

/**
 * The longest wait a server (`Retry-After`) or an object backend (`retryAfter`) can impose, in seconds:
 * one hour. A lock-out of "1,666,666,667 minutes" helps nobody; past an hour the citizen tries again
 * and the server, which still enforces its own lock, says so again.
 */
export const MAX_RETRY_AFTER_SECONDS = 3600;

function cappedRetryAfter(seconds: number | undefined): number | undefined {
  if (typeof seconds !== 'number' || Number.isNaN(seconds)) return undefined;
  return Math.min(Math.max(0, seconds), MAX_RETRY_AFTER_SECONDS);
}

export function isDiwanError(value: unknown): value is DiwanError {
  try {
    return value instanceof DiwanError || (value instanceof Error && value.name === 'DiwanError' && 'code' in value);
  } catch {
    return false; // a revoked Proxy throws even on instanceof
  }
}

function isOwnDiwanError(value: unknown): value is DiwanError {
  try {
    return value instanceof DiwanError;
  } catch {
    return false;
  }
}

const CODES: ReadonlySet<string> = new Set<DiwanErrorCode>([
  'network', 'timeout', 'http', 'invalid_response', 'not_found', 'rate_limited', 'unsupported', 'aborted', 'config',
]);

/** Reads a property of anything without throwing (getters that throw, revoked proxies). */
function read(value: unknown, key: string): unknown {
  try {
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

/** A message from anything: a string, an Error's message, else a fixed text (never a throwing toString). */
function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  const message = read(value, 'message');
  return typeof message === 'string' ? message : '';
}

function isDomException(value: unknown, name: string): boolean {
  try {
    return typeof DOMException !== 'undefined' && value instanceof DOMException && value.name === name;
  } catch {
    return false;
  }
}

/**
 * Wraps anything thrown into a DiwanError, keeping the original as `cause`. Never throws, whatever it is
 * given: `Object.create(null)`, an object whose `toString` or getters throw, a revoked Proxy. A DiwanError
 * from another copy of Diwan (another realm or bundle) is rebuilt, so its `retryAfter` is capped too.
 */
export function toDiwanError(value: unknown): DiwanError {
  if (isOwnDiwanError(value)) return value;
  if (isDiwanError(value)) {
    const code = read(value, 'code');
    const retryable = read(value, 'retryable');
    const status = read(value, 'status');
    const retryAfter = read(value, 'retryAfter');
    return new DiwanError(typeof code === 'string' && CODES.has(code) ? (code as DiwanErrorCode) : 'network', describe(value) || 'Backend error', {
      cause: value,
      retryable: typeof retryable === 'boolean' ? retryable : undefined,
      status: typeof status === 'number' ? status : undefined,
      retryAfter: typeof retryAfter === 'number' ? retryAfter : undefined,
    });
  }
  if (isDomException(value, 'AbortError')) {
    return new DiwanError('aborted', 'The request was cancelled.', { cause: value, retryable: false });
  }
  if (isDomException(value, 'TimeoutError')) {
    return new DiwanError('timeout', 'The server took too long to answer.', { cause: value });
  }
  return new DiwanError('network', describe(value) || 'Network error', { cause: value });
}
