// CORS with an allow-list. Preflights (OPTIONS) are Hono's cors middleware as it is. On every other
// request the same headers are set on the finished response's own Headers: Hono's cors appends
// `Vary: Origin` with c.header() after the handler has answered, which rebuilds the Response around its
// body as a stream — measured at about as much as the rest of a 304 together (bench-results/server.md).
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

export interface CorsOptions {
  /** The allowed origin for this request's Origin header, or null. */
  origin(origin: string): string | null;
  allowMethods: string[];
  allowHeaders: string[];
  exposeHeaders: string[];
  maxAge: number;
}

export function corsAllowList(options: CorsOptions): MiddlewareHandler {
  const preflight = cors(options);
  const expose = options.exposeHeaders.join(',');
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    await next();
    const headers = c.res.headers;
    const allowed = options.origin(c.req.header('Origin') ?? '');
    if (allowed) headers.set('Access-Control-Allow-Origin', allowed);
    if (expose) headers.set('Access-Control-Expose-Headers', expose);
    // the answer depends on the Origin header, whether or not this one was allowed
    headers.append('Vary', 'Origin');
  };
}
