// What a request body must be: JSON (else 415) and no larger than a limit (else 413). A body with a
// Content-Length is judged by that header alone (Node's parser never delivers more than it says) and is
// then read straight from the socket by @hono/node-server; Hono's bodyLimit asks for `c.req.raw.body`,
// which builds a web ReadableStream around every body — a fifth of a lookup's server time
// (bench-results/server.md). Only chunked bodies, whose size nobody announced, go through Hono's
// bodyLimit, which counts them as they stream. One middleware, not two: every request passes here.
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from './errors.js';

const JSON_TYPE = /^application\/json\s*(;|$)/i;

function tooLarge(c: Context, maxSize: number): never {
  // The rest of the body is never read, so this connection cannot carry another request: say so, or a
  // client reusing it gets a reset instead of an answer.
  c.header('Connection', 'close');
  throw new ApiError(413, 'payload_too_large', `The request body is larger than ${maxSize} bytes.`, { retryable: false });
}

/** Refuses bodies over `maxSize` bytes (413) and bodies that are not JSON (415); GET and HEAD pass untouched. */
export function requestBodyRules(maxSize: number): MiddlewareHandler {
  const streamed = bodyLimit({ maxSize, onError: (c) => tooLarge(c, maxSize) });
  return (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') return next();
    const chunked = c.req.header('Transfer-Encoding') !== undefined;
    const length = Number(c.req.header('Content-Length') ?? '0');
    if (!chunked && length > maxSize) tooLarge(c, maxSize);
    // a POST without a body (POST …/retire) needs no type
    if ((method === 'POST' || method === 'PUT') && (chunked || length > 0) && !JSON_TYPE.test(c.req.header('Content-Type') ?? '')) {
      throw new ApiError(415, 'unsupported_media_type', 'Send the request body as application/json.', { retryable: false });
    }
    return chunked ? streamed(c, next) : next();
  };
}
