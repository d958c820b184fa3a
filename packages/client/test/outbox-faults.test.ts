// The outbox under the faults a citizen on a train meets: offline, 503, an answer lost after the server
// stored the feedback, a reload in the middle, two tabs. Every item must arrive, and arrive once.
import { expect } from '@open-wc/testing';
import { DiwanError } from '@diwan/client';
import { FakeFeedbackServer, TARGET, Tab, feedback, uniqueDatabaseName } from './fixtures/outbox-harness.js';

describe('outbox under faults', () => {
  let tabs: Tab[] = [];
  const tab = (server: FakeFeedbackServer, databaseName: string, options = {}) => {
    const opened = new Tab(databaseName, server, options);
    tabs.push(opened);
    return opened;
  };
  afterEach(() => {
    for (const opened of tabs) opened.close();
    tabs = [];
  });

  it('sends at once when the server answers, and keeps nothing', async () => {
    const server = new FakeFeedbackServer();
    const page = tab(server, uniqueDatabaseName('ok'));
    const item = feedback();
    const result = await page.outbox.submit(TARGET, item);
    expect(result.status).to.equal('sent');
    expect(server.records.has(item.idempotencyKey)).to.be.true;
    expect(await page.outbox.pending()).to.deep.equal([]);
  });

  it('queues while offline and sends once when the connection comes back (the online event)', async () => {
    const server = new FakeFeedbackServer(['offline']);
    const page = tab(server, uniqueDatabaseName('offline'));
    const changes: string[] = [];
    page.outbox.subscribe((change) => changes.push(`${change.type} ${change.item.key}`));
    const item = feedback({ comment: 'Typed on a train' });
    const result = await page.outbox.submit(TARGET, item);
    expect(result.status).to.equal('queued');
    const [queued] = await page.outbox.pending();
    expect(queued!.feedback.comment).to.equal('Typed on a train');
    expect(queued!.attempts).to.equal(1);

    window.dispatchEvent(new Event('online'));
    await page.outbox.flush(); // waits for the flush the event started
    expect(server.records.size).to.equal(1);
    expect(server.requestsPerKey.get(item.idempotencyKey)).to.equal(1);
    expect(await page.outbox.pending()).to.deep.equal([]);
    expect(changes).to.deep.equal([`delivered ${item.idempotencyKey}`]);
  });

  it('waits longer after each 503 (backoff with jitter), and sends when the item is due', async () => {
    let now = Date.parse('2026-11-23T09:00:00Z');
    const server = new FakeFeedbackServer(['unavailable', 'unavailable']);
    const page = tab(server, uniqueDatabaseName('backoff'), { now: () => now, initialBackoffMs: 1000, random: () => 1 });
    const item = feedback();
    expect((await page.outbox.submit(TARGET, item)).status).to.equal('queued');
    expect((await page.outbox.pending())[0]!.nextAttemptAt - now).to.equal(1000);

    expect(await page.outbox.flush()).to.deep.equal({ sent: 0, dropped: 0, waiting: 1, busy: 0 }); // not due yet
    now += 1000;
    expect((await page.outbox.flush()).waiting).to.equal(1); // second 503
    expect((await page.outbox.pending())[0]!.nextAttemptAt - now).to.equal(2000);
    now += 2000;
    expect(await page.outbox.flush()).to.deep.equal({ sent: 1, dropped: 0, waiting: 0, busy: 0 });
    expect(server.requests).to.equal(3);
    expect(server.records.size).to.equal(1);
  });

  it('honours Retry-After when the server asks for a longer wait', async () => {
    const now = Date.parse('2026-11-23T09:00:00Z');
    const server = new FakeFeedbackServer();
    const page = tab(server, uniqueDatabaseName('retry-after'), { now: () => now, initialBackoffMs: 1000 });
    const limited = server.backend();
    limited.sendFeedback = () => Promise.reject(new DiwanError('rate_limited', 'Too many requests', { status: 429, retryAfter: 120 }));
    page.outbox.connect('limited', limited);
    await page.outbox.submit('limited', feedback());
    expect((await page.outbox.pending())[0]!.nextAttemptAt - now).to.equal(120_000);
  });

  it('replays with the same key when the answer was lost after the server stored it: one record, the first receipt', async () => {
    const server = new FakeFeedbackServer(['stored-then-lost']);
    const page = tab(server, uniqueDatabaseName('stored-lost'));
    const item = feedback();
    const result = await page.outbox.submit(TARGET, item);
    expect(result.status).to.equal('queued');
    if (result.status === 'queued') expect(result.reason.code).to.equal('timeout');
    const firstReceipt = server.records.get(item.idempotencyKey);

    let delivered: unknown;
    page.outbox.subscribe((change) => { if (change.type === 'delivered') delivered = change.receipt; });
    await page.outbox.flush({ ignoreBackoff: true });
    expect(server.records.size).to.equal(1);
    expect(server.requestsPerKey.get(item.idempotencyKey)).to.equal(2);
    expect(delivered).to.deep.equal(firstReceipt);
    expect(await page.outbox.pending()).to.deep.equal([]);
  });

  it('survives a reload in the middle of a send: the next page load sends it', async () => {
    const databaseName = uniqueDatabaseName('reload');
    const server = new FakeFeedbackServer(['lost']);
    const page = tab(server, databaseName, { attemptTimeoutMs: 60_000 });
    const item = feedback();
    const submitted = page.outbox.submit(TARGET, item);
    await waitFor(() => server.requests === 1);
    page.reload(); // the old page dies with its request unanswered; the new page flushes on start
    expect((await submitted).status).to.equal('queued');
    await waitFor(() => server.records.size === 1);
    await page.outbox.flush();
    expect(await page.outbox.pending()).to.deep.equal([]);
    expect(server.records.has(item.idempotencyKey)).to.be.true;
    expect(server.overlaps).to.equal(0);
  });

  for (const coordination of ['web-locks', 'lease'] as const) {
    it(`lets only one of two tabs send each queued item (${coordination})`, async () => {
      const databaseName = uniqueDatabaseName(`two-tabs-${coordination}`);
      const server = new FakeFeedbackServer(['offline', 'offline', 'offline', 'offline', 'offline']);
      const first = tab(server, databaseName, { coordination });
      await first.outbox.flush(); // the flush on start is over before the items come
      const items = Array.from({ length: 5 }, () => feedback());
      for (const item of items) await first.outbox.submit(TARGET, item);
      expect(await first.outbox.pending()).to.have.length(5);

      const second = tab(server, databaseName, { coordination }); // flushes on start…
      const reports = await Promise.all([first.outbox.flush({ ignoreBackoff: true }), second.outbox.flush({ ignoreBackoff: true })]);
      await waitFor(async () => (await first.outbox.pending()).length === 0);
      expect(server.records.size).to.equal(5);
      for (const item of items) expect(server.requestsPerKey.get(item.idempotencyKey), 'requests for one item').to.equal(1);
      expect(server.overlaps).to.equal(0);
      expect(reports.reduce((sum, report) => sum + report.sent, 0)).to.be.at.most(5);
    });
  }

  it('takes over an item whose lease a dead tab left behind, once the lease has expired', async () => {
    let now = Date.parse('2026-11-23T09:00:00Z');
    const databaseName = uniqueDatabaseName('lease-expiry');
    const server = new FakeFeedbackServer(['lost']);
    const options = { coordination: 'lease' as const, now: () => now, attemptTimeoutMs: 60_000 };
    const dying = tab(server, databaseName, options);
    const item = feedback();
    void dying.outbox.submit(TARGET, item);
    await waitFor(() => server.requests === 1);
    // the tab is killed without ending its attempt: its lease stays in the database
    const survivor = tab(server, databaseName, options);
    expect((await survivor.outbox.flush({ ignoreBackoff: true })).busy).to.equal(1);
    expect(server.requests).to.equal(1);
    now += 120_001;
    expect((await survivor.outbox.flush({ ignoreBackoff: true })).sent).to.equal(1);
    expect(server.records.has(item.idempotencyKey)).to.be.true;
  });
});

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 3000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
