// One small query layer over the two drivers: PGlite (PostgreSQL in WASM, in a data folder) and a real
// PostgreSQL through `postgres`. Same SQL text with $1… placeholders on both; structured values travel
// as JSON text cast to jsonb in the SQL, so neither driver's own type mapping matters.
import type { PGlite } from '@electric-sql/pglite';
import type { Sql } from 'postgres';
import { resilientListener } from './listener.js';

export interface Queryable {
  /** Runs one statement and returns its rows. */
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs several statements separated by semicolons, without parameters (migrations). */
  exec(text: string, tx?: Queryable): Promise<void>;
  /**
   * LISTEN on `channel` (a plain lowercase name): `onNotify` gets each NOTIFY's payload once its
   * transaction commits, from any connection or process; `onListen` runs each time the listening
   * connection is (re)established, when notifications may have been missed. Resolves with a function
   * that stops listening.
   */
  listen(channel: string, onNotify: (payload: string) => void, onListen?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export async function openPglite(dataDir: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const pg: PGlite = await PGlite.create(dataDir);
  const wrap = (target: Pick<PGlite, 'query'>): Queryable => ({
    async query<Row>(text: string, params: readonly unknown[] = []) {
      return (await target.query<Row>(text, params as unknown[])).rows;
    },
  });
  return {
    kind: 'pglite',
    ...wrap(pg),
    transaction: (work) => pg.transaction((tx) => work(wrap(tx))),
    async exec(text, tx) {
      if (tx) {
        // inside a transaction: statements one by one through the same connection
        for (const statement of splitStatements(text)) await tx.query(statement);
      } else {
        await pg.exec(text);
      }
    },
    async listen(channel, onNotify, onListen) {
      const stop = await pg.listen(channel, onNotify); // one process: the connection never drops
      onListen?.();
      return stop;
    },
    close: () => pg.close(),
  };
}

export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Database> {
  const { default: postgres } = await import('postgres');
  const common = {
    onnotice: () => {}, // "relation already exists, skipping" and the like
    connection: { application_name: 'diwan-server' },
  };
  const sql: Sql = postgres(url, { ...common, max: options.max ?? 10 });
  // its own connection, opened on the first listen
  const listener = resilientListener(postgres, url, common);
  const wrap = (target: Pick<Sql, 'unsafe'>): Queryable => ({
    async query<Row>(text: string, params: readonly unknown[] = []) {
      // A statement with parameters is prepared once per connection (postgres' default for its tagged
      // queries, off for `unsafe` unless asked): unprepared, each call waits for a Parse/Describe round
      // trip before it can bind, and PostgreSQL plans it again every time. Statements without
      // parameters go as simple queries either way. A pooler that cannot keep prepared statements
      // (PgBouncer in transaction mode before 1.21) takes `?prepare=false` in DATABASE_URL.
      // Returns a plain array, like PGlite's rows (postgres' Result carries extra fields).
      return Array.from(await target.unsafe(text, params as never[], { prepare: params.length > 0 })) as Row[];
    },
  });
  return {
    kind: 'postgres',
    ...wrap(sql),
    transaction: (work) => sql.begin((tx) => work(wrap(tx))) as Promise<never>,
    async exec(text, tx) {
      for (const statement of splitStatements(text)) await (tx ?? wrap(sql)).query(statement);
    },
    listen: (channel, onNotify, onListen) => listener.listen(channel, onNotify, onListen),
    close: async () => {
      await Promise.all([listener.close(), sql.end({ timeout: 5 })]);
    },
  };
}

/**
 * Splits SQL on semicolons outside quotes, dollar-quoted bodies and comments: migrations are plain DDL,
 * and prepared statements take one statement each.
 */
export function splitStatements(text: string): string[] {
  const statements: string[] = [];
  let current = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    const rest = text.slice(index);
    if (rest.startsWith('--')) {
      const end = text.indexOf('\n', index);
      index = end === -1 ? text.length : end + 1;
      continue;
    }
    if (rest.startsWith('/*')) {
      const end = text.indexOf('*/', index + 2);
      index = end === -1 ? text.length : end + 2;
      continue;
    }
    const dollar = /^\$[A-Za-z_]*\$/.exec(rest);
    if (dollar) {
      const end = text.indexOf(dollar[0], index + dollar[0].length);
      const stop = end === -1 ? text.length : end + dollar[0].length;
      current += text.slice(index, stop);
      index = stop;
      continue;
    }
    if (char === "'" || char === '"') {
      let end = index + 1;
      while (end < text.length && !(text[end] === char && text[end + 1] !== char)) end += text[end] === char ? 2 : 1;
      current += text.slice(index, end + 1);
      index = end + 1;
      continue;
    }
    if (char === ';') {
      if (current.trim()) statements.push(current.trim());
      current = '';
    } else {
      current += char;
    }
    index += 1;
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}
