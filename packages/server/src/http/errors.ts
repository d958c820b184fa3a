// Every non-2xx answer is an ErrorBody { code, message, retryable }. Messages never repeat what the
// client sent (no reflected input, nothing personal in a proxy's error log) and never carry a stack.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody } from '@diwan/client/schemas';

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly options: { retryable?: boolean; retryAfter?: number } = {},
  ) {
    super(message);
  }
}

export function errorResponse(c: Context, error: ApiError): Response {
  const body: ErrorBody = { code: error.code, message: error.message };
  const retryable = error.options.retryable ?? (error.status === 408 || error.status === 429 || error.status >= 500);
  body.retryable = retryable;
  if (error.options.retryAfter !== undefined) c.header('Retry-After', String(error.options.retryAfter));
  c.header('Cache-Control', 'no-store');
  return c.json(body, error.status);
}

export const notFound = (what = 'There is nothing at this address.') => new ApiError(404, 'not_found', what);
