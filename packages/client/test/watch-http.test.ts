// watchRequest on the REST adapter, behind the validating boundary as widgets use it: server-sent events
// read through the transport (headers() hook, credentials) from the backend's own origin only,
// reconnection with Last-Event-ID, renewal of an expired URL, and polling when the stream cannot be had.
// Malformed stream data ends the watch with `invalid_response` and never reaches onRecord.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DiwanError, type DiwanBackend, type RequestRecord, type WatchOptions } from '../src/index.js';
import { guardBackend } from '../src/boundary.js';
import { createHttpBackend, type HttpBackendOptions } from '../src/http/index.js';
import { eventStreamParser, type StreamEvent } from '../src/http/event-stream.js';
import { BASE, eventServer, until, type EventServer } from './fixtures/event-server.js';
import { requestRecord } from './http-fixtures.js';

const FAST = { initialMs: 5, maxMs: 20, factor: 2 };
const LOOKUP = { reference: 'REQ-2026-000123', verification: 'Karim' };
const EVENTS = `${BASE}/requests/events/t0k3n`;
const record = (overrides: Partial<RequestRecord> = {}): RequestRecord => ({ ...requestRecord, eventsUrl: EVENTS, ...overrides });
const approved = (at = '2026-11-20T10:00:00Z') => record({ status: 'approved', updatedAt: at });

async function backend(server: EventServer, live: 'none' | 'poll' | 'sse' = 'sse', options: Partial<HttpBackendOptions> = {}): Promise<DiwanBackend> {
  return guardBackend(createHttpBackend({
    baseUrl: BASE,
    fetch: server.fetch,
    retries: 0,
    random: () => 0,
    capabilities: { tracking: { enabled: true, verification: 'surname', live } },
    ...options,
  }));
}

/** Starts a watch; collects what it delivers; `stop()` aborts it and resolves with how it ended. */
function watch(port: DiwanBackend, options: Partial<WatchOptions> = {}) {
  const records: RequestRecord[] = [];
  const controller = new AbortController();
  const ended = port.watchRequest!(LOOKUP, (value) => records.push(value), { signal: controller.signal, current: record(), pollTiming: FAST, ...options });
  const outcome = ended.then(() => 'resolved', (error: unknown) => error);
  return { records, ended, outcome, stop: () => (controller.abort(), outcome) };
}

