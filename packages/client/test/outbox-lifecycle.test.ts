// When the outbox wakes up (connect, online, page visible, its own timer), and what it does with items
// the server refuses or when the browser has no IndexedDB.
import { expect } from '@open-wc/testing';
import { DiwanError, Outbox, hasWaitingFeedback, type OutboxChange } from '@diwan/client';
import { FakeFeedbackServer, TARGET, Tab, feedback, uniqueDatabaseName } from './fixtures/outbox-harness.js';

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 3000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Captures console.warn while `run` runs. */
async function warningsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Leaves one item queued in `databaseName` (sent while offline by a page that then closed). */
async function leaveQueuedItem(databaseName: string): Promise<string> {
  const page = new Tab(databaseName, new FakeFeedbackServer(['offline']));
  const item = feedback();
  expect((await page.outbox.submit(TARGET, item)).status).to.equal('queued');
  page.close();
  return item.idempotencyKey;
}

describe('outbox lifecycle', () => {
  const opened: Outbox[] = [];
  afterEach(() => opened.splice(0).forEach((outbox) => outbox.close()));
  const outboxOn = (databaseName: string, options = {}) => {
    const outbox = new Outbox({ databaseName, autoRetry: false, initialBackoffMs: 0, ...options });
    opened.push(outbox);
    return outbox;
  };

  it('does nothing until connected, then sends what an earlier page left (flush on start)', async () => {
    const databaseName = uniqueDatabaseName('start');
    const key = await leaveQueuedItem(databaseName);
    const server = new FakeFeedbackServer();
    const outbox = outboxOn(databaseName);
    window.dispatchEvent(new Event('online'));
    document.dispatchEvent(new Event('visibilitychange'));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(server.requests, 'requests before connect').to.equal(0);

    outbox.connect(TARGET, server.backend());
    await waitFor(() => server.records.has(key));
    expect(await outbox.pending()).to.deep.equal([]);
  });

  it('keeps a hint that feedback waits while it does, so pages without a feedback widget know to send it', async () => {
    const databaseName = uniqueDatabaseName('hint');
    expect(hasWaitingFeedback(databaseName), 'nothing queued yet').to.equal(false);
    const key = await leaveQueuedItem(databaseName);
    expect(hasWaitingFeedback(databaseName), 'after an item was queued').to.equal(true);
    expect(hasWaitingFeedback(uniqueDatabaseName('other')), 'another database').to.equal(false);

    const server = new FakeFeedbackServer();
    const outbox = outboxOn(databaseName);
    outbox.connect(TARGET, server.backend());
    await waitFor(() => server.records.has(key));
    await waitFor(() => !hasWaitingFeedback(databaseName));
    expect(await outbox.pending()).to.deep.equal([]);
  });

  it('sends due items when the page becomes visible, and stops listening once disconnected', async () => {
    const databaseName = uniqueDatabaseName('visible');
    const server = new FakeFeedbackServer(['offline', 'offline']);
    const outbox = outboxOn(databaseName);
    const disconnect = outbox.connect(TARGET, server.backend());
    await outbox.submit(TARGET, feedback()); // offline: queued, due at once (no backoff here)
    await outbox.flush(); // offline again
    expect(document.visibilityState).to.equal('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => server.records.size === 1);

    server.script(['offline']);
    const later = feedback();
    expect((await outbox.submit(TARGET, later)).status).to.equal('queued');
    disconnect();
    window.dispatchEvent(new Event('online'));
    document.dispatchEvent(new Event('visibilitychange'));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(server.records.has(later.idempotencyKey), 'sent after disconnect').to.be.false;
  });

  it('retries by itself when the earliest item is due (its own timer while connected)', async () => {
    const server = new FakeFeedbackServer(['unavailable']);
    const outbox = outboxOn(uniqueDatabaseName('timer'), { autoRetry: true, initialBackoffMs: 20 });
    outbox.connect(TARGET, server.backend());
    const item = feedback();
    expect((await outbox.submit(TARGET, item)).status).to.equal('queued');
    await waitFor(() => server.records.has(item.idempotencyKey));
    await waitFor(async () => (await outbox.pending()).length === 0);
  });

  it('rejects feedback the server refuses (4xx) at once, keeps nothing, and names the reason in a warning', async () => {
    const server = new FakeFeedbackServer(['refuse']);
    const outbox = outboxOn(uniqueDatabaseName('refuse'));
    outbox.connect(TARGET, server.backend());
    let rejection: unknown;
    const warnings = await warningsDuring(() => outbox.submit(TARGET, feedback()).catch((error: unknown) => (rejection = error)));
    expect(rejection).to.be.instanceOf(DiwanError);
    expect((rejection as DiwanError).status).to.equal(422);
    expect(await outbox.pending()).to.deep.equal([]);
    expect(warnings.join('\n')).to.match(/refused .*http 422: Unprocessable/);
  });

  for (const [step, code] of [['refuse', 'http'], ['malformed', 'invalid_response']] as const) {
    it(`drops a queued item the server later refuses (${step}), tells subscribers, and does not retry it`, async () => {
      const server = new FakeFeedbackServer(['offline', step]);
      const outbox = outboxOn(uniqueDatabaseName(`drop-${step}`));
      outbox.connect(TARGET, server.backend());
      const changes: OutboxChange[] = [];
      outbox.subscribe((change) => changes.push(change));
      const item = feedback();
      await outbox.submit(TARGET, item);
      const warnings = await warningsDuring(() => outbox.flush({ ignoreBackoff: true }));
      expect(changes.map((change) => change.type)).to.deep.equal(['dropped']);
      const [change] = changes;
      if (change?.type === 'dropped') expect(change.error.code).to.equal(code);
      expect(warnings.join('\n')).to.contain(item.idempotencyKey);
      expect(await outbox.pending()).to.deep.equal([]);
      await outbox.flush({ ignoreBackoff: true });
      expect(server.requests).to.equal(2);
    });
  }

  it('without IndexedDB: sends when it can, and says so honestly (a rejection) when it can neither send nor store', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'indexedDB');
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    try {
      const server = new FakeFeedbackServer(['ok', 'offline']);
      const outbox = outboxOn('no-indexeddb');
      outbox.connect(TARGET, server.backend());
      expect((await outbox.submit(TARGET, feedback())).status).to.equal('sent');
      let rejection: unknown;
      await outbox.submit(TARGET, feedback()).catch((error: unknown) => (rejection = error));
      expect((rejection as DiwanError).code).to.equal('network');
      expect(await outbox.pending()).to.deep.equal([]);
    } finally {
      if (descriptor) Object.defineProperty(window, 'indexedDB', descriptor);
      else delete (window as { indexedDB?: unknown }).indexedDB;
    }
  });

  it('refuses to submit for a target no backend is connected for', async () => {
    const outbox = outboxOn(uniqueDatabaseName('no-target'));
    let rejection: unknown;
    await outbox.submit('nowhere', feedback()).catch((error: unknown) => (rejection = error));
    expect((rejection as DiwanError).code).to.equal('config');
  });
});
