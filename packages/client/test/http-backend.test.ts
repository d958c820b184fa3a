import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { DiwanError } from '../src/errors.js';
import { createHttpBackend, type HttpBackendOptions } from '../src/http/index.js';
import { EligibilityRules, Feedback, RequestRecord, Service, ServiceCatalogue } from '../src/schemas/index.js';
import { catalogue, passport, receipt, recordingSleep, requestRecord, rules, scenario } from './http-fixtures.js';

async function rejection(promise: Promise<unknown>): Promise<DiwanError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(DiwanError);
    return error as DiwanError;
  }
  throw new Error('expected a rejection');
}

function backend(baseUrl: string, options: Partial<HttpBackendOptions> = {}) {
  return createHttpBackend({ baseUrl, random: () => 0.5, sleep: recordingSleep().sleep, ...options });
}

const feedback: Feedback = {
  kind: 'feedback',
  useful: true,
  rating: 4,
  comment: 'Clear page',
  serviceId: 'passport-renewal',
  page: '/services/passport',
  locale: 'ar',
  idempotencyKey: 'fb-0123456789',
};

describe('createHttpBackend (Diwan REST contract)', () => {
  it('reads the catalogue, a service and its rules from their paths, in the caller’s language', async () => {
    const server = await scenario([{ body: catalogue }, { body: passport }, { body: rules }]);
    const api = backend(`${server.base}/`); // a trailing slash on the base URL is fine
    expect(await api.listServices({ locale: 'ar' })).to.deep.equal(catalogue);
    expect(await api.getService('passport-renewal', { locale: 'fr' })).to.deep.equal(passport);
    expect(await api.getEligibilityRules('passport-renewal', { locale: 'ckb' })).to.deep.equal(rules);
    const log = await server.log();
    expect(log.map((request) => `${request.method} ${request.path}`)).to.deep.equal([
      'GET /services',
      'GET /services/passport-renewal',
      'GET /services/passport-renewal/eligibility',
    ]);
    expect(log.map((request) => request.headers['accept-language'])).to.deep.equal(['ar', 'fr', 'ckb']);
  });

  it('takes a service from a catalogue already asked for in the same language, without a request of its own', async () => {
    const listed = catalogue.services[0]!;
    const server = await scenario([{ body: catalogue }, { body: passport }]);
    const api = backend(server.base);
    const [, service] = await Promise.all([api.listServices({ locale: 'ar' }), api.getService(listed.id, { locale: 'ar' })]);
    expect(service).to.deep.equal(listed);
    await api.getService('not-in-the-catalogue', { locale: 'ar' });
    await api.getService(listed.id, { locale: 'fr' });
    const log = await server.log();
    expect(log.map((request) => `${request.path} ${request.headers['accept-language']}`)).to.deep.equal([
      '/services ar',
      '/services/not-in-the-catalogue ar',
      `/services/${listed.id} fr`,
    ]);
  });

  it('encodes path segments so an id cannot reach another route', async () => {
    const server = await scenario([{ status: 404, body: { code: 'not_found' } }]);
    const error = await rejection(backend(server.base).getService('../requests/lookup?x=1'));
    expect(error.code).to.equal('not_found');
    const [request] = await server.log();
    expect(request?.path).to.equal('/services/..%2Frequests%2Flookup%3Fx%3D1');
    expect(request?.query).to.equal('');
  });

  it('a service that does not exist is not_found', async () => {
    const server = await scenario([{ status: 404, body: { code: 'not_found', message: 'No such service' } }]);
    const error = await rejection(backend(server.base).getService('nope'));
    expect([error.code, error.retryable]).to.deep.equal(['not_found', false]);
  });

  describe('findRequest', () => {
    it('POSTs the lookup so the verification value never appears in a URL', async () => {
      const server = await scenario([{ body: requestRecord }]);
      const lookup = { reference: 'REQ-2026-000123', verification: 'Haddad' };
      expect(await backend(server.base).findRequest(lookup)).to.deep.equal(requestRecord);
      const [request] = await server.log();
      expect([request?.method, request?.path, request?.query]).to.deep.equal(['POST', '/requests/lookup', '']);
      expect(request?.body).to.deep.equal(lookup);
    });

    it('no match is not_found, and is not retried', async () => {
      const server = await scenario([{ status: 404, body: { code: 'not_found' } }]);
      const error = await rejection(backend(server.base).findRequest({ reference: 'X', verification: 'wrong' }));
      expect(error.code).to.equal('not_found');
      expect(await server.log()).to.have.length(1);
    });

    it('a lock-out is rate_limited with the server’s Retry-After, and is not retried', async () => {
      const server = await scenario([{ status: 429, headers: { 'Retry-After': '60' }, body: { code: 'locked', message: 'Too many attempts' } }]);
      const error = await rejection(backend(server.base).findRequest({ reference: 'X', verification: 'guess' }));
      expect([error.code, error.retryAfter, error.retryable]).to.deep.equal(['rate_limited', 60, true]);
      expect(await server.log()).to.have.length(1);
    });
  });

  describe('sendFeedback', () => {
    it('POSTs the feedback with its Idempotency-Key and returns the receipt (201 or replayed 200)', async () => {
      const server = await scenario([{ status: 201, body: receipt }, { status: 200, body: receipt }]);
      const api = backend(server.base);
      expect(await api.sendFeedback(feedback, { locale: 'ar' })).to.deep.equal(receipt);
      expect(await api.sendFeedback(feedback)).to.deep.equal(receipt);
      const log = await server.log();
      expect(log.map((request) => request.headers['idempotency-key'])).to.deep.equal([feedback.idempotencyKey, feedback.idempotencyKey]);
      expect(log[0]?.path).to.equal('/feedback');
      expect(log[0]?.body).to.deep.equal(feedback);
      expect(log[0]?.headers['accept-language']).to.equal('ar');
    });

    it('a server error is retryable for the outbox but is not retried here', async () => {
      const server = await scenario([{ status: 503 }]);
      const error = await rejection(backend(server.base).sendFeedback(feedback));
      expect([error.code, error.retryable]).to.deep.equal(['http', true]);
      expect(await server.log()).to.have.length(1);
    });
  });

  describe('capabilities', () => {
    it('defaults to everything on, surname verification, no live updates', () => {
      expect(backend('/api').capabilities).to.deep.equal({
        catalogue: true,
        eligibility: true,
        tracking: { enabled: true, verification: 'surname', live: 'none' },
        feedback: { enabled: true, maxCommentLength: 1200 },
      });
    });

    it('takes overrides, and refuses what is switched off without a request', async () => {
      const server = await scenario([{ body: rules }]);
      const api = backend(server.base, {
        capabilities: {
          eligibility: false,
          tracking: { enabled: false, verification: 'pin', live: 'poll' },
        },
      });
      expect(api.capabilities.tracking.verification).to.equal('pin');
      expect(api.capabilities.feedback.maxCommentLength).to.equal(1200);
      expect((await rejection(api.getEligibilityRules('passport-renewal'))).code).to.equal('unsupported');
      expect((await rejection(api.findRequest({ reference: 'X' }))).code).to.equal('unsupported');
      expect(await server.log()).to.have.length(0);
    });
  });
});

