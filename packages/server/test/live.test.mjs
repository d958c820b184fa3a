// Live tracking on the reference server: the lookup answer's eventsUrl (a sealed, expiring token, not the
// reference), the text/event-stream it serves (the current record at once, the whole record on every
// change, ids, heartbeats, Last-Event-ID), forged and expired tokens (404/410 ErrorBody, never 5xx),
// shutdown, and fan-out through LISTEN/NOTIFY — on PGlite in one process, and on PostgreSQL across two
// server processes (a change written through process A reaches a stream held by process B).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { connectHttpBackend } from '@diwan/client';
import { RequestRecord, checkData } from '@diwan/client/schemas';
import { startServerProcess } from './server-process.mjs';
import { DATABASES, SECRET, errorBody, post, startTestServer } from './support.mjs';
import { createEventTokens } from '../dist/index.js';

const KARIM = { reference: 'DW-2026-0001', verification: 'Karim' };
const FAST_LIVE = { heartbeatMs: 150, tokenSeconds: 1800 };

it('seals every token under an IV of its own, also across refills of the IV pool', () => {
  const tokens = createEventTokens(Buffer.alloc(32, 7), 60);
  const ivs = new Set();
  for (let i = 0; i < 1300; i += 1) {
    const { token } = tokens.issue('DW-2026-0001', 1_800_000_000_000);
    ivs.add(Buffer.from(token, 'base64url').subarray(0, 12).toString('hex'));
    assert.equal(tokens.open(token, 1_800_000_000_000)?.reference, 'DW-2026-0001');
  }
  assert.equal(ivs.size, 1300);
});

/**
 * Opens an event stream and reads it: `next(predicate)` resolves with the next event or comment that
 * matches (events: { id, data, record }; comments: { comment }), `close()` ends it.
 */
async function openStream(url, headers = {}) {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { Accept: 'text/event-stream', ...headers }, signal: controller.signal });
  const items = [];
  const waiting = [];
  let ended = false;
  const settle = () => {
    for (const wait of [...waiting]) {
      const index = items.findIndex(wait.match);
      if (index >= 0) {
        waiting.splice(waiting.indexOf(wait), 1);
        wait.resolve(items.splice(index, 1)[0]);
      } else if (ended) {
        waiting.splice(waiting.indexOf(wait), 1);
        wait.resolve(undefined);
      }
    }
  };
  const done = (async () => {
    if (!response.ok) return;
    const decoder = new TextDecoder();
    let buffer = '';
    let event = { data: [] };
    try {
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk, { stream: true });
        const lines = buffer.split(/\r\n|\r|\n/);
        buffer = lines.pop();
        for (const line of lines) {
          if (line === '') {
            if (event.data.length) {
              const data = event.data.join('\n');
              items.push({ id: event.id, data, record: JSON.parse(data) });
            }
            event = { data: [] };
          } else if (line.startsWith(':')) items.push({ comment: line.slice(1).trim() });
          else {
            const [, field, value] = /^([^:]*):? ?(.*)$/.exec(line);
            if (field === 'data') event.data.push(value);
            else if (field === 'id') event.id = value;
            else if (field === 'retry') items.push({ retry: Number(value) });
          }
        }
        settle();
      }
    } catch {
      // aborted by close()
    }
    ended = true;
    settle();
  })();
  return {
    response,
    /** The next matching item; rejects after `ms` (a guard against a hang, not a speed check). */
    next(match = (item) => item.data !== undefined, ms = 15_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`nothing matching came within ${ms} ms`)), ms);
        waiting.push({ match, resolve: (item) => (clearTimeout(timer), resolve(item)) });
        settle();
      });
    },
    /** Resolves when the server ends the stream. */
    ended: done,
    async close() {
      controller.abort();
      await done;
    },
  };
}

