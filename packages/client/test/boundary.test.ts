// The validating boundary (boundary.ts): every port method of an object backend, fed truly malformed
// data that fast-check derives from real sample data — wrong types, missing fields, hostile strings,
// 1 MB strings, deep nesting — resolves with data the schemas accept or rejects with `invalid_response`;
// a backend that never answers ends in a retryable `timeout`; and toDiwanError never throws.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  EligibilityRules, FeedbackReceipt, RequestRecord, Service, ServiceCatalogue, checkData, DiwanError, MAX_RETRY_AFTER_SECONDS, toDiwanError,
  type Capabilities, type DiwanBackend, type Feedback,
} from '@diwan/client';
import { guardBackend } from '@diwan/client/boundary';
import { createDemoBackend } from '@diwan/client/demo';
import { mutate, paths, replacement } from './fixtures/malformed.js';

type Method = 'listServices' | 'getService' | 'getEligibilityRules' | 'findRequest' | 'sendFeedback';

const CAPABILITIES: Capabilities = {
  catalogue: true, eligibility: true,
  tracking: { enabled: true, verification: 'surname', live: 'none' },
  feedback: { enabled: true, maxCommentLength: 1200 },
};
const FEEDBACK: Feedback = { kind: 'feedback', useful: true, page: '/p', locale: 'en', idempotencyKey: 'key-00000001' };
const SCHEMAS = { listServices: ServiceCatalogue, getService: Service, getEligibilityRules: EligibilityRules, findRequest: RequestRecord, sendFeedback: FeedbackReceipt };

/** An object backend whose every method resolves with `value` (never one of the client's own adapters). */
function answering(value: () => unknown, capabilities: unknown = CAPABILITIES): DiwanBackend {
  const answer = () => Promise.resolve(value());
  return { capabilities, listServices: answer, getService: answer, getEligibilityRules: answer, findRequest: answer, sendFeedback: answer } as unknown as DiwanBackend;
}

function call(backend: DiwanBackend, method: Method): Promise<unknown> {
  switch (method) {
    case 'listServices': return backend.listServices();
    case 'getService': return backend.getService('passport-renewal');
    case 'getEligibilityRules': return backend.getEligibilityRules('disability-allowance');
    case 'findRequest': return backend.findRequest({ reference: 'DW-2026-0001', verification: 'Karim' });
    case 'sendFeedback': return backend.sendFeedback(FEEDBACK);
  }
}

/** Real sample answers for each method, as plain JSON a backend could send. */
async function samples(): Promise<Record<Method, unknown>> {
  const demo = createDemoBackend({ now: () => new Date('2026-11-23T09:00:00Z') });
  const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
  return {
    listServices: plain(await demo.listServices()),
    getService: plain(await demo.getService('passport-renewal')),
    getEligibilityRules: plain(await demo.getEligibilityRules('disability-allowance')),
    findRequest: plain(await demo.findRequest({ reference: 'DW-2026-0001', verification: 'Karim' })),
    sendFeedback: plain(await demo.sendFeedback(FEEDBACK)),
  };
}

