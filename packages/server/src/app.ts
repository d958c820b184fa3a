// The Hono application: the Diwan REST contract under /api/v1, health checks, the contract's reference,
// and (optionally) a static folder at / — the demo ministry page in `npm start`.
import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import { getConnInfo } from '@hono/node-server/conninfo';
import { pendingMigrations } from './db/migrate.js';
import { requestBodyRules } from './http/request-body.js';
import { clientAddress } from './http/client-address.js';
import { corsAllowList } from './http/cors.js';
import { ApiError, errorResponse, notFound } from './http/errors.js';
import { staticFiles } from './http/static.js';
import { capabilitiesRoutes, SERVER_CAPABILITIES, withoutLive } from './routes/capabilities.js';
import { catalogueRoutes } from './routes/catalogue.js';
import type { AppDeps, AppEnv } from './routes/deps.js';
import { feedbackRoutes } from './routes/feedback.js';
import { eventsRoutes } from './routes/events.js';
import { lookupRoutes } from './routes/lookup.js';
import { referenceRoutes } from './routes/reference.js';
import { staffAdminRoutes } from './routes/staff-admin.js';
import { staffCatalogueRoutes } from './routes/staff-catalogue.js';
import { staffInsightsRoutes } from './routes/staff-insights.js';
import { staffRequestRoutes } from './routes/staff-requests.js';
import { staffAuth } from './staff/auth.js';

export type { AppDeps } from './routes/deps.js';

export const API_BASE = '/api/v1';

const API_CSP = "default-src 'none'; frame-ancestors 'none'";
const REQUEST_ID = /^[\w\-=]+$/;
const EVENTS_PATH = '/requests/events/';
const EVENTS_TOKEN = /(\/requests\/events\/)[^/]+$/;

