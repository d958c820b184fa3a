// Opens the configured database: PostgreSQL when DATABASE_URL is set, else PGlite in the data folder
// (taking its lock, and its secret from the folder unless DIWAN_SECRET is set).
import { ConfigError, type ServerConfig } from '../config.js';
import { createKeys, type Keys } from '../requests/keys.js';
import { dataDirSecret, lockDataDir, pgdataPath } from './data-dir.js';
import { openPglite, openPostgres, type Database } from './database.js';

export interface Store {
  db: Database;
  keys: Keys;
  /** Records where this process serves HTTP (in the lock file), so CLI commands can say so. */
  announce(url: string): void;
  close(): Promise<void>;
}

export async function openStore(config: ServerConfig, command: string): Promise<Store> {
  if (config.databaseUrl) {
    if (!config.secret) {
      throw new ConfigError(
        'DIWAN_SECRET is required with DATABASE_URL: every server process must hash verification values with the ' +
          'same key. Set it to 32 or more random characters (e.g. `openssl rand -hex 32`) and keep it with your other secrets.',
      );
    }
    const db = await openPostgres(config.databaseUrl);
    return { db, keys: createKeys(config.secret), announce: () => {}, close: () => db.close() };
  }
  const lock = lockDataDir(config.dataDir, { command });
  try {
    const secret = config.secret ?? dataDirSecret(config.dataDir);
    const db = await openPglite(pgdataPath(config.dataDir));
    return {
      db,
      keys: createKeys(secret),
      announce: (url) => lock.update({ url }),
      async close() {
        try {
          await db.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
