// The lookup's attempt limits when guesses arrive together (found by the soak's brute-force part,
// scripts/bench/soak/brute-force.mjs): a burst of wrong values sent at once must get no more answers
// other than 429 than the limit allows, per reference and per client address.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import postgres from 'postgres';
import { DATABASES, post, startTestServer } from './support.mjs';

const BURST = 40;

for (const database of DATABASES) {
  describe(`lookup limits under concurrent guesses (${database})`, () => {
    let server;
    before(async () => {
      server = await startTestServer({ database, config: { trustProxy: 1, lookup: { perReference: 5, perClient: 5 } } });
    });
    after(() => server.close());

    const lookup = (reference, verification, from) => post(`${server.api}/requests/lookup`, { reference, verification }, { 'X-Forwarded-For': from });
    const statuses = async (requests) => (await Promise.all(requests)).map((response) => response.status).sort();

    it(`checks at most 5 of ${BURST} wrong values sent at once for one reference, from as many addresses`, async () => {
      const answers = await statuses(Array.from({ length: BURST }, (_, i) => lookup('DW-2026-0004', `guess-${i}`, `192.0.2.${i + 1}`)));
      assert.deepEqual(answers, [...Array(5).fill(404), ...Array(BURST - 5).fill(429)]);
      assert.equal((await lookup('DW-2026-0004', 'Saleh', '198.51.100.1')).status, 429, 'the reference is locked, even for its owner');
    });

    it(`checks at most 5 of ${BURST} wrong lookups sent at once from one address, over as many references`, async () => {
      const answers = await statuses(Array.from({ length: BURST }, (_, i) => lookup(`DW-2026-${7000 + i}`, 'nobody', '203.0.113.50')));
      assert.deepEqual(answers, [...Array(5).fill(404), ...Array(BURST - 5).fill(429)]);
      assert.equal((await lookup('DW-2026-0001', 'Karim', '203.0.113.50')).status, 429, 'the address is locked');
      assert.equal((await lookup('DW-2026-0001', 'Karim', '203.0.113.51')).status, 200, 'another address is not');
    });

    it('a right value uses up no attempt, and resets none: 4 wrong, right, 1 wrong locks the reference', async () => {
      const from = (n) => `198.51.100.${10 + n}`;
      for (let attempt = 0; attempt < 4; attempt++) assert.equal((await lookup('DW-2026-0008', `guess-${attempt}`, from(attempt))).status, 404);
      assert.equal((await lookup('DW-2026-0008', 'Jalal', from(4))).status, 200);
      assert.equal((await lookup('DW-2026-0008', 'Jalal', from(5))).status, 200);
      assert.equal((await lookup('DW-2026-0008', 'guess-4', from(6))).status, 404);
      assert.equal((await lookup('DW-2026-0008', 'Jalal', from(7))).status, 429);
    });

    // Citizens looking up one request at once (a family, a caseworker beside them) or behind one address
    // must not queue behind each other: a right value takes no lock on the attempt counters.
    it('answers right values while another transaction holds the attempt counters (no queue for citizens)', { skip: database !== 'postgres' && 'needs a second connection' }, async () => {
      await lookup('DW-2026-0001', 'wrong', '198.51.100.90'); // the counter rows exist
      const holder = postgres(server.databaseUrl, { max: 1, onnotice: () => {} });
      try {
        let release;
        const held = new Promise((resolve) => { release = resolve; });
        const transaction = holder.begin(async (sql) => {
          await sql`select 1 from lookup_attempts for update`;
          await held;
        });
        await new Promise((resolve) => setTimeout(resolve, 200));
        const answers = await Promise.race([
          statuses(Array.from({ length: 5 }, () => lookup('DW-2026-0001', 'Karim', '198.51.100.90'))),
          new Promise((resolve) => setTimeout(() => resolve('still waiting after 5 s'), 5000)),
        ]);
        release();
        await transaction;
        assert.deepEqual(answers, Array(5).fill(200));
      } finally {
        await holder.end();
      }
    });
  });
}
