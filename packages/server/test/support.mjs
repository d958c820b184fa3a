// Test servers: the built @diwan/server on a fresh embedded database (a temporary folder), or on a
// fresh PostgreSQL database created under DATABASE_URL (dropped afterwards). Logs are captured.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { scratchDatabase, uniqueName } from './scratch-database.mjs';
import { configFromEnv, createToken, seedDemo, startServer } from '../dist/index.js';

export const SECRET = 'test-secret-0123456789abcdef0123456789abcdef';
export const DATABASES = ['pglite', ...(process.env.DATABASE_URL ? ['postgres'] : [])];
/** The moment the demo data is seeded at in tests (request dates are relative to it). */
export const SEEDED_AT = new Date('2026-11-20T10:00:00Z');

const freshPostgres = () => scratchDatabase(uniqueName('diwan_test'));

/**
 * Starts a server on port 0 with the demo data seeded at SEEDED_AT. `config` overrides settings (e.g.
 * lookup limits); `start` startServer's options; `sharing` another test server's PostgreSQL database (a
 * second process on it: not seeded again, not dropped by this one). Returns { url, api, logs, store, close }.
 * The in-memory catalogue version is confirmed by notifications only (an hour between re-reads), so a
 * test sees what LISTEN/NOTIFY and the app's own refreshes do, not a timer.
 */
export async function startTestServer({ database = 'pglite', config = {}, seed = true, start = {}, sharing } = {}) {
  const logs = [];
  // debug: every request's line (successful reads are logged at debug)
  const logger = pino({ level: 'debug' }, { write: (line) => logs.push(line) });
  const dataDir = mkdtempSync(join(tmpdir(), 'diwan-server-test-'));
  const pg = sharing ? undefined : database === 'postgres' ? await freshPostgres() : undefined;
  const databaseUrl = sharing?.databaseUrl ?? pg?.url;
  const server = await startServer(configFromEnv({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    databaseUrl: databaseUrl ?? '',
    secret: SECRET,
    ...config,
    lookup: { perReference: 5, perClient: 10_000, windowSeconds: 900, lockSeconds: 60, clientLockSeconds: 900, ...config.lookup },
    staff: { maxFailures: 10_000, windowSeconds: 900, lockSeconds: 900, corsOrigins: [], bodyLimit: 256 * 1024, ...config.staff },
  }), { logger, catalogueMaxAgeMs: 3_600_000, ...start });
  if (seed && !sharing) {
    await seedDemo(server.store.db, server.store.keys, { now: SEEDED_AT });
    // seeded from outside the app: the server would learn of it by NOTIFY, a moment later
    await server.catalogueVersion.refresh();
  }
  return {
    url: server.url,
    /** The PostgreSQL database it runs on (undefined on PGlite): a second process, or a test's own LISTEN connection. */
    databaseUrl,
    catalogueVersion: server.catalogueVersion,
    api: `${server.url}/api/v1`,
    logs,
    store: server.store,
    /** A new staff token with this role: the headers that send it. */
    async staff(role, name = `test ${role}`) {
      const { token, record } = await createToken(server.store.db, name, role);
      return { token, id: record.id, headers: { Authorization: `Bearer ${token}` } };
    },
    async close() {
      await server.close();
      await pg?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const post = (url, body, headers = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** Asserts an ErrorBody shape: { code, message, retryable } and nothing else. */
export async function errorBody(response) {
  const body = await response.json();
  if (typeof body.code !== 'string' || typeof body.message !== 'string' || typeof body.retryable !== 'boolean') {
    throw new Error(`not an ErrorBody: ${JSON.stringify(body)}`);
  }
  return body;
}

/** A JSON request with a method and headers (staff routes: PUT, bearer tokens). */
export const send = (url, method, body, headers = {}) =>
  fetch(url, {
    method,
    headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