describe('the validating boundary', () => {
  let real: Record<Method, unknown>;
  before(async () => {
    real = await samples();
  });

  for (const method of Object.keys(SCHEMAS) as Method[]) {
    it(`${method}: malformed data from an object backend → parsed data or invalid_response, nothing else`, async () => {
      const sample = real[method];
      const allPaths = paths(sample);
      let rejected = 0;
      await fc.assert(
        fc.asyncProperty(fc.nat(allPaths.length - 1), replacement, async (index, value) => {
          const data = mutate(sample, allPaths[index]!, value);
          const backend = await guardBackend(answering(() => data));
          try {
            const result = await call(backend, method);
            expect(checkData(SCHEMAS[method], result).success, 'what resolves fits the schema').to.equal(true);
          } catch (error) {
            expect(error).to.be.instanceOf(DiwanError);
            expect((error as DiwanError).code).to.equal('invalid_response');
            expect((error as DiwanError).retryable).to.equal(false);
            rejected += 1;
          }
        }),
        { numRuns: 60 },
      );
      expect(rejected, 'malformed answers rejected').to.be.greaterThan(0);
    });
  }

  it('the untouched sample data passes', async () => {
    const backend = await guardBackend(answering(() => undefined));
    for (const method of Object.keys(SCHEMAS) as Method[]) {
      const fine = await guardBackend(answering(() => real[method]));
      expect(checkData(SCHEMAS[method], await call(fine, method)).success, method).to.equal(true);
    }
    expect(backend).to.exist;
  });

  it('malformed capabilities reject the backend with invalid_response', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(paths(CAPABILITIES).length - 1), replacement, async (index, value) => {
        const capabilities = mutate(CAPABILITIES, paths(CAPABILITIES)[index]!, value);
        try {
          const backend = await guardBackend(answering(() => undefined, capabilities));
          expect(backend.capabilities.tracking.live).to.be.oneOf(['none', 'poll', 'sse']);
        } catch (error) {
          expect((error as DiwanError).code).to.equal('invalid_response');
        }
      }),
      { numRuns: 40 },
    );
  });

  it('drops a reference pattern that backtracks exponentially, keeps a simple one', async () => {
    const unsafe = await guardBackend(answering(() => undefined, { ...CAPABILITIES, tracking: { ...CAPABILITIES.tracking, referencePattern: '^(a+)+$' } }));
    expect(unsafe.capabilities.tracking.referencePattern).to.equal(undefined);
    const simple = await guardBackend(answering(() => undefined, { ...CAPABILITIES, tracking: { ...CAPABILITIES.tracking, referencePattern: '^DW-\\d{4}-\\d{4}$' } }));
    expect(simple.capabilities.tracking.referencePattern).to.equal('^DW-\\d{4}-\\d{4}$');
  });

  it('a call that never settles rejects with a retryable timeout and aborts the backend’s signal', async () => {
    let seen: AbortSignal | undefined;
    const never = {
      ...answering(() => undefined),
      listServices: (options?: { signal?: AbortSignal }) => {
        seen = options?.signal;
        return new Promise(() => undefined);
      },
    } as DiwanBackend;
    const backend = await guardBackend(never, { timeoutMs: 50 });
    const error = await backend.listServices().then(() => undefined, (thrown: unknown) => thrown as DiwanError);
    expect(error).to.be.instanceOf(DiwanError);
    expect(error).to.include({ code: 'timeout', retryable: true });
    expect(seen?.aborted).to.equal(true);
  });

  it('the caller’s abort ends a call at once, even when the backend ignores its signal', async () => {
    const backend = await guardBackend({ ...answering(() => undefined), listServices: () => new Promise(() => undefined) } as DiwanBackend);
    const controller = new AbortController();
    const pending = backend.listServices({ signal: controller.signal }).then(() => undefined, (thrown: unknown) => thrown as DiwanError);
    controller.abort();
    expect(await pending).to.include({ code: 'aborted' });
  });
});

describe('toDiwanError', () => {
  const hostile: Record<string, () => unknown> = {
    'Object.create(null)': () => Object.create(null),
    'a throwing toString': () => ({ toString() { throw new Error('no'); } }),
    'throwing getters': () => Object.defineProperties(new Error('x'), { message: { get() { throw new Error('no'); } }, name: { get() { throw new Error('no'); } } }),
    'a revoked Proxy': () => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; },
    'a Symbol': () => Symbol('s'),
    'a look-alike DiwanError with a getter that throws': () => Object.defineProperty(Object.assign(new Error('x'), { name: 'DiwanError' }), 'code', { get() { throw new Error('no'); } }),
  };
  for (const [what, make] of Object.entries(hostile)) {
    it(`never throws for ${what}`, () => {
      const error = toDiwanError(make());
      expect(error).to.be.instanceOf(DiwanError);
      expect(error.message).to.be.a('string');
    });
  }

  it('never throws for anything fast-check can make', () => {
    fc.assert(fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true }), (value) => {
      expect(toDiwanError(value)).to.be.instanceOf(DiwanError);
    }));
  });

  it('caps a server’s Retry-After at an hour, and says so', () => {
    const error = new DiwanError('rate_limited', 'Too many attempts.', { retryAfter: 1e12 });
    expect(error.retryAfter).to.equal(MAX_RETRY_AFTER_SECONDS);
    expect(error.message).to.contain('at most 3600');
    // a DiwanError from another copy of Diwan (another bundle) is capped as well
    const foreign = Object.assign(new Error('Too many'), { name: 'DiwanError', code: 'rate_limited', retryAfter: 1e12 });
    expect(toDiwanError(foreign).retryAfter).to.equal(MAX_RETRY_AFTER_SECONDS);
  });
});
