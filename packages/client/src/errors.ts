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
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable ?? RETRYABLE_BY_DEFAULT.has(code);
    this.status = options.status;
    this.retryAfter = options.retryAfter;
  }
}

export function isDiwanError(value: unknown): value is DiwanError {
  return value instanceof DiwanError || (value instanceof Error && value.name === 'DiwanError' && 'code' in value);
}

/** Wraps anything thrown into a DiwanError, keeping the original as `cause`. */
export function toDiwanError(value: unknown): DiwanError {
  if (isDiwanError(value)) return value;
  if (value instanceof DOMException && value.name === 'AbortError') {
    return new DiwanError('aborted', 'The request was cancelled.', { cause: value, retryable: false });
  }
  if (value instanceof DOMException && value.name === 'TimeoutError') {
    return new DiwanError('timeout', 'The server took too long to answer.', { cause: value });
  }
  const message = value instanceof Error ? value.message : String(value);
  return new DiwanError('network', message || 'Network error', { cause: value });
}
