// Dev-server middleware for the browser journeys against the reference server: the first request to
// /__diwan/ starts @diwan/server (built from source if needed) on a fresh embedded database, seeded
// with the demo data, and every /__diwan/api/v1/… request is proxied to it — same origin as the test
// page, as on `npm start`. Test-only controls beside it:
//   POST /__diwan/__network/down | /lossy | /up   down: the proxy drops connections (a network error);
//        lossy: requests reach the server but the replies are lost on the way back (the browser sees a
//        network error after the server stored the write — the case idempotency keys exist for)
//   GET  /__diwan/__feedback?page=P      the stored feedback rows for page P
//   POST /__diwan/__staff-token?role=R   a new staff token with role R (as `diwan-server token create` prints)
//   GET  /__diwan/__streams              { open }: the event streams the server holds open
// The proxy says where it serves the API (X-Forwarded-Host/-Proto/-Prefix, trusted by the server), so
// the server's eventsUrl points back through it; event streams are passed on as they come.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { serverBuild } from '../../scripts/demo-build.mjs';

const PREFIX = '/__diwan';
let server;
/** @type {(role: string) => Promise<string>} */
let staffToken;
/** @type {'up' | 'down' | 'lossy'} */
let network = 'up';

function start() {
  server ??= (async () => {
    const { configFromEnv, createToken, startServer } = await import(pathToFileURL(serverBuild()).href);
    staffToken = async (role) => (await createToken(running.store.db, `browser test ${role}`, role)).token;
    const dataDir = mkdtempSync(join(tmpdir(), 'diwan-wtr-server-'));
    const running = await startServer(configFromEnv({
      port: 0, host: '127.0.0.1', dataDir, databaseUrl: '', logLevel: 'warn', corsOrigins: [], trustProxy: 1,
      // every test file shares this server and this machine's address: count per reference only
      lookup: { perReference: 5, perClient: 1_000_000, windowSeconds: 900, lockSeconds: 60, clientLockSeconds: 900 },
    }), { seedIfEmpty: true });
    for (const signal of ['exit', 'SIGINT', 'SIGTERM']) {
      process.once(signal, () => rmSync(dataDir, { recursive: true, force: true }));
    }
    return running;
  })();
  return server;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function diwanServer(ctx, next) {
  if (!ctx.path.startsWith(`${PREFIX}/`)) return next();
  const running = await start();
  const path = ctx.path.slice(PREFIX.length);
  if (path.startsWith('/__network/') && ctx.method === 'POST') {
    network = path.slice('/__network/'.length);
    ctx.body = { network };
    return;
  }
  if (path === '/__feedback') {
    ctx.body = await running.store.db.query(
      'select id, idempotency_key, follow_up_of, useful, rating, comment from feedback where page = $1 order by received_at',
      [String(ctx.query.page)],
    );
    return;
  }
  if (path === '/__streams') {
    ctx.body = { open: running.changes.subscribers };
    return;
  }
  if (path === '/__staff-token' && ctx.method === 'POST') {
    ctx.body = { token: await staffToken(String(ctx.query.role ?? 'caseworker')) };
    return;
  }
  if (network === 'down') {
    ctx.req.socket.destroy();
    ctx.respond = false;
    return;
  }
  const headers = { ...ctx.request.headers, 'x-forwarded-host': ctx.host, 'x-forwarded-proto': ctx.protocol, 'x-forwarded-prefix': PREFIX };
  delete headers.host;
  delete headers['content-length'];
  const body = ctx.method === 'GET' || ctx.method === 'HEAD' ? undefined : await readBody(ctx.req);
  const upstream = new AbortController();
  const response = await fetch(`${running.url}${path}${ctx.querystring ? `?${ctx.querystring}` : ''}`, { method: ctx.method, headers, body, signal: upstream.signal });
  if (/^text\/event-stream/.test(response.headers.get('content-type') ?? '') && response.body) {
    // a stream: passed on as it comes (never buffered or compressed), closed upstream when the page leaves
    ctx.status = response.status;
    for (const name of ['content-type', 'cache-control']) ctx.set(name, response.headers.get(name) ?? '');
    ctx.compress = false;
    ctx.req.socket.setTimeout(0);
    const events = Readable.fromWeb(response.body);
    events.on('error', () => undefined); // the abort below
    ctx.res.on('close', () => upstream.abort());
    ctx.body = events;
    return;
  }
  if (network === 'lossy') {
    await response.arrayBuffer();
    ctx.status = response.status; // what the server answered (for the dev server's own log), never sent
    ctx.req.socket.destroy();
    ctx.respond = false;
    return;
  }
  ctx.status = response.status;
  for (const [name, value] of response.headers) {
    // fetch decompressed the body; the browser gets it plain
    if (!['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive'].includes(name)) ctx.set(name, value);
  }
  ctx.body = response.status === 304 ? null : Buffer.from(await response.arrayBuffer());
}
