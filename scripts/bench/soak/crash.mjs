// Soak part 2, crash safety: a feedback load on the server (its own process, PostgreSQL), `kill -9` in the
// middle of it, a restart on the same database, then every item of the load sent again with the same key.
// Verified: every item acknowledged (2xx) before the kill is in the database exactly once and its resend
// gets the same receipt; every resend gets a receipt; no key has two rows; the load really was cut mid-way.
import { deadline, feedbackItem, pause, percentile, runClients, sendFeedback } from './common.mjs';

const CLIENTS = 50;
const ITEMS = 2000;
const KILL_AFTER_ACKS = 700;
const KILL_AFTER_MS = 30_000;

export async function runCrash(target, { log }) {
  const run = `${process.pid}-${Date.now().toString(36)}`;
  const items = Array.from({ length: ITEMS }, (_, i) => feedbackItem(`soak-crash-${run}-${String(i).padStart(5, '0')}`, i));
  const bound = deadline();
  const before = new Map(); // key → the answer before the kill (or its error)
  let acks = 0;
  let killing = false;
  let killed;

  const first = await target.start();
  const firstApi = `${first.url}/api/v1`;
  log(`soak 2 on ${target.kind}: ${ITEMS} feedback items by ${CLIENTS} clients; kill -9 after ${KILL_AFTER_ACKS} acknowledgements…`);
  const started = performance.now();
  const killer = (async () => {
    while (acks < KILL_AFTER_ACKS && performance.now() - started < KILL_AFTER_MS) await pause(2);
    const inFlight = [...before.values()].filter((answer) => answer.pending).length;
    killing = true; // no client starts another item: what is cut is what was in flight
    killed = { afterAcks: acks, afterMs: performance.now() - started, inFlight, exit: await first.kill() };
  })();
  await runClients(CLIENTS, items, async (item) => {
    before.set(item.idempotencyKey, { pending: true });
    const answer = await sendFeedback(firstApi, item, bound);
    before.set(item.idempotencyKey, answer);
    if (answer.status >= 200 && answer.status < 300) acks += 1;
  }, { stop: () => killing || bound.passed() });
  await killer;
  const acknowledged = [...before].filter(([, answer]) => answer.status >= 200 && answer.status < 300);
  const cut = [...before].filter(([, answer]) => !(answer.status >= 200 && answer.status < 300));

  log(`soak 2 on ${target.kind}: restarting, resending all ${ITEMS} with the same keys…`);
  const restartedAt = performance.now();
  const second = await target.start();
  const restartMs = performance.now() - restartedAt;
  const after = new Map();
  const latencies = [];
  try {
    await runClients(CLIENTS, items, async (item) => {
      const answer = await sendFeedback(`${second.url}/api/v1`, item, bound);
      after.set(item.idempotencyKey, answer);
      latencies.push(answer.ms);
    }, { stop: () => bound.passed() });
  } finally {
    await second.stop();
  }

  const rows = await target.inspect((db) => db.query(
    'select idempotency_key as key, count(*)::int as copies, min(id) as id from feedback where idempotency_key like $1 group by idempotency_key',
    [`soak-crash-${run}-%`],
  ));
  const stored = new Map(rows.map((row) => [row.key, row]));
  const receiptId = (answer) => {
    try {
      return JSON.parse(answer.text).id;
    } catch {
      return undefined;
    }
  };
  const ok = (answer) => answer && answer.status >= 200 && answer.status < 300;
  const lostAcks = acknowledged.filter(([key]) => stored.get(key)?.copies !== 1);
  // resends the time bound left unmade are reported, not counted as failures
  const changedReceipts = acknowledged.filter(([key, answer]) => after.has(key) && (receiptId(answer) !== receiptId(after.get(key)) || after.get(key).status !== 200));
  const unanswered = items.filter((item) => after.has(item.idempotencyKey) && !ok(after.get(item.idempotencyKey)));
  const doubled = rows.filter((row) => row.copies > 1);
  const rowNotReceipt = items.filter((item) => ok(after.get(item.idempotencyKey)) && stored.get(item.idempotencyKey)?.id !== receiptId(after.get(item.idempotencyKey)));
  // the cut ones: sent but unanswered when the server died; some were committed before it did
  const cutCommitted = cut.filter(([key]) => after.get(key)?.status === 200).length;
  return {
    part: 'crash',
    kind: target.kind,
    figures: {
      items: ITEMS, killed, acknowledged: acknowledged.length, cut: cut.length, cutCommitted, notSentBeforeKill: ITEMS - before.size,
      restartMs, resent: after.size, resendP95Ms: percentile(latencies, 95), rows: rows.length,
      lostAcks: lostAcks.length, changedReceipts: changedReceipts.length, unanswered: unanswered.length, doubled: doubled.length,
      unansweredSample: unanswered.slice(0, 3).map((item) => {
        const answer = after.get(item.idempotencyKey);
        return answer?.error ?? `${answer?.status} ${answer?.text?.slice(0, 120)}`;
      }),
    },
    checks: [
      { what: `the kill came mid-load (SIGKILL with items acknowledged, in flight and not yet sent)`, ok: killed?.exit.signal === 'SIGKILL' && acknowledged.length > 0 && before.size < ITEMS },
      { what: 'every item acknowledged before the kill is stored exactly once', ok: lostAcks.length === 0 },
      { what: `all ${ITEMS} items resent within the ${bound.ms / 1000} s bound`, ok: after.size === ITEMS, bound: true },
      { what: 'the resend of each acknowledged item answers 200 with the receipt given before the kill', ok: changedReceipts.length === 0 },
      { what: 'every resend gets a receipt (2xx)', ok: unanswered.length === 0 },
      { what: 'nothing doubled, and every receipt names its row', ok: doubled.length === 0 && rowNotReceipt.length === 0 && rows.length <= ITEMS },
    ],
  };
}
