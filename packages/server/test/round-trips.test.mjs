// How many statements a citizen's request costs the database (the server bench's two targets rest on
// them): a lookup is one statement whatever its answer — right, wrong, unknown reference, no value —
// and the same one for a wrong value and an unknown reference.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import { configFromEnv, createApp, createKeys } from '../dist/index.js';
import { DATABASES, SECRET, startTestServer } from './support.mjs';

for (const database of DATABASES) {
  describe(`statements per lookup on ${database}`, () => {
    let server;
    let app;
    const statements = [];
    before(async () => {
      server = await startTestServer({ database });
      const db = { ...server.store.db, query: (text, params) => (statements.push(text), server.store.db.query(text, params)) };
      const config = configFromEnv({ databaseUrl: '', dataDir: '/nonexistent', secret: SECRET });
      app = createApp({ db, keys: createKeys(SECRET), config: { ...config, lookup: { ...config.lookup, perReference: 100, perClient: 100 } }, logger: pino({ level: 'silent' }) });
    });
    after(() => server.close());

    const lookup = async (body) => {
      statements.length = 0;
      const response = await app.request('/api/v1/requests/lookup', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      await response.arrayBuffer();
      return { status: response.status, statements: [...statements] };
    };

    it('one statement for a right value, a wrong one, an unknown reference and a missing value', async () => {
      const right = await lookup({ reference: 'DW-2026-0001', verification: 'Karim' });
      const wrong = await lookup({ reference: 'DW-2026-0001', verification: 'Karimi' });
      const unknown = await lookup({ reference: 'DW-2026-9999', verification: 'Karim' });
      const missing = await lookup({ reference: 'DW-2026-0001' });
      assert.deepEqual([right, wrong, unknown, missing].map(({ status }) => status), [200, 404, 404, 404]);
      for (const answer of [right, wrong, unknown, missing]) assert.equal(answer.statements.length, 1);
      assert.deepEqual(wrong.statements, unknown.statements, 'a wrong value and an unknown reference run the same statement');
    });
  });
}