// Set on the finished response's own headers (as hono/secure-headers does): c.header() after the handler
// has answered rebuilds the Response around its body as a stream, once per call — that alone cost a
// 304 more than half of its time (bench-results/server.md).
function securityHeaders(c: Context): void {
  const headers = c.res.headers;
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('Referrer-Policy', 'no-referrer');
  headers.set('Cross-Origin-Resource-Policy', c.req.path.startsWith(API_BASE) ? 'cross-origin' : 'same-origin');
  headers.set('X-Frame-Options', 'DENY');
  if (!headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', API_CSP);
}

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const { config, logger } = deps;
  const app = new Hono<AppEnv>();

  // Every request: an id (the caller's X-Request-Id when it is a plain token, as behind a proxy that sets
  // one; else a fresh UUID), the client's address, security headers, and one log line. One middleware,
  // not three: a 304 is so little work that each layer showed in its cost (bench-results/server.md).
  app.use(async (c, next) => {
    const given = c.req.header('X-Request-Id');
    const id = given && given.length <= 255 && REQUEST_ID.test(given) ? given : randomUUID();
    c.set('requestId', id);
    c.header('X-Request-Id', id);
    let socket: string | undefined;
    try {
      socket = getConnInfo(c).remote.address;
    } catch {
      socket = undefined; // not on a Node socket (app.request in tests)
    }
    c.set('clientAddress', clientAddress(socket, c.req.header('X-Forwarded-For'), config.trustProxy));
    const started = performance.now();
    await next();
    // A 304 only refreshes a response the client has stored, which keeps its own security headers
    // (RFC 9111 §4.3.4: the stored headers are updated, not replaced): it carries none, and so stays small.
    if (c.res.status !== 304) securityHeaders(c);
    // One line per request, at info for what changed or failed, at debug for reads that succeeded: the
    // catalogue's revalidations (a 304 per page view of every citizen) would fill the info log, and its
    // line cost a 304 a fifth of its server time (bench-results/server.md). LOG_LEVEL=debug logs them all.
    const method = c.req.method;
    const status = c.res.status;
    const level = status < 400 && (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') ? 'debug' : 'info';
    if (!logger.isLevelEnabled(level)) return;
    // The path only: no query string, no body, no header values (verification values and comments
    // travel in bodies and are never logged).
    const path = c.req.path;
    logger[level]({
      requestId: id,
      method,
      // an events URL's token opens a request's stream: kept out of the logs like a password
      path: path.includes(EVENTS_PATH) ? path.replace(EVENTS_TOKEN, '$1…') : path,
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    }, 'request');
  });

  const api = new Hono<AppEnv>();
  // Citizens' routes may be called from ministry pages on other origins: an allow-list, never a wildcard
  // by default. Staff routes are never CORS-exposed unless their own allow-list (DIWAN_STAFF_CORS_ORIGINS,
  // never `*`) names the staff console's origin: the citizen list never opens them.
  const citizenCors = corsAllowList({
    origin: (origin) => (config.corsOrigins.includes('*') || config.corsOrigins.includes(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Idempotency-Key', 'Accept-Language', 'If-None-Match', 'Last-Event-ID'],
    exposeHeaders: ['ETag', 'Retry-After', 'X-Request-Id'],
    maxAge: 600,
  });
  const staffCors = corsAllowList({
    origin: (origin) => (config.staff.corsOrigins.includes(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'PUT', 'OPTIONS'],
    allowHeaders: ['Authorization', 'Content-Type', 'Accept-Language'],
    exposeHeaders: ['Retry-After', 'X-Request-Id'],
    maxAge: 600,
  });
  const isStaff = (path: string) => path.startsWith(`${API_BASE}/staff/`) || path === `${API_BASE}/staff`;
  api.use((c, next) => {
    if (!isStaff(c.req.path)) return citizenCors(c, next);
    return config.staff.corsOrigins.length ? staffCors(c, next) : next();
  });
  // Every route under /staff (whoever adds it) needs a valid bearer token; each route then names its scope.
  api.use('/staff/*', staffAuth(deps));
  // Citizens send small bodies; editors send whole services and rules documents.
  const citizenBodies = requestBodyRules(config.bodyLimit);
  const staffBodies = requestBodyRules(config.staff.bodyLimit);
  api.use((c, next) => (isStaff(c.req.path) ? staffBodies : citizenBodies)(c, next));
  // The catalogue sends bodies it gzipped once per catalogue version (http/cached-json.ts), and its most
  // frequent answer is a 304 with none: it is mounted before the compression middleware, which it would
  // only pass through. (Hono runs the middleware registered before a route, not after.)
  api.route('/', catalogueRoutes(deps));
  // Hono's compress adds `Vary: Accept-Encoding` with c.header() after the handler, which rebuilds the
  // response around a stream even when it then compresses nothing; said up front, it adds nothing.
  const compressed = compress();
  api.use((c, next) => {
    c.header('Vary', 'Accept-Encoding');
    return compressed(c, next);
  });
  // live updates need the change fan-out that startServer sets up; an app without it declares none
  api.route('/', capabilitiesRoutes(deps.changes ? SERVER_CAPABILITIES : withoutLive(SERVER_CAPABILITIES)));
  api.route('/', lookupRoutes(deps));
  api.route('/', eventsRoutes(deps));
  api.route('/', feedbackRoutes(deps));
  api.route('/', referenceRoutes());
  api.route('/', staffAdminRoutes(deps));
  api.route('/', staffInsightsRoutes(deps, config.channelCosts));
  api.route('/', staffRequestRoutes(deps));
  api.route('/', staffCatalogueRoutes(deps));
  api.all('*', () => {
    throw notFound();
  });
  app.route(API_BASE, api);

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    try {
      const pending = await pendingMigrations(deps.db);
      if (pending.length) throw new ApiError(503, 'not_ready', `${pending.length} migration(s) not applied yet.`);
      return c.json({ status: 'ready', database: deps.db.kind });
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw new ApiError(503, 'not_ready', 'The database does not answer.');
    }
  });

  if (config.staticDir) app.route('/', staticFiles(config.staticDir));

  app.notFound((c) => errorResponse(c, notFound()));
  app.onError((error, c) => {
    if (error instanceof ApiError) return errorResponse(c, error);
    if (error instanceof HTTPException) {
      const known: Record<number, ApiError> = {
        400: new ApiError(400, 'invalid_request', 'The request body is not valid JSON.', { retryable: false }),
        413: new ApiError(413, 'payload_too_large', 'The request body is too large.', { retryable: false }),
      };
      return errorResponse(c, known[error.status] ?? new ApiError(error.status as 400, 'http', 'The request cannot be handled.'));
    }
    // Name and SQLSTATE only: a driver's message can quote a value the client sent.
    const { name, code } = error as Error & { code?: string };
    logger.error({ requestId: c.get('requestId'), err: { name, code } }, 'unexpected error');
    return errorResponse(c, new ApiError(500, 'internal', 'Something went wrong on the server. Try again later.'));
  });

  return app;
}
