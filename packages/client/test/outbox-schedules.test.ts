// Exactly once, over random fault schedules: two tabs on one database submit, flush and reload while a
// scripted server goes offline, answers 503, loses answers (before or after storing) or accepts.
// Every item the outbox accepted must end up stored on the server, under its own key, and the queue
// must end empty; no item may be sent by two attempts at the same time, none is sent again once its
// receipt arrived, and the server accepts an item again only after an accepted POST whose answer was lost.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FakeFeedbackServer, TARGET, Tab, feedback, uniqueDatabaseName, type ServerStep } from './fixtures/outbox-harness.js';

type Operation =
  | { op: 'submit'; tab: 0 | 1 }
  | { op: 'flush'; tab: 0 | 1 }
  | { op: 'reload'; tab: 0 | 1 }
  | { op: 'flush-both' };

const tabIndex = fc.constantFrom<0 | 1>(0, 1);
const operation: fc.Arbitrary<Operation> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('submit' as const), tab: tabIndex }), weight: 4 },
  { arbitrary: fc.record({ op: fc.constant('flush' as const), tab: tabIndex }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('reload' as const), tab: tabIndex }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('flush-both' as const) }), weight: 1 },
);
const serverStep = fc.constantFrom<ServerStep>('offline', 'unavailable', 'lost', 'stored-then-lost', 'ok');
const schedule = fc.record({
  operations: fc.array(operation, { minLength: 1, maxLength: 12 }),
  steps: fc.array(serverStep, { maxLength: 24 }),
  coordination: fc.constantFrom('web-locks' as const, 'lease' as const),
  pauses: fc.array(fc.nat({ max: 3 }), { minLength: 12, maxLength: 12 }),
});

const RUNS = 120;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('outbox: exactly once over random fault schedules', () => {
  it(`delivers every accepted item once, in ${RUNS} random schedules of two tabs`, async function () {
    this.timeout(120_000);
    let schedulesRun = 0;
    let itemsAccepted = 0;
    let replaysAbsorbed = 0;
    await fc.assert(
      fc.asyncProperty(schedule, async ({ operations, steps, coordination, pauses }) => {
        const server = new FakeFeedbackServer(steps);
        const databaseName = uniqueDatabaseName('schedule');
        const tabs = [new Tab(databaseName, server, { coordination }), new Tab(databaseName, server, { coordination })];
        const accepted = new Set<string>();
        const work: Promise<unknown>[] = [];
        const problems: string[] = [];
        try {
          for (const [index, step] of operations.entries()) {
            if (step.op === 'submit') {
              const item = feedback();
              work.push(tabs[step.tab]!.outbox.submit(TARGET, item).then(
                (result) => {
                  accepted.add(item.idempotencyKey);
                  if (result.status === 'sent' && !server.records.has(item.idempotencyKey)) problems.push(`"sent" but not stored: ${item.idempotencyKey}`);
                },
                // the page died before the item was stored: the citizen was never told it was saved
                (error: { code?: string }) => { if (error.code !== 'aborted') problems.push(`submit rejected: ${String(error)}`); },
              ));
            } else if (step.op === 'flush') {
              work.push(tabs[step.tab]!.outbox.flush({ ignoreBackoff: true }));
            } else if (step.op === 'flush-both') {
              work.push(tabs[0]!.outbox.flush({ ignoreBackoff: true }), tabs[1]!.outbox.flush({ ignoreBackoff: true }));
            } else {
              tabs[step.tab]!.reload();
            }
            await sleep(pauses[index] ?? 0); // lets operations overlap by different amounts
          }
          await Promise.all(work);

          // the network is back for good: a fresh page load empties the queue (leases of dead pages expire)
          server.script([]);
          tabs[0]!.reload();
          const deadline = performance.now() + 3000;
          while ((await tabs[0]!.outbox.pending()).length > 0 && performance.now() < deadline) {
            await tabs[0]!.outbox.flush({ ignoreBackoff: true });
            await sleep(20);
          }
          expect(problems).to.deep.equal([]);
          expect(await tabs[0]!.outbox.pending(), 'queue after the network came back').to.deep.equal([]);
          for (const key of accepted) expect(server.records.has(key), `item ${key} lost`).to.be.true;
          expect(server.overlaps, 'sends of one item at the same time').to.equal(0);
          // what the design promises beyond "stored" (records is keyed, so it dedupes by construction):
          // an item whose receipt reached the page is never sent again, and an item is accepted again
          // only after an accepted POST whose answer was lost
          expect(server.sentAfterReceipt, 'items sent again after their receipt arrived').to.equal(0);
          for (const [key, count] of server.acceptedPerKey) {
            expect(count - 1, `extra accepted POSTs of ${key} beyond lost answers`).to.be.at.most(server.answersLostPerKey.get(key) ?? 0);
          }
          schedulesRun += 1;
          itemsAccepted += accepted.size;
          replaysAbsorbed += [...server.requestsPerKey.values()].reduce((sum, count) => sum + count, 0) - server.records.size;
        } finally {
          for (const tab of tabs) tab.close();
        }
      }),
      { numRuns: RUNS, seed: 20261123, endOnFailure: true },
    );
    console.log(`[outbox] ${schedulesRun} schedules, ${itemsAccepted} items accepted, all stored once; ${replaysAbsorbed} replays absorbed by idempotency keys`);
    expect(schedulesRun).to.equal(RUNS);
  });
});
