import { expect } from '@open-wc/testing';
import { Capabilities, DiwanError, FeedbackReceipt, RequestRecord, Service, type DiwanErrorCode, type Feedback } from '@diwan/client';
import * as z from 'zod/mini';
import { createDemoBackend, demoCatalogue } from '@diwan/client/demo';

async function rejection(promise: Promise<unknown>): Promise<DiwanError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(DiwanError);
    return error as DiwanError;
  }
  throw new Error('expected the call to reject');
}

/** A clock the test moves by hand. */
function fakeClock(start = '2026-11-23T09:00:00Z') {
  let time = Date.parse(start);
  return { now: () => new Date(time), advance: (seconds: number) => { time += seconds * 1000; } };
}

const feedback = (overrides: Partial<Feedback> = {}): Feedback => ({
  kind: 'feedback', useful: true, rating: 4, comment: 'Clear page.', serviceId: 'passport-renewal',
  page: '/services/passport', locale: 'ar', idempotencyKey: 'key-00000001', ...overrides,
});

describe('createDemoBackend: catalogue', () => {
  it('lists every sample service and category, parsed by the schema', async () => {
    const catalogue = await createDemoBackend().listServices();
    expect(catalogue.services).to.have.length(demoCatalogue.services.length);
    expect(catalogue.categories).to.have.length(demoCatalogue.categories.length);
    expect(z.safeParse(Service, catalogue.services[0]).success).to.equal(true);
  });

  it('does not let a widget change the sample data', async () => {
    const backend = createDemoBackend();
    const first = await backend.listServices();
    const service = first.services.find((candidate) => candidate.id === 'passport-renewal')!;
    expect(() => { (service as { id: string }).id = 'changed'; }).to.throw(TypeError);
    expect(() => service.channels.push({ kind: 'kiosk' })).to.throw(TypeError);
    first.services.reverse(); // the arrays themselves are the caller's to sort
    first.services.length = 0;
    const again = await backend.listServices();
    expect(again.services).to.have.length(demoCatalogue.services.length);
    expect((await backend.getService('passport-renewal')).id).to.equal('passport-renewal');
  });

  it('gets one service, and rejects an unknown id with not_found', async () => {
    const backend = createDemoBackend();
    const service = await backend.getService('birth-certificate');
    expect(service.name).to.deep.include({ en: 'Birth certificate', fr: 'Acte de naissance' });
    const error = await rejection(backend.getService('no-such-service'));
    expect(error.code).to.equal('not_found');
    expect(error.retryable).to.equal(false);
  });

  it('gets eligibility rules, and rejects with not_found for a service without rules', async () => {
    const backend = createDemoBackend();
    const rules = await backend.getEligibilityRules('disability-allowance');
    expect(rules.serviceId).to.equal('disability-allowance');
    expect(rules.questions.map((question) => question.id)).to.include('age');
    expect((await rejection(backend.getEligibilityRules('birth-certificate'))).code).to.equal('not_found');
    expect((await rejection(backend.getEligibilityRules('no-such-service'))).code).to.equal('not_found');
  });

  it('serves a replacement catalogue: an empty one has no services', async () => {
    const backend = createDemoBackend({ catalogue: { categories: [], services: [] } });
    expect((await backend.listServices()).services).to.deep.equal([]);
    expect((await rejection(backend.getService('passport-renewal'))).code).to.equal('not_found');
    expect((await rejection(backend.getEligibilityRules('disability-allowance'))).code).to.equal('not_found');
  });

  it('rejects a replacement catalogue that does not fit the schema with invalid_response', async () => {
    const broken = { categories: [], services: [{ id: 'Not A Slug', name: 'x' }] } as never;
    const error = await rejection(createDemoBackend({ catalogue: broken }).listServices());
    expect(error.code).to.equal('invalid_response');
  });

  it('declares its capabilities', () => {
    const { capabilities } = createDemoBackend();
    expect(z.safeParse(Capabilities, capabilities).success).to.equal(true);
    expect(capabilities).to.deep.equal({
      catalogue: true,
      eligibility: true,
      tracking: { enabled: true, verification: 'surname', referencePattern: '^DW-\\d{4}-\\d{4}$', live: 'poll' },
      feedback: { enabled: true, maxCommentLength: 1200 },
      insights: true,
    });
    expect(new RegExp(capabilities.tracking.referencePattern!).test('DW-2026-0001')).to.equal(true);
  });
});

