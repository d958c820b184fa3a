// The BUILT @diwan/client in plain Node 20 (no DOM globals): proves the package runs outside a browser
// and that what `npm run build` produced is importable as published (dist/, zod as a dependency).
// Run by `npm test` after the build step; alone: `npm run build && node --test test/node`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = new URL('../../packages/client/dist/', import.meta.url);
for (const entry of ['index.js', 'demo/index.js']) {
  if (!existsSync(new URL(entry, dist))) {
    throw new Error(`${fileURLToPath(new URL(entry, dist))} is missing: run npm run build first.`);
  }
}
const client = await import(new URL('index.js', dist).href);
const demo = await import(new URL('demo/index.js', dist).href);

test('runs without DOM globals', () => {
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.customElements, 'undefined');
});

test('the demo backend lists at least 40 services that fit the published schema', async () => {
  const backend = demo.createDemoBackend();
  const catalogue = await backend.listServices();
  assert.ok(catalogue.services.length >= 40, `only ${catalogue.services.length} services`);
  assert.ok(catalogue.categories.length > 0, 'no categories');
  // Parsing again with the built schemas: the data and the schemas agree outside a browser too.
  const parsed = client.parseResponse(client.ServiceCatalogue, catalogue, 'a catalogue');
  assert.equal(parsed.services.length, catalogue.services.length);
  const ids = new Set(catalogue.services.map((service) => service.id));
  assert.equal(ids.size, catalogue.services.length, 'service ids are not unique');
});

test('the demo backend finds one service by id and rejects an unknown id with not_found', async () => {
  const backend = demo.createDemoBackend();
  const { services } = await backend.listServices();
  const first = services[0];
  const service = await backend.getService(first.id);
  assert.equal(service.id, first.id);
  assert.equal(client.resolveText(service.name, ['ar']).length > 0, true);
  await assert.rejects(backend.getService('no-such-service'), (error) => {
    assert.ok(client.isDiwanError(error), `not a DiwanError: ${error}`);
    assert.equal(error.code, 'not_found');
    return true;
  });
});

test('parseResponse returns data that fits and turns data that does not into DiwanError invalid_response', () => {
  const category = { id: 'civil-status', name: { en: 'Civil status', ar: 'الأحوال المدنية' } };
  assert.deepEqual(client.parseResponse(client.Category, category, 'a category'), category);

  assert.throws(
    () => client.parseResponse(client.Category, { id: 42 }, 'a category'),
    (error) => {
      assert.ok(error instanceof client.DiwanError);
      assert.ok(error instanceof Error);
      assert.equal(error.name, 'DiwanError');
      assert.equal(error.code, 'invalid_response');
      assert.equal(error.retryable, false);
      assert.match(error.message, /a category/);
      return true;
    },
  );
});

test('DiwanError carries a code, a retryable flag and its cause; toDiwanError wraps anything', () => {
  const timeout = new client.DiwanError('timeout', 'slow');
  assert.equal(timeout.retryable, true);
  const notFound = new client.DiwanError('not_found', 'gone', { status: 404 });
  assert.equal(notFound.retryable, false);
  assert.equal(notFound.status, 404);

  const cause = new TypeError('fetch failed');
  const wrapped = client.toDiwanError(cause);
  assert.equal(wrapped.code, 'network');
  assert.equal(wrapped.cause, cause);
  assert.equal(client.toDiwanError(notFound), notFound, 'a DiwanError is not wrapped twice');
  assert.equal(client.isDiwanError(new Error('plain')), false);
});
