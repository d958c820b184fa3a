// The catalogue version every ETag is made of, kept in memory per process (catalogue/version.ts): a 304
// costs no query; a change made anywhere reaches every process through LISTEN/NOTIFY (here with an hour
// between re-reads, so only the notification can bring it); a process that changed the catalogue through
// its staff routes answers with the new ETag at once; and when notifications are lost the version is read
// again — after a reconnection of the listening connection, and when it has gone unconfirmed too long.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import { configFromEnv, createApp, createKeys, followCatalogueVersion } from '../dist/index.js';
import { DATABASES, SECRET, send, startTestServer } from './support.mjs';

async function until(check, what, ms = 15_000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const etagOf = async (api, path = '/services') => {
  const response = await fetch(api + path);
  await response.arrayBuffer();
  return response.headers.get('etag');
};

const service = {
  id: 'version-test-service',
  name: { en: 'A service for the version test', ar: 'خدمة', ckb: 'خزمەتگوزاری', fr: 'Un service' },
  summary: { en: 'Made by a test.', ar: 'من اختبار.', ckb: 'لە تاقیکردنەوە.', fr: 'Fait par un test.' },
  category: 'civil-registry',
  audiences: ['citizen'],
  channels: [{ kind: 'online', url: 'https://example.org/apply' }],
};

for (const database of DATABASES) {
  describe(`the catalogue version on ${database}`, () => {
    let server;
    before(async () => {
      server = await startTestServer({ database });
    });
    after(() => server.close());

    it('a change written outside the app (plain SQL, as an import in another process) reaches the ETag by NOTIFY', async () => {
      const before = await etagOf(server.api);
      await server.store.db.query("update services set keywords = '[\"notified\"]'::jsonb where id = 'passport-renewal'");
      await until(async () => (await etagOf(server.api)) !== before, 'the new ETag (only NOTIFY can bring it: re-reads are an hour apart)');
      const after = await fetch(`${server.api}/services`, { headers: { 'If-None-Match': before } });
      assert.equal(after.status, 200);
      assert.deepEqual((await after.json()).services.find((item) => item.id === 'passport-renewal').keywords, ['notified']);
    });

    it('an editor’s change answers the next read from the same process with the new ETag at once', async () => {
      const editor = await server.staff('editor');
      for (const path of ['/services', '/services/passport-renewal']) {
        const before = await etagOf(server.api, path);
        const changed = await send(`${server.api}/staff/services/passport-renewal`, 'PUT', await editable('passport-renewal'), editor.headers);
        assert.equal(changed.status, 200, await changed.clone().text());
        const after = await fetch(server.api + path, { headers: { 'If-None-Match': before } });
        assert.equal(after.status, 200, `${path}: the old ETag no longer matches`);
        assert.notEqual(after.headers.get('etag'), before);
      }
    });

    async function editable(id) {
      const { id: _id, hasEligibilityCheck: _check, updatedAt: _updated, ...rest } = await (await fetch(`${server.api}/services/${id}`)).json();
      return { ...rest, keywords: [`edited-${Date.now()}-${Math.random()}`] };
    }
  });
}

describe('two server processes on one PostgreSQL agree on the catalogue', { skip: !process.env.DATABASE_URL && 'needs DATABASE_URL' }, () => {
  it('an editor’s change through A: A answers with the new ETag at once, B as soon as the NOTIFY arrives', async () => {
    const a = await startTestServer({ database: 'postgres' });
    const b = await startTestServer({ database: 'postgres', sharing: a });
    try {
      const before = await etagOf(b.api);
      assert.equal(await etagOf(a.api), before, 'one version for both');
      const editor = await a.staff('editor');
      const made = await send(`${a.api}/staff/services`, 'POST', service, editor.headers);
      assert.equal(made.status, 201, await made.clone().text());
      const onA = await etagOf(a.api);
      assert.notEqual(onA, before, 'A at once');
      await until(async () => (await etagOf(b.api)) === onA, 'B takes the same new ETag');
      const fromB = await fetch(`${b.api}/services`, { headers: { 'If-None-Match': before } });
      assert.equal(fromB.status, 200);
      assert.ok((await fromB.json()).services.some((item) => item.id === service.id), 'B serves the new service');
      assert.equal((await fetch(`${b.api}/services`, { headers: { 'If-None-Match': onA } })).status, 304);
    } finally {
      await b.close();
      await a.close();
    }
  });
});

/** The server's database with its queries counted and its notifications held back (a lost LISTEN). */
function deaf(db) {
  const counted = { queries: 0, relisten: undefined };
  return {
    counted,
    db: {
      ...db,
      query(text, params) {
        counted.queries += 1;
        return db.query(text, params);
      },
      async listen(channel, _onNotify, onListen) {
        counted.relisten = onListen;
        onListen?.();
        return async () => undefined;
      },
    },
  };
}

describe('the in-memory catalogue version when notifications are lost', () => {
  let server;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  const appOn = (db, catalogueVersion) => createApp({
    db, keys: createKeys(SECRET), config: configFromEnv({ databaseUrl: '', dataDir: '/nonexistent', secret: SECRET }), logger: pino({ level: 'silent' }), catalogueVersion,
  });
  const bump = () => server.store.db.query("update services set keywords = '[\"bumped\"]'::jsonb where id = 'passport-renewal'");

  it('answers a 304 from memory, without a query', async () => {
    const { db, counted } = deaf(server.store.db);
    const versions = await followCatalogueVersion(db, { maxAgeMs: 3_600_000 });
    const app = appOn(db, versions);
    const etag = (await app.request('/api/v1/services')).headers.get('etag');
    const queries = counted.queries;
    for (let i = 0; i < 20; i += 1) {
      assert.equal((await app.request('/api/v1/services', { headers: { 'If-None-Match': etag } })).status, 304);
    }
    assert.equal(counted.queries, queries, 'no query for twenty 304s');
  });

  it('reads the version again when the listening connection is re-established', async () => {
    const { db, counted } = deaf(server.store.db);
    const versions = await followCatalogueVersion(db, { maxAgeMs: 3_600_000 });
    const before = await versions.current();
    await bump();
    assert.equal(await versions.current(), before, 'the notification never came');
    counted.relisten();
    await until(async () => (await versions.current()) !== before, 'the version read again after the reconnection');
  });

  it('reads a version again that no notification confirmed for maxAgeMs', async () => {
    const { db } = deaf(server.store.db);
    const versions = await followCatalogueVersion(db, { maxAgeMs: 50 });
    const before = await versions.current();
    await bump();
    await new Promise((resolve) => setTimeout(resolve, 60));
    assert.notEqual(await versions.current(), before);
  });
});