describe('createDemoBackend: latency, abort and failWith', () => {
  it('waits latencyMs before answering', async () => {
    const call = createDemoBackend({ latencyMs: 40 }).getService('passport-renewal');
    let settled = false;
    void call.then(() => { settled = true; });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settled).to.equal(false);
    expect((await call).id).to.equal('passport-renewal');
  });

  it('rejects with aborted as soon as the signal aborts during the delay', async () => {
    const controller = new AbortController();
    const call = createDemoBackend({ latencyMs: 60_000 }).listServices({ signal: controller.signal });
    controller.abort();
    const error = await rejection(call);
    expect(error.code).to.equal('aborted');
    expect(error.retryable).to.equal(false);
  });

  it('rejects at once for a signal that is already aborted, even without latency', async () => {
    const error = await rejection(createDemoBackend().listServices({ signal: AbortSignal.abort() }));
    expect(error.code).to.equal('aborted');
  });

  it('reports an AbortSignal.timeout as timeout', async () => {
    const error = await rejection(createDemoBackend({ latencyMs: 60_000 }).listServices({ signal: AbortSignal.timeout(5) }));
    expect(error.code).to.equal('timeout');
  });

  for (const code of ['network', 'timeout', 'http', 'invalid_response', 'rate_limited', 'unsupported'] as DiwanErrorCode[]) {
    it(`makes every call reject with ${code} when failWith is ${code}`, async () => {
      const backend = createDemoBackend({ failWith: code });
      const calls = [
        backend.listServices(),
        backend.getService('passport-renewal'),
        backend.getEligibilityRules('disability-allowance'),
        backend.findRequest({ reference: 'DW-2026-0001', verification: 'Karim' }),
        backend.sendFeedback(feedback()),
      ];
      for (const call of calls) expect((await rejection(call)).code).to.equal(code);
      expect(backend.capabilities.catalogue).to.equal(true);
    });
  }

  it('gives a simulated rate_limited error a retryAfter', async () => {
    const error = await rejection(createDemoBackend({ failWith: 'rate_limited' }).listServices());
    expect(error.retryAfter).to.be.greaterThan(0);
    expect(error.retryable).to.equal(true);
  });
});

