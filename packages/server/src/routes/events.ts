// GET /requests/events/{token}: a request's live updates as server-sent events. The token (live/tokens.ts)
// names the request without showing it and expires; an unknown or altered token is a 404, an expired
// one a 410 (the client then looks the request up again), never a 5xx. The stream sends the current
// record at once (unless Last-Event-ID says the client has it), then the whole record on every change
// (fanned out by live/changes.ts from LISTEN/NOTIFY), a comment line as heartbeat, and ends when the
// token expires, the request disappears or the server shuts down.
import { createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { stream } from 'hono/streaming';
import type { RequestRecord } from '@diwan/client/schemas';
import { ApiError } from '../http/errors.js';
import { createEventTokens, type EventTokens } from '../live/tokens.js';
import type { AppDeps, AppEnv } from './deps.js';

/** Where the streams live, below the API base (DIWAN_REST_PATHS.requestEvents in the client). */
export const EVENTS_PATH = '/requests/events';

const tokensByDeps = new WeakMap<AppDeps, EventTokens>();

/** The deps' token sealer (one per app: its key comes from the server secret). */
export function eventTokens(deps: AppDeps): EventTokens {
  let tokens = tokensByDeps.get(deps);
  if (!tokens) {
    tokens = createEventTokens(deps.keys.derive('events-token'), deps.config.live.tokenSeconds);
    tokensByDeps.set(deps, tokens);
  }
  return tokens;
}

/**
 * Where the client reached this server: the request's own origin, or — only behind trusted proxies
 * (DIWAN_TRUST_PROXY) — what they say: X-Forwarded-Proto and -Host, and X-Forwarded-Prefix for a gateway
 * that serves the API under a path of its own. So the eventsUrl is on the origin (and path) the client's
 * adapter accepts.
 */
function publicBase(c: Context, trustProxy: number): string {
  const own = new URL(c.req.url);
  if (trustProxy <= 0) return own.origin;
  const first = (name: string) => c.req.header(name)?.split(',')[0]?.trim();
  const proto = first('X-Forwarded-Proto');
  const prefix = first('X-Forwarded-Prefix') ?? '';
  try {
    const origin = new URL(`${proto === 'https' || proto === 'http' ? proto : own.protocol.slice(0, -1)}://${first('X-Forwarded-Host') || own.host}`).origin;
    return /^(\/[A-Za-z0-9._~-]+)*$/.test(prefix) ? origin + prefix : origin;
  } catch {
    return own.origin;
  }
}

/** A fresh eventsUrl for `reference`: absolute, where the client reached the API, the token its only secret. */
export function eventsUrlFor(c: Context, deps: AppDeps, apiBase: string, reference: string): string {
  return `${publicBase(c, deps.config.trustProxy)}${apiBase}${EVENTS_PATH}/${eventTokens(deps).issue(reference).token}`;
}

/** A record's version, the stream's event id: a digest of its content, so equal records have equal ids. */
export function recordVersion(record: RequestRecord): string {
  const { eventsUrl: _url, ...content } = record;
  return createHash('sha256').update(JSON.stringify(content)).digest('base64url').slice(0, 22);
}

const LAST_EVENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function eventsRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { changes, config } = deps;
  if (!changes) return app; // live updates off: capabilities say 'none'

  app.get(`${EVENTS_PATH}/:token`, (c) => {
    const opened = eventTokens(deps).open(c.req.param('token'));
    if (opened === undefined) throw new ApiError(404, 'not_found', 'There is no event stream at this address.', { retryable: false });
    if (opened === 'expired') throw new ApiError(410, 'expired', 'This event stream has expired: look the request up again.', { retryable: false });
    const lastEventId = c.req.header('Last-Event-ID')?.trim();
    const eventsUrl = `${publicBase(c, config.trustProxy)}${c.req.path}`;
    c.header('Content-Type', 'text/event-stream; charset=utf-8');
    c.header('Cache-Control', 'no-store');
    c.header('X-Accel-Buffering', 'no'); // nginx: pass events on as they come
    return stream(c, async (stream) => {
      let sent = lastEventId && LAST_EVENT_ID.test(lastEventId) ? lastEventId : undefined;
      let writing = Promise.resolve();
      let ended = false;
      let wake: () => void = () => undefined;
      const end = (): void => {
        ended = true;
        wake();
      };
      // records go out in order, one write at a time; an unchanged record (same id) is not sent again
      const unsubscribe = changes.subscribe(opened.reference, {
        record(record) {
          const id = recordVersion(record);
          if (id === sent || ended) return;
          sent = id;
          // JSON.stringify escapes line breaks, so the record is one data line
          writing = writing.then(() => stream.write(`id: ${id}\ndata: ${JSON.stringify({ ...record, eventsUrl })}\n\n`)).then(() => undefined, end);
        },
        end,
      });
      stream.onAbort(end);
      try {
        await stream.write('retry: 2000\n\n');
        // heartbeats until the token expires, the client leaves, the request goes or the server stops
        while (!ended && !stream.aborted) {
          const left = opened.expiresAt - Date.now();
          if (left <= 0) break;
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, Math.min(config.live.heartbeatMs, left));
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          if (!ended && !stream.aborted) writing = writing.then(() => stream.write(': ping\n\n')).then(() => undefined, end);
        }
        await writing;
      } finally {
        unsubscribe();
      }
    });
  });

  return app;
}
