// Soak part 3, brute force on the lookup: 10,000 wrong verification values for ONE reference from many
// simulated client addresses (X-Forwarded-For, honoured because the server runs with DIWAN_TRUST_PROXY=1;
// the addresses are header values in 127.0.0.0/8, every byte goes to the loopback server), 50 at a time.
// Verified: answers other than 429 — the guesses actually checked — stay within the reference's allowance
// (DIWAN_LOOKUP_MAX_FAILURES per lock-out) and no address gets more than its own (…_MAX_CLIENT_FAILURES).
// A second, smaller wave spreads guesses over many references from few addresses, where the per-address
// limit is the one that binds. Then what a legitimate citizen sees.
import { deadline, percentile, runClients } from './common.mjs';

const CLIENTS = 50;
const GUESSES = 10_000;
const ADDRESSES = 200; // 50 guesses each: more than the default 30 per address
const SPREAD_GUESSES = 1000;
const SPREAD_ADDRESSES = 10;
const TARGET = { reference: 'DW-2026-0001', verification: 'Karim' };
const OTHER = { reference: 'DW-2026-0002', verification: 'Haddad' };

const n = (value) => value.toLocaleString('en');
const address = (index) => `127.${(index >> 16) & 255}.${(index >> 8) & 255}.${(index & 255) || 1}`;

async function lookup(api, body, from, bound) {
  const started = performance.now();
  try {
    const response = await fetch(`${api}/requests/lookup`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': from },
      body: JSON.stringify(body),
      signal: bound.signal(),
    });
    const text = await response.text();
    return { status: response.status, retryAfter: response.headers.get('retry-after'), text, ms: performance.now() - started };
  } catch (error) {
    return { status: 0, error: error?.cause?.code ?? error?.name ?? String(error), ms: performance.now() - started };
  }
}

/** Sends every guess; returns per-address counts of answers other than 429, and the timing. */
async function wave(api, guesses, bound) {
  const checked = new Map();
  const statuses = {};
  const latencies = [];
  const started = performance.now();
  const sent = await runClients(CLIENTS, guesses, async (guess) => {
    const answer = await lookup(api, guess.body, guess.from, bound);
    latencies.push(answer.ms);
    statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
    if (answer.status !== 429) checked.set(guess.from, (checked.get(guess.from) ?? 0) + 1);
  }, { stop: () => bound.passed() });
  const seconds = (performance.now() - started) / 1000;
  const notLimited = [...checked.values()].reduce((sum, count) => sum + count, 0);
  return { sent, seconds, statuses, notLimited, maxPerAddress: Math.max(0, ...checked.values()), perSecond: sent / seconds, p95Ms: percentile(latencies, 95) };
}

export async function runBruteForce(target, { log }) {
  const limits = target.config.lookup;
  const server = await target.start();
  const api = `${server.url}/api/v1`;
  const bound = deadline();
  try {
    log(`soak 3 on ${target.kind}: ${GUESSES.toLocaleString('en')} wrong lookups of ${TARGET.reference} from ${ADDRESSES} addresses, ${CLIENTS} at a time…`);
    const guesses = Array.from({ length: GUESSES }, (_, i) => ({ body: { reference: TARGET.reference, verification: `Wrong${i}` }, from: address(1 + (i % ADDRESSES)) }));
    const one = await wave(api, guesses, bound);
    // a lock-out that ends lets perReference more guesses through: the allowance grows with the run's length
    const lockOuts = 1 + Math.floor(one.seconds / limits.lockSeconds);
    const referenceAllowance = limits.perReference * lockOuts;
    // right after: the owner of the attacked reference, with the right value, from an address never used
    const owner = await lookup(api, TARGET, address(200_000), bound);

    log(`soak 3 on ${target.kind}: ${SPREAD_GUESSES} wrong lookups over as many references from ${SPREAD_ADDRESSES} addresses…`);
    const spreadFrom = (i) => address(100_000 + (i % SPREAD_ADDRESSES));
    const spread = Array.from({ length: SPREAD_GUESSES }, (_, i) => ({ body: { reference: `DW-2026-${String(5000 + i).padStart(4, '0')}`, verification: 'Guess' }, from: spreadFrom(i) }));
    const two = await wave(api, spread, bound);
    const clientAllowance = limits.perClient * (1 + Math.floor(two.seconds / limits.clientLockSeconds));

    // afterwards: another citizen behind an attacking address (a shared NAT), and from a fresh address
    const neighbour = await lookup(api, OTHER, spreadFrom(0), bound);
    const bystander = await lookup(api, OTHER, address(200_001), bound);
    const seen = (answer) => `${answer.status}${answer.retryAfter ? ` (Retry-After ${answer.retryAfter} s)` : ''}${answer.status === 200 ? '' : `: ${safeMessage(answer.text)}`}`;
    return {
      part: 'brute-force',
      kind: target.kind,
      figures: {
        limits, one, two, referenceAllowance, clientAllowance,
        owner: seen(owner), neighbour: seen(neighbour), bystander: seen(bystander),
      },
      checks: [
        { what: `all ${n(GUESSES + SPREAD_GUESSES)} lookups sent within the ${bound.ms / 1000} s bound`, ok: one.sent === GUESSES && two.sent === SPREAD_GUESSES, bound: true },
        { what: 'every lookup answered (no error, none unanswered after 20 s)', ok: !one.statuses[0] && !two.statuses[0] && [owner, neighbour, bystander].every((answer) => answer.status) },
        { what: `one reference: guesses answered other than 429 ≤ ${referenceAllowance} (${limits.perReference} per lock-out of ${limits.lockSeconds} s)`, ok: one.notLimited <= referenceAllowance },
        { what: `one reference: no address answered other than 429 more than ${limits.perClient} times`, ok: one.maxPerAddress <= limits.perClient },
        { what: `many references: no address answered other than 429 more than ${clientAllowance} times`, ok: two.maxPerAddress <= clientAllowance },
        { what: 'another citizen from a fresh address still finds their request (200)', ok: bystander.status === 200 },
      ],
    };
  } finally {
    await server.stop();
  }
}

function safeMessage(text = '') {
  try {
    return `“${JSON.parse(text).message}”`;
  } catch {
    return text.slice(0, 80);
  }
}
