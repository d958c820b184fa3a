// `npm run bench -- --insights`: GET /staff/insights on a big history. The database writes the history
// itself (insights-data.mjs: 200,000 requests and 1,000,000 feedback items by default), then an analyst
// token asks varied questions over loopback — a 12-month period by month with and without filters, six
// months by week, one month — each once to warm up and then DIWAN_BENCH_INSIGHTS_ROUNDS times in a row
// (one at a time: this measures a query's latency, not throughput). p50/p95 over all timed answers, and
// EXPLAIN ANALYZE of the statements of the slowest question. On PostgreSQL (DATABASE_URL: a fresh
// database beside it, dropped afterwards) and on PGlite (DIWAN_BENCH_PGLITE_SCALE × the rows, default
// 0.2: WASM PostgreSQL in one process takes minutes to write a million rows).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scratchDatabase } from '../../packages/server/test/scratch-database.mjs';
import { serverBuild } from '../demo-build.mjs';
import { generateHistory } from './insights-data.mjs';

const REQUESTS = Number(process.env.DIWAN_BENCH_REQUESTS ?? 200_000);
const FEEDBACK = Number(process.env.DIWAN_BENCH_FEEDBACK ?? 1_000_000);
const PGLITE_SCALE = Number(process.env.DIWAN_BENCH_PGLITE_SCALE ?? 0.2);
const ROUNDS = Number(process.env.DIWAN_BENCH_INSIGHTS_ROUNDS ?? 5);
const BASE_PORT = Number(process.env.DIWAN_BENCH_PORT ?? 7400);
export const INSIGHTS_P95_TARGET_MS = 200;

const day = (time) => new Date(time).toISOString().slice(0, 10);

/** The questions a service manager asks, relative to `now`. */
function questions(now, services) {
  const yesterday = now.getTime() - 86_400_000;
  const year = { from: day(yesterday - 364 * 86_400_000), to: day(yesterday), bucket: 'month' };
  const [popular, other] = services;
  return [
    ['12 months by month', year],
    ['12 months by month, one service', { ...year, serviceId: popular.id }],
    ['12 months by month, one category', { ...year, category: other.category_id }],
    ['12 months by month, channel phone', { ...year, channel: 'phone' }],
    ['12 months by month, one office', { ...year, office: 'office-03' }],
    ['12 months by month, service + channel web', { ...year, serviceId: other.id, channel: 'web' }],
    ['6 months by week', { from: day(yesterday - 181 * 86_400_000), to: day(yesterday), bucket: 'week' }],
    ['1 month by week, one service', { from: day(yesterday - 29 * 86_400_000), to: day(yesterday), bucket: 'week', serviceId: popular.id }],
  ];
}

function percentile(sorted, share) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

const freshPostgres = () => scratchDatabase(`diwan_bench_insights_${process.pid}`);

async function benchOne(server, { kind, port, scale, log }) {
  const { configFromEnv, createLogger, createToken, startServer } = server;
  const pg = kind === 'PostgreSQL' ? await freshPostgres() : undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'diwan-bench-insights-'));
  const running = await startServer(configFromEnv({
    port, host: '127.0.0.1', dataDir, databaseUrl: pg?.url ?? '', secret: 'bench-secret-0123456789abcdef0123456789abcdef',
  }), { seedIfEmpty: true, logger: createLogger('silent') });
  try {
    const { db } = running.store;
    const now = new Date();
    const rows = { requests: Math.round(REQUESTS * scale), feedback: Math.round(FEEDBACK * scale) };
    log(`${kind}: generating ${rows.requests.toLocaleString('en')} requests and ${rows.feedback.toLocaleString('en')} feedback items…`);
    const started = Date.now();
    await generateHistory(db, { ...rows, now });
    const generatedSeconds = (Date.now() - started) / 1000;
    const { token } = await createToken(db, 'bench analyst', 'analyst');
    const services = await db.query('select id, category_id from services order by position, id limit 2');
    // every statement the server runs, to EXPLAIN the slowest question's afterwards
    const query = db.query.bind(db);
    let statements = [];
    db.query = (text, params) => {
      statements.push([text, params]);
      return query(text, params);
    };
    const timings = [];
    const perQuestion = [];
    for (const [title, params] of questions(now, services)) {
      const url = `${running.url}/api/v1/staff/insights?${new URLSearchParams(params)}`;
      const ask = async () => {
        const begun = performance.now();
        const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
        if (response.status !== 200) throw new Error(`${title}: ${response.status} ${await response.text()}`);
        await response.json();
        return performance.now() - begun;
      };
      await ask();
      statements = [];
      const times = [];
      for (let round = 0; round < ROUNDS; round += 1) times.push(await ask());
      timings.push(...times);
      const insightsStatements = statements.slice(0, statements.length / ROUNDS).filter(([text]) => !/staff_tokens|lookup_attempts/.test(text));
      perQuestion.push({ title, median: times.sort((a, b) => a - b)[times.length >> 1], statements: insightsStatements });
      log(`${kind}: ${title} — median ${perQuestion.at(-1).median.toFixed(0)} ms`);
    }
    db.query = query;
    const slowest = perQuestion.reduce((a, b) => (b.median > a.median ? b : a));
    const plans = [];
    for (const [text, params] of slowest.statements) {
      const plan = await query(`explain (analyze, buffers) ${text}`, params);
      const lines = plan.map((row) => row['QUERY PLAN']);
      const ms = Number(/Execution Time: ([\d.]+)/.exec(lines.at(-1))?.[1] ?? 0);
      plans.push({ ms, first: text.replace(/\s+/g, ' ').trim().slice(0, 90), lines });
    }
    plans.sort((a, b) => b.ms - a.ms);
    timings.sort((a, b) => a - b);
    return { kind, rows, generatedSeconds, samples: timings.length, p50: percentile(timings, 0.5), p95: percentile(timings, 0.95), perQuestion, slowest, plans };
  } finally {
    await running.close();
    await pg?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Runs the insights bench on PostgreSQL (when DATABASE_URL is set) and PGlite; returns the results. */
export async function runInsightsBench(repoRoot, { log }) {
  const server = await import(serverBuild());
  const results = [];
  if (process.env.DATABASE_URL) results.push(await benchOne(server, { kind: 'PostgreSQL', port: BASE_PORT + 1, scale: 1, log }));
  results.push(await benchOne(server, { kind: 'PGlite', port: BASE_PORT + 2, scale: PGLITE_SCALE, log }));
  return results;
}