describe('createHttpBackend never crashes on what a server sends (property-based)', () => {
  // Bodies go through an injected fetch returning real Response objects: thousands of runs stay fast.
  function backendAnswering(status: number, text: string) {
    const fetch: typeof globalThis.fetch = async () =>
      new Response([204, 205, 304].includes(status) ? null : text, { status, headers: { 'Content-Type': 'application/json' } });
    return backend('https://api.example.gov', { fetch, retries: 0 });
  }

  /** Either a value the schema accepts, or a DiwanError — anything else fails the property. */
  async function parsesOrRejectsCleanly(call: Promise<unknown>, schema: z.ZodMiniType, allowed: readonly string[]) {
    try {
      const value = await call;
      expect(z.safeParse(schema, value).success, 'a resolved value satisfies the schema').to.equal(true);
    } catch (error) {
      expect(error, String(error)).to.be.instanceOf(DiwanError);
      expect(allowed).to.include((error as DiwanError).code);
    }
  }

  const bodies = fc.oneof(
    fc.json(),
    fc.string(),
    fc.jsonValue().map((value) => JSON.stringify(value)),
    fc.constantFrom('', '<html>', '{', 'null', '[]', '{"services":null}'),
  );

  it('arbitrary JSON and text as a 200 answer parses or rejects with invalid_response', async () => {
    await fc.assert(
      fc.asyncProperty(bodies, async (text) => {
        const api = backendAnswering(200, text);
        await parsesOrRejectsCleanly(api.listServices(), ServiceCatalogue, ['invalid_response']);
        await parsesOrRejectsCleanly(api.getEligibilityRules('x'), EligibilityRules, ['invalid_response']);
        await parsesOrRejectsCleanly(api.findRequest({ reference: 'x' }), RequestRecord, ['invalid_response']);
      }),
      { numRuns: 300 },
    );
  });

  // Every path into the valid sample service, so a mutation can hit any field at any depth.
  function pathsOf(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
    if (value === null || typeof value !== 'object') return [prefix];
    const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
    return [prefix, ...entries.flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
  }
  const servicePaths = pathsOf(passport).filter((path) => path.length > 0);
  const REMOVE = Symbol('remove');

  function mutate(path: Array<string | number>, replacement: unknown): unknown {
    const copy = structuredClone(passport) as unknown as Record<string | number, unknown>;
    let parent = copy;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (replacement === REMOVE) delete parent[last];
    else parent[last] = replacement;
    return copy;
  }

  it('a valid service with any one field replaced or removed parses or rejects with invalid_response', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...servicePaths),
        fc.oneof(fc.constant(REMOVE), fc.jsonValue(), fc.string(), fc.integer(), fc.constant(null)),
        async (path, replacement) => {
          const api = backendAnswering(200, JSON.stringify(mutate(path, replacement)));
          await parsesOrRejectsCleanly(api.getService('passport-renewal'), Service, ['invalid_response']);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('any status with any body resolves cleanly or rejects with a DiwanError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 200, max: 599 }), bodies, async (status, text) => {
        const api = backendAnswering(status, text);
        await parsesOrRejectsCleanly(api.sendFeedback(feedback), z.object({ id: z.string(), receivedAt: z.string() }), [
          'invalid_response',
          'http',
          'not_found',
          'rate_limited',
          'unsupported',
        ]);
      }),
      { numRuns: 300 },
    );
  });
});
