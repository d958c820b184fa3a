// The Diwan REST contract, against the server on PGlite and (when DATABASE_URL is set) on PostgreSQL:
// the client's own adapter parses every answer, and the wire details (ETag, 304, gzip, errors) are
// checked on raw responses.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { connectHttpBackend, DiwanError } from '@diwan/client';
import { demoCatalogue, demoEligibilityRules, demoRequests } from '@diwan/client/demo';
import { DATABASES, SEEDED_AT, errorBody, post, startTestServer } from './support.mjs';

const openapi = JSON.parse(readFileSync(new URL('../../client/openapi.json', import.meta.url), 'utf8'));
const plain = (value) => JSON.parse(JSON.stringify(value));

for (const database of DATABASES) {
  describe(`the contract on ${database}`, () => {
    let server;
    let client;
    before(async () => {
      server = await startTestServer({ database });
      client = await connectHttpBackend({ baseUrl: server.api, retries: 0 });
    });
    after(() => server.close());

    it('serves its capabilities, and the client takes them', async () => {
      assert.deepEqual(client.capabilities.tracking, { enabled: true, verification: 'surname', referencePattern: '^DW-\\d{4}-\\d{4}$', live: 'sse' });
      assert.equal(client.capabilities.feedback.maxCommentLength, 1200);
    });

    it('serves the demo catalogue: the same 11 categories and 47 services, in order', async () => {
      const catalogue = await client.listServices();
      assert.equal(catalogue.services.length, 47);
      assert.deepEqual(plain(catalogue), plain(demoCatalogue));
    });

    it('serves one service, and 404 / 400 ErrorBodies for an unknown or malformed id', async () => {
      assert.deepEqual(plain(await client.getService('passport-renewal')), plain(demoCatalogue.services.find((s) => s.id === 'passport-renewal')));
      const missing = await fetch(`${server.api}/services/no-such-service`);
      assert.equal(missing.status, 404);
      assert.equal((await errorBody(missing)).code, 'not_found');
      const malformed = await fetch(`${server.api}/services/${encodeURIComponent('Ü<script>')}`);
      assert.equal(malformed.status, 400);
      assert.doesNotMatch(JSON.stringify(await errorBody(malformed)), /script/);
    });

    it('serves the 7 rule sets, and 404 for a service without a check', async () => {
      for (const rules of demoEligibilityRules) {
        assert.deepEqual(plain(await client.getEligibilityRules(rules.serviceId)), plain(rules));
      }
      const without = demoCatalogue.services.find((s) => !s.hasEligibilityCheck);
      await assert.rejects(client.getEligibilityRules(without.id), (error) => error instanceof DiwanError && error.code === 'not_found');
    });

    it('revalidates reads: ETag, 304 on If-None-Match, Cache-Control, gzip when asked', async () => {
      for (const path of ['/services', '/services/passport-renewal', '/services/passport-renewal/eligibility']) {
        const first = await fetch(server.api + path);
        const etag = first.headers.get('etag');
        assert.match(etag, /^"c\d+"$/, path);
        assert.match(first.headers.get('cache-control'), /max-age=\d+/);
        await first.arrayBuffer();
        const again = await fetch(server.api + path, { headers: { 'If-None-Match': etag } });
        assert.equal(again.status, 304, path);
        assert.equal(again.headers.get('etag'), etag);
        const weak = await fetch(server.api + path, { headers: { 'If-None-Match': `"c0", W/${etag}` } });
        assert.equal(weak.status, 304, `${path} with a weak tag in a list`);
      }
      // fetch decompresses; a raw request shows the encoding
      const { request } = await import('node:http');
      const encoding = await new Promise((resolve, reject) => {
        request(`${server.api}/services`, { headers: { 'Accept-Encoding': 'gzip' } }, (response) => {
          response.resume();
          resolve(response.headers['content-encoding']);
        }).on('error', reject).end();
      });
      assert.equal(encoding, 'gzip');
    });

    it('a change to the catalogue changes the ETag (written outside the app: as soon as its NOTIFY arrives)', async () => {
      const before = (await fetch(`${server.api}/services`)).headers.get('etag');
      await server.store.db.query("update services set keywords = '[\"renewal\"]'::jsonb where id = 'passport-renewal'");
      // each process keeps the version in memory (catalogue/version.ts); editors' own changes show at once
      // (test/catalogue-version.test.mjs), a change from elsewhere when the notification comes
      const etag = async () => {
        const response = await fetch(`${server.api}/services`);
        await response.arrayBuffer();
        return response.headers.get('etag');
      };
      for (const started = Date.now(); (await etag()) === before;) {
        assert.ok(Date.now() - started < 15_000, 'the new ETag within 15 s');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const after = await fetch(`${server.api}/services`, { headers: { 'If-None-Match': before } });
      assert.equal(after.status, 200);
      assert.notEqual(after.headers.get('etag'), before);
      assert.deepEqual((await after.json()).services.find((s) => s.id === 'passport-renewal').keywords, ['renewal']);
    });

    it('finds every demo request with every surname spelling, as the demo backend builds it', async () => {
      for (const [reference, request] of demoRequests) {
        const expected = plain({ actionsNeeded: [], ...request.build(SEEDED_AT) });
        for (const surname of request.surnames) {
          const found = await client.findRequest({ reference: reference.toLowerCase().replace(/-/g, ' '), verification: ` ${surname.toUpperCase()} ` });
          const { eventsUrl, ...rest } = plain(found);
          assert.match(eventsUrl, /\/api\/v1\/requests\/events\/[A-Za-z0-9_-]+$/);
          assert.deepEqual(rest, expected, `${reference} / ${surname}`);
        }
      }
    });

    it('answers "no such reference" and "wrong surname" with the same status and body', async () => {
      const missing = await post(`${server.api}/requests/lookup`, { reference: 'DW-2026-9998', verification: 'Karim' });
      const wrong = await post(`${server.api}/requests/lookup`, { reference: 'DW-2026-0004', verification: 'Karimi' });
      const empty = await post(`${server.api}/requests/lookup`, { reference: 'DW-2026-0004' });
      assert.equal(missing.status, 404);
      assert.equal(wrong.status, 404);
      assert.equal(empty.status, 404);
      const [a, b, c] = await Promise.all([missing.text(), wrong.text(), empty.text()]);
      assert.equal(a, b);
      assert.equal(a, c);
      assert.equal(missing.headers.get('content-length'), wrong.headers.get('content-length'));
    });

    it('locks a reference after 5 failures, with Retry-After, even for the right surname; others are not locked', async () => {
      for (let attempt = 0; attempt < 5; attempt++) {
        assert.equal((await post(`${server.api}/requests/lookup`, { reference: 'DW-2026-0006', verification: `guess-${attempt}` })).status, 404);
      }
      const locked = await post(`${server.api}/requests/lookup`, { reference: 'dw-2026-0006', verification: 'Mustafa' });
      assert.equal(locked.status, 429);
      const retryAfter = Number(locked.headers.get('retry-after'));
      assert.ok(retryAfter > 0 && retryAfter <= 60, `Retry-After ${retryAfter}`);
      assert.equal((await errorBody(locked)).code, 'rate_limited');
      await assert.rejects(client.findRequest({ reference: 'DW-2026-0006', verification: 'Mustafa' }), (error) => error.code === 'rate_limited');
      assert.equal((await client.findRequest({ reference: 'DW-2026-0008', verification: 'Jalal' })).status, 'approved');
    });

    it('stores feedback once per idempotency key and returns the stored receipt byte for byte', async () => {
      const feedback = { kind: 'feedback', useful: false, rating: 2, comment: 'Call me on 0770 123 4567 or a.b@example.com', page: '/e-services', locale: 'en', serviceId: 'passport-renewal', idempotencyKey: `key-${database}-0001` };
      const first = await post(`${server.api}/feedback`, feedback, { 'Idempotency-Key': feedback.idempotencyKey });
      assert.equal(first.status, 201);
      const firstText = await first.text();
      const replay = await post(`${server.api}/feedback`, feedback, { 'Idempotency-Key': feedback.idempotencyKey });
      assert.equal(replay.status, 200);
      assert.equal(await replay.text(), firstText);
      // concurrent duplicates: one row, one receipt
      const burst = { ...feedback, idempotencyKey: `key-${database}-burst` };
      const answers = await Promise.all(Array.from({ length: 12 }, () => post(`${server.api}/feedback`, burst).then((r) => r.text())));
      assert.equal(new Set(answers).size, 1);
      const rows = await server.store.db.query('select comment from feedback where idempotency_key = $1', [burst.idempotencyKey]);
      assert.equal(rows.length, 1);
      // redacted again on the server, whatever the browser did
      assert.equal(rows[0].comment, 'Call me on [phone] or [email]');
      // nothing about the sender: no address or user-agent column exists
      const columns = (await server.store.db.query("select column_name from information_schema.columns where table_name = 'feedback'")).map((row) => row.column_name);
      assert.ok(!columns.some((column) => /ip|addr|agent|ua/i.test(column)), columns.join(', '));
      // a different body under a used key is refused
      const conflict = await post(`${server.api}/feedback`, { ...feedback, useful: true });
      assert.equal(conflict.status, 409);
      assert.equal((await errorBody(conflict)).code, 'idempotency_conflict');
      // the client's adapter agrees
      const receipt = await client.sendFeedback({ ...feedback, idempotencyKey: `key-${database}-client` });
      assert.match(receipt.id, /^FB-\d{4}-\d{6}$/);
    });

    it('answers every failure with an ErrorBody that never echoes the input', async () => {
      const marker = 'ZZ-secret-marker-42';
      const malformed = await post(`${server.api}/requests/lookup`, `{"reference": "${marker}", `);
      assert.equal(malformed.status, 400);
      assert.doesNotMatch(JSON.stringify(await errorBody(malformed)), new RegExp(marker));
      const invalid = await post(`${server.api}/feedback`, { kind: marker, useful: 'yes', page: marker, locale: marker, idempotencyKey: 'x' });
      assert.equal(invalid.status, 400);
      assert.doesNotMatch(JSON.stringify(await errorBody(invalid)), new RegExp(marker));
      const large = await post(`${server.api}/feedback`, { comment: 'x'.repeat(40_000) });
      assert.equal(large.status, 413);
      await errorBody(large);
      const text = await fetch(`${server.api}/requests/lookup`, { method: 'POST', body: 'reference=DW', headers: { 'Content-Type': 'text/plain' } });
      assert.equal(text.status, 415);
      await errorBody(text);
      const nowhere = await fetch(`${server.api}/nowhere`);
      assert.equal(nowhere.status, 404);
      assert.equal((await errorBody(nowhere)).code, 'not_found');
      const root = await fetch(`${server.url}/no-page-here`);
      assert.equal(root.status, 404);
      await errorBody(root);
    });

    it('sends security headers, and CORS only to allowed origins', async () => {
      const response = await fetch(`${server.api}/services`, { headers: { Origin: 'https://evil.example' } });
      await response.arrayBuffer();
      assert.equal(response.headers.get('access-control-allow-origin'), null);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.match(response.headers.get('content-security-policy'), /default-src 'none'/);
      assert.match(response.headers.get('x-request-id'), /^[0-9a-f-]{36}$/);
    });

    it("keeps a proxy's plain request id, in the answer and the log line; anything else gets a fresh one", async () => {
      const given = await fetch(`${server.api}/capabilities`, { headers: { 'X-Request-Id': 'lb-7f3a=2' } });
      await given.arrayBuffer();
      assert.equal(given.headers.get('x-request-id'), 'lb-7f3a=2');
      assert.ok(server.logs.some((line) => JSON.parse(line).requestId === 'lb-7f3a=2'));
      for (const hostile of ['a b', '<script>', 'x'.repeat(256), 'id\u00e9']) {
        const response = await fetch(`${server.api}/capabilities`, { headers: { 'X-Request-Id': hostile } });
        await response.arrayBuffer();
        assert.match(response.headers.get('x-request-id'), /^[0-9a-f-]{36}$/, hostile);
      }
    });

    it('serves its OpenAPI document and a reference page under a strict CSP', async () => {
      assert.deepEqual(await (await fetch(`${server.api}/openapi.json`)).json(), openapi);
      const page = await fetch(`${server.api}/docs`);
      assert.match(page.headers.get('content-security-policy'), /default-src 'none'; style-src 'self'/);
      const html = await page.text();
      assert.match(html, /POST.*\/requests\/lookup/s);
      assert.match(html, /id="schema-Capabilities"/);
      assert.equal((await fetch(`${server.api}/docs/reference.css`)).headers.get('content-type'), 'text/css; charset=utf-8');
    });

    it('answers health and readiness', async () => {
      assert.deepEqual(await (await fetch(`${server.url}/healthz`)).json(), { status: 'ok' });
      assert.deepEqual(await (await fetch(`${server.url}/readyz`)).json(), { status: 'ready', database });
    });

    it('never logs verification values or comments, and logs a request id per request', async () => {
      const surname = 'Uniquesurname';
      const comment = 'a uniquely identifiable comment text';
      await post(`${server.api}/requests/lookup`, { reference: 'DW-2026-0012', verification: surname });
      await post(`${server.api}/feedback`, { kind: 'problem', useful: false, comment, page: '/p', locale: 'fr', idempotencyKey: `log-${database}-1` });
      const text = server.logs.join('');
      assert.doesNotMatch(text, new RegExp(surname, 'i'));
      assert.doesNotMatch(text, /uniquely identifiable/);
      const lines = server.logs.map((line) => JSON.parse(line)).filter((line) => line.msg === 'request');
      assert.ok(lines.length > 10);
      assert.ok(lines.every((line) => typeof line.requestId === 'string' && line.requestId.length > 0));
    });

    it('logs what changed or failed at info, and reads that succeeded at debug', async () => {
      const etag = (await fetch(`${server.api}/services`)).headers.get('etag');
      const revalidated = await fetch(`${server.api}/services`, { headers: { 'If-None-Match': etag, 'X-Request-Id': `read-${database}` } });
      assert.equal(revalidated.status, 304);
      await (await fetch(`${server.api}/services/no-such-service`, { headers: { 'X-Request-Id': `missing-${database}` } })).arrayBuffer();
      await post(`${server.api}/requests/lookup`, { reference: 'DW-2026-0012', verification: 'Wrong' }, { 'X-Request-Id': `lookup-${database}` });
      const levels = new Map(server.logs.map((line) => JSON.parse(line)).filter((line) => line.msg === 'request').map((line) => [line.requestId, line.level]));
      assert.equal(levels.get(`read-${database}`), 20, 'a 304 at debug');
      assert.equal(levels.get(`missing-${database}`), 30, 'a 404 at info');
      assert.equal(levels.get(`lookup-${database}`), 30, 'a lookup at info');
    });
  });
}

describe('CORS allow-list and the client address behind a proxy', () => {
  let server;
  before(async () => {
    server = await startTestServer({ config: { corsOrigins: ['https://ministry.example'], trustProxy: 1, lookup: { perClient: 3, perReference: 100 } } });
  });
  after(() => server.close());

  it('allows a listed origin, with a preflight for JSON posts', async () => {
    const preflight = await fetch(`${server.api}/requests/lookup`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://ministry.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://ministry.example');
    const other = await fetch(`${server.api}/services`, { headers: { Origin: 'https://other.example' } });
    await other.arrayBuffer();
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    // staff routes are never exposed to other origins, even listed ones
    const staff = await fetch(`${server.api}/staff/requests`, { headers: { Origin: 'https://ministry.example' } });
    await staff.arrayBuffer();
    assert.equal(staff.headers.get('access-control-allow-origin'), null);
  });

  it('counts failures per client (X-Forwarded-For from one trusted proxy): one client locked, another not', async () => {
    const from = (address) => ({ 'X-Forwarded-For': address });
    for (let attempt = 0; attempt < 3; attempt++) {
      assert.equal((await post(`${server.api}/requests/lookup`, { reference: `DW-2026-000${attempt + 1}`, verification: 'nobody' }, from('203.0.113.7'))).status, 404);
    }
    const locked = await post(`${server.api}/requests/lookup`, { reference: 'DW-2026-0001', verification: 'Karim' }, from('203.0.113.7'));
    assert.equal(locked.status, 429);
    const other = await post(`${server.api}/requests/lookup`, { reference: 'DW-2026-0001', verification: 'Karim' }, from('198.51.100.9'));
    assert.equal(other.status, 200);
  });
});
