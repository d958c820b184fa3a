// Ordered SQL migrations (NNN_name.sql), applied in one transaction under an advisory lock: several
// processes starting at once apply each file exactly once, and a failing file leaves nothing behind.
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.js';

export interface Migration {
  name: string;
  sql: string;
}

/** Where the migrations ship: beside the built server (dist/migrations), copied from src/db/migrations. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

// Any constant works; it names the lock so other users of the database are not blocked.
const MIGRATION_LOCK = 3_494_826; // "diwan" on a phone keypad

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((file) => /^\d{3,}_[\w-]+\.sql$/.test(file)).sort();
  return Promise.all(files.map(async (name) => ({ name, sql: await readFile(`${dir}/${name}`, 'utf8') })));
}

/** Applies the migrations not applied yet; returns their names (empty when the database is current). */
export async function migrate(db: Database, migrations?: readonly Migration[]): Promise<string[]> {
  const all = migrations ?? (await readMigrations());
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`create table if not exists diwan_migrations (
      name text primary key,
      applied_at timestamptz not null default now()
    )`);
    const applied = new Set((await tx.query<{ name: string }>('select name from diwan_migrations')).map((row) => row.name));
    const pending = all.filter((migration) => !applied.has(migration.name));
    for (const migration of pending) {
      try {
        await db.exec(migration.sql, tx);
      } catch (error) {
        throw new Error(`Migration ${migration.name} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      await tx.query('insert into diwan_migrations (name) values ($1)', [migration.name]);
    }
    return pending.map((migration) => migration.name);
  });
}

/** Names of migrations shipped but not applied: /readyz is not ready while any remain. */
export async function pendingMigrations(db: Database, migrations?: readonly Migration[]): Promise<string[]> {
  const all = migrations ?? (await readMigrations());
  const exists = await db.query<{ found: boolean }>("select to_regclass('diwan_migrations') is not null as found");
  if (!exists[0]?.found) return all.map((migration) => migration.name);
  const applied = new Set((await db.query<{ name: string }>('select name from diwan_migrations')).map((row) => row.name));
  return all.filter((migration) => !applied.has(migration.name)).map((migration) => migration.name);
}
