// The insights rollups are written only when something they count changes (migration 011): a caseworker's
// note, or any update of columns the rollups do not read, leaves every rollup row as it was — not even
// rewritten with +0 (its xmin, the transaction that last wrote it, stays) — while a change of a counted
// column still moves the counts. On PGlite, and again on PostgreSQL when DATABASE_URL is set.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DATABASES, post, send, startTestServer } from './support.mjs';

const REFERENCE = 'DW-2026-0003';

/** Every row of the three rollups (its values) → the transaction that last wrote it. */
async function rollupRows(db) {
  const rows = await db.query(`
    select 'requests_rollup' as rollup, xmin::text as written_by, to_jsonb(r)::text as row from requests_rollup r
    union all select 'requests_rollup_days', xmin::text, to_jsonb(d)::text from requests_rollup_days d
    union all select 'feedback_rollup', xmin::text, to_jsonb(f)::text from feedback_rollup f`);
  return new Map(rows.map((row) => [`${row.rollup} ${row.row}`, row.written_by]));
}

/** The rows written since `before` was read (new, changed, or rewritten as they were), the first three named. */
function written(before, after) {
  const rows = [...after].filter(([row, by]) => before.get(row) !== by).map(([row]) => row);
  const gone = [...before.keys()].filter((row) => !after.has(row));
  return { count: rows.length + gone.length, first: [...rows, ...gone].slice(0, 3) };
}

/** A month's count at one level of a rollup, by the value of the dimension that level keeps. */
async function monthCounts(db, table, counter, dims, dimension) {
  const rows = await db.query(`select ${dimension} as key, sum(${counter})::int as count from ${table} where span = 'month' and dims = $1 group by 1`, [dims]);
  return Object.fromEntries(rows.map((row) => [row.key, row.count]));
}

for (const database of DATABASES) {
  describe(`insights rollups on ${database}: written only when a counted column changes`, () => {
    let server;
    let caseworker;
    const staff = (method, path, body) => send(`${server.api}/staff${path}`, method, body, caseworker.headers);

    before(async () => {
      server = await startTestServer({ database });
      caseworker = await server.staff('caseworker');
      // feedback about a service (only that is counted), one item rated
      for (const [n, rating] of [[1, 4], [2, undefined]]) {
        const item = { kind: 'feedback', useful: true, rating, serviceId: 'business-licence', page: '/services/business-licence', locale: 'en', idempotencyKey: `rollup-writes-${n}` };
        assert.equal((await post(`${server.api}/feedback`, item, { 'Idempotency-Key': item.idempotencyKey })).status, 201);
      }
    });
    after(() => server?.close());

    it('a caseworker’s note (the request’s updated_at) rewrites no rollup row', async () => {
      const rows = await rollupRows(server.store.db);
      assert.ok([...rows.keys()].some((row) => row.startsWith('requests_rollup ')), 'the seeded requests are counted');
      assert.equal((await staff('POST', `/requests/${REFERENCE}/events`, { channel: 'phone', note: 'Called the applicant back.' })).status, 201);
      assert.deepEqual(written(rows, await rollupRows(server.store.db)), { count: 0, first: [] });
    });

    it('an update of uncounted columns of every request and every feedback item rewrites no rollup row', async () => {
      const { db } = server.store;
      const rows = await rollupRows(db);
      await db.query(`update requests set updated_at = now(), sla = null, status_note = '{"en": "Looked at again."}'::jsonb`);
      await db.query(`update feedback set comment = 'Thanks.', locale = 'ar'`);
      assert.deepEqual(written(rows, await rollupRows(db)), { count: 0, first: [] });
    });

    it('a change of a counted column still moves the counts: a request’s office, a feedback item’s rating', async () => {
      const { db } = server.store;
      const [{ office_id: before }] = await db.query('select office_id from requests where reference = $1', [REFERENCE]);
      const offices = await monthCounts(db, 'requests_rollup', 'requests', 1, 'office_id');
      const office = { id: 'municipality-sulaymaniyah', name: { en: 'Sulaymaniyah municipality' } };
      assert.equal((await staff('PUT', `/requests/${REFERENCE}/office`, { office, channel: 'web' })).status, 200);
      const moved = await monthCounts(db, 'requests_rollup', 'requests', 1, 'office_id');
      const beforeKey = before ?? '';
      assert.deepEqual(
        { from: moved[beforeKey], to: moved[office.id] ?? 0 },
        { from: offices[beforeKey] - 1, to: (offices[office.id] ?? 0) + 1 },
      );

      const ratings = await monthCounts(db, 'feedback_rollup', 'ratings', 4, 'service_id');
      const fives = await monthCounts(db, 'feedback_rollup', 'r5', 4, 'service_id');
      await db.query(`update feedback set rating = 5 where rating is null and service_id = 'business-licence'`);
      assert.deepEqual(
        { ratings: (await monthCounts(db, 'feedback_rollup', 'ratings', 4, 'service_id'))['business-licence'], fives: (await monthCounts(db, 'feedback_rollup', 'r5', 4, 'service_id'))['business-licence'] },
        { ratings: ratings['business-licence'] + 1, fives: fives['business-licence'] + 1 },
      );
    });
  });
}