/** What the staff lifecycle does in one transaction: change the request, add its event, NOTIFY. */
async function changeStatus(db, reference, status) {
  await db.transaction(async (tx) => {
    await tx.query("update requests set status = $2, updated_at = now() where reference = $1", [reference, status]);
    await tx.query("insert into request_events (reference, at, channel, status) values ($1, now(), 'counter', $2)", [reference, status]);
    await tx.query("select pg_notify('diwan_request_changed', $1)", [reference]);
  });
}

async function lookUp(api, lookup = KARIM) {
  const response = await post(`${api}/requests/lookup`, lookup);
  assert.equal(response.status, 200);
  return response.json();
}

for (const database of DATABASES) {
  describe(`live tracking on ${database}`, () => {
    let server;
    before(async () => {
      server = await startTestServer({ database, config: { live: FAST_LIVE } });
    });
    after(() => server?.close());

    it('declares sse, and the lookup answer carries an eventsUrl: same origin, a fresh opaque token, nothing personal', async () => {
      const capabilities = await (await fetch(`${server.api}/capabilities`)).json();
      assert.equal(capabilities.tracking.live, 'sse');
      const first = await lookUp(server.api);
      const second = await lookUp(server.api);
      for (const { eventsUrl } of [first, second]) {
        const url = new URL(eventsUrl);
        assert.equal(url.origin, new URL(server.url).origin);
        assert.match(url.pathname, /^\/api\/v1\/requests\/events\/[A-Za-z0-9_-]{40,}$/);
        assert.equal(url.search, '');
        // nothing personal in the URL, nor in the token's bytes (it is sealed, not encoded). Strings of
        // four characters or more: a random token of 60 base64url characters contains "DW" once in 70.
        const token = url.pathname.split('/').pop();
        const bytes = Buffer.from(token, 'base64url').toString('latin1');
        for (const personal of ['DW-2026-0001', '2026', '0001', 'Karim', 'karim']) {
          assert.ok(!decodeURIComponent(eventsUrl).includes(personal), `${personal} in ${eventsUrl}`);
          assert.ok(!bytes.includes(personal), `${personal} in the token's bytes`);
        }
      }
      assert.notEqual(first.eventsUrl, second.eventsUrl, 'every lookup gets a token of its own');
    });

    it('streams the current record at once (same shape as the lookup answer, with an id), then heartbeats as comment lines', async () => {
      const record = await lookUp(server.api);
      const stream = await openStream(record.eventsUrl);
      try {
        assert.equal(stream.response.status, 200);
        assert.match(stream.response.headers.get('content-type'), /^text\/event-stream/);
        assert.equal(stream.response.headers.get('cache-control'), 'no-store');
        assert.equal(stream.response.headers.get('content-encoding'), null, 'never compressed: events must flow as they come');
        const first = await stream.next();
        assert.match(first.id, /^[A-Za-z0-9_-]{10,64}$/);
        assert.ok(checkData(RequestRecord, first.record).success);
        const { eventsUrl: _a, ...streamed } = first.record;
        const { eventsUrl: _b, ...looked } = record;
        assert.deepEqual(streamed, looked);
        assert.equal((await stream.next((item) => item.comment !== undefined)).comment, 'ping');
        assert.equal((await stream.next((item) => item.comment !== undefined)).comment, 'ping');
      } finally {
        await stream.close();
      }
    });

    it('sends the whole record on every change (UPDATE + NOTIFY in one transaction), once per change', async () => {
      const record = await lookUp(server.api, { reference: 'DW-2026-0005', verification: 'Ahmed' });
      const stream = await openStream(record.eventsUrl);
      try {
        const current = await stream.next();
        assert.equal(current.record.status, 'received');
        await changeStatus(server.store.db, 'DW-2026-0005', 'in_progress');
        const changed = await stream.next();
        assert.equal(changed.record.status, 'in_progress');
        assert.equal(changed.record.timeline.length, record.timeline.length + 1);
        assert.notEqual(changed.id, current.id);
        assert.deepEqual((await lookUp(server.api, { reference: 'DW-2026-0005', verification: 'Ahmed' })).status, 'in_progress');
        // a NOTIFY without a change (another writer touching the row) sends nothing new
        await server.store.db.query("select pg_notify('diwan_request_changed', 'DW-2026-0005')");
        await changeStatus(server.store.db, 'DW-2026-0005', 'approved');
        const next = await stream.next();
        assert.equal(next.record.status, 'approved', 'the unchanged record was not sent again');
      } finally {
        await stream.close();
      }
    });

    it('honours Last-Event-ID: nothing again when unchanged, the current record when it changed since', async () => {
      const lookup = { reference: 'DW-2026-0003', verification: 'Othman' };
      const record = await lookUp(server.api, lookup);
      const first = await openStream(record.eventsUrl);
      const seen = await first.next();
      await first.close();

      const unchanged = await openStream(record.eventsUrl, { 'Last-Event-ID': seen.id });
      try {
        const item = await unchanged.next((entry) => entry.data !== undefined || entry.comment !== undefined);
        assert.equal(item.comment, 'ping', 'a heartbeat, not the record the client has');
      } finally {
        await unchanged.close();
      }

      await changeStatus(server.store.db, 'DW-2026-0003', 'on_hold');
      const resumed = await openStream(record.eventsUrl, { 'Last-Event-ID': seen.id });
      try {
        const item = await resumed.next();
        assert.equal(item.record.status, 'on_hold');
        assert.notEqual(item.id, seen.id);
      } finally {
        await resumed.close();
      }
    });

    it('answers a forged, altered or malformed token with a 404 ErrorBody, never a 5xx, and echoes nothing', async () => {
      const { eventsUrl } = await lookUp(server.api);
      const token = eventsUrl.split('/').pop();
      const base = eventsUrl.slice(0, -token.length);
      const flipped = (index) => token.slice(0, index) + (token[index] === 'A' ? 'B' : 'A') + token.slice(index + 1);
      // every single-character change, the last one included (its low bits are unused by base64url)
      for (let index = 0; index < token.length; index += 1) {
        const response = await fetch(base + flipped(index), { headers: { Accept: 'text/event-stream' } });
        assert.equal(response.status, 404, `character ${index} changed`);
        await errorBody(response);
      }
      const candidates = fc.oneof(
        fc.integer({ min: 1, max: token.length - 1 }).map((length) => token.slice(0, length)),
        fc.string({ minLength: 1, maxLength: 600 }),
        fc.base64String({ minLength: 4, maxLength: 120 }).map((text) => text.replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '')),
      );
      await fc.assert(
        fc.asyncProperty(candidates, async (candidate) => {
          fc.pre(candidate !== token);
          const response = await fetch(base + encodeURIComponent(candidate), { headers: { Accept: 'text/event-stream' } });
          assert.ok(response.status === 404 || response.status === 400, `${response.status} for ${JSON.stringify(candidate)}`);
          const body = await errorBody(response);
          if (candidate.length > 3) assert.ok(!JSON.stringify(body).includes(candidate), 'the token is not echoed');
        }),
        { numRuns: 60 },
      );
    });

    it('keeps tokens out of the logs', async () => {
      const { eventsUrl } = await lookUp(server.api);
      const stream = await openStream(eventsUrl);
      await stream.next();
      await stream.close();
      const token = eventsUrl.split('/').pop();
      assert.ok(server.logs.some((line) => line.includes('/requests/events/')), 'the stream is logged');
      assert.ok(!server.logs.some((line) => line.includes(token)), 'its token is not');
    });
  });
}

