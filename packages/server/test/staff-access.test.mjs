// Staff access: bearer tokens (401 without a valid one, 403 without the scope, 429 after too many wrong
// ones from one address), the admin's token routes, and the audit trail — written with every change,
// paged for admins, and refused UPDATE / DELETE / TRUNCATE by the database itself.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DATABASES, errorBody, send, startTestServer } from './support.mjs';

for (const database of DATABASES) {
  describe(`staff tokens and the audit trail on ${database}`, () => {
    let server;
    let admin;
    let caseworker;
    before(async () => {
      server = await startTestServer({ database, config: { corsOrigins: ['https://ministry.example'] } });
      admin = await server.staff('admin');
      caseworker = await server.staff('caseworker');
    });
    after(() => server.close());

    it('refuses a missing, malformed, unknown or revoked token with 401 and an ErrorBody', async () => {
      const missing = await fetch(`${server.api}/staff/me`);
      assert.equal(missing.status, 401);
      assert.equal((await errorBody(missing)).code, 'unauthorized');
      assert.match(missing.headers.get('www-authenticate'), /^Bearer/);
      for (const value of ['Basic abc', 'Bearer', 'Bearer diwan_staff_not-a-real-token', `Bearer ${caseworker.token}x`, caseworker.token]) {
        const response = await fetch(`${server.api}/staff/me`, { headers: { Authorization: value } });
        assert.equal(response.status, 401, value);
        const body = await errorBody(response);
        assert.doesNotMatch(JSON.stringify(body), /diwan_staff_/, 'the token is never echoed');
      }
      const revoked = await server.staff('caseworker', 'leaver');
      assert.equal((await fetch(`${server.api}/staff/me`, { headers: revoked.headers })).status, 200);
      const revoke = await send(`${server.api}/staff/tokens/${revoked.id}/revoke`, 'POST', {}, admin.headers);
      assert.equal(revoke.status, 200);
      assert.ok((await revoke.json()).revokedAt);
      const after = await fetch(`${server.api}/staff/me`, { headers: revoked.headers });
      assert.equal(after.status, 401);
      await errorBody(after);
    });

    it('tells a token who it is, and refuses a route outside its role with 403', async () => {
      const me = await (await fetch(`${server.api}/staff/me`, { headers: caseworker.headers })).json();
      assert.deepEqual(me, { id: caseworker.id, name: 'test caseworker', role: 'caseworker', scopes: ['requests'] });
      for (const path of ['/staff/audit', '/staff/tokens']) {
        const refused = await fetch(server.api + path, { headers: caseworker.headers });
        assert.equal(refused.status, 403, path);
        const body = await errorBody(refused);
        assert.equal(body.code, 'forbidden');
        assert.match(body.message, /caseworker.*"(audit|tokens)" scope/);
      }
      const analyst = await server.staff('analyst');
      assert.equal((await fetch(`${server.api}/staff/tokens`, { headers: analyst.headers })).status, 403);
      assert.equal((await fetch(`${server.api}/staff/audit`, { headers: admin.headers })).status, 200);
    });

    it('an unknown staff path is 401 without a token (nothing to discover) and 404 with one', async () => {
      assert.equal((await fetch(`${server.api}/staff/no-such-route`)).status, 401);
      const found = await fetch(`${server.api}/staff/no-such-route`, { headers: caseworker.headers });
      assert.equal(found.status, 404);
      await errorBody(found);
    });

    it('an admin creates a token through the API: shown once, listed without it, audited', async () => {
      const created = await send(`${server.api}/staff/tokens`, 'POST', { name: 'Counter 3 kiosk', role: 'caseworker' }, admin.headers);
      assert.equal(created.status, 201);
      const body = await created.json();
      assert.match(body.token, /^diwan_staff_[\w-]{43}$/);
      assert.equal((await fetch(`${server.api}/staff/me`, { headers: { Authorization: `Bearer ${body.token}` } })).status, 200);
      const list = await (await fetch(`${server.api}/staff/tokens`, { headers: admin.headers })).json();
      const listed = list.items.find((token) => token.id === body.id);
      assert.deepEqual(Object.keys(listed).sort(), ['createdAt', 'id', 'lastUsedAt', 'name', 'role']);
      assert.ok(!JSON.stringify(list).includes(body.token), 'listings never carry a token');
      const stored = await server.store.db.query('select encode(token_hash, $2) as hash from staff_tokens where id = $1', [body.id, 'hex']);
      assert.equal(stored[0].hash.length, 64, 'a SHA-256, not the token');
      const audit = await (await fetch(`${server.api}/staff/audit?targetType=token&targetId=${body.id}`, { headers: admin.headers })).json();
      assert.equal(audit.items.length, 1);
      assert.deepEqual(
        { action: audit.items[0].action, actor: audit.items[0].actor, tokenId: audit.items[0].tokenId, after: audit.items[0].after },
        { action: 'token.create', actor: 'test admin', tokenId: admin.id, after: { role: 'caseworker' } },
      );
    });

    it('pages the audit trail newest first with a cursor', async () => {
      for (let index = 0; index < 3; index++) {
        await send(`${server.api}/staff/tokens`, 'POST', { name: `paging ${index}`, role: 'analyst' }, admin.headers);
      }
      const first = await (await fetch(`${server.api}/staff/audit?limit=2`, { headers: admin.headers })).json();
      assert.equal(first.items.length, 2);
      assert.ok(Number(first.items[0].id) > Number(first.items[1].id));
      const second = await (await fetch(`${server.api}/staff/audit?limit=2&before=${first.next}`, { headers: admin.headers })).json();
      assert.ok(Number(second.items[0].id) < Number(first.items[1].id));
      const bad = await fetch(`${server.api}/staff/audit?limit=5000`, { headers: admin.headers });
      assert.equal(bad.status, 400);
      await errorBody(bad);
    });

    it('the database refuses to change or remove audit rows, whoever asks', async () => {
      const [row] = await server.store.db.query('select id from staff_audit order by id limit 1');
      assert.ok(row, 'there are audit rows');
      for (const statement of [
        `update staff_audit set actor = 'someone else' where id = ${row.id}`,
        `delete from staff_audit where id = ${row.id}`,
        'truncate staff_audit',
      ]) {
        await assert.rejects(server.store.db.query(statement), /append-only/, statement);
      }
      const [still] = await server.store.db.query('select actor from staff_audit where id = $1', [row.id]);
      assert.notEqual(still.actor, 'someone else');
    });

    it('staff routes are never exposed to other origins, even ones the citizen routes allow', async () => {
      const preflight = await fetch(`${server.api}/staff/me`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://ministry.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
      });
      await preflight.arrayBuffer();
      assert.equal(preflight.headers.get('access-control-allow-origin'), null);
      const read = await fetch(`${server.api}/staff/me`, { headers: { ...caseworker.headers, Origin: 'https://ministry.example' } });
      await read.arrayBuffer();
      assert.equal(read.status, 200);
      assert.equal(read.headers.get('access-control-allow-origin'), null);
    });
  });
}

