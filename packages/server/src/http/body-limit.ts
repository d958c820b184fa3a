// Request body size limits. A body with a Content-Length is judged by that header alone (Node's parser
// never delivers more than it says) and is then read straight from the socket by @hono/node-server;
// Hono's bodyLimit asks for `c.req.raw.body`, which builds a web ReadableStream around every body — a
// fifth of a lookup's server time (bench-results/server.md). Only chunked bodies, whose size nobody
// announced, go through Hono's bodyLimit, which counts them as they stream.
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from './errors.js';

function tooLarge(c: Context, maxSize: number): never {
  // The rest of the body is never read, so this connection cannot carry another request: say so, or a
  // client reusing it gets a reset instead of an answer.
  c.header('Connection', 'close');
  throw new ApiError(413, 'payload_too_large', `The request body is larger than ${maxSize} bytes.`, { retryable: false });
}

/** Refuses bodies over `maxSize` bytes with 413; GET and HEAD carry no body here and pass untouched. */
export function limitBodyTo(maxSize: number): MiddlewareHandler {
  const streamed = bodyLimit({ maxSize, onError: (c) => tooLarge(c, maxSize) });
  return (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    if (c.req.header('Transfer-Encoding') !== undefined) return streamed(c, next);
    const length = Number(c.req.header('Content-Length') ?? '0');
    return length > maxSize ? tooLarge(c, maxSize) : next();
  };
}