describe('expiry and shutdown', () => {
  it('an expired token is a 410 ErrorBody; an open stream ends when its token expires', async () => {
    const server = await startTestServer({ config: { live: { heartbeatMs: 100, tokenSeconds: 3 } } });
    try {
      const { eventsUrl } = await lookUp(server.api);
      const stream = await openStream(eventsUrl);
      await stream.next();
      // nothing matches: resolves when the stream ends, rejects if it stays open
      const end = await stream.next(() => false, 15_000).then(() => 'ended', () => 'still open');
      assert.equal(end, 'ended', 'the server ends the stream at expiry');
      const expired = await fetch(eventsUrl);
      assert.equal(expired.status, 410);
      assert.equal((await errorBody(expired)).code, 'expired');
    } finally {
      await server.close();
    }
  });

  it('ends open streams on shutdown, so the server stops without waiting for them', async () => {
    const server = await startTestServer({ config: { live: { heartbeatMs: 60_000, tokenSeconds: 1800 } } });
    const { eventsUrl } = await lookUp(server.api);
    const stream = await openStream(eventsUrl);
    await stream.next();
    const closing = server.close();
    const end = await stream.next(() => false, 5_000).then(() => 'ended', () => 'still open');
    assert.equal(end, 'ended', 'the stream ends at shutdown (the grace period is 10 s)');
    await closing;
  });
});

