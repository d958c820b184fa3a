// Live fan-out under load (issue 14): N event streams (default 1,000) open on ONE reference-server
// process (its own OS process, PGlite or DATABASE_URL), then a caseworker's status change through the
// staff route; reports how long each stream took to receive the new record (p50, p95, max) and the
// server's resident memory per open stream. Loopback only, bounded in count and time (60 s), stops what
// it started. `node scripts/bench/live-fanout.mjs [--subscribers N]` (after `npm run build -w @diwan/server`);
// also part of `npm run bench -- --soak` (scripts/bench/soak.mjs).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createTokenAtCli, runCli, startServerProcess } from '../../packages/server/test/server-process.mjs';

const DEADLINE_MS = 60_000;
const SECRET = 'live-fanout-bench-secret-0123456789abcdef';

const rssKiB = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * `databaseUrl`: a fresh, empty PostgreSQL database to seed and use; absent: a temporary PGlite folder.
 */
export async function runLiveFanout(subscribers = 1000, { databaseUrl = '' } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'diwan-live-fanout-'));
  const env = { ...process.env, DATABASE_URL: databaseUrl, DIWAN_DATA_DIR: dataDir, DIWAN_SECRET: SECRET, LOG_LEVEL: 'warn', DIWAN_LIVE_HEARTBEAT_SECONDS: '15' };
  // the embedded database is one process: seed and make the token before the server opens it
  const seeded = runCli(env, 'seed');
  if (seeded.status !== 0) throw new Error(`diwan-server seed failed: ${seeded.stderr}`);
  const token = createTokenAtCli(env, 'bench caseworker', 'caseworker');
  const server = await startServerProcess(env);
  const controller = new AbortController();
  const deadline = setTimeout(() => controller.abort(), DEADLINE_MS);
  try {
    const api = `${server.url}/api/v1`;
    const lookup = await (await fetch(`${api}/requests/lookup`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ reference: 'DW-2026-0001', verification: 'Karim' }) })).json();
    await pause(500);
    const before = rssKiB(server.pid);

    let changedAt = 0;
    const delays = [];
    let opened = 0;
    const streams = Array.from({ length: subscribers }, async () => {
      const response = await fetch(lookup.eventsUrl, { headers: { Accept: 'text/event-stream' }, signal: controller.signal });
      opened += 1;
      const decoder = new TextDecoder();
      let text = '';
      for await (const chunk of response.body) {
        text += decoder.decode(chunk, { stream: true });
        if (changedAt && /"status":"completed"/.test(text)) {
          delays.push(performance.now() - changedAt);
          return;
        }
        if (!changedAt) text = text.slice(-200);
      }
    }).map((stream) => stream.catch(() => undefined));
    while (opened < subscribers && !controller.signal.aborted) await pause(50);
    await pause(1000); // every stream has its current record; memory settles
    const during = rssKiB(server.pid);

    changedAt = performance.now();
    const change = await fetch(`${api}/staff/requests/DW-2026-0001/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ status: 'completed', channel: 'counter' }),
    });
    if (change.status !== 201) throw new Error(`the status change failed: HTTP ${change.status}`);
    while (delays.length < subscribers && !controller.signal.aborted) await pause(20);
    controller.abort();
    await Promise.all(streams);
    const sorted = [...delays].sort((a, b) => a - b);
    return {
      subscribers,
      received: delays.length,
      p50Ms: percentile(sorted, 50),
      p95Ms: percentile(sorted, 95),
      maxMs: sorted.at(-1),
      rssBeforeMiB: before / 1024,
      rssDuringMiB: during / 1024,
      kibPerStream: (during - before) / subscribers,
    };
  } finally {
    clearTimeout(deadline);
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { subscribers: { type: 'string', default: '1000' } } });
  const result = await runLiveFanout(Math.min(5000, Math.max(1, Number(values.subscribers) || 1000)));
  const f = (value) => value.toFixed(1);
  console.log(`live fan-out: ${result.received}/${result.subscribers} streams got the change; delay p50 ${f(result.p50Ms)} ms, p95 ${f(result.p95Ms)} ms, max ${f(result.maxMs)} ms; server RSS ${f(result.rssBeforeMiB)} → ${f(result.rssDuringMiB)} MiB (${f(result.kibPerStream)} KiB per open stream)`);
  if (result.received < result.subscribers) process.exitCode = 1;
}
