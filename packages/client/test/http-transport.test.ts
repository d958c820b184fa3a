import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { DiwanError } from '../src/errors.js';
import { parseRetryAfter, Transport, type TransportOptions } from '../src/http/transport.js';
import { ServiceCatalogue } from '../src/schemas/index.js';
import { catalogue, recordingSleep, scenario, type ScriptedResponse } from './http-fixtures.js';

/** Resolves with the DiwanError a promise rejects with; fails the test if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<DiwanError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(DiwanError);
    return error as DiwanError;
  }
  throw new Error('expected a rejection');
}

function transport(options: TransportOptions = {}) {
  const recorded = recordingSleep();
  return { transport: new Transport({ random: () => 0.5, sleep: recorded.sleep, ...options }), delays: recorded.delays };
}

const ok = (body: unknown = catalogue, headers: Record<string, string> = {}): ScriptedResponse => ({ status: 200, body, headers });
const getCatalogue = (t: Transport, base: string, options = {}) => t.get(`${base}/services`, ServiceCatalogue, 'a catalogue', options);

describe('Transport against a real HTTP server', () => {
  it('GETs JSON, parses it, and sends Accept and Accept-Language', async () => {
    const server = await scenario([ok()]);
    const { transport: t } = transport();
    expect(await getCatalogue(t, server.base, { locale: 'ar' })).to.deep.equal(catalogue);
    const [request] = await server.log();
    expect(request?.method).to.equal('GET');
    expect(request?.path).to.equal('/services');
    expect(request?.headers['accept']).to.equal('application/json');
    expect(request?.headers['accept-language']).to.equal('ar');
  });

  describe('status codes', () => {
    const cases: Array<[number, string, boolean, number]> = [
      // status, code, retryable, attempts (retries: 3). Attempts are counted at fetch, not at the
      // server: Chromium itself re-sends a request answered 408 on a reused keep-alive connection.
      [404, 'not_found', false, 1],
      [400, 'http', false, 1],
      [403, 'http', false, 1],
      [422, 'http', false, 1],
      [500, 'http', true, 4],
      [503, 'http', true, 4],
      [408, 'http', true, 4],
      [429, 'rate_limited', true, 4],
    ];
    for (const [status, code, retryable, requests] of cases) {
      it(`${status} → ${code}${retryable ? ', retried' : ', not retried'}`, async () => {
        const server = await scenario([{ status, body: { code: 'x' } }]);
        let attempts = 0;
        const countingFetch: typeof fetch = (input, init) => {
          attempts += 1;
          return fetch(input, init);
        };
        const { transport: t } = transport({ fetch: countingFetch });
        const error = await rejection(getCatalogue(t, server.base));
        expect(error.code).to.equal(code);
        expect(error.status).to.equal(status);
        expect(error.retryable).to.equal(retryable);
        expect(attempts).to.equal(requests);
      });
    }

    it('uses the message and retryable flag of a Diwan error body', async () => {
      const server = await scenario([{ status: 503, body: { code: 'maintenance', message: 'Back at noon', retryable: false } }]);
      const { transport: t } = transport();
      const error = await rejection(getCatalogue(t, server.base));
      expect(error.message).to.contain('Back at noon');
      expect(error.retryable).to.equal(false);
      expect(await server.log()).to.have.length(1);
    });

    it('an HTML error page from a proxy is still the HTTP error it reports', async () => {
      const server = await scenario([{ status: 502, headers: { 'Content-Type': 'text/html' }, body: '<html><body>Bad gateway</body></html>' }]);
      const { transport: t } = transport({ retries: 0 });
      const error = await rejection(getCatalogue(t, server.base));
      expect([error.code, error.status]).to.deep.equal(['http', 502]);
    });
  });

  describe('retries', () => {
    it('waits full-jitter backoff delays: random · min(cap, base · 2^attempt)', async () => {
      const server = await scenario([{ status: 503 }]);
      const { transport: t, delays } = transport();
      await rejection(getCatalogue(t, server.base));
      expect(delays).to.deep.equal([150, 300, 600]);
      expect(await server.log()).to.have.length(4);
    });

    it('caps the backoff and honours the configured retry count', async () => {
      const server = await scenario([{ status: 500 }]);
      const { transport: t, delays } = transport({ retries: 6, random: () => 0.999 });
      await rejection(getCatalogue(t, server.base));
      expect(delays).to.deep.equal([299, 599, 1198, 2397, 4795, 4995]);
      expect(await server.log()).to.have.length(7);
    });

    it('succeeds when a 5xx is followed by a 200', async () => {
      const server = await scenario([{ status: 502 }, { status: 500 }, ok()]);
      const { transport: t, delays } = transport();
      expect(await getCatalogue(t, server.base)).to.deep.equal(catalogue);
      expect(delays).to.have.length(2);
      expect(await server.log()).to.have.length(3);
    });

    it('honours Retry-After in seconds, then goes back to backoff', async () => {
      const server = await scenario([{ status: 429, headers: { 'Retry-After': '2' } }, { status: 503 }, ok()]);
      const { transport: t, delays } = transport();
      expect(await getCatalogue(t, server.base)).to.deep.equal(catalogue);
      expect(delays).to.deep.equal([2000, 300]);
    });

    it('reads Retry-After as an HTTP date and caps very long waits', async () => {
      const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
      const server = await scenario([
        { status: 503, headers: { 'Retry-After': inTenSeconds } },
        { status: 429, headers: { 'Retry-After': '3600' } },
        ok(),
      ]);
      const { transport: t, delays } = transport();
      await getCatalogue(t, server.base);
      expect(delays[0]).to.be.within(8000, 10_000);
      expect(delays[1]).to.equal(30_000);
    });

    it('reports the server’s Retry-After on a rate_limited error', async () => {
      const server = await scenario([{ status: 429, headers: { 'Retry-After': '7' } }]);
      const { transport: t } = transport({ retries: 0 });
      const error = await rejection(getCatalogue(t, server.base));
      expect([error.code, error.retryAfter]).to.deep.equal(['rate_limited', 7]);
    });

    it('retries network errors', async () => {
      let calls = 0;
      const fetch: typeof globalThis.fetch = async () => {
        calls += 1;
        if (calls < 3) throw new TypeError('Failed to fetch');
        return Response.json(catalogue);
      };
      const { transport: t } = transport({ fetch });
      expect(await getCatalogue(t, '/nowhere')).to.deep.equal(catalogue);
      expect(calls).to.equal(3);
    });

    it('gives up on network errors as a retryable network error', async () => {
      const fetch: typeof globalThis.fetch = async () => {
        throw new TypeError('Failed to fetch');
      };
      const { transport: t } = transport({ fetch, retries: 1 });
      const error = await rejection(getCatalogue(t, '/nowhere'));
      expect([error.code, error.retryable]).to.deep.equal(['network', true]);
    });

    it('never retries a POST, and sends its Idempotency-Key and JSON body', async () => {
      const server = await scenario([{ status: 503 }, ok({ id: 'r1' })]);
      const { transport: t, delays } = transport();
      const error = await rejection(
        t.post(`${server.base}/feedback`, { useful: true }, z.object({ id: z.string() }), 'a receipt', { idempotencyKey: 'key-12345678' }),
      );
      expect([error.code, error.retryable]).to.deep.equal(['http', true]);
      expect(delays).to.deep.equal([]);
      const log = await server.log();
      expect(log).to.have.length(1);
      expect(log[0]?.method).to.equal('POST');
      expect(log[0]?.headers['idempotency-key']).to.equal('key-12345678');
      expect(log[0]?.headers['content-type']).to.equal('application/json');
      expect(log[0]?.body).to.deep.equal({ useful: true });
    });
  });

  describe('de-duplication', () => {
    it('two concurrent GETs of one URL share one request', async () => {
      const server = await scenario([{ ...ok(), delayMs: 50 }]);
      const { transport: t } = transport();
      const [a, b] = await Promise.all([getCatalogue(t, server.base), getCatalogue(t, server.base)]);
      expect(a).to.deep.equal(catalogue);
      expect(b).to.deep.equal(catalogue);
      expect(await server.log()).to.have.length(1);
    });

    it('different locales are different requests', async () => {
      const server = await scenario([ok()]);
      const { transport: t } = transport();
      await Promise.all([getCatalogue(t, server.base, { locale: 'en' }), getCatalogue(t, server.base, { locale: 'ar' })]);
      const languages = (await server.log()).map((request) => request.headers['accept-language']).sort();
      expect(languages).to.deep.equal(['ar', 'en']);
    });

    it('one caller aborting does not fail the other', async () => {
      const server = await scenario([{ ...ok(), delayMs: 150 }]);
      const { transport: t } = transport();
      const controller = new AbortController();
      const leaving = getCatalogue(t, server.base, { signal: controller.signal });
      const staying = getCatalogue(t, server.base);
      controller.abort();
      expect((await rejection(leaving)).code).to.equal('aborted');
      expect(await staying).to.deep.equal(catalogue);
      expect(await server.log()).to.have.length(1);
    });

    it('a caller aborting alone rejects with aborted, and the next GET starts afresh', async () => {
      const server = await scenario([{ ...ok(), delayMs: 150 }, ok()]);
      const { transport: t } = transport();
      const controller = new AbortController();
      const first = getCatalogue(t, server.base, { signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      const error = await rejection(first);
      expect([error.code, error.retryable]).to.deep.equal(['aborted', false]);
      expect(await getCatalogue(t, server.base)).to.deep.equal(catalogue);
    });
  });

  describe('ETag revalidation', () => {
    it('sends If-None-Match and reuses the cached body on 304', async () => {
      const server = await scenario([ok(catalogue, { ETag: '"v1"' }), { status: 304, headers: { ETag: '"v1"' } }]);
      const { transport: t } = transport();
      const first = await getCatalogue(t, server.base);
      const second = await getCatalogue(t, server.base);
      expect(second).to.deep.equal(first);
      const [one, two] = await server.log();
      expect(one?.headers['if-none-match']).to.equal(undefined);
      expect(two?.headers['if-none-match']).to.equal('"v1"');
    });

    it('replaces the cached body when the server sends a new version', async () => {
      const changed = { ...catalogue, categories: [] };
      const server = await scenario([ok(catalogue, { ETag: '"v1"' }), ok(changed, { ETag: '"v2"' }), { status: 304 }]);
      const { transport: t } = transport();
      await getCatalogue(t, server.base);
      expect(await getCatalogue(t, server.base)).to.deep.equal(changed);
      expect(await getCatalogue(t, server.base)).to.deep.equal(changed);
      expect((await server.log())[2]?.headers['if-none-match']).to.equal('"v2"');
    });
  });

  describe('timeouts and cancellation', () => {
    it('a slow server times out for real', async () => {
      const server = await scenario([{ ...ok(), delayMs: 500 }]);
      const { transport: t } = transport({ timeoutMs: 100, retries: 0 });
      const error = await rejection(getCatalogue(t, server.base));
      expect([error.code, error.retryable]).to.deep.equal(['timeout', true]);
    });

    it('the timeout is per attempt: a slow first answer is retried', async () => {
      // generous numbers: the fast answer must beat the timeout even on a loaded CI machine
      const server = await scenario([{ ...ok(), delayMs: 2000 }, ok()]);
      const { transport: t } = transport({ timeoutMs: 600, retries: 1 });
      expect(await getCatalogue(t, server.base)).to.deep.equal(catalogue);
      expect(await server.log()).to.have.length(2);
    });

    it('a POST times out too', async () => {
      const server = await scenario([{ ...ok({ id: 'x' }), delayMs: 500 }]);
      const { transport: t } = transport({ timeoutMs: 100 });
      const error = await rejection(t.post(`${server.base}/feedback`, {}, z.object({ id: z.string() }), 'a receipt'));
      expect(error.code).to.equal('timeout');
    });

    it('an already aborted signal rejects with aborted without a request', async () => {
      const server = await scenario([ok()]);
      const { transport: t } = transport();
      const error = await rejection(getCatalogue(t, server.base, { signal: AbortSignal.abort() }));
      expect(error.code).to.equal('aborted');
      expect(await server.log()).to.have.length(0);
    });

    it('aborting during the backoff wait stops the retries', async () => {
      const server = await scenario([{ status: 503 }]);
      const controller = new AbortController();
      const t = new Transport({
        sleep: (_ms, signal) =>
          new Promise((_resolve, reject) => {
            controller.abort();
            signal?.addEventListener('abort', () => reject(signal.reason));
          }),
      });
      const error = await rejection(getCatalogue(t, server.base, { signal: controller.signal }));
      expect(error.code).to.equal('aborted');
      expect(await server.log()).to.have.length(1);
    });
  });

  describe('credentials and headers', () => {
    afterEach(() => {
      document.cookie = 'diwan-test=; path=/; max-age=0';
    });

    it('sends no cookies by default, and does when the host opts in', async () => {
      document.cookie = 'diwan-test=secret; path=/';
      const server = await scenario([ok()]);
      await getCatalogue(transport().transport, server.base);
      await getCatalogue(transport({ credentials: 'same-origin' }).transport, server.base, { locale: 'fr' });
      const [omitted, included] = await server.log();
      expect(omitted?.headers['cookie']).to.equal(undefined);
      expect(included?.headers['cookie']).to.contain('diwan-test=secret');
    });

    it('calls the headers() hook for every request', async () => {
      const server = await scenario([{ status: 503 }, ok()]);
      let calls = 0;
      const { transport: t } = transport({ headers: async () => ({ Authorization: `Bearer token-${++calls}` }) });
      await getCatalogue(t, server.base);
      const log = await server.log();
      expect(log.map((request) => request.headers['authorization'])).to.deep.equal(['Bearer token-1', 'Bearer token-2']);
    });

    it('a failing headers() hook rejects with a DiwanError and sends nothing', async () => {
      const server = await scenario([ok()]);
      const { transport: t } = transport({
        headers: () => {
          throw new Error('token refresh failed');
        },
      });
      const error = await rejection(getCatalogue(t, server.base));
      expect([error.code, error.retryable]).to.deep.equal(['network', false]);
      expect(await server.log()).to.have.length(0);
    });
  });

  describe('bodies Diwan cannot read', () => {
    const bad: Array<[string, ScriptedResponse]> = [
      ['malformed JSON', { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"categories": [' }],
      ['an HTML page', { status: 200, headers: { 'Content-Type': 'text/html' }, body: '<!doctype html><title>Sign in</title>' }],
      ['an empty body', { status: 200, body: '' }],
      ['JSON of the wrong shape', ok({ categories: 'none', services: [] })],
    ];
    for (const [name, response] of bad) {
      it(`${name} → invalid_response, not retried`, async () => {
        const server = await scenario([response]);
        const { transport: t } = transport();
        const error = await rejection(getCatalogue(t, server.base));
        expect([error.code, error.retryable]).to.deep.equal(['invalid_response', false]);
        expect(await server.log()).to.have.length(1);
      });
    }
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and ignores nonsense', () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    expect(parseRetryAfter('120', now)).to.equal(120);
    expect(parseRetryAfter('Mon, 23 Nov 2026 10:00:30 GMT', now)).to.equal(30);
    expect(parseRetryAfter('Mon, 23 Nov 2026 09:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
  });
});
