// POST /requests/lookup: a request by reference and verification value. "No such reference" and
// "wrong value" take the same path (same queries, same hash comparisons, same counts) and give the same
// 404 body, so neither the answer nor its timing tells them apart. Each guess is counted against the
// reference's and the client's limits before it is checked (requests/attempts.ts), so a burst of guesses
// sent together gets no more checks than the limits allow.
import { Hono } from 'hono';
import { RequestLookup } from '@diwan/client/schemas';
import { ApiError } from '../http/errors.js';
import { validated } from '../http/validate.js';
import { lockedFor, reserveAttempt, type Limit } from '../requests/attempts.js';
import { referenceKey } from '../requests/keys.js';
import { loadRequest, verifiersFor } from '../requests/queries.js';
import type { AppDeps, AppEnv } from './deps.js';
import { eventsUrlFor } from './events.js';

const NO_MATCH = 'No request matches this reference and verification value.';

const LOOKUP_PATH = '/requests/lookup';

export function lookupRoutes(deps: AppDeps): Hono<AppEnv> {
  const { db, keys, config } = deps;
  const app = new Hono<AppEnv>();
  const { lookup: limits } = config;

  app.post(LOOKUP_PATH, validated('json', RequestLookup), async (c) => {
    const { reference, verification } = c.req.valid('json');
    const counters: Limit[] = [
      { scope: 'reference', key: referenceKey(reference), maxFailures: limits.perReference, windowSeconds: limits.windowSeconds, lockSeconds: limits.lockSeconds },
      { scope: 'client', key: keys.client(c.get('clientAddress')), maxFailures: limits.perClient, windowSeconds: limits.windowSeconds, lockSeconds: limits.clientLockSeconds },
    ];
    const tooMany = (wait: number) => new ApiError(429, 'rate_limited', `Too many attempts. Try again in ${wait} seconds.`, { retryAfter: wait });
    // locked already: refused without counting (a citizen retrying a locked reference spends nothing)
    const wait = await lockedFor(db, counters);
    if (wait > 0) throw tooMany(wait);
    const attempt = await reserveAttempt(db, counters);
    if (!attempt.admitted) {
      await attempt.release();
      throw tooMany(attempt.retryAfter);
    }
    const stored = await verifiersFor(db, reference);
    const candidate = keys.verifier(reference, verification ?? '');
    const matched = keys.matches(candidate, stored.hashes) && verification !== undefined && stored.reference !== undefined;
    c.header('Cache-Control', 'no-store');
    if (!matched) throw new ApiError(404, 'not_found', NO_MATCH, { retryable: false }); // the attempt stays counted
    await attempt.release();
    const record = await loadRequest(db, stored.reference!);
    if (!record) throw new ApiError(404, 'not_found', NO_MATCH, { retryable: false });
    if (!deps.changes) return c.json(record);
    // live updates: a signed, expiring token URL on the same API base (routes/events.ts)
    const apiBase = c.req.path.slice(0, -LOOKUP_PATH.length);
    return c.json({ ...record, eventsUrl: eventsUrlFor(c, deps, apiBase, record.reference) });
  });

  return app;
}
