// Soak part 1, idempotency under concurrency: 50 clients send 1,000 feedback items, 20 % of them repeats
// of a key another client sends AT THE SAME MOMENT (same round, both in flight together). Verified: every
// send answered 2xx, one 201 per key, every answer for a key byte-identical (the original receipt), and in
// the database exactly one row per key carrying that receipt's id.
import { deadline, feedbackItem, percentile, sendFeedback } from './common.mjs';

const CLIENTS = 50;
const SENDS = 1000;
const DUPLICATE_SHARE = 0.2;

/** Rounds of CLIENTS concurrent sends; in each, the last 20 % of the clients repeat keys of the first ones. */
function plan(run) {
  const perRound = CLIENTS;
  const duplicates = Math.round(perRound * DUPLICATE_SHARE);
  const rounds = [];
  let index = 0;
  for (let round = 0; round < SENDS / perRound; round += 1) {
    const originals = Array.from({ length: perRound - duplicates }, () => {
      const i = index++;
      return feedbackItem(`soak-idem-${run}-${String(i).padStart(5, '0')}`, i);
    });
    // client c ≥ 40 repeats the item of client (c − 40) × 4 + round % 4: a different client, same moment
    const repeats = Array.from({ length: duplicates }, (_, d) => originals[(d * 4 + (round % 4)) % originals.length]);
    rounds.push([...originals, ...repeats]);
  }
  return rounds;
}

export async function runIdempotency(target, { log }) {
  const run = `${process.pid}-${Date.now().toString(36)}`;
  const rounds = plan(run);
  const server = await target.start();
  const api = `${server.url}/api/v1`;
  const bound = deadline();
  const answers = new Map(); // key → [{ status, text, error, client }]
  const latencies = [];
  const started = performance.now();
  try {
    log(`soak 1 on ${target.kind}: ${SENDS} sends by ${CLIENTS} concurrent clients in ${rounds.length} rounds…`);
    for (const round of rounds) {
      if (bound.passed()) break;
      const results = await Promise.all(round.map((item) => sendFeedback(api, item, bound)));
      results.forEach((result, client) => {
        const key = round[client].idempotencyKey;
        if (!answers.has(key)) answers.set(key, []);
        answers.get(key).push({ ...result, client });
        latencies.push(result.ms);
      });
    }
  } finally {
    await server.stop();
  }
  const seconds = (performance.now() - started) / 1000;

  const sends = [...answers.values()].flat();
  const failed = sends.filter((answer) => answer.error || answer.status < 200 || answer.status > 299);
  const keys = [...answers.keys()];
  const repeated = keys.filter((key) => answers.get(key).length > 1);
  const concurrentDuplicateSends = sends.length - keys.length;
  const notOneCreated = keys.filter((key) => answers.get(key).filter((answer) => answer.status === 201).length !== 1);
  const differingReceipts = repeated.filter((key) => new Set(answers.get(key).map((answer) => answer.text)).size !== 1);
  const rows = await target.inspect((db) => db.query(
    'select idempotency_key as key, id from feedback where idempotency_key like $1', [`soak-idem-${run}-%`],
  ));
  const rowsPerKey = new Map();
  for (const row of rows) rowsPerKey.set(row.key, [...(rowsPerKey.get(row.key) ?? []), row.id]);
  const notExactlyOneRow = keys.filter((key) => rowsPerKey.get(key)?.length !== 1);
  const receiptNotRow = keys.filter((key) => {
    const first = answers.get(key).find((answer) => answer.text);
    try {
      return JSON.parse(first.text).id !== rowsPerKey.get(key)?.[0];
    } catch {
      return true;
    }
  });
  const complete = sends.length === SENDS;
  return {
    part: 'idempotency',
    kind: target.kind,
    figures: {
      sends: sends.length, keys: keys.length, concurrentDuplicateSends, seconds,
      perSecond: sends.length / seconds, p50Ms: percentile(latencies, 50), p95Ms: percentile(latencies, 95),
      failed: failed.length, failedSample: failed.slice(0, 3).map((answer) => answer.error ?? `${answer.status} ${answer.text.slice(0, 120)}`),
      rows: rows.length, notOneCreated: notOneCreated.length, differingReceipts: differingReceipts.length,
      notExactlyOneRow: notExactlyOneRow.length, receiptNotRow: receiptNotRow.length,
    },
    checks: [
      { what: `all ${SENDS} sends made within the ${bound.ms / 1000} s bound`, ok: complete, bound: true },
      { what: 'every send answered 2xx', ok: failed.length === 0 },
      { what: 'exactly one 201 (created) per key, the repeats 200', ok: notOneCreated.length === 0 },
      { what: 'every repeat answered with the original receipt, byte for byte', ok: differingReceipts.length === 0 },
      { what: 'exactly one database row per key', ok: notExactlyOneRow.length === 0 && rows.length === keys.length },
      { what: 'each receipt names its row', ok: receiptNotRow.length === 0 },
    ],
  };
}
