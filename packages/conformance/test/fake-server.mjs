// A small backend on the demo data that speaks the Diwan REST contract correctly — and, with `flaw`,
// gets exactly one thing wrong, so the kit's tests can show each check failing for its own reason.
import { createHash, randomUUID } from 'node:crypto';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { streamSSE } from 'hono/streaming';
import { createDemoBackend, demoRequests } from '@diwan/client/demo';
import { Feedback, RequestLookup, checkData } from '@diwan/client/schemas';

export const ALLOWED_ORIGIN = 'https://conformance.diwan.invalid';
export const KNOWN = { reference: 'DW-2026-0001', verification: 'Karim' };

/**
 * The flaws, each breaking one rule of the contract:
 * - `status-leak`: 401 for a wrong surname, 404 for an unknown reference
 * - `no-304`: ignores If-None-Match
 * - `check-then-insert`: feedback idempotency by looking up the key, then inserting
 * - `malformed-500`: a body that is not JSON crashes the handler (500)
 * - `echo`: the failed lookup's message repeats the surname
 * - `mislabelled`: /capabilities declares a comment limit it does not accept
 * - `timing-leak`: a wrong surname takes 60 ms longer than an unknown reference (a slow hash only for known ones)
 * - `silent-stream`: the live stream sends its event but never a heartbeat
 */
export const FLAWS = ['status-leak', 'no-304', 'check-then-insert', 'malformed-500', 'echo', 'mislabelled', 'timing-leak', 'silent-stream'];

const MAX_COMMENT = 1200;
const MAX_FAILURES = 60;
const LOCK_SECONDS = 60;
const BODY_LIMIT = 16 * 1024;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const referenceKey = (reference) => reference.normalize('NFKC').toUpperCase().replace(/[^A-Z0-9]/g, '');
const surnameKey = (surname) => surname.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

class ApiError extends Error {
  constructor(status, code, message, headers = {}) {
    super(message);
    Object.assign(this, { status, code, headers });
  }
}

