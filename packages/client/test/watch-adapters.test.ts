// watchRequest behind the validating boundary for every other kind of backend: an object backend with
// its own watch (every record parsed; misfits end it with `invalid_response`; settles on abort even when
// the backend ignores the signal), an object backend without one (polled through the boundary), the
// demo backend (timers, no news when nothing changed) and Open311 (polling GET /requests/{id}).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DiwanError, type Capabilities, type DiwanBackend, type RequestLookup, type RequestRecord, type WatchOptions } from '../src/index.js';
import { guardBackend } from '../src/boundary.js';
import { createDemoBackend } from '../src/demo/index.js';
import { createOpen311Backend } from '../src/open311/index.js';
import { until } from './fixtures/event-server.js';
import { mutate, paths, replacement } from './fixtures/malformed.js';
import { requestRecord } from './http-fixtures.js';

const FAST = { initialMs: 5, maxMs: 20, factor: 2 };
const LOOKUP: RequestLookup = { reference: 'REQ-2026-000123', verification: 'Karim' };
const approved: RequestRecord = { ...requestRecord, status: 'approved', updatedAt: '2026-11-20T10:00:00Z' };
const capabilities = (live: Capabilities['tracking']['live']): Capabilities => ({
  catalogue: false, eligibility: false,
  tracking: { enabled: true, verification: 'surname', live },
  feedback: { enabled: false, maxCommentLength: 1 },
});

/** An object backend (never one of the client's own adapters): findRequest answers `answer()`; `watch` becomes its watchRequest. */
function objectBackend(answer: () => unknown, live: Capabilities['tracking']['live'] = 'poll', watch?: (push: (value: unknown) => void, options: WatchOptions) => unknown) {
  const unsupported = () => Promise.reject(new DiwanError('unsupported', 'not here'));
  const lookups: RequestLookup[] = [];
  const backend = {
    capabilities: capabilities(live),
    listServices: unsupported, getService: unsupported, getEligibilityRules: unsupported, sendFeedback: unsupported,
    findRequest: (lookup: RequestLookup) => {
      lookups.push(lookup);
      return Promise.resolve(answer());
    },
    ...(watch ? { watchRequest: (_lookup: RequestLookup, push: (value: unknown) => void, options: WatchOptions) => watch(push, options) } : {}),
  };
  return { backend: backend as unknown as DiwanBackend, lookups };
}

function watching(port: DiwanBackend, options: Partial<WatchOptions> = {}) {
  const records: RequestRecord[] = [];
  const controller = new AbortController();
  const outcome = port.watchRequest!(LOOKUP, (record) => records.push(record), { signal: controller.signal, current: requestRecord, pollTiming: FAST, ...options })
    .then(() => 'resolved', (error: unknown) => error);
  return { records, outcome, stop: () => (controller.abort(), outcome) };
}

