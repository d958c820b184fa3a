// The reference server under load (autocannon on loopback, sharing the machine's cores with the server):
// a bare Hono route beside GET /services (200, 304), POST /requests/lookup and POST /feedback, and the
// staff side (a bearer token checked; a caseworker's timeline note: one transaction with its audit row
// and NOTIFY), on the embedded PGlite and, when DATABASE_URL is set, on PostgreSQL. Each server runs in a
// process of its own.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { scratchDatabase } from '../../packages/server/test/scratch-database.mjs';
import { createTokenAtCli, startNodeProcess, startServerProcess } from '../../packages/server/test/server-process.mjs';
import { serverBuild } from '../demo-build.mjs';

const CONNECTIONS = 50;
const SECONDS = Number(process.env.DIWAN_BENCH_SECONDS ?? 5);
const BASE_PORT = Number(process.env.DIWAN_BENCH_PORT ?? 8410);
// Each route is loaded for a second before it is measured: the first requests of a route run cold code
// (measured: a lookup's first 5 s ≈ 1,600 req/s, the next ≈ 2,500), and that is start-up, not throughput.
const WARM_UP_SECONDS = Number(process.env.DIWAN_BENCH_WARM_UP ?? 1);
// The two rows with targets are measured in rounds and the middle round is reported: one 5-s run on a
// shared 2-core machine varies by ±15 % from the next.
const ROUNDS = Number(process.env.DIWAN_BENCH_ROUNDS ?? 3);

async function measure(title, options) {
  const { expect: _expect, ...settings } = options;
  if (WARM_UP_SECONDS > 0) await autocannon({ connections: CONNECTIONS, duration: WARM_UP_SECONDS, ...settings });
  const result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...settings });
  const expected = options.expect ?? (() => false);
  const unexpected = Object.entries(result.statusCodeStats ?? {})
    .filter(([status]) => !status.startsWith('2') && !expected(Number(status)))
    .reduce((sum, [, stats]) => sum + stats.count, 0);
  const errors = result.errors + result.timeouts + unexpected;
  // the 1-minute load average as the measurement ends: the machine is shared, say how busy it was
  return { title, rps: result.requests.average, p99: result.latency.p99, errors, statuses: result.statusCodeStats, load: loadavg()[0] };
}

const middle = (rows, by) => [...rows].sort((a, b) => by(a) - by(b))[Math.floor(rows.length / 2)];

/**
 * The 304 against the bare route, measured in alternating rounds (bare, 304, bare, 304, …) so each ratio
 * compares neighbours in time; the middle round of each is reported.
 */
async function notModifiedAgainstBare(api, kind, bareUrl) {
  const etag = (await fetch(`${api}/services`)).headers.get('etag');
  const bare = [];
  const cached = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    bare.push(await measure(`bare Hono route, alternating with ${kind}'s 304 (middle of ${ROUNDS} rounds)`, { url: bareUrl }));
    cached.push(await measure(`${kind}: GET /services → 304 (middle of ${ROUNDS} rounds)`, {
      url: `${api}/services`, headers: { 'if-none-match': etag }, expect: (status) => status === 304,
    }));
  }
  return [{ ...middle(bare, (row) => row.rps), bare: true }, middle(cached, (row) => row.rps)];
}