export async function startFakeServer({ flaw } = {}) {
  if (flaw !== undefined && !FLAWS.includes(flaw)) throw new Error(`unknown flaw ${flaw}`);
  const demo = createDemoBackend();
  const receipts = new Map();
  const failures = new Map();
  const streams = new Map();
  let origin = '';

  const app = new Hono();
  const api = new Hono();
  api.use(cors({
    origin: (from) => (from === ALLOWED_ORIGIN ? from : null),
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Idempotency-Key', 'Accept-Language', 'If-None-Match'],
    exposeHeaders: ['ETag', 'Retry-After'],
  }));

  /** The JSON body, refused when it is not JSON, too large or not sent as JSON. */
  async function jsonBody(c) {
    if (!/^application\/json\s*(;|$)/i.test(c.req.header('Content-Type') ?? '')) throw new ApiError(415, 'unsupported_media_type', 'Send JSON.');
    if (Number(c.req.header('Content-Length') ?? 0) > BODY_LIMIT) throw new ApiError(413, 'payload_too_large', 'The body is too large.');
    let text;
    try {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (bytes.byteLength > BODY_LIMIT) throw new ApiError(413, 'payload_too_large', 'The body is too large.');
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw new ApiError(400, 'invalid_request', 'The body is not UTF-8 JSON.');
    }
    if (flaw === 'malformed-500') return JSON.parse(text); // a SyntaxError reaches onError: 500
    try {
      return JSON.parse(text);
    } catch {
      throw new ApiError(400, 'invalid_request', 'The body is not valid JSON.');
    }
  }

  /** JSON with an ETag of its bytes; 304 when the client has it (unless the flaw forgets). */
  function cached(c, value) {
    const body = JSON.stringify(value);
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 20)}"`;
    const headers = { ETag: etag, 'Cache-Control': 'public, max-age=60' };
    const wanted = (c.req.header('If-None-Match') ?? '').split(',').map((tag) => tag.trim().replace(/^W\//, ''));
    if (flaw !== 'no-304' && wanted.includes(etag)) return c.body(null, 304, headers);
    return c.json(value, 200, headers);
  }

  async function demoCall(work) {
    try {
      return await work();
    } catch (error) {
      if (error?.code === 'not_found') throw new ApiError(404, 'not_found', 'Not found.');
      throw error;
    }
  }

  api.get('/capabilities', (c) => c.json({
    catalogue: true,
    eligibility: true,
    tracking: { enabled: true, verification: 'surname', referencePattern: '^DW-\\d{4}-\\d{4}$', live: 'sse' },
    feedback: { enabled: true, maxCommentLength: flaw === 'mislabelled' ? 2000 : MAX_COMMENT },
  }, 200, { 'Cache-Control': 'public, max-age=300' }));
  api.get('/services', async (c) => cached(c, await demoCall(() => demo.listServices())));
  api.get('/services/:id', async (c) => cached(c, await demoCall(() => demo.getService(c.req.param('id')))));
  api.get('/services/:id/eligibility', async (c) => cached(c, await demoCall(() => demo.getEligibilityRules(c.req.param('id')))));

  api.post('/requests/lookup', async (c) => {
    const valid = checkData(RequestLookup, await jsonBody(c));
    if (!valid.success) throw new ApiError(400, 'invalid_request', 'Send a reference and a verification value.');
    const { reference, verification } = valid.data;
    const key = referenceKey(reference);
    const count = failures.get(key) ?? { failures: 0, lockedUntil: 0 };
    if (count.lockedUntil > Date.now()) {
      throw new ApiError(429, 'rate_limited', 'Too many attempts.', { 'Retry-After': String(Math.ceil((count.lockedUntil - Date.now()) / 1000)) });
    }
    const entry = [...demoRequests].find(([known]) => referenceKey(known) === key);
    const matched = entry && verification !== undefined && entry[1].surnames.some((surname) => surnameKey(surname) === surnameKey(verification));
    if (!matched) {
      count.failures += 1;
      if (count.failures >= MAX_FAILURES) count.lockedUntil = Date.now() + LOCK_SECONDS * 1000;
      failures.set(key, count);
      if (flaw === 'timing-leak' && entry) await sleep(60); // a slow hash run only when the reference exists
      if (flaw === 'status-leak' && entry) throw new ApiError(401, 'wrong_verification', 'The surname is wrong.');
      const message = flaw === 'echo' ? `No request matches this reference and the surname ${verification}.` : 'No request matches this reference and surname.';
      throw new ApiError(404, 'not_found', message);
    }
    const token = randomUUID();
    streams.set(token, entry[0]);
    const record = { ...entry[1].build(new Date()), eventsUrl: `${origin}/api/v1/requests/events/${token}` };
    return c.json(record, 200, { 'Cache-Control': 'no-store' });
  });

  api.get('/requests/events/:token', (c) => {
    const reference = streams.get(c.req.param('token'));
    if (!reference) throw new ApiError(404, 'not_found', 'No such stream.');
    const resumeAfter = Number(c.req.header('Last-Event-ID') ?? 0);
    return streamSSE(c, async (stream) => {
      if (resumeAfter < 1) await stream.writeSSE({ id: '1', data: JSON.stringify(demoRequests.get(reference).build(new Date())) });
      while (!stream.aborted) {
        if (flaw !== 'silent-stream') await stream.write(': ping\n\n');
        await stream.sleep(100);
      }
    });
  });

  api.post('/feedback', async (c) => {
    const valid = checkData(Feedback, await jsonBody(c));
    if (!valid.success) throw new ApiError(400, 'invalid_request', `The feedback is not valid${valid.problem}`);
    const feedback = valid.data;
    if (feedback.comment !== undefined && feedback.comment.length > MAX_COMMENT) throw new ApiError(400, 'invalid_request', 'The comment is too long.');
    const newReceipt = () => ({ id: `FB-${randomUUID()}`, receivedAt: new Date().toISOString() });
    let receipt = receipts.get(feedback.idempotencyKey);
    const replay = Boolean(receipt);
    if (!receipt) {
      if (flaw === 'check-then-insert') await sleep(50); // the "database round trip" between the check and the insert
      receipt = flaw === 'check-then-insert' ? newReceipt() : (receipts.get(feedback.idempotencyKey) ?? newReceipt());
      receipts.set(feedback.idempotencyKey, receipt);
    }
    return c.json(receipt, replay ? 200 : 201, { 'Cache-Control': 'no-store' });
  });

  api.all('*', () => {
    throw new ApiError(404, 'not_found', 'There is nothing at this address.');
  });
  app.route('/api/v1', api);
  app.notFound(() => {
    throw new ApiError(404, 'not_found', 'There is nothing at this address.');
  });
  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json({ code: error.code, message: error.message, retryable: error.status === 429 }, error.status, error.headers);
    return c.json({ code: 'internal', message: 'Something went wrong.', retryable: true }, 500);
  });

  const server = await new Promise((resolve) => {
    const running = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(running));
  });
  origin = `http://127.0.0.1:${server.address().port}`;
  return {
    api: `${origin}/api/v1`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}
