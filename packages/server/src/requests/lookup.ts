// A citizen's lookup as ONE statement (one round trip, prepared once per connection): the lock check for
// the reference and the client, the verifier comparison, the record when it matches, and — when it does
// not — one more failure counted for both, all in one snapshot. It replaces three to four statements in
// a row (lock check, verifiers, record or two failure upserts), each of which also waited for its own
// parse and describe.
//
// Not found and mismatch take the same path: no record is read for either, the same two counters are
// written, and the same single row comes back. The comparison is of keyed hashes (HMAC-SHA-256 under
// the server secret, computed before the query): a client cannot choose the bytes compared, and both
// sides are hashed once more (sha256) before `=`, so where a byte-wise comparison stops says nothing
// about the stored value (the double-hash comparison; it stands in for a constant-time compare).
import type { RequestRecord } from '@diwan/client/schemas';
import type { LookupLimits } from '../config.js';
import type { Queryable } from '../db/database.js';
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

export type LookupResult = { lockedFor: number } | { record: RequestRecord } | { notFound: true };

// $1 reference key, $2 client key, $3 candidate hash, $4 verification sent, $5 window seconds,
// $6/$7 per-reference max failures / lock seconds, $8/$9 per-client max failures / lock seconds.
// A failure restarts the count when the window has passed or a lock-out has ended (a success never resets
// it: one known pair must not unlock endless guessing) — the same rules as requests/attempts.ts.
const RESTART = '(a.window_started_at < now() - make_interval(secs => $5) or a.locked_until <= now())';
const FAILURES = `(case when ${RESTART} then 1 else a.failures + 1 end)`;
const MAX_FAILURES = "(case a.scope when 'reference' then $6::int else $8::int end)";
const LOCK_SECONDS = "(case a.scope when 'reference' then $7::int else $9::int end)";

const LOOKUP = `
with lock as (
  select coalesce(ceil(extract(epoch from max(a.locked_until) - now()))::int, 0) as seconds from lookup_attempts a
  where a.locked_until > now() and ((a.scope = 'reference' and a.key = $1) or (a.scope = 'client' and a.key = $2))
), found as (
  select r.reference from requests r, lock
  where lock.seconds <= 0 and $4::boolean and r.reference_key = $1
    and exists (select 1 from request_verifiers v where v.reference = r.reference and sha256(v.value_hash) = sha256($3::bytea))
), failed as (
  insert into lookup_attempts as a (scope, key, failures, window_started_at, locked_until)
  select counter.scope, counter.key, 1, now(), case when 1 >= counter.max_failures then now() + make_interval(secs => counter.lock_seconds) end
  from (values ('reference', $1::text, $6::int, $7::int), ('client', $2::text, $8::int, $9::int)) as counter (scope, key, max_failures, lock_seconds)
  where (select seconds from lock) <= 0 and not exists (select 1 from found)
  on conflict (scope, key) do update set
    failures = ${FAILURES},
    window_started_at = case when ${RESTART} then now() else a.window_started_at end,
    locked_until = case when ${FAILURES} >= ${MAX_FAILURES} then now() + make_interval(secs => ${LOCK_SECONDS})
                        when ${RESTART} then null else a.locked_until end
)
select lock.seconds as locked_for, ${RECORD_COLUMNS}
from lock left join found f on true left join requests r on r.reference = f.reference left join services s on s.id = r.service_id`;

export async function lookUpRequest(db: Queryable, input: LookupInput, limits: LookupLimits): Promise<LookupResult> {
  const [row] = await db.query<{ locked_for: number } & RecordRow>(LOOKUP, [
    input.referenceKey, input.clientKey, input.candidate, input.hasVerification, limits.windowSeconds,
    limits.perReference, limits.lockSeconds, limits.perClient, limits.clientLockSeconds,
  ]);
  if (row!.locked_for > 0) return { lockedFor: row!.locked_for };
  return row!.reference ? { record: toRequestRecord(row!) } : { notFound: true };
}