describe('watchRequest on the REST adapter (server-sent events)', () => {
  it('reads eventsUrl through the transport (headers() hook, no credentials) and passes on each changed record once', async () => {
    const server = eventServer(() => record());
    const port = await backend(server, 'sse', { headers: () => ({ Authorization: 'Bearer staff-or-gateway' }) });
    const watching = watch(port);
    const connection = await server.connected(1);
    expect(connection.url).to.equal(EVENTS);
    expect(connection.headers.get('Accept')).to.equal('text/event-stream');
    expect(connection.headers.get('Authorization')).to.equal('Bearer staff-or-gateway');
    expect(connection.credentials).to.equal('omit');
    connection.send(': ping\n\n');
    connection.record(record(), 'v1'); // the record already shown: not news
    connection.record(approved(), 'v2');
    connection.record(approved(), 'v2'); // the same again: not news
    await until(() => watching.records.length === 1, 'the pushed change arrives');
    expect(watching.records[0]).to.deep.include({ status: 'approved', updatedAt: '2026-11-20T10:00:00Z' });
    expect(await watching.stop()).to.equal('resolved');
    await connection.closed;
    expect(server.requests.filter((request) => request.method === 'POST'), 'no lookup while the stream works').to.have.length(0);
  });

  it('passes on only news even without the boundary (the adapter as Node code uses it)', async () => {
    const server = eventServer(() => record());
    const adapter = createHttpBackend({ baseUrl: BASE, fetch: server.fetch, retries: 0, random: () => 0, capabilities: { tracking: { enabled: true, verification: 'surname', live: 'sse' } } });
    const watching = watch(adapter);
    const connection = await server.connected(1);
    connection.record(record(), 'v1'); // the current record, as every (re)connection starts
    connection.record(approved(), 'v2');
    await until(() => watching.records.length === 1, 'the change arrives');
    expect(watching.records[0]!.status).to.equal('approved');
    await watching.stop();
  });

  it('reconnects with Last-Event-ID after the stream ends, after the delay its retry: field asks', async () => {
    const server = eventServer(() => record());
    const watching = watch(await backend(server));
    const first = await server.connected(1);
    first.send('retry: 5\n');
    first.record(approved(), 'v2');
    await until(() => watching.records.length === 1, 'the first change');
    first.end();
    const second = await server.connected(2);
    expect(second.headers.get('Last-Event-ID')).to.equal('v2');
    second.record(record({ status: 'completed', updatedAt: '2026-11-21T10:00:00Z' }), 'v3');
    await until(() => watching.records.length === 2, 'the change after reconnecting');
    expect(watching.records[1]!.status).to.equal('completed');
    await watching.stop();
  });

  it('never opens an eventsUrl on another origin: it polls the lookup instead', async () => {
    const server = eventServer(() => record({ eventsUrl: 'https://tracker.evil.example/events/t0k3n' }));
    const watching = watch(await backend(server), { current: record({ eventsUrl: 'https://tracker.evil.example/events/t0k3n' }) });
    await until(() => server.requests.length >= 2, 'it polls');
    expect(server.requests.every((request) => request.method === 'POST' && request.url === `${BASE}/requests/lookup`)).to.be.true;
    server.lookup = () => approved();
    await until(() => watching.records.length === 1, 'a polled change arrives');
    expect(server.connections).to.have.length(0);
    await watching.stop();
  });

  it('an expired URL (410) is renewed by looking the request up again', async () => {
    const fresh = `${BASE}/requests/events/fresh`;
    const server = eventServer(() => record({ eventsUrl: fresh }));
    server.events = (url) => (url === EVENTS ? Response.json({ code: 'gone', message: 'expired' }, { status: 410 }) : undefined);
    const watching = watch(await backend(server));
    const connection = await server.connected(1);
    expect(connection.url).to.equal(fresh);
    expect(server.requests.map((request) => request.method)).to.deep.equal(['GET', 'POST', 'GET']);
    connection.record(approved(), 'v2');
    await until(() => watching.records.length === 1, 'news on the fresh stream');
    await watching.stop();
  });

  it('polls when the URL does not serve an event stream (a JSON page, a 403)', async () => {
    for (const answer of [() => Response.json(record()), () => new Response('no', { status: 403 })]) {
      const server = eventServer(() => record());
      server.events = answer;
      const watching = watch(await backend(server));
      await until(() => server.requests.filter((request) => request.method === 'POST').length >= 2, 'it polls');
      expect(server.requests.filter((request) => request.method === 'GET')).to.have.length(1);
      await watching.stop();
    }
  });

  it('polls after repeated failed connections (5xx), backing off in between', async () => {
    const server = eventServer(() => record());
    server.events = () => new Response('down', { status: 503 });
    const watching = watch(await backend(server));
    await until(() => server.requests.filter((request) => request.method === 'POST').length >= 1, 'it falls back to polling');
    expect(server.requests.filter((request) => request.method === 'GET')).to.have.length(5);
    await watching.stop();
  });

  it('reopens a stream that falls silent (no event, no heartbeat) for streamIdleMs', async () => {
    const server = eventServer(() => record());
    const watching = watch(await backend(server, 'sse', { streamIdleMs: 50 }));
    const first = await server.connected(1);
    first.send('retry: 1\n\n');
    await first.closed; // the client gave up on it
    await server.connected(2);
    await watching.stop();
  });

  it('ends with invalid_response for stream data that is not a RequestRecord, and passes none of it on', async () => {
    const notRecords = fc.oneof(
      fc.string().filter((text) => !text.includes('\n') && !text.includes('\r')),
      fc.anything().map((value) => JSON.stringify(value) ?? 'undefined').filter((text) => !/[\r\n]/.test(text)),
      fc.constantFrom('{"reference":"x"}', '{', 'null', '[]', JSON.stringify({ ...record(), status: 'teleported' }), JSON.stringify({ ...record(), timeline: 'soon' })),
    );
    await fc.assert(
      fc.asyncProperty(notRecords, async (data) => {
        const server = eventServer(() => record());
        const watching = watch(await backend(server));
        const connection = await server.connected(1);
        connection.send(`data: ${data}\n\n`);
        const outcome = await Promise.race([watching.outcome, new Promise((resolve) => setTimeout(() => resolve('still running'), 1000))]);
        if (outcome === 'still running') await watching.stop();
        expect(outcome, `data: ${data}`).to.be.instanceOf(DiwanError);
        expect((outcome as DiwanError).code).to.equal('invalid_response');
        expect(watching.records).to.have.length(0);
        await connection.closed;
      }),
      { numRuns: 40 },
    );
  });

  it('live "poll" polls the lookup; live "none" offers no watch (unsupported)', async () => {
    const server = eventServer(() => record());
    const polling = watch(await backend(server, 'poll'));
    server.lookup = () => approved();
    await until(() => polling.records.length === 1, 'a polled change');
    expect(server.connections).to.have.length(0);
    await polling.stop();

    const none = watch(await backend(eventServer(() => record()), 'none'));
    const error = await none.outcome;
    expect(error).to.be.instanceOf(DiwanError);
    expect((error as DiwanError).code).to.equal('unsupported');
  });

  it('ends with the lookup’s final error (not_found) when asking again is refused', async () => {
    const server = eventServer(() => Response.json({ code: 'not_found', message: 'No request matches.' }, { status: 404 }));
    const watching = watch(await backend(server), { current: record({ eventsUrl: undefined }) });
    const error = await watching.outcome;
    expect((error as DiwanError).code).to.equal('not_found');
  });
});

