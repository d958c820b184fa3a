// The catalogue version (what every catalogue ETag is made of) kept in memory per process, so a 304
// needs no database round trip. It stays fresh through LISTEN/NOTIFY: the triggers that bump
// catalogue_version (migrations 001 and 009) also NOTIFY diwan_catalogue_changed with the new number,
// from whatever wrote — a staff route in any process, `diwan-server import`, plain SQL — and PostgreSQL
// delivers it after the commit to every listening process. Fallbacks, because a notification can be missed:
//   - each time the LISTEN connection is (re)established the version is read again;
//   - a value not confirmed (by a read or a notification) for `maxAgeMs` is read again before it is
//     used — one query shared by the requests waiting for it — which bounds how stale a process can be
//     even if its LISTEN connection is silently gone;
//   - a process that changed the catalogue itself reads the version again before it answers (refresh()),
//     so an editor's next read from the same process already carries the new ETag.
// The version only grows (version = version + 1 in one row), so the highest number seen wins: a late
// notification can never take the version back.
import type { Database } from '../db/database.js';
import { catalogueVersion } from './queries.js';

export const CATALOGUE_CHANGED_CHANNEL = 'diwan_catalogue_changed';

export interface CatalogueVersion {
  /** The current version: from memory when recently confirmed, else one (shared) query. */
  current(): string | Promise<string>;
  /** Reads the version now (after this process changed the catalogue) and keeps it. */
  refresh(): Promise<string>;
  /** Stops listening. */
  close(): Promise<void>;
}

export interface FollowOptions {
  /** How long a version is used without a read or a notification confirming it (default 5 s). */
  maxAgeMs?: number;
  /** A missed or malformed notification (logged by the caller). */
  onError?(error: unknown): void;
}

/** No LISTEN (an app without startServer): one query per request, always current. */
export function readCatalogueVersion(db: Database): CatalogueVersion {
  const read = () => catalogueVersion(db);
  return { current: read, refresh: read, close: async () => undefined };
}

const later = (a: string | undefined, b: string): string => (a === undefined || BigInt(b) > BigInt(a) ? b : a);

/** LISTENs on diwan_catalogue_changed (on the process's one listening connection) and keeps the version. */
export async function followCatalogueVersion(db: Database, options: FollowOptions = {}): Promise<CatalogueVersion> {
  const maxAgeMs = options.maxAgeMs ?? 5000;
  let version: string | undefined;
  let confirmedAt = 0;
  let shared: Promise<string> | undefined;

  const keep = (seen: string) => {
    version = later(version, seen);
    confirmedAt = performance.now();
    return version;
  };
  // a fresh query each time: a read begun before a commit must not stand in for one made after it
  const refresh = async () => keep(await catalogueVersion(db));
  const reread = () => {
    shared ??= refresh().finally(() => {
      shared = undefined;
    });
    return shared;
  };

  const stop = await db.listen(
    CATALOGUE_CHANGED_CHANNEL,
    (payload) => {
      if (/^\d{1,19}$/.test(payload)) keep(payload);
      else reread().catch(options.onError); // not ours: read the truth
    },
    // (re)connected: notifications may have been missed while the connection was down
    () => void reread().catch(options.onError),
  );
  await refresh();

  return {
    current: () => (version !== undefined && performance.now() - confirmedAt <= maxAgeMs ? version : reread()),
    refresh,
    close: stop,
  };
}
