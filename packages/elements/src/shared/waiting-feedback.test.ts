// Feedback queued offline on one page is delivered by the next Diwan widget the citizen meets, of any
// kind: here a service catalogue on a page without a feedback widget.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { DiwanError, hasWaitingFeedback, type DiwanBackend, type Feedback, type FeedbackReceipt } from '@diwan/client';
import '../define/service-catalogue.js';
import { outboxTarget, sharedOutbox } from './outbox-link.js';

const services = { categories: [{ id: 'civil', name: { en: 'Civil registry' } }], services: [] };

function backendSending(send: (feedback: Feedback) => Promise<FeedbackReceipt>, outboxId: string | undefined = 'ministry'): DiwanBackend {
  return {
    outboxId,
    capabilities: {
      catalogue: true,
      eligibility: false,
      tracking: { enabled: false, verification: null, live: 'none' },
      feedback: { enabled: true, maxCommentLength: 1200 },
    },
    listServices: () => Promise.resolve(services),
    getService: () => Promise.reject(new DiwanError('not_found', 'none')),
    getEligibilityRules: () => Promise.reject(new DiwanError('unsupported', 'none')),
    findRequest: () => Promise.reject(new DiwanError('unsupported', 'none')),
    sendFeedback: send,
  } as DiwanBackend;
}

const item = (): Feedback => ({ kind: 'feedback', useful: true, page: '/passports', locale: 'en', idempotencyKey: crypto.randomUUID() });

describe('feedback waiting from an earlier page', () => {
  // the page's outbox is shared by every test file on this origin: leave it empty, the hint cleared
  after(async () => {
    (await sharedOutbox()).close();
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase('diwan-outbox');
      request.onsuccess = request.onerror = request.onblocked = resolve;
    });
    localStorage.removeItem('diwan-outbox-waiting:diwan-outbox');
  });

  it('is sent by a catalogue on the next page, and the hint that something waits is cleared', async () => {
    // an earlier page: the citizen answered while offline, then left
    const outbox = await sharedOutbox();
    const offline = backendSending(() => Promise.reject(new DiwanError('network', 'offline')));
    const target = outboxTarget(offline, undefined)!;
    const disconnect = outbox.connect(target, offline);
    const queued = item();
    expect((await outbox.submit(target, queued)).status).to.equal('queued');
    disconnect();
    expect(hasWaitingFeedback()).to.equal(true);

    // this page: only a catalogue, whose backend accepts feedback
    const received: Feedback[] = [];
    const online = backendSending((feedback) => {
      received.push(feedback);
      return Promise.resolve({ id: 'FB-1', receivedAt: new Date().toISOString() });
    });
    const el = await fixture(html`<diwan-service-catalogue .backend=${online}></diwan-service-catalogue>`);
    await waitUntil(() => received.length === 1, 'the queued feedback is sent', { timeout: 4000 });
    expect(received[0]!.idempotencyKey).to.equal(queued.idempotencyKey);
    await waitUntil(() => !hasWaitingFeedback(), 'the hint is cleared once the queue is empty');
    expect(await outbox.pending()).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('.empty')?.textContent, 'the catalogue itself still works').to.be.a('string');
  });

  it('is not sent to a backend that takes no feedback', async () => {
    const outbox = await sharedOutbox();
    const sender = backendSending(() => Promise.reject(new DiwanError('network', 'offline')));
    const target = outboxTarget(sender, undefined)!;
    const disconnect = outbox.connect(target, sender);
    await outbox.submit(target, item());
    disconnect();
    let calls = 0;
    const noFeedback = backendSending(() => {
      calls += 1;
      return Promise.resolve({ id: 'FB-2', receivedAt: new Date().toISOString() });
    });
    (noFeedback.capabilities as { feedback: { enabled: boolean } }).feedback.enabled = false;
    const el = await fixture(html`<diwan-service-catalogue .backend=${noFeedback}></diwan-service-catalogue>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.empty'), 'the catalogue is ready');
    await new Promise((resolve) => setTimeout(resolve, 50)); // a flush would have started by now
    expect(calls).to.equal(0);
    expect(hasWaitingFeedback(), 'still waiting for a backend that takes it').to.equal(true);
  });
});
