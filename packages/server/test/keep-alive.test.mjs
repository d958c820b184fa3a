// A body refused before it is read (413) must not leave a kept-alive connection that the server then
// drops: the client's next request on it would fail with a reset. Found by diwan-conformance.
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, test } from 'node:test';
import { startTestServer } from './support.mjs';

let server;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

function post(agent, body) {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const request = http.request({
      hostname, port, path: '/api/v1/requests/lookup', method: 'POST', agent,
      headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
    }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
    });
    request.on('error', reject);
    request.end(body);
  });
}

test('after a 413 the next request on the same kept-alive agent gets an answer', async () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    assert.equal(await post(agent, JSON.stringify({ reference: 'x'.repeat(1024 * 1024) })), 413);
    assert.equal(await post(agent, JSON.stringify({ reference: 'DW-2026-0001', verification: 'Nobody' })), 404);
  } finally {
    agent.destroy();
  }
});
