// Body limits. A body refused before it is read (413) must not leave a kept-alive connection that the
// server then drops: the client's next request on it would fail with a reset (found by diwan-conformance).
// A chunked body announces no size: it is counted as it streams (http/body-limit.ts).
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, test } from 'node:test';
import { startTestServer } from './support.mjs';

let server;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

function post(agent, body, { chunked = false } = {}) {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const request = http.request({
      hostname, port, path: '/api/v1/requests/lookup', method: 'POST', agent,
      headers: chunked ? { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } : { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
    }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
    });
    request.on('error', reject);
    if (!chunked) return request.end(body);
    // in pieces of 16 KB, as a client streaming a body it has not measured
    for (let at = 0; at < body.length; at += 16_384) request.write(body.slice(at, at + 16_384));
    request.end();
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

test('a chunked body is counted as it streams: over the limit 413, within it read and answered', async () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    assert.equal(await post(agent, JSON.stringify({ reference: 'x'.repeat(1024 * 1024) }), { chunked: true }), 413);
    assert.equal(await post(agent, JSON.stringify({ reference: 'DW-2026-0001', verification: 'Nobody' }), { chunked: true }), 404);
    assert.equal(await post(agent, JSON.stringify({ reference: 'DW-2026-0001' }).slice(0, -1), { chunked: true }), 400);
  } finally {
    agent.destroy();
  }
});