/** Every measurement of one server. */
async function benchDiwan(url, kind, token, bareUrl) {
  const api = `${url}/api/v1`;
  let counter = 0;
  const json = { 'content-type': 'application/json' };
  const rows = [];
  rows.push(await measure(`${kind}: GET /services → 200 (gzip)`, { url: `${api}/services`, headers: { 'accept-encoding': 'gzip' } }));
  rows.push(...(await notModifiedAgainstBare(api, kind, bareUrl)));
  const lookups = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    lookups.push(await measure(`${kind}: POST /requests/lookup → 200 (middle of ${ROUNDS} rounds by p99)`, {
      url: `${api}/requests/lookup`, method: 'POST', headers: json, body: JSON.stringify({ reference: 'DW-2026-0001', verification: 'Karim' }),
    }));
  }
  rows.push(middle(lookups, (row) => row.p99));
  rows.push(await measure(`${kind}: POST /feedback → 201 (new key each)`, {
    url: `${api}/feedback`,
    // setupRequest runs per request only inside `requests`
    requests: [{
      method: 'POST',
      headers: json,
      setupRequest: (request) => ({
        ...request,
        body: JSON.stringify({ kind: 'feedback', useful: true, page: '/bench', locale: 'en', idempotencyKey: `bench-${process.pid}-${counter++}` }),
      }),
    }],
  }));
  const staff = { ...json, authorization: `Bearer ${token}` };
  rows.push(await measure(`${kind}: GET /staff/me → 200 (bearer token checked)`, { url: `${api}/staff/me`, headers: staff }));
  rows.push(await measure(`${kind}: POST /staff/requests/…/events → 201 (note: event + audit row + NOTIFY, one transaction)`, {
    url: `${api}/staff/requests/DW-2026-0003/events`, method: 'POST', headers: staff, body: JSON.stringify({ channel: 'phone', note: 'Bench note.' }),
  }));
  return rows;
}

// named after the given database, so engineers sharing one PostgreSQL do not drop each other's bench
const freshPostgresDatabase = () => scratchDatabase(`${new URL(process.env.DATABASE_URL).pathname.slice(1) || 'diwan'}_bench`);

/** Runs every measurement; returns table rows [what, req/s, p99, note]. */
export async function runServerBench(repoRoot, { log }) {
  serverBuild();
  const rows = [];
  log(`server bench: bare Hono route (${SECONDS} s, ${CONNECTIONS} connections)…`);
  // the bare route stays up: it is measured again right before each server's 304 (the ratio's denominator)
  const bare = await startNodeProcess([join(repoRoot, 'scripts/bench/bare-hono.mjs'), String(BASE_PORT)], { ready: /listening/ });
  const bareUrl = `http://127.0.0.1:${BASE_PORT}/`;
  try {
    rows.push({ ...(await measure('bare Hono route (GET, tiny JSON)', { url: bareUrl })), bare: true });
    await benchServers(rows, bareUrl, log);
  } finally {
    await bare.stop();
  }
  if (!process.env.DATABASE_URL) rows.push({ title: 'PostgreSQL: not measured (set DATABASE_URL)', rps: NaN, p99: NaN, errors: 0 });
  return rows;
}

async function benchServers(rows, bareUrl, log) {
  const targets = [{ kind: 'PGlite', port: BASE_PORT + 1 }];
  if (process.env.DATABASE_URL) targets.push({ kind: 'PostgreSQL', port: BASE_PORT + 2 });
  for (const target of targets) {
    log(`server bench: @diwan/server on ${target.kind}…`);
    const dataDir = mkdtempSync(join(tmpdir(), 'diwan-bench-'));
    const pg = target.kind === 'PostgreSQL' ? await freshPostgresDatabase() : undefined;
    const env = {
      ...process.env,
      DIWAN_DATA_DIR: dataDir,
      DATABASE_URL: pg?.url ?? '',
      DIWAN_SECRET: 'bench-secret-0123456789abcdef0123456789',
      LOG_LEVEL: 'info',
    };
    // made at the command line, before the server opens the embedded database
    const token = createTokenAtCli(env, 'bench', 'caseworker');
    let server;
    try {
      server = await startServerProcess(env, ['--seed', '--port', String(target.port)]);
      rows.push(...(await benchDiwan(server.url, target.kind, token, bareUrl)));
      if (target.kind === 'PostgreSQL') {
        // At info, reads that succeeded are not logged (app.ts): the same 304 with a line for every request,
        // as an operator who sets LOG_LEVEL=debug has it.
        await server.stop();
        server = await startServerProcess({ ...env, LOG_LEVEL: 'debug' }, ['--port', String(target.port)]);
        const [bareRow, notModified] = await notModifiedAgainstBare(`${server.url}/api/v1`, 'PostgreSQL', bareUrl);
        rows.push(bareRow, { ...notModified, title: `every request logged (LOG_LEVEL=debug), ${notModified.title}` });
      }
    } finally {
      await server?.stop();
      await pg?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}