describe('createDemoBackend: request tracking', () => {
  it('finds DW-2026-0001 for Karim: in progress and on track, with dates around now', async () => {
    const clock = fakeClock();
    const record = await createDemoBackend({ now: clock.now }).findRequest({ reference: 'DW-2026-0001', verification: 'Karim' });
    expect(z.safeParse(RequestRecord, record).success).to.equal(true);
    expect(record).to.include({ reference: 'DW-2026-0001', serviceId: 'passport-renewal', status: 'in_progress', sla: 'on_track' });
    expect(Date.parse(record.submittedAt)).to.be.below(clock.now().getTime());
    expect(Date.parse(record.expectedAt!)).to.be.above(clock.now().getTime());
  });

  it('finds DW-2026-0002 for Haddad: overdue with an action for the citizen, whenever the demo runs', async () => {
    for (const start of ['2026-01-01T00:00:00Z', '2031-06-15T12:00:00Z']) {
      const clock = fakeClock(start);
      const record = await createDemoBackend({ now: clock.now }).findRequest({ reference: 'DW-2026-0002', verification: 'Haddad' });
      expect(record.sla).to.equal('overdue');
      expect(Date.parse(record.expectedAt!)).to.be.below(clock.now().getTime());
      expect(record.actionsNeeded?.length).to.be.greaterThan(0);
      expect(record.status).to.equal('awaiting_citizen');
    }
  });

  it('matches the reference ignoring case and spaces, and the surname ignoring case', async () => {
    const backend = createDemoBackend();
    for (const [reference, verification] of [[' dw-2026-0001 ', 'KARIM'], ['DW 2026 0001', ' karim '], ['dw-2026-0002', 'haddad']]) {
      expect((await backend.findRequest({ reference: reference!, verification })).reference).to.match(/^DW-2026-000[12]$/);
    }
  });

  it('has more sample requests, whose timelines use many channels', async () => {
    const backend = createDemoBackend();
    const records = await Promise.all([
      backend.findRequest({ reference: 'DW-2026-0001', verification: 'Karim' }),
      backend.findRequest({ reference: 'DW-2026-0002', verification: 'Haddad' }),
      backend.findRequest({ reference: 'DW-2026-0003', verification: 'Othman' }),
      backend.findRequest({ reference: 'DW-2026-0004', verification: 'Saleh' }),
    ]);
    const channels = new Set(records.flatMap((record) => record.timeline.map((event) => event.channel)));
    expect(channels.size).to.be.at.least(6);
    expect(new Set(records.map((record) => record.status)).size).to.be.at.least(3);
  });

  it('rejects an unknown reference and a wrong surname identically, so references cannot be enumerated', async () => {
    const backend = createDemoBackend();
    const unknown = await rejection(backend.findRequest({ reference: 'DW-2026-9999', verification: 'Karim' }));
    const wrongSurname = await rejection(backend.findRequest({ reference: 'DW-2026-0001', verification: 'Haddad' }));
    const noSurname = await rejection(backend.findRequest({ reference: 'DW-2026-0001' }));
    for (const error of [unknown, wrongSurname, noSurname]) {
      expect(error.code).to.equal('not_found');
      expect(error.message).to.equal(unknown.message);
      expect(error.status).to.equal(unknown.status);
    }
  });

  it('locks lookups for 60 seconds after 5 failed attempts, then lets the citizen try again', async () => {
    const clock = fakeClock();
    const backend = createDemoBackend({ now: clock.now });
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await rejection(backend.findRequest({ reference: `DW-2026-99${attempt}0`, verification: 'x' }))).code).to.equal('not_found');
    }
    const locked = await rejection(backend.findRequest({ reference: 'DW-2026-0001', verification: 'Karim' }));
    expect(locked.code).to.equal('rate_limited');
    expect(locked.retryAfter).to.equal(60);
    clock.advance(45);
    expect((await rejection(backend.findRequest({ reference: 'DW-2026-0001', verification: 'Karim' }))).retryAfter).to.equal(15);
    // Another backend instance keeps its own count.
    expect((await createDemoBackend({ now: clock.now }).findRequest({ reference: 'DW-2026-0001', verification: 'Karim' })).status).to.equal('in_progress');
    clock.advance(16);
    expect((await backend.findRequest({ reference: 'DW-2026-0001', verification: 'Karim' })).reference).to.equal('DW-2026-0001');
  });
});

describe('createDemoBackend: feedback', () => {
  it('returns a receipt, and the same receipt again for the same idempotency key', async () => {
    const clock = fakeClock();
    const backend = createDemoBackend({ now: clock.now });
    const first = await backend.sendFeedback(feedback());
    expect(z.safeParse(FeedbackReceipt, first).success).to.equal(true);
    clock.advance(30);
    const retried = await backend.sendFeedback(feedback());
    expect(retried).to.deep.equal(first);
    const other = await backend.sendFeedback(feedback({ idempotencyKey: 'key-00000002' }));
    expect(other.id).not.to.equal(first.id);
    expect(other.receivedAt).not.to.equal(first.receivedAt);
  });

  it('accepts optional details that name the answer they follow, with a receipt of their own', async () => {
    const backend = createDemoBackend();
    const answer = await backend.sendFeedback(feedback({ rating: undefined, comment: undefined }));
    const details = await backend.sendFeedback(feedback({ idempotencyKey: 'key-00000002', followUpOf: 'key-00000001' }));
    expect(details.id).to.not.equal(answer.id);
    const malformed = await rejection(backend.sendFeedback(feedback({ idempotencyKey: 'key-00000003', followUpOf: 'short' })));
    expect([malformed.code, malformed.status, malformed.retryable]).to.deep.equal(['http', 422, false]);
  });

  it('rejects feedback that does not fit the schema or is too long, without retrying', async () => {
    const backend = createDemoBackend();
    for (const bad of [feedback({ page: '/search?q=my-name' }), feedback({ rating: 9 }), feedback({ comment: 'x'.repeat(1201) })]) {
      const error = await rejection(backend.sendFeedback(bad));
      expect(error.code).to.equal('http');
      expect(error.status).to.equal(422);
      expect(error.retryable).to.equal(false);
    }
  });
});
