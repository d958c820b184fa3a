import type { Logger } from 'pino';
import type { CatalogueVersion } from '../catalogue/version.js';
import type { ServerConfig } from '../config.js';
import type { Database } from '../db/database.js';
import type { RequestChanges } from '../live/changes.js';
import type { Keys } from '../requests/keys.js';
import type { StaffPrincipal } from '../staff/tokens.js';

/** What the routes need; created once per process by startServer (or by a test). */
export interface AppDeps {
  db: Database;
  keys: Keys;
  config: ServerConfig;
  logger: Logger;
  /** Change fan-out (LISTEN/NOTIFY) for live tracking; without it the server offers no live updates. */
  changes?: RequestChanges;
  /** The catalogue version kept in memory (LISTEN/NOTIFY); without it each catalogue read queries it. */
  catalogueVersion?: CatalogueVersion;
}

/** Hono's per-request variables set by the app's middleware (`staff` on /staff routes, by staffAuth). */
export interface AppEnv {
  Variables: { requestId: string; clientAddress: string; staff?: StaffPrincipal };
}