describe('eventStreamParser', () => {
  const parse = (chunks: string[]) => {
    const events: StreamEvent[] = [];
    const retries: number[] = [];
    const push = eventStreamParser({ event: (event) => events.push(event), retry: (ms) => retries.push(ms) });
    for (const chunk of chunks) push(chunk);
    return { events, retries };
  };
  const STREAM = '\uFEFF: hello\r\nretry: 1500\nid: 1\ndata: {"a":\ndata: 1}\r\n\r\nevent: ping\ndata: x\n\n:beat\n\nid: 2\ndata:no space\r\rdata\n\nid: bad\0id\ndata: z\n\n';

  it('reads fields, comments, ids, retry, every line ending, and a BOM as the standard says', () => {
    expect(parse([STREAM])).to.deep.equal({
      events: [
        { type: 'message', data: '{"a":\n1}', lastEventId: '1' },
        { type: 'ping', data: 'x', lastEventId: '1' },
        { type: 'message', data: 'no space', lastEventId: '2' },
        { type: 'message', data: '', lastEventId: '2' },
        { type: 'message', data: 'z', lastEventId: '2' },
      ],
      retries: [1500],
    });
  });

  it('gives the same events however the stream is cut into chunks', () => {
    const whole = parse([STREAM]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: STREAM.length - 1 }), { maxLength: 12 }), (cuts) => {
        const points = [0, ...[...cuts].sort((a, b) => a - b), STREAM.length];
        const chunks = points.slice(1).map((end, index) => STREAM.slice(points[index], end));
        expect(parse(chunks)).to.deep.equal(whole);
      }),
    );
  });

  it('refuses an event that grows past a megabyte instead of holding it', () => {
    const push = eventStreamParser({ event: () => undefined });
    push('data: ');
    expect(() => {
      for (let index = 0; index < 20; index += 1) push('x'.repeat(100_000));
    }).to.throw(DiwanError, /larger/);
  });
});
