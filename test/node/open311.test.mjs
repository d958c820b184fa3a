// The BUILT Open311 adapter in plain Node 20 (no DOMParser): JSON works against a real HTTP server;
// XML fails with a clear `unsupported` unless a parseXml function is injected.
// Run by `npm test` after the build step; alone: `npm run build && node --test test/node`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../../packages/client/dist/open311/index.js', import.meta.url);
if (!existsSync(entry)) throw new Error(`${fileURLToPath(entry)} is missing: run npm run build first.`);
const { createOpen311Backend } = await import(entry.href);

const routes = {
  '/v2/services.json': ['application/json', JSON.stringify([{ service_code: 'ABC_1', service_name: 'Pothole', group: 'Streets', keywords: 'road, hole' }])],
  '/v2/services.xml': ['text/xml', '<?xml version="1.0"?><services><service><service_code>001</service_code><service_name>Pothole</service_name></service></services>'],
  '/v2/requests/638344.json': ['application/json', JSON.stringify([{ service_request_id: 638344, status: 'closed', requested_datetime: '2010-04-14T06:37:38-08:00' }])],
};
let server;
let base;
before(async () => {
  server = createServer((request, response) => {
    const route = routes[new URL(request.url, 'http://localhost').pathname];
    response.writeHead(route ? 200 : 404, { 'Content-Type': route ? route[0] : 'application/json' });
    response.end(route ? route[1] : JSON.stringify([{ code: 404, description: 'not found' }]));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}/v2`;
});
after(() => server.close());

test('there is no DOMParser here', () => {
  assert.equal(typeof globalThis.DOMParser, 'undefined');
});

test('JSON: the catalogue and a request lookup work without any DOM', async () => {
  const backend = createOpen311Backend({ baseUrl: base });
  const { services, categories } = await backend.listServices();
  assert.equal(services.length, 1);
  assert.match(services[0].id, /^abc-1--[a-z0-9]{7}$/);
  assert.deepEqual(services[0].keywords, ['road', 'hole']);
  assert.deepEqual(categories, [{ id: 'streets', name: 'Streets' }]);
  const record = await backend.findRequest({ reference: '638344' });
  assert.equal(record.status, 'closed');
  assert.equal(record.submittedAt, '2010-04-14T14:37:38.000Z');
  await assert.rejects(backend.findRequest({ reference: '1' }), (error) => error.code === 'not_found');
});

test('XML without DOMParser or parseXml rejects with unsupported, saying what to do', async () => {
  const backend = createOpen311Backend({ baseUrl: base, format: 'xml' });
  await assert.rejects(backend.listServices(), (error) => {
    assert.equal(error.name, 'DiwanError');
    assert.equal(error.code, 'unsupported');
    assert.match(error.message, /XML needs DOMParser or a parseXml option/);
    return true;
  });
});

test('XML with an injected parseXml reads what that parser returns', async () => {
  const parsed = [];
  // A stand-in for a real parser (e.g. @xmldom/xmldom's DOMParser): the DOM-like shape the adapter reads.
  const element = (name, children) => ({ nodeType: 1, nodeName: name, localName: name, textContent: null, childNodes: children });
  const leaf = (name, value) => ({ ...element(name, [{ nodeType: 3, nodeName: '#text', textContent: value, childNodes: [] }]), textContent: value });
  const parseXml = (text) => {
    parsed.push(text);
    return { documentElement: element('services', [element('service', [leaf('service_code', '001'), leaf('service_name', 'Pothole')])]) };
  };
  const backend = createOpen311Backend({ baseUrl: base, format: 'xml', parseXml });
  const { services } = await backend.listServices();
  assert.deepEqual(services.map((service) => [service.id, service.name]), [['001', 'Pothole']]);
  assert.equal(parsed.length, 1);
  assert.match(parsed[0], /^<\?xml/);
});

test('in Node, @diwan/client/open311 reads XML out of the box (the `node` condition brings @xmldom/xmldom)', async () => {
  const { createOpen311Backend: createInNode } = await import('@diwan/client/open311');
  const xml = '<?xml version="1.0" encoding="utf-8"?><services><service><service_code>001</service_code>' +
    '<service_name>Pothole</service_name><description>Report a pothole</description><metadata>false</metadata>' +
    '<type>realtime</type><keywords>road, street</keywords><group>Streets</group></service></services>';
  const backend = createInNode({ baseUrl: 'https://open311.example.gov/v2', format: 'xml',
    fetch: async () => new Response(xml, { status: 200, headers: { 'Content-Type': 'text/xml' } }) });
  const catalogue = await backend.listServices();
  assert.equal(catalogue.services.length, 1);
  assert.equal(catalogue.services[0].id, '001');
});
