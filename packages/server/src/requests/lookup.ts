// A citizen's lookup as ONE statement (one round trip, prepared once per connection), with the attempt
// rules of requests/attempts.ts:
//   - a reference or client already locked: refused (429) without counting;
//   - every guess is counted against both limits BEFORE its answer is decided, in one upsert that takes
//     the counters' row locks, so guesses sent together are decided in turn (a burst of 40 wrong values
//     gets 5 answers, not 40); the guess that reaches a limit is still answered and locks it;
//   - a right guess counts nothing and resets nothing, and takes no row lock: it is answered unless the
//     reference or the client is locked (so citizens looking up the same request at once, or behind one
//     address, do not queue behind each other); a wrong guess over a limit is answered 429 and given
//     back (releaseAttempt: the one case with a second statement — an attack, not a citizen);
//   - the record is read only for a right guess within the limits.
// Not found and mismatch are the same path: the same counts, no record, the same single row back. The
// comparison is of keyed hashes (HMAC-SHA-256 under the server secret, computed before the query): a
// client cannot choose the bytes compared, and both sides are hashed once more (sha256) before `=`, so
// where a byte-wise comparison stops says nothing about the stored value (the double-hash comparison, in
// place of a constant-time compare). Before, a lookup was four statements in a row plus two more to give
// a right guess's attempt back, each waiting for its own Parse/Describe round trip.
import type { RequestRecord } from '@diwan/client/schemas';
import type { LookupLimits } from '../config.js';
import type { Queryable } from '../db/database.js';
import { releaseAttempt, type Limit } from './attempts.js';
import { RECORD_COLUMNS, toRequestRecord, type RecordRow } from './queries.js';

export interface LookupInput {
  /** referenceKey(reference) */
  referenceKey: string;
  /** keys.client(address) */
  clientKey: string;
  /** keys.verifier(reference, verification) */
  candidate: Buffer;
  /** False when no verification value was sent: never a match. */
  hasVerification: boolean;
}

export type LookupResult = { retryAfter: number } | { record: RequestRecord } | { notFound: true };

// $1 reference key, $2 client key, $3 candidate hash, $4 verification sent, $5 window seconds,
// $6/$7 per-reference max failures / lock seconds, $8/$9 per-client max failures / lock seconds.
// excluded.failures is the guess's step: 1 when wrong, 0 when right.
const RESTART = '(a.window_started_at < now() - make_interval(secs => $5) or a.locked_until <= now())';
const FAILURES = `(case when ${RESTART} then excluded.failures else a.failures + excluded.failures end)`;
const MAX_FAILURES = (scope: string) => `(case ${scope} when 'reference' then $6::int else $8::int end)`;
const LOCK_SECONDS = (scope: string) => `(case ${scope} when 'reference' then $7::int else $9::int end)`;

const LOOKUP = `
with lock as (
  select coalesce(ceil(extract(epoch from max(a.locked_until) - now()))::int, 0) as seconds from lookup_attempts a
  where a.locked_until > now() and ((a.scope = 'reference' and a.key = $1) or (a.scope = 'client' and a.key = $2))
), matched as (
  select r.reference from requests r
  where $4::boolean and r.reference_key = $1
    and exists (select 1 from request_verifiers v where v.reference = r.reference and sha256(v.value_hash) = sha256($3::bytea))
), guess as (
  select case when exists (select 1 from matched) then 0 else 1 end as step
), counted as (
  insert into lookup_attempts as a (scope, key, failures, window_started_at, locked_until)
  select c.scope, c.key, guess.step, now(),
    case when guess.step >= ${MAX_FAILURES('c.scope')} then now() + make_interval(secs => ${LOCK_SECONDS('c.scope')}) end
  from (values ('reference', $1::text), ('client', $2::text)) as c (scope, key), guess
  where (select seconds from lock) <= 0 and guess.step = 1
  on conflict (scope, key) do update set
    failures = ${FAILURES},
    window_started_at = case when ${RESTART} then now() else a.window_started_at end,
    locked_until = case when a.locked_until > now() then a.locked_until
                        when ${FAILURES} >= ${MAX_FAILURES('a.scope')} then now() + make_interval(secs => ${LOCK_SECONDS('a.scope')})
                        when ${RESTART} then null else a.locked_until end
  returning a.scope, a.failures, a.window_started_at::text as window,
    greatest(0, ceil(extract(epoch from a.locked_until - now())))::int as seconds
), decided as (
  -- a wrong guess: within the limits when its place in the count is not past them; a right one (nothing
  -- counted, no row lock taken): when neither the reference nor the client is locked
  select coalesce(bool_and(c.failures <= ${MAX_FAILURES('c.scope')}), (select step from guess) = 0 and (select seconds from lock) <= 0) as admitted,
    max(c.seconds) as seconds,
    max(c.window) filter (where c.scope = 'reference') as reference_window,
    max(c.window) filter (where c.scope = 'client') as client_window
  from counted c, guess
)
select lock.seconds as locked_for, d.admitted, d.seconds as retry_after, d.reference_window, d.client_window, guess.step,
  ${RECORD_COLUMNS}
from lock cross join decided d cross join guess
  left join matched m on d.admitted
  left join requests r on r.reference = m.reference
  left join services s on s.id = r.service_id`;

interface LookupRow extends RecordRow {
  locked_for: number;
  admitted: boolean;
  retry_after: number | null;
  reference_window: string | null;
  client_window: string | null;
  step: number;
}

export async function lookUpRequest(db: Queryable, input: LookupInput, limits: LookupLimits): Promise<LookupResult> {
  const [row] = await db.query<LookupRow>(LOOKUP, [
    input.referenceKey, input.clientKey, input.candidate, input.hasVerification, limits.windowSeconds,
    limits.perReference, limits.lockSeconds, limits.perClient, limits.clientLockSeconds,
  ]);
  if (row!.locked_for > 0) return { retryAfter: row!.locked_for };
  if (!row!.admitted) {
    // a wrong guess past a limit was counted but never answered: give it back (a right one added nothing)
    if (row!.step === 1) {
      const counted: [Limit, string | null][] = [
        [{ scope: 'reference', key: input.referenceKey, maxFailures: limits.perReference, windowSeconds: limits.windowSeconds, lockSeconds: limits.lockSeconds }, row!.reference_window],
        [{ scope: 'client', key: input.clientKey, maxFailures: limits.perClient, windowSeconds: limits.windowSeconds, lockSeconds: limits.clientLockSeconds }, row!.client_window],
      ];
      await Promise.all(counted.map(([limit, window]) => (window ? releaseAttempt(db, limit, window) : undefined)));
    }
    return { retryAfter: Math.max(1, row!.retry_after ?? 0) };
  }
  return row!.reference ? { record: toRequestRecord(row!) } : { notFound: true };
}
