// Staff insights on the reference server: the SQL answer equals the client's in-memory aggregation
// (aggregateInsights, the demo backend's) over the same rows — for random small datasets, queries and
// filters — and the route's access, validation and small-number suppression. On PGlite, and again on
// PostgreSQL when DATABASE_URL is set.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { aggregateInsights, promisedDays } from '@diwan/client/insights';
import { connectHttpBackend } from '@diwan/client';
import { InsightsResult } from '@diwan/client/schemas';
import { queryInsights } from '../dist/index.js';
import { DATABASES, errorBody, send, startTestServer } from './support.mjs';

const NOW = new Date('2026-06-15T12:00:00Z');
const DAY = 86_400_000;
// a window around NOW that random periods and rows fall in
const WINDOW_START = Date.parse('2026-01-01T00:00:00Z');
const WINDOW_DAYS = 120;
const CHANNELS = ['web', 'phone', 'email', 'sms', 'counter', 'kiosk', 'post'];
const STATUSES = ['received', 'in_progress', 'awaiting_citizen', 'on_hold', 'approved', 'rejected', 'completed', 'closed', 'cancelled'];
const CLOSING = new Set(['approved', 'rejected', 'completed', 'closed', 'cancelled']);
const OFFICES = [
  { id: 'erbil-central', name: { en: 'Erbil central office', ar: 'مكتب أربيل المركزي' } },
  { id: 'duhok-north', name: 'Duhok north' },
];
const COSTS = { currency: 'EUR', perRequest: { web: 0.4, phone: 6.5, counter: 12.25 } };
const isoDay = (time) => new Date(time).toISOString().slice(0, 10);

/** Replaces the rows insights read with `history`'s (services stay: the seeded catalogue). */
async function load(db, history) {
  await db.query('delete from feedback');
  await db.query('delete from requests');
  await db.query(
    `insert into feedback (id, idempotency_key, body_hash, received_at, kind, useful, rating, comment, service_id, page, locale, channel, office_id)
     select 'FB-' || x.n, 'key-' || x.n, 'hash', x.at, 'feedback', x.useful, x.rating, x.comment, x.service, '/', x.lang, x.channel, x.office
     from jsonb_to_recordset($1::text::jsonb) as x (n int, at timestamptz, useful boolean, rating smallint, comment text, service text, channel text, office text, lang text)`,
    [JSON.stringify(history.feedback.map((item, n) => ({
      n, at: new Date(item.at).toISOString(), useful: item.useful, rating: item.rating ?? null, comment: item.comment ?? null,
      service: item.serviceId, channel: item.channel, office: item.office, lang: item.lang ?? 'en',
    })))],
  );
  await db.query(
    `insert into requests (reference, reference_key, service_id, status, submitted_at, updated_at, expected_at, closed_at, channel, office_id, office)
     select x.reference, lower(x.reference), x.service, x.status, x.submitted, x.closed, x.expected, x.closed, x.channel, x.office, x.office_details
     from jsonb_to_recordset($1::text::jsonb) as x (reference text, service text, status text, submitted timestamptz, expected timestamptz,
       closed timestamptz, channel text, office text, office_details jsonb)`,
    [JSON.stringify(history.requests.map((item) => ({
      reference: item.reference, service: item.serviceId, status: item.status, submitted: new Date(item.submittedAt).toISOString(),
      expected: new Date(item.expectedAt).toISOString(), closed: item.closedAt === undefined ? null : new Date(item.closedAt).toISOString(),
      channel: item.channel, office: item.office, office_details: { name: OFFICES.find((office) => office.id === item.office).name },
    })))],
  );
}

/** The seeded services as the in-memory aggregation sees them. */
async function historyServices(db) {
  const rows = await db.query('select id, name, category_id, processing_time from services order by id');
  return rows.map((row) => ({
    id: row.id, name: row.name, category: row.category_id,
    ...(row.processing_time ? { promisedDays: promisedDays(row.processing_time) } : {}),
  }));
}

/** Floats computed in a different order (medians, cost sums) agree to 1e-9; everything else exactly. */
function rounded(result) {
  return JSON.parse(JSON.stringify(result), (key, value) =>
    (key === 'medianDays' || key === 'amount') && typeof value === 'number' ? Math.round(value * 1e9) / 1e9 : value);
}

