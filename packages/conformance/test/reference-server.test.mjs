// The reference server passes every check, on PGlite and (when DATABASE_URL is set) on PostgreSQL:
// the kit and @diwan/server are each other's proof.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { scratchDatabase, uniqueName } from '../../server/test/scratch-database.mjs';
import { configFromEnv, createLogger, createToken, startServer } from '@diwan/server';
import { runConformance } from '../dist/index.js';

const ORIGIN = 'https://conformance.diwan.invalid';
const DATABASES = ['pglite', ...(process.env.DATABASE_URL ? ['postgres'] : [])];

const freshPostgres = () => scratchDatabase(uniqueName('diwan_conformance'));

for (const database of DATABASES) {
  describe(`the reference server on ${database}`, () => {
    let server;
    let pg;
    const dataDir = mkdtempSync(join(tmpdir(), 'diwan-conformance-'));
    before(async () => {
      pg = database === 'postgres' ? await freshPostgres() : undefined;
      server = await startServer(configFromEnv({
        port: 0,
        host: '127.0.0.1',
        dataDir,
        databaseUrl: pg?.url ?? '',
        secret: 'conformance-test-secret-0123456789abcdef',
        corsOrigins: [ORIGIN],
        // The allowance a staging server gives the kit: lookup-timing needs ~2 × (samples + 3) failures.
        lookup: { perReference: 40, perClient: 10_000, windowSeconds: 900, lockSeconds: 60, clientLockSeconds: 900 },
        // heartbeats within the short listening time given to live-sse below
        live: { heartbeatMs: 500, tokenSeconds: 1800 },
      }), { seedIfEmpty: true, logger: createLogger('silent') });
    });
    after(async () => {
      await server?.close();
      await pg?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    });

    // staff-closed with an analyst's token: GET /staff/insights refuses anonymous callers and answers the token
    test('passes every check, live-sse and staff-closed included', async () => {
      const { token } = await createToken(server.store.db, 'conformance kit', 'analyst');
      const report = await runConformance({
        baseUrl: `${server.url}/api/v1`, reference: 'DW-2026-0001', verification: 'Karim', origin: ORIGIN, fuzzRuns: 12, token, sseWaitMs: 3000,
      });
      const failed = report.checks.filter((check) => check.verdict === 'fail');
      assert.deepEqual(failed.map((check) => check.id), [], failed.map((check) => `${check.id}: ${check.problems.join(' | ')}`).join('\n'));
      assert.deepEqual(report.checks.filter((check) => check.verdict === 'skip').map((check) => check.id), []);
      assert.equal(report.checks.find((check) => check.id === 'live-sse').verdict, 'pass');
      assert.equal(report.checks.find((check) => check.id === 'staff-closed').verdict, 'pass');
    });
  });
}
