// The reference server under load (autocannon on loopback, sharing the machine's cores with the server):
// a bare Hono route beside GET /services (200, 304), POST /requests/lookup and POST /feedback, on the
// embedded PGlite and, when DATABASE_URL is set, on PostgreSQL. Each server runs in a process of its own.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { serverBuild } from '../demo-build.mjs';

const CONNECTIONS = 50;
const SECONDS = Number(process.env.DIWAN_BENCH_SECONDS ?? 5);
const BASE_PORT = Number(process.env.DIWAN_BENCH_PORT ?? 8410);

function startProcess(args, env, cwd) {
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const ready = new Promise((resolve, reject) => {
    let out = '';
    const onData = (chunk) => {
      out += chunk;
      if (/listening|Diwan server:/.test(out)) {
        child.stdout.off('data', onData);
        child.stdout.resume(); // request logs go nowhere, but are still written (as in production)
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
  return {
    ready,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', resolve);
      child.kill('SIGTERM');
    }),
  };
}

async function measure(title, options) {
  const { expect: _expect, ...settings } = options;
  const result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...settings });
  const expected = options.expect ?? (() => false);
  const unexpected = Object.entries(result.statusCodeStats ?? {})
    .filter(([status]) => !status.startsWith('2') && !expected(Number(status)))
    .reduce((sum, [, stats]) => sum + stats.count, 0);
  const errors = result.errors + result.timeouts + unexpected;
  return { title, rps: result.requests.average, p99: result.latency.p99, errors, statuses: result.statusCodeStats };
}

async function benchDiwan(url, kind) {
  const api = `${url}/api/v1`;
  const etag = (await fetch(`${api}/services`)).headers.get('etag');
  let counter = 0;
  const json = { 'content-type': 'application/json' };
  const rows = [];
  rows.push(await measure(`${kind}: GET /services → 200 (gzip)`, { url: `${api}/services`, headers: { 'accept-encoding': 'gzip' } }));
  rows.push(await measure(`${kind}: GET /services → 304`, { url: `${api}/services`, headers: { 'if-none-match': etag }, expect: (status) => status === 304 }));
  rows.push(await measure(`${kind}: POST /requests/lookup → 200`, {
    url: `${api}/requests/lookup`, method: 'POST', headers: json, body: JSON.stringify({ reference: 'DW-2026-0001', verification: 'Karim' }),
  }));
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
  return rows;
}

async function freshPostgresDatabase() {
  const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
  const name = 'diwan_bench';
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  return { url: url.href, drop: async () => { await admin.unsafe(`drop database if exists ${name} with (force)`); await admin.end(); } };
}

/** Runs every measurement; returns table rows [what, req/s, p99, note]. */
export async function runServerBench(repoRoot, { log }) {
  const cli = serverBuild().replace(/index\.js$/, 'cli.js');
  const rows = [];
  log(`server bench: bare Hono route (${SECONDS} s, ${CONNECTIONS} connections)…`);
  const bare = startProcess([join(repoRoot, 'scripts/bench/bare-hono.mjs'), String(BASE_PORT)], {}, join(repoRoot, 'packages/server'));
  try {
    await bare.ready;
    rows.push(await measure('bare Hono route (GET, tiny JSON)', { url: `http://127.0.0.1:${BASE_PORT}/` }));
  } finally {
    await bare.stop();
  }

  const targets = [{ kind: 'PGlite', port: BASE_PORT + 1 }];
  if (process.env.DATABASE_URL) targets.push({ kind: 'PostgreSQL', port: BASE_PORT + 2 });
  for (const target of targets) {
    log(`server bench: @diwan/server on ${target.kind}…`);
    const dataDir = mkdtempSync(join(tmpdir(), 'diwan-bench-'));
    const pg = target.kind === 'PostgreSQL' ? await freshPostgresDatabase() : undefined;
    const server = startProcess([cli, 'start', '--seed', '--port', String(target.port), '--host', '127.0.0.1'], {
      DIWAN_DATA_DIR: dataDir,
      DATABASE_URL: pg?.url ?? '',
      DIWAN_SECRET: 'bench-secret-0123456789abcdef0123456789',
      LOG_LEVEL: 'info',
    });
    try {
      await server.ready;
      rows.push(...(await benchDiwan(`http://127.0.0.1:${target.port}`, target.kind)));
    } finally {
      await server.stop();
      await pg?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  if (!process.env.DATABASE_URL) rows.push({ title: 'PostgreSQL: not measured (set DATABASE_URL)', rps: NaN, p99: NaN, errors: 0 });
  return rows;
}