function arbitraries(services) {
  // three services over two categories keep cells dense enough that some reach 5 and some do not
  const categories = [...new Set(services.map((service) => service.category))];
  const pool = [
    ...services.filter((service) => service.category === categories[0]).slice(0, 2),
    services.find((service) => service.category === categories[1]),
  ];
  const moment = fc.integer({ min: WINDOW_START, max: WINDOW_START + WINDOW_DAYS * DAY });
  const serviceId = fc.constantFrom(...pool.map((service) => service.id));
  const office = fc.constantFrom(...OFFICES.map((item) => item.id));
  // few channels dominate, as in life; all seven appear
  const channel = fc.oneof({ arbitrary: fc.constantFrom('web', 'phone'), weight: 4 }, { arbitrary: fc.constantFrom(...CHANNELS), weight: 1 });
  const feedback = fc.record({
    at: moment, serviceId, channel, office, useful: fc.boolean(),
    rating: fc.option(fc.constantFrom(1, 2, 3, 4, 5), { nil: undefined }),
    comment: fc.option(fc.constantFrom('Quick and clear.', 'Too many forms.', 'ممتاز'), { nil: undefined, freq: 2 }),
    // the feedback's locale, which every stored feedback item has
    lang: fc.constantFrom('en', 'ar', 'ckb', 'fr'),
  }, { requiredKeys: ['at', 'serviceId', 'channel', 'office', 'useful', 'lang'] });
  const request = fc.record({
    serviceId, channel, office, submittedAt: moment,
    expectedIn: fc.integer({ min: -2 * DAY, max: 40 * DAY }),
    closedIn: fc.option(fc.integer({ min: 0, max: 60 * DAY }), { nil: undefined }),
    status: fc.constantFrom(...STATUSES),
  }).map(({ expectedIn, closedIn, ...item }) => ({
    ...item,
    expectedAt: item.submittedAt + expectedIn,
    // a closing moment only with a closing status (the database keeps none otherwise); it may be after NOW
    ...(CLOSING.has(item.status) && closedIn !== undefined ? { closedAt: item.submittedAt + closedIn } : {}),
  }));
  // a filter on one query in four: most answers have figures to compare, not only suppressed cells
  const sometimes = (arbitrary) => fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary, weight: 1 });
  const query = fc.record({
    start: fc.integer({ min: -30, max: WINDOW_DAYS - 1 }),
    length: fc.oneof(fc.integer({ min: 1, max: 14 }), fc.integer({ min: 30, max: 150 })),
    bucket: fc.constantFrom('week', 'month'),
    serviceId: sometimes(serviceId),
    category: sometimes(fc.constantFrom(...categories.slice(0, 2))),
    channel: sometimes(fc.constantFrom('web', 'phone', 'counter')),
    office: sometimes(office),
  }).map(({ start, length, ...filters }) => {
    const from = WINDOW_START + start * DAY;
    const query = { from: isoDay(from), to: isoDay(from + (length - 1) * DAY), bucket: filters.bucket };
    for (const key of ['serviceId', 'category', 'channel', 'office']) if (filters[key] !== undefined) query[key] = filters[key];
    return query;
  });
  return {
    // distinct moments: "latest comments" has one order
    feedback: fc.uniqueArray(feedback, { minLength: 0, maxLength: 150, size: 'max', selector: (item) => item.at }),
    requests: fc.array(request, { maxLength: 100, size: 'max' }).map((items) => items.map((item, index) => ({ reference: `DW-2026-${String(index + 1).padStart(4, '0')}`, ...item }))),
    query,
    costs: fc.option(fc.constant(COSTS), { nil: undefined }),
  };
}

