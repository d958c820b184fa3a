// Dev-server middleware: a real HTTP server that browser tests script, so the transport is tested
// against real status codes, headers, cookies and slow sockets instead of a mocked fetch.
//
//   POST /__fixtures/<scenario>/__script   body: [{ status, headers, body, delayMs }, …]
//        (or { responses: [...] }) — responses served in order to any other path of the scenario;
//        the last one repeats once the list is used up. `body` that is a string is sent as is,
//        anything else as JSON. Scripting again replaces the list and clears the log.
//        A response with a `path` (e.g. "/services.xml"; optional `method`) is a route instead: it
//        answers every request to that path, every time; the ones without `path` are served in
//        order to the other paths.
//   GET  /__fixtures/<scenario>/__log      → [{ method, path, query, headers, body }, …]
//   *    /__fixtures/<scenario>/<anything> → the next scripted response (404 if none scripted)
//
// Scenario ids are chosen by the tests (random per test), so files running in parallel never share one.

const PREFIX = '/__fixtures/';
const MAX_SCENARIOS = 500;
const MAX_BODY_BYTES = 1_000_000;

/** @type {Map<string, { responses: any[], served: number, log: any[] }>} */
const scenarios = new Map();

function scenarioFor(id) {
  let scenario = scenarios.get(id);
  if (!scenario) {
    // Bounded: a long watch-mode session must not grow without limit.
    if (scenarios.size >= MAX_SCENARIOS) scenarios.delete(scenarios.keys().next().value);
    scenario = { responses: [], served: 0, log: [] };
    scenarios.set(id, scenario);
  }
  return scenario;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('fixture request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseMaybeJson(text) {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function sendJson(ctx, status, value) {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(value);
}

async function serveScripted(ctx, response) {
  if (response.delayMs > 0) await delay(response.delayMs); // really slow, so client timeouts are real
  ctx.status = response.status ?? 200;
  // no-store: the browser's own HTTP cache must not answer in place of the script.
  ctx.set('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(response.headers ?? {})) ctx.set(name, String(value));
  if (response.body === undefined || ctx.status === 204 || ctx.status === 304) {
    ctx.body = ctx.status === 204 || ctx.status === 304 ? null : ''; // null would turn a 200 into 204
    return;
  }
  // Koa keeps a Content-Type the script set; a string body otherwise goes out as text or html.
  if (typeof response.body !== 'string' && !ctx.response.has('Content-Type')) ctx.type = 'application/json';
  ctx.body = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
}

export async function fixtureServer(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const rest = ctx.path.slice(PREFIX.length);
  const slash = rest.indexOf('/');
  const id = slash === -1 ? rest : rest.slice(0, slash);
  const path = slash === -1 ? '/' : rest.slice(slash);
  if (!id) return sendJson(ctx, 400, { code: 'fixture', message: 'missing scenario id' });
  const scenario = scenarioFor(id);

  if (path === '/__script' && ctx.method === 'POST') {
    const script = parseMaybeJson(await readBody(ctx.req));
    const responses = Array.isArray(script) ? script : script?.responses;
    if (!Array.isArray(responses)) return sendJson(ctx, 400, { code: 'fixture', message: 'script must be a list' });
    scenario.responses = responses;
    scenario.served = 0;
    scenario.log = [];
    return sendJson(ctx, 200, { ok: true, count: responses.length });
  }
  if (path === '/__log' && ctx.method === 'GET') return sendJson(ctx, 200, scenario.log);

  const text = ctx.method === 'GET' || ctx.method === 'HEAD' ? '' : await readBody(ctx.req);
  scenario.log.push({
    method: ctx.method,
    path,
    query: ctx.querystring,
    headers: { ...ctx.request.headers },
    body: parseMaybeJson(text),
  });
  const route = scenario.responses.find(
    (candidate) => candidate.path === path && (!candidate.method || candidate.method.toUpperCase() === ctx.method),
  );
  if (route) return serveScripted(ctx, route);
  // REST clients ask GET /capabilities first: unless a script routes it, answer as a backend without it
  // (404, defaults kept) instead of spending a scripted response meant for the widget's own requests.
  if (path === '/capabilities') return sendJson(ctx, 404, { code: 'not_found', message: 'no capabilities scripted' });
  const responses = scenario.responses.filter((candidate) => candidate.path === undefined);
  if (responses.length === 0) return sendJson(ctx, 404, { code: 'fixture', message: `scenario ${id} has no script for ${path}` });
  const response = responses[Math.min(scenario.served, responses.length - 1)];
  scenario.served += 1;
  return serveScripted(ctx, response);
}
