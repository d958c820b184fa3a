// Failed attempts counted in the database — citizens' lookups per reference and per client, staff bearer
// tokens per client — so every server process shares the count. A lock-out ends by itself.
// Citizens' lookups reserve their attempt BEFORE the guess is checked (reserveAttempt): counting only after
// a wrong answer let a burst of guesses sent together all pass the lock check before the first was counted
// (the soak's brute-force part saw 50 guesses checked where 5 were allowed). Staff tokens are unguessable,
// so failed ones are simply counted after the fact (recordFailure).
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

/** The count after restarting it when the window has passed or a lock-out has ended (see recordFailure). */
const RESTART = `(lookup_attempts.window_started_at < now() - make_interval(secs => $4)
    or lookup_attempts.locked_until <= now())`;

export interface Attempt {
  /** False when a limit was already reached by attempts counted before this one: answer 429. */
  admitted: boolean;
  /** Seconds until the longest lock among the limits ends (for Retry-After when not admitted). */
  retryAfter: number;
  /** Gives the attempt back (a right guess is no failure; one not admitted was never checked); once. */
  release(): Promise<void>;
}

/**
 * Counts one attempt against each limit before the guess is checked (one atomic upsert per limit), so
 * guesses sent together are counted in turn. The attempt that reaches a limit is still checked and locks
 * it; later ones are not admitted. A right guess gives its attempt back; a success never resets a count.
 */
export async function reserveAttempt(db: Queryable, limits: readonly Limit[]): Promise<Attempt> {
  const counted = await Promise.all(limits.map(async (limit) => {
    const failures = `(case when ${RESTART} then 1 else lookup_attempts.failures + 1 end)`;
    const [row] = await db.query<{ failures: number; window: string; seconds: number | null }>(
      `insert into lookup_attempts as lookup_attempts (scope, key, failures, window_started_at, locked_until)
       values ($1, $2, 1, now(), case when 1 >= $3 then now() + make_interval(secs => $5) end)
       on conflict (scope, key) do update set
         failures = ${failures},
         window_started_at = case when ${RESTART} then now() else lookup_attempts.window_started_at end,
         locked_until = case when lookup_attempts.locked_until > now() then lookup_attempts.locked_until
                             when ${failures} >= $3 then now() + make_interval(secs => $5)
                             when ${RESTART} then null else lookup_attempts.locked_until end
       returning failures, window_started_at::text as window,
         greatest(0, ceil(extract(epoch from locked_until - now())))::int as seconds`,
      [limit.scope, limit.key, limit.maxFailures, limit.windowSeconds, limit.lockSeconds],
    );
    return { limit, failures: row!.failures, window: row!.window, seconds: row!.seconds ?? 0 };
  }));
  let released = false;
  return {
    admitted: counted.every(({ limit, failures }) => failures <= limit.maxFailures),
    retryAfter: Math.max(1, ...counted.map(({ seconds }) => seconds)),
    async release() {
      if (released) return;
      released = true;
      // only within the same window (a count restarted meanwhile is another window's); the window travels as
      // text: the driver would turn a timestamptz parameter into a Date and drop the microseconds
      await Promise.all(counted.map(({ limit, window }) => db.query(
        `update lookup_attempts set failures = failures - 1,
           locked_until = case when failures - 1 >= $3 then locked_until end
         where scope = $1 and key = $2 and window_started_at = $4::text::timestamptz and failures > 0`,
        [limit.scope, limit.key, limit.maxFailures, window],
      )));
    },
  };
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
