// What the soak's parts share: a fresh database per part (PostgreSQL under DATABASE_URL, or a temporary
// PGlite folder), the server started on it as its own process, a look into the database after the load,
// feedback bodies, and a bounded pool of concurrent clients. Loopback only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { configFromEnv, openStore } from '../../../packages/server/dist/index.js';
import { startServerProcess } from '../../../packages/server/test/server-process.mjs';

export const SOAK_SECRET = 'soak-secret-0123456789abcdef0123456789abcdef';

/**
 * A fresh database for one part: `kind` 'PostgreSQL' (a new database beside DATABASE_URL's, dropped by
 * `drop`) or 'PGlite' (a temporary folder). `env` runs the server on it; `inspect(work)` opens it from this
 * process (for PGlite only while no server holds the folder) and passes work a Queryable.
 */
export async function freshTarget(kind, part, extraEnv = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), `diwan-soak-${part}-`));
  let databaseUrl = '';
  let admin;
  const name = `diwan_soak_${part}_${process.pid}`;
  if (kind === 'PostgreSQL') {
    admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.unsafe(`create database ${name}`);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    databaseUrl = url.href;
  }
  const env = { ...process.env, DATABASE_URL: databaseUrl, DIWAN_DATA_DIR: dataDir, DIWAN_SECRET: SOAK_SECRET, LOG_LEVEL: 'warn', ...extraEnv };
  return {
    kind,
    env,
    /** The limits the server runs with (its environment, defaults filled in). */
    config: withEnv(env, () => configFromEnv()),
    start: () => startServerProcess(env, ['--seed']),
    async inspect(work) {
      const store = await openStore(withEnv(env, () => configFromEnv()), 'soak check');
      try {
        return await work(store.db);
      } finally {
        await store.close();
      }
    },
    async drop() {
      if (admin) {
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** configFromEnv reads process.env: give it the server's environment for the length of one call. */
function withEnv(env, read) {
  const saved = process.env;
  process.env = env;
  try {
    return read();
  } finally {
    process.env = saved;
  }
}

const SERVICES = ['passport-renewal', 'business-licence', undefined, undefined];
const LOCALES = ['en', 'ar', 'ckb', 'fr'];

/** The feedback item number `index` under `key`: varied like real traffic (ratings, comments, services). */
export function feedbackItem(key, index) {
  const item = { kind: index % 7 === 0 ? 'problem' : 'feedback', useful: index % 3 !== 0, page: `/services/${index % 50}`, locale: LOCALES[index % 4], idempotencyKey: key };
  if (index % 2 === 0) item.rating = 1 + (index % 5);
  if (index % 5 === 0) item.comment = `Soak comment ${index}: call me on 0750 123 ${String(index).padStart(4, '0')} please.`;
  const service = SERVICES[index % SERVICES.length];
  if (service) item.serviceId = service;
  return item;
}

/** How long one request may take before it counts as unanswered. */
export const REQUEST_TIMEOUT_MS = 20_000;
/** Each part stops starting requests after this; with the last answers and the checks it ends within 2 min. */
export const PART_BOUND_MS = 90_000;

/**
 * A part's time bound: `passed()` once no more requests should start; `signal()` a fresh timeout for one
 * request (one signal per request: thousands of fetches on one shared signal pile up its listeners).
 */
export function deadline(ms = PART_BOUND_MS) {
  const end = performance.now() + ms;
  return { ms, passed: () => performance.now() >= end, signal: () => AbortSignal.timeout(REQUEST_TIMEOUT_MS) };
}

/** POST /feedback once: { status, text } or { error } when no answer came (the server died, the deadline). */
export async function sendFeedback(api, item, deadline) {
  const started = performance.now();
  try {
    const response = await fetch(`${api}/feedback`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': item.idempotencyKey },
      body: JSON.stringify(item),
      signal: deadline.signal(),
    });
    return { status: response.status, text: await response.text(), ms: performance.now() - started };
  } catch (error) {
    return { error: error?.cause?.code ?? error?.name ?? String(error), ms: performance.now() - started };
  }
}

/** Runs `work(task, clientIndex)` for every task with `clients` concurrent clients pulling from one queue. */
export async function runClients(clients, tasks, work, { stop = () => false } = {}) {
  let next = 0;
  await Promise.all(Array.from({ length: clients }, async (_, client) => {
    while (next < tasks.length && !stop()) {
      const task = tasks[next++];
      await work(task, client);
    }
  }));
  return next;
}

export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
};

export const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