describe('watchRequest behind the validating boundary', () => {
  it('polls an object backend that has no watchRequest, through the guarded findRequest', async () => {
    let current: unknown = requestRecord;
    const { backend, lookups } = objectBackend(() => current);
    const watch = watching(await guardBackend(backend));
    await until(() => lookups.length >= 2, 'it polls');
    expect(watch.records, 'nothing new yet').to.have.length(0);
    current = approved;
    await until(() => watch.records.length === 1, 'the change arrives');
    expect(watch.records[0]!.status).to.equal('approved');
    expect(lookups.every((lookup) => lookup.verification === 'Karim')).to.be.true;
    expect(await watch.stop()).to.equal('resolved');
  });

  it('ends with invalid_response when a polled record does not fit, and passes none of it on', async () => {
    const sample = JSON.parse(JSON.stringify(approved)) as unknown;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths(sample)), replacement, async (path, value) => {
        const bad = mutate(sample, path, value);
        const { backend } = objectBackend(() => bad);
        const watch = watching(await guardBackend(backend));
        const outcome = await Promise.race([watch.outcome, new Promise((resolve) => setTimeout(() => resolve('running'), 300))]);
        await watch.stop();
        if (outcome === 'running' || outcome === 'resolved') {
          // the mutation kept a valid record (e.g. an optional field removed): it may be passed on, parsed
          for (const record of watch.records) expect(record.reference).to.be.a('string');
          return;
        }
        expect((outcome as DiwanError).code).to.equal('invalid_response');
        expect(watch.records).to.have.length(0);
      }),
      { numRuns: 30 },
    );
  });

  it('parses every record an object backend’s own watch pushes: misfits end it with invalid_response', async () => {
    const sample = JSON.parse(JSON.stringify(approved)) as unknown;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths(sample)), replacement, async (path, value) => {
        const bad = mutate(sample, path, value);
        const { backend } = objectBackend(() => requestRecord, 'sse', (push) => {
          push(bad);
          return new Promise(() => undefined); // runs until aborted
        });
        const watch = watching(await guardBackend(backend));
        const outcome = await Promise.race([watch.outcome, new Promise((resolve) => setTimeout(() => resolve('running'), 300))]);
        await watch.stop();
        if (outcome !== 'running') {
          expect((outcome as DiwanError).code).to.equal('invalid_response');
          expect(watch.records).to.have.length(0);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('passes on each changed record once, and settles on abort even when the backend ignores the signal', async () => {
    let push: ((value: unknown) => void) | undefined;
    const { backend } = objectBackend(() => requestRecord, 'sse', (pushRecord) => {
      push = pushRecord;
      return new Promise(() => undefined); // never listens to its signal
    });
    const watch = watching(await guardBackend(backend));
    await until(() => push !== undefined, 'the watch started');
    push!(requestRecord); // the record already shown
    push!(JSON.parse(JSON.stringify(approved)));
    push!(JSON.parse(JSON.stringify(approved)));
    await until(() => watch.records.length === 1, 'the change arrives');
    expect(await watch.stop()).to.equal('resolved');
    push!({ ...approved, status: 'completed' }); // after the end: ignored
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(watch.records).to.have.length(1);
  });

  it('a watch that throws anything rejects with a DiwanError', async () => {
    for (const thrown of ['a string', null, { code: 'weird' }, new TypeError('boom')]) {
      const { backend } = objectBackend(() => requestRecord, 'sse', () => {
        throw thrown;
      });
      const outcome = await watching(await guardBackend(backend)).outcome;
      expect(outcome).to.be.instanceOf(DiwanError);
    }
  });

  it('offers no watch when the backend declares live "none"', async () => {
    const { backend, lookups } = objectBackend(() => requestRecord, 'none');
    const outcome = await watching(await guardBackend(backend)).outcome;
    expect((outcome as DiwanError).code).to.equal('unsupported');
    expect(lookups).to.have.length(0);
  });

  it('does not poll while the page is hidden, and asks at once when it shows again', async () => {
    const { backend, lookups } = objectBackend(() => requestRecord);
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      const watch = watching(await guardBackend(backend));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(lookups, 'nothing asked while hidden').to.have.length(0);
      delete (document as unknown as Record<string, unknown>)['visibilityState'];
      document.dispatchEvent(new Event('visibilitychange'));
      await until(() => lookups.length >= 1, 'asked when visible');
      await watch.stop();
    } finally {
      delete (document as unknown as Record<string, unknown>)['visibilityState'];
    }
  });
});

describe('watchRequest on the demo backend (timers)', () => {
  it('asks again on timers and passes on nothing while the sample request has not changed', async () => {
    let clock = Date.parse('2026-11-23T09:00:00Z');
    let asked = 0;
    const demo = createDemoBackend({ now: () => (asked += 1, new Date((clock += 60_000))) });
    const port = await guardBackend(demo);
    const lookup = { reference: 'DW-2026-0001', verification: 'Karim' };
    const shown = await port.findRequest(lookup);
    const records: RequestRecord[] = [];
    const controller = new AbortController();
    const outcome = port.watchRequest!(lookup, (record) => records.push(record), { signal: controller.signal, current: shown, pollTiming: FAST });
    const before = asked;
    await until(() => asked >= before + 3, 'it asks again on timers');
    controller.abort();
    await outcome;
    expect(records, 'the clock moved, the request did not: no news').to.have.length(0);
  });

  it('ends with the demo’s not_found for a lookup that no longer matches', async () => {
    const port = await guardBackend(createDemoBackend());
    const controller = new AbortController();
    const error = await port.watchRequest!({ reference: 'DW-2026-0001', verification: 'Nobody' }, () => undefined, { signal: controller.signal, pollTiming: FAST })
      .then(() => undefined, (caught: unknown) => caught);
    expect((error as DiwanError).code).to.equal('not_found');
  });
});

describe('watchRequest on Open311 (polling)', () => {
  it('asks GET /requests/{id} again and passes on a changed status', async () => {
    let status = 'open';
    const asked: string[] = [];
    const fetch: typeof globalThis.fetch = async (input) => {
      asked.push(String(input));
      return Response.json([{ service_request_id: '101', status, requested_datetime: '2026-11-01T09:00:00Z', updated_datetime: status === 'open' ? '2026-11-02T09:00:00Z' : '2026-11-05T09:00:00Z' }]);
    };
    const port = await guardBackend(createOpen311Backend({ baseUrl: 'https://city.example/open311/v2', fetch, retries: 0 }));
    const shown = await port.findRequest({ reference: '101' });
    const records: RequestRecord[] = [];
    const controller = new AbortController();
    const outcome = port.watchRequest!({ reference: '101' }, (record) => records.push(record), { signal: controller.signal, current: shown, pollTiming: FAST });
    await until(() => asked.length >= 3, 'it polls');
    status = 'closed';
    await until(() => records.length === 1, 'the closed request arrives');
    expect(records[0]!.status).to.equal(shown.status === 'completed' ? 'completed' : records[0]!.status);
    expect(records[0]!.status).to.not.equal(shown.status);
    expect(asked.every((url) => url.startsWith('https://city.example/open311/v2/requests/101.json'))).to.be.true;
    controller.abort();
    expect(await outcome).to.equal(undefined);
  });
});