describe('staff routes: rate limit and a configured staff console origin', () => {
  let server;
  before(async () => {
    server = await startTestServer({
      seed: false,
      config: { trustProxy: 1, staff: { maxFailures: 3, windowSeconds: 900, lockSeconds: 600, corsOrigins: ['https://console.example'] } },
    });
  });
  after(() => server.close());

  it('locks an address out after 3 wrong tokens (429 with Retry-After, even for a good token); other addresses go on', async () => {
    const good = await server.staff('caseworker');
    const from = (address, headers) => ({ 'X-Forwarded-For': address, ...headers });
    for (let attempt = 0; attempt < 3; attempt++) {
      const wrong = await fetch(`${server.api}/staff/me`, { headers: from('203.0.113.7', { Authorization: `Bearer diwan_staff_guess${attempt}` }) });
      assert.equal(wrong.status, 401);
    }
    const locked = await fetch(`${server.api}/staff/me`, { headers: from('203.0.113.7', good.headers) });
    assert.equal(locked.status, 429);
    assert.equal((await errorBody(locked)).code, 'rate_limited');
    const retryAfter = Number(locked.headers.get('retry-after'));
    assert.ok(retryAfter > 0 && retryAfter <= 600, `Retry-After ${retryAfter}`);
    const counted = await server.store.db.query("select failures from lookup_attempts where scope = 'staff'");
    assert.deepEqual(counted.map((row) => row.failures), [3], 'counted in the database, by a keyed hash of the address');
    assert.equal((await fetch(`${server.api}/staff/me`, { headers: from('198.51.100.9', good.headers) })).status, 200);
  });

  it('answers the configured staff console origin, and no other', async () => {
    const preflight = (origin) => fetch(`${server.api}/staff/me`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
    });
    const allowed = await preflight('https://console.example');
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://console.example');
    assert.match(allowed.headers.get('access-control-allow-headers'), /authorization/i);
    assert.equal((await preflight('https://evil.example')).headers.get('access-control-allow-origin'), null);
  });
});