/** Resolves once `check()` holds; rejects after `ms` (a guard against a hang, not a speed check). */
async function until(check, what, ms = 15_000) {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A second server process (the CLI, its own OS process) on the same PostgreSQL database. */
async function serverProcess(databaseUrl) {
  const server = await startServerProcess({ ...process.env, DATABASE_URL: databaseUrl, DIWAN_SECRET: SECRET, DIWAN_LIVE_HEARTBEAT_SECONDS: '1', LOG_LEVEL: 'warn' });
  return { api: `${server.url}/api/v1`, stop: async () => (await server.stop()).code };
}

describe('two server processes on one PostgreSQL', { skip: !process.env.DATABASE_URL && 'needs DATABASE_URL' }, () => {
  it('a caseworker’s change through process A reaches a watch (the REST adapter) connected to process B', async () => {
    const a = await startTestServer({ database: 'postgres', config: { live: FAST_LIVE } });
    const b = await serverProcess(a.databaseUrl);
    const watching = new AbortController();
    try {
      // the citizen's side: the client's own adapter on B, as a tracker with api= and live uses it
      // (its fetch notes when B answered the stream: B subscribes before it answers, so a change after that
      // must travel A → PostgreSQL → B's LISTEN → the stream, not arrive as the current record of a late stream)
      let streamAnswered = false;
      const fetchNoting = async (url, init) => {
        const response = await fetch(url, init);
        if (String(url).includes('/requests/events/') && response.ok) streamAnswered = true;
        return response;
      };
      const citizen = await connectHttpBackend({ baseUrl: b.api, retries: 0, fetch: fetchNoting });
      assert.equal(citizen.capabilities.tracking.live, 'sse');
      const shown = await citizen.findRequest(KARIM);
      assert.equal(shown.status, 'in_progress');
      assert.ok(shown.eventsUrl.startsWith(b.api), 'B hands out its own eventsUrl');
      const news = [];
      const watch = citizen.watchRequest(KARIM, (record) => news.push(record), { signal: watching.signal, current: shown });
      await until(() => streamAnswered, 'the watch’s stream is open on B');

      // the caseworker's side: a staff token on A takes the request from in progress to completed
      const { headers } = await a.staff('caseworker');
      const changed = await post(`${a.api}/staff/requests/DW-2026-0001/events`, { status: 'completed', channel: 'counter', note: { en: 'Ready to collect.' } }, headers);
      assert.equal(changed.status, 201, await changed.clone().text());

      await until(() => news.length > 0, 'the change reaches the watch on B');
      assert.equal(news[0].status, 'completed');
      assert.equal(news[0].timeline.at(-1).note.en, 'Ready to collect.');
      watching.abort();
      await watch;

      // a token opens a stream on any process with the same secret: A serves B's token
      const onA = await openStream(shown.eventsUrl.replace(b.api, a.api));
      try {
        assert.equal((await onA.next()).record.status, 'completed');
      } finally {
        await onA.close();
      }
    } finally {
      watching.abort();
      assert.equal(await b.stop(), 0, 'B stops cleanly with a stream open');
      await a.close();
    }
  });
});

