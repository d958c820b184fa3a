// Failed attempts counted in the database — citizens' lookups per reference and per client, staff bearer
// tokens per client — so every server process shares the count. A lock-out ends by itself.
// Citizens' lookups count their attempt BEFORE the guess is answered, in the lookup's own statement
// (requests/lookup.ts): counting only after a wrong answer let a burst of guesses sent together all pass
// the lock check before the first was counted (the soak's brute-force part saw 50 guesses checked where 5
// were allowed). Staff tokens are unguessable, so failed ones are simply counted after the fact
// (recordFailure).
import type { Queryable } from '../db/database.js';

export interface Limit {
  scope: 'reference' | 'client' | 'staff';
  key: string;
  maxFailures: number;
  windowSeconds: number;
  lockSeconds: number;
}

/** Seconds until the longest lock among these keys ends; 0 when none is locked. */
export async function lockedFor(db: Queryable, limits: readonly Limit[]): Promise<number> {
  const rows = await db.query<{ seconds: number | null }>(
    `select ceil(extract(epoch from max(locked_until) - now()))::int as seconds from lookup_attempts
     where locked_until > now() and ((scope = $1 and key = $2) or (scope = $3 and key = $4))`,
    [limits[0]?.scope, limits[0]?.key, limits[1]?.scope ?? '', limits[1]?.key ?? ''],
  );
  return Math.max(0, rows[0]?.seconds ?? 0);
}

/** The count restarts when the window has passed or a lock-out has ended. */
const RESTART = `(lookup_attempts.window_started_at < now() - make_interval(secs => $4)
    or lookup_attempts.locked_until <= now())`;

/**
 * Gives back one attempt counted for a guess that was never answered (past a limit: requests/lookup.ts),
 * only within the same window (a count restarted meanwhile is another window's); the window travels as
 * text: the driver would turn a timestamptz parameter into a Date and drop the microseconds.
 */
export async function releaseAttempt(db: Queryable, limit: Limit, window: string): Promise<void> {
  await db.query(
    `update lookup_attempts set failures = failures - 1,
       locked_until = case when failures - 1 >= $3 then locked_until end
     where scope = $1 and key = $2 and window_started_at = $4::text::timestamptz and failures > 0`,
    [limit.scope, limit.key, limit.maxFailures, window],
  );
}

/**
 * Counts one failure. The count starts again when the window has passed or a lock-out has ended
 * (a success never resets it: one known pair must not unlock endless guessing).
 */
export async function recordFailure(db: Queryable, limit: Limit): Promise<void> {
  const restart = RESTART;
  const failures = `(case when ${restart} then 1 else lookup_attempts.failures + 1 end)`;
  await db.query(
    `insert into lookup_attempts as lookup_attempts (scope, key, failures, window_started_at, locked_until)
     values ($1, $2, 1, now(), case when 1 >= $3 then now() + make_interval(secs => $5) end)
     on conflict (scope, key) do update set
       failures = ${failures},
       window_started_at = case when ${restart} then now() else lookup_attempts.window_started_at end,
       locked_until = case when ${failures} >= $3 then now() + make_interval(secs => $5)
                           when ${restart} then null else lookup_attempts.locked_until end`,
    [limit.scope, limit.key, limit.maxFailures, limit.windowSeconds, limit.lockSeconds],
  );
}

/** Forgets attempts whose window and lock are long over (run now and then; keeps the table small). */
export async function pruneAttempts(db: Queryable, olderThanSeconds: number): Promise<void> {
  await db.query(
    `delete from lookup_attempts where window_started_at < now() - make_interval(secs => $1)
     and (locked_until is null or locked_until < now())`,
    [olderThanSeconds],
  );
}