for (const database of DATABASES) {
  describe(`staff insights on ${database}`, () => {
    let server;
    let services;
    before(async () => {
      server = await startTestServer({ database });
      services = await historyServices(server.store.db);
    });
    after(() => server.close());

    it('computes in SQL what aggregateInsights computes in memory, for random rows, periods and filters', async () => {
      const { feedback, requests, query, costs } = arbitraries(services);
      await fc.assert(
        fc.asyncProperty(feedback, requests, query, costs, async (feedbackRows, requestRows, insightsQuery, channelCosts) => {
          // the server knows an office by the details on its requests: offices seen only in feedback have no name
          const offices = OFFICES.filter((office) => requestRows.some((item) => item.office === office.id));
          const history = { services, offices, feedback: feedbackRows, requests: requestRows };
          await load(server.store.db, history);
          const options = { now: NOW, ...(channelCosts ? { costs: channelCosts } : {}) };
          const fromSql = await queryInsights(server.store.db, insightsQuery, options);
          assert.deepEqual(rounded(fromSql), rounded(aggregateInsights(history, insightsQuery, options)));
          assert.ok(InsightsResult.safeParse(fromSql).success);
        }),
        { numRuns: 60, interruptAfterTimeLimit: 60_000, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED), path: process.env.FC_PATH } : {}) },
      );
    });

    it('dates a request’s closing at its first closing status, from the status change or its timeline', async () => {
      const db = server.store.db;
      const closedAt = async (reference) => {
        const [row] = await db.query('select closed_at from requests where reference = $1', [reference]);
        return row.closed_at === null ? null : new Date(row.closed_at).toISOString();
      };
      await db.query(`insert into requests (reference, reference_key, service_id, status, submitted_at, updated_at)
        values ('DW-2026-9001', 'dw20269001', $1, 'in_progress', '2026-03-01T09:00:00Z', '2026-03-02T09:00:00Z')`, [services[0].id]);
      assert.equal(await closedAt('DW-2026-9001'), null);
      await db.query(`update requests set status = 'approved', updated_at = '2026-03-05T10:00:00Z' where reference = 'DW-2026-9001'`);
      assert.equal(await closedAt('DW-2026-9001'), '2026-03-05T10:00:00.000Z');
      await db.query(`update requests set status = 'completed', updated_at = '2026-03-09T10:00:00Z' where reference = 'DW-2026-9001'`);
      assert.equal(await closedAt('DW-2026-9001'), '2026-03-05T10:00:00.000Z', 'approved, then completed: closed at the approval');
      // an import writes the row (last updated later) and then its timeline, whose closing event dates it
      await db.query(`insert into requests (reference, reference_key, service_id, status, submitted_at, updated_at)
        values ('DW-2026-9002', 'dw20269002', $1, 'closed', '2026-03-01T09:00:00Z', '2026-03-20T09:00:00Z')`, [services[0].id]);
      assert.equal(await closedAt('DW-2026-9002'), '2026-03-20T09:00:00.000Z');
      await db.query(`insert into request_events (reference, at, channel, status) values
        ('DW-2026-9002', '2026-03-01T09:00:00Z', 'web', 'received'), ('DW-2026-9002', '2026-03-12T09:00:00Z', 'counter', 'rejected'),
        ('DW-2026-9002', '2026-03-20T09:00:00Z', 'post', 'closed')`);
      assert.equal(await closedAt('DW-2026-9002'), '2026-03-12T09:00:00.000Z');
      await db.query(`delete from requests where reference in ('DW-2026-9001', 'DW-2026-9002')`);
    });

    it('keeps the rollups equal to the feedback and requests they count through inserts, updates and deletes', async () => {
      const db = server.store.db;
      const [first, second] = services;
      const moment = (index) => Date.parse('2026-04-28T10:00:00Z') + index * 40_000_000;
      await load(db, {
        feedback: Array.from({ length: 8 }, (_, index) => ({
          at: moment(index), serviceId: first.id, channel: index % 3 ? 'web' : 'phone', office: OFFICES[index % 2].id,
          useful: index % 2 === 0, rating: index === 4 ? undefined : 1 + (index % 5), comment: undefined,
        })),
        requests: Array.from({ length: 8 }, (_, index) => ({
          reference: `DW-2026-08${index}`, serviceId: index % 4 ? first.id : second.id, channel: index % 2 ? 'web' : 'counter', office: OFFICES[index % 2].id,
          submittedAt: moment(index), expectedAt: moment(index) + 3 * DAY, status: index < 5 ? 'completed' : 'in_progress',
          ...(index < 5 ? { closedAt: moment(index) + index * DAY + 3_600_000 } : {}),
        })),
      });
      // the rollups' rows with something in them, and the same counted here from the items themselves
      const stored = async (table) => (await db.query(`select span, dims, start::text as start, service_id, channel, office_id,
          ${table === 'feedback_rollup' ? 'answers, useful, ratings, r1, r2, r3, r4, r5' : table === 'requests_rollup' ? 'requests, online, closed, completed, on_time' : 'days, closed'}
        from ${table}`)).filter((row) => Object.entries(row).some(([key, value]) => typeof value === 'number' && !['dims', 'days'].includes(key) && value !== 0))
        .map((row) => JSON.stringify(row)).sort();
      const counted = (items, keyOf, tally) => {
        const rows = new Map();
        for (const item of items) {
          const day = item.at.slice(0, 10);
          for (const [span, start] of [['day', day], ['month', `${day.slice(0, 8)}01`]]) {
            for (let dims = 0; dims < 8; dims += 1) {
              const key = { span, dims, start, service_id: dims & 4 ? item.service : '*', channel: dims & 2 ? item.channel : '*', office_id: dims & 1 ? item.office : '*', ...keyOf(item) };
              const id = JSON.stringify(key);
              rows.set(id, tally(rows.get(id) ?? key, item));
            }
          }
        }
        return [...rows.values()].map((row) => JSON.stringify(row)).sort();
      };
      const check = async () => {
        const feedback = (await db.query(`select received_at, service_id, channel, office_id, useful, rating from feedback where service_id is not null`))
          .map((row) => ({ at: new Date(row.received_at).toISOString(), service: row.service_id, channel: row.channel, office: row.office_id ?? '', useful: row.useful, rating: row.rating }));
        assert.deepEqual(await stored('feedback_rollup'), counted(feedback, () => ({}), (row, item) => ({
          ...row, answers: (row.answers ?? 0) + 1, useful: (row.useful ?? 0) + (item.useful ? 1 : 0), ratings: (row.ratings ?? 0) + (item.rating ? 1 : 0),
          ...Object.fromEntries([1, 2, 3, 4, 5].map((level) => [`r${level}`, (row[`r${level}`] ?? 0) + (item.rating === level ? 1 : 0)])),
        })));
        const requests = (await db.query(`select submitted_at, expected_at, closed_at, status, service_id, channel, office_id from requests where service_id is not null`))
          .map((row) => ({
            at: new Date(row.submitted_at).toISOString(), service: row.service_id, channel: row.channel ?? '', office: row.office_id ?? '', status: row.status,
            submitted: Date.parse(row.submitted_at), expected: row.expected_at && Date.parse(row.expected_at), closed: row.closed_at && Date.parse(row.closed_at),
          }));
        const closed = requests.filter((item) => item.closed !== null && CLOSING.has(item.status));
        assert.deepEqual(await stored('requests_rollup'), counted(requests, () => ({}), (row, item) => {
          const isClosed = item.closed !== null && CLOSING.has(item.status);
          return {
            ...row, requests: (row.requests ?? 0) + 1, online: (row.online ?? 0) + (item.channel === 'web' ? 1 : 0), closed: (row.closed ?? 0) + (isClosed ? 1 : 0),
            completed: (row.completed ?? 0) + (isClosed && ['approved', 'completed'].includes(item.status) ? 1 : 0),
            on_time: (row.on_time ?? 0) + (isClosed && item.closed <= item.expected ? 1 : 0),
          };
        }));
        assert.deepEqual(await stored('requests_rollup_days'), counted(closed, (item) => ({ days: Math.floor((item.closed - item.submitted) / DAY) }), (row) => ({ ...row, closed: (row.closed ?? 0) + 1 })));
      };
      await check();
      await db.query(`update feedback set rating = 5, useful = true, service_id = $1, received_at = received_at + interval '3 days' where id in ('FB-0', 'FB-3')`, [second.id]);
      await db.query(`update feedback set service_id = null where id = 'FB-5'`);
      await db.query(`update requests set status = 'rejected', updated_at = submitted_at + interval '2 days' where reference in ('DW-2026-085', 'DW-2026-086')`);
      await db.query(`update requests set status = 'in_progress' where reference = 'DW-2026-080'`);
      await db.query(`update requests set service_id = $1, office_id = null, channel = null, submitted_at = submitted_at - interval '5 days' where reference = 'DW-2026-081'`, [second.id]);
      await check();
      await db.query(`delete from feedback where id in ('FB-1', 'FB-2')`);
      await db.query(`delete from requests where reference in ('DW-2026-082', 'DW-2026-085')`);
      await check();
    });

    it('takes concurrent writers of several statements without a deadlock on the rollups', { skip: database === 'pglite' && 'one connection' }, async () => {
      const db = server.store.db;
      const ids = services.slice(0, 12).map((service) => service.id);
      const failures = [];
      // six writers, each 15 transactions of 4 inserts for different services, days and channels: with the
      // rows upserted in their grouping's order (migration 007 alone) about a third of them deadlocked
      await Promise.all(Array.from({ length: 6 }, async (_, writer) => {
        for (let round = 0; round < 15; round += 1) {
          try {
            await db.transaction(async (tx) => {
              for (let item = 0; item < 4; item += 1) {
                const channel = ['web', 'phone', 'counter'][(round + item) % 3];
                await tx.query(
                  `insert into feedback (id, idempotency_key, body_hash, received_at, kind, useful, rating, service_id, page, locale, channel, office_id)
                   values ($1, $1, 'hash', now() - ($2 || ' days')::interval, 'feedback', true, 4, $3, '/', 'en', $4, $5)`,
                  [`FB-lock-${writer}-${round}-${item}`, String(item % 3), ids[(writer * 7 + round * 3 + item * 11) % ids.length], channel, channel === 'web' ? null : OFFICES[0].id],
                );
              }
            });
          } catch (error) {
            failures.push(error.code ?? error.message);
          }
        }
      }));
      await db.query(`delete from feedback where id like 'FB-lock-%'`);
      assert.deepEqual(failures, []);
    });

    describe('GET /staff/insights', () => {
      let analyst;
      let big;
      let small;
      const url = (params) => `${server.api}/staff/insights?${new URLSearchParams({ from: '2026-05-01', to: '2026-05-31', bucket: 'week', ...params })}`;
      before(async () => {
        analyst = await server.staff('analyst');
        // two services of different categories: `big` with 12 feedback items and 6 requests, `small` with 4 and 3
        big = services.find((service) => service.category === 'education');
        small = services.find((service) => service.category !== 'education' && service.promisedDays !== undefined);
        const at = (day, hour = 9) => Date.parse(`2026-05-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`);
        const feedback = [
          ...Array.from({ length: 12 }, (_, index) => ({
            at: at(index + 1), serviceId: big.id, channel: 'web', office: 'erbil-central', useful: index % 3 !== 0,
            rating: [5, 5, 4, 4, 2, 1][index % 6], comment: `Comment ${index + 1}`,
          })),
          ...Array.from({ length: 4 }, (_, index) => ({
            at: at(index + 20), serviceId: small.id, channel: 'phone', office: 'duhok-north', useful: true, rating: 5, comment: 'Only four of us said this',
          })),
        ];
        const requests = [
          ...Array.from({ length: 6 }, (_, index) => ({
            reference: `DW-2026-01${String(index).padStart(2, '0')}`, serviceId: big.id, channel: index < 4 ? 'web' : 'counter', office: 'erbil-central',
            submittedAt: at(index + 2), expectedAt: at(index + 12), status: index < 5 ? 'completed' : 'in_progress',
            ...(index < 5 ? { closedAt: at(index + 10 + index) } : {}),
          })),
          ...Array.from({ length: 3 }, (_, index) => ({
            reference: `DW-2026-02${String(index).padStart(2, '0')}`, serviceId: small.id, channel: 'phone', office: 'duhok-north',
            submittedAt: at(index + 3), expectedAt: at(index + 6), status: 'in_progress',
          })),
        ];
        await load(server.store.db, { feedback, requests });
      });

      it('answers an analyst with figures the client parses, cells of fewer than 5 items suppressed', async () => {
        const backend = await connectHttpBackend({ baseUrl: server.api, retries: 0, headers: () => analyst.headers });
        assert.equal(backend.capabilities.insights, true);
        const result = await backend.getInsights({ from: '2026-05-01', to: '2026-05-31', bucket: 'week' });
        const bigRow = result.byService.find((row) => row.id === big.id);
        assert.deepEqual(bigRow.cells.satisfaction, { n: 12, share: 8 / 12 });
        assert.deepEqual(bigRow.cells.completion, { n: 5, share: 1 });
        const smallRow = result.byService.find((row) => row.id === small.id);
        assert.deepEqual(smallRow.cells, {
          satisfaction: { suppressed: true }, useful: { suppressed: true }, digitalTakeUp: { suppressed: true },
          completion: { suppressed: true }, onTime: { suppressed: true },
        });
        assert.deepEqual(result.current.satisfaction, { n: 16, share: 12 / 16 });
        // ratings 1, 2 (2 each), 4 (4) and 5 (8): only the fives are 5 or more; one level alone is never the only one hidden
        assert.deepEqual(result.current.ratingLevels, [{ suppressed: true }, { suppressed: true }, { suppressed: true }, { suppressed: true }, { n: 8 }]);
        assert.deepEqual(result.byChannel.map((row) => row.id), ['web', 'phone', 'counter']);
        assert.deepEqual(result.byOffice.find((row) => row.id === 'erbil-central').name, OFFICES[0].name);
        // comments only from a service with at least 5 feedback items: the four from `small` never show
        assert.ok(result.comments.length > 0);
        assert.ok(result.comments.every((comment) => comment.serviceId === big.id), JSON.stringify(result.comments.map((comment) => comment.serviceId)));
        assert.equal(result.overdue.total, 4, 'the open request of big and the three of small are past their expected date');
        assert.deepEqual(result.previousPeriod, { from: '2026-03-31', to: '2026-04-30' });
      });

      it('at most 10 comments for each rating, the newest', async () => {
        const feedback = Array.from({ length: 30 }, (_, index) => ({
          at: Date.parse('2026-05-01T00:00:00Z') + index * 3_600_000, serviceId: big.id, channel: 'web', office: 'erbil-central', useful: true, rating: 5, comment: `Five ${index}`,
        }));
        const before = await server.store.db.query('select count(*)::int as n from feedback');
        await server.store.db.query(
          `insert into feedback (id, idempotency_key, body_hash, received_at, kind, useful, rating, comment, service_id, page, locale, channel)
           select 'FB-extra-' || x.n, 'extra-' || x.n, 'hash', x.at, 'feedback', true, 5, x.comment, x.service, '/', 'en', 'web'
           from jsonb_to_recordset($1::text::jsonb) as x (n int, at timestamptz, comment text, service text)`,
          [JSON.stringify(feedback.map((item, n) => ({ n, at: new Date(item.at).toISOString(), comment: item.comment, service: item.serviceId })))],
        );
        try {
          const result = await (await fetch(url({ serviceId: big.id }), { headers: analyst.headers })).json();
          const fives = result.comments.filter((comment) => comment.rating === 5);
          // big's own fives are Comment 1, 2, 7 and 8 (May 1, 2, 7, 8 at 09:00); the extra ones run from May 1 00:00 hourly
          assert.deepEqual(fives.map((comment) => comment.text), ['Comment 8', 'Comment 7', 'Comment 2', ...Array.from({ length: 7 }, (_, index) => `Five ${29 - index}`)]);
          const times = result.comments.map((comment) => Date.parse(comment.at));
          assert.deepEqual(times, [...times].sort((a, b) => b - a), 'newest first');
        } finally {
          await server.store.db.query(`delete from feedback where id like 'FB-extra-%'`);
          assert.equal((await server.store.db.query('select count(*)::int as n from feedback'))[0].n, before[0].n);
        }
      });

      it('filters by service, category, channel and office', async () => {
        const get = async (params) => {
          const response = await fetch(url(params), { headers: analyst.headers });
          assert.equal(response.status, 200, JSON.stringify(params));
          return response.json();
        };
        const byService = await get({ serviceId: small.id });
        assert.deepEqual(byService.byService.map((row) => row.id), [small.id]);
        assert.deepEqual(byService.query, { from: '2026-05-01', to: '2026-05-31', bucket: 'week', serviceId: small.id });
        const byCategory = await get({ category: 'education' });
        assert.deepEqual(byCategory.byService.map((row) => row.id), [big.id]);
        assert.deepEqual(byCategory.current.digitalTakeUp, { n: 6, share: 4 / 6 });
        const byChannel = await get({ channel: 'counter' });
        assert.deepEqual(byChannel.byChannel.map((row) => row.id), ['counter']);
        assert.equal(byChannel.overdue.total, 1);
        const byOffice = await get({ office: 'duhok-north' });
        assert.deepEqual(byOffice.byOffice.map((row) => row.id), ['duhok-north']);
        assert.deepEqual(byOffice.overdue.items.map((item) => item.reference), ['DW-2026-0200', 'DW-2026-0201', 'DW-2026-0202']);
        assert.equal(byOffice.comments.length, 0);
      });

      it('refuses no token (401), a token without the insights scope (403), and serves admins', async () => {
        const none = await fetch(url({}));
        assert.equal(none.status, 401);
        await errorBody(none);
        for (const role of ['caseworker', 'editor']) {
          const refused = await fetch(url({}), { headers: (await server.staff(role)).headers });
          assert.equal(refused.status, 403, role);
          assert.equal((await errorBody(refused)).code, 'forbidden');
        }
        const admin = await fetch(url({}), { headers: (await server.staff('admin')).headers });
        assert.equal(admin.status, 200);
        assert.equal(admin.headers.get('cache-control'), 'private, no-store');
        assert.ok(InsightsResult.safeParse(await admin.json()).success);
      });

      it('counts requests closed through the staff lifecycle: closed, completed, on their channel and office', async () => {
        const caseworker = await server.staff('caseworker');
        const office = { id: 'erbil-central', name: { en: 'Erbil central office' } };
        for (let index = 0; index < 5; index += 1) {
          const created = await send(`${server.api}/staff/requests`, 'POST', { serviceId: big.id, channel: 'counter', verification: ['Karim'], office }, caseworker.headers);
          assert.equal(created.status, 201, await created.clone().text());
          const { reference } = await created.json();
          for (const status of ['in_progress', index < 4 ? 'completed' : 'rejected']) {
            const moved = await send(`${server.api}/staff/requests/${reference}/events`, 'POST', { status, channel: 'counter' }, caseworker.headers);
            assert.equal(moved.status, 201, await moved.clone().text());
          }
        }
        const today = new Date().toISOString().slice(0, 10);
        const result = await (await fetch(url({ from: today, to: today, serviceId: big.id }), { headers: analyst.headers })).json();
        assert.deepEqual(result.current.completion, { n: 5, share: 4 / 5 });
        assert.deepEqual(result.current.digitalTakeUp, { n: 5, share: 0 });
        assert.deepEqual(result.current.onTime.n, 5);
        assert.deepEqual(result.byChannel.map((row) => row.id), ['counter']);
        assert.deepEqual(result.byOffice.map((row) => [row.id, row.name]), [['erbil-central', office.name]]);
      });

      it('answers a malformed query with a 400, and a period it cannot serve with a 422: ErrorBodies that do not echo it', async () => {
        const bad = [
          [400, { from: undefined }], [400, { bucket: 'day' }], [400, { from: '2026-13-01' }], [400, { to: 'yesterday' }],
          [400, { channel: 'pigeon' }], [400, { serviceId: 'NOT A SLUG<script>' }], [400, { office: 'x'.repeat(81) }],
          [422, { from: '2026-06-01', to: '2026-05-01' }], [422, { from: '2024-01-01', to: '2026-01-02' }],
        ];
        for (const [status, params] of bad) {
          const query = new URLSearchParams({ from: '2026-05-01', to: '2026-05-31', bucket: 'week' });
          for (const [key, value] of Object.entries(params)) (value === undefined ? query.delete(key) : query.set(key, value));
          const response = await fetch(`${server.api}/staff/insights?${query}`, { headers: analyst.headers });
          assert.equal(response.status, status, query.toString());
          const body = await errorBody(response);
          assert.equal(body.code, status === 400 ? 'invalid_request' : 'invalid_period');
          assert.doesNotMatch(body.message, /<script>|pigeon|yesterday/);
        }
      });
    });
  });
}
