// POST /requests/lookup: a request by reference and verification value, in one statement
// (requests/lookup.ts). "No such reference" and "wrong value" take the same path (same statement, same
// counts) and give the same 404 body, so neither the answer nor its timing tells them apart. Each guess
// is counted against the reference's and the client's limits before it is answered, so a burst of
// guesses sent together gets no more answers than the limits allow.
import { Hono } from 'hono';
import { RequestLookup } from '@diwan/client/schemas';
import { ApiError } from '../http/errors.js';
import { validated } from '../http/validate.js';
import { referenceKey } from '../requests/keys.js';
import { lookUpRequest } from '../requests/lookup.js';
import type { AppDeps, AppEnv } from './deps.js';
import { eventsUrlFor } from './events.js';

const NO_MATCH = 'No request matches this reference and verification value.';

const LOOKUP_PATH = '/requests/lookup';

export function lookupRoutes(deps: AppDeps): Hono<AppEnv> {
  const { db, keys, config } = deps;
  const app = new Hono<AppEnv>();

  app.post(LOOKUP_PATH, validated('json', RequestLookup), async (c) => {
    const { reference, verification } = c.req.valid('json');
    const result = await lookUpRequest(db, {
      referenceKey: referenceKey(reference),
      clientKey: keys.client(c.get('clientAddress')),
      candidate: keys.verifier(reference, verification ?? ''),
      hasVerification: verification !== undefined,
    }, config.lookup);
    if ('retryAfter' in result) {
      throw new ApiError(429, 'rate_limited', `Too many attempts. Try again in ${result.retryAfter} seconds.`, { retryAfter: result.retryAfter });
    }
    c.header('Cache-Control', 'no-store');
    if ('notFound' in result) throw new ApiError(404, 'not_found', NO_MATCH, { retryable: false }); // the attempt stays counted
    const { record } = result;
    if (!deps.changes) return c.json(record);
    // live updates: a signed, expiring token URL on the same API base (routes/events.ts)
    const apiBase = c.req.path.slice(0, -LOOKUP_PATH.length);
    return c.json({ ...record, eventsUrl: eventsUrlFor(c, deps, apiBase, record.reference) });
  });

  return app;
}
