// `npm run bench -- --soak`: the reference server under load and faults (issue 14), each part measured AND
// verified — a verdict per guarantee, and the bench exits non-zero when one fails. Loopback only; every
// part bounded in count and time (≤ 2 min) and stops what it started. Each part gets a fresh database.
//   1. idempotency under concurrency (soak/idempotency.mjs) — PostgreSQL and PGlite
//   2. crash safety: kill -9 mid-load, restart, resend (soak/crash.mjs) — PostgreSQL
//   3. brute force on the lookup (soak/brute-force.mjs) — PostgreSQL and PGlite
//   4. live fan-out: 1,000 event streams on one process (live-fanout.mjs) — PostgreSQL, else PGlite
// PostgreSQL parts need DATABASE_URL (a role that may create databases); without it they are reported as
// not measured. DIWAN_SOAK_PARTS=idempotency,crash,brute-force,live-fanout runs only those. The server is
// built first (the parts load its dist/).
import { loadavg } from 'node:os';
import { serverBuild } from '../demo-build.mjs';

const FANOUT_SUBSCRIBERS = 1000;
const load = () => loadavg()[0].toFixed(1);
const f1 = (value) => (Number.isFinite(value) ? value.toFixed(1) : '—');
const n = (value) => value.toLocaleString('en');

function table(headers, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

async function onFresh(kind, part, extraEnv, work) {
  const { freshTarget } = await import('./soak/common.mjs');
  const target = await freshTarget(kind, part, extraEnv);
  const loadBefore = load();
  try {
    return { ...(await work(target)), load: `${loadBefore} → ${load()}` };
  } finally {
    await target.drop();
  }
}

function describe(result) {
  const { figures: x } = result;
  switch (result.part) {
    case 'idempotency':
      return [
        `${n(x.sends)} sends (${n(x.keys)} keys, ${n(x.concurrentDuplicateSends)} repeats sent at the same moment as their original) in ${f1(x.seconds)} s`
          + ` (${f1(x.perSecond)}/s, p50 ${f1(x.p50Ms)} ms, p95 ${f1(x.p95Ms)} ms); ${n(x.rows)} rows; ${x.failed} failed sends${x.failedSample.length ? ` (${x.failedSample.join('; ')})` : ''}`,
      ];
    case 'crash':
      return [
        `killed after ${n(x.killed?.afterAcks ?? 0)} acknowledgements (${f1((x.killed?.afterMs ?? NaN) / 1000)} s, ${x.killed?.inFlight ?? '?'} in flight, ${n(x.notSentBeforeKill)} not yet sent);`
          + ` ${n(x.cut)} cut off unanswered, of which ${n(x.cutCommitted)} had been committed (their resend answered 200)`,
        `restart to listening ${f1(x.restartMs)} ms; ${n(x.resent)} resends, p95 ${f1(x.resendP95Ms)} ms; ${n(x.rows)} rows for ${n(x.items)} keys;`
          + ` lost acknowledgements ${x.lostAcks}, changed receipts ${x.changedReceipts}, resends without a receipt ${x.unanswered}${x.unansweredSample.length ? ` (${x.unansweredSample.join('; ')})` : ''}, doubled ${x.doubled}`,
      ];
    case 'brute-force': {
      const { one, two, limits } = x;
      const statuses = (wave) => Object.entries(wave.statuses).map(([status, count]) => `${status} × ${n(count)}`).join(', ');
      return [
        `limits: ${limits.perReference} failures per reference (lock ${limits.lockSeconds} s), ${limits.perClient} per address (lock ${limits.clientLockSeconds} s), window ${limits.windowSeconds} s`,
        `one reference, ${n(one.sent)} guesses in ${f1(one.seconds)} s (${f1(one.perSecond)}/s, p95 ${f1(one.p95Ms)} ms): ${statuses(one)} —`
          + ` ${one.notLimited} checked (allowed ${x.referenceAllowance}), at most ${one.maxPerAddress} per address`,
        `many references, ${n(two.sent)} guesses from few addresses in ${f1(two.seconds)} s: ${statuses(two)} — at most ${two.maxPerAddress} checked per address (allowed ${x.clientAllowance})`,
        `afterwards: the attacked reference's owner (right value, fresh address) gets ${x.owner}; another citizen behind an attacking address gets ${x.neighbour};`
          + ` another citizen from a fresh address gets ${x.bystander}`,
      ];
    }
    case 'live-fanout':
      return [
        `${n(x.received)}/${n(x.subscribers)} streams got the change; delay p50 ${f1(x.p50Ms)} ms, p95 ${f1(x.p95Ms)} ms, max ${f1(x.maxMs)} ms;`
          + ` server RSS ${f1(x.rssBeforeMiB)} → ${f1(x.rssDuringMiB)} MiB (${f1(x.kibPerStream)} KiB per open stream)`,
      ];
    default:
      return [];
  }
}

const TITLES = {
  idempotency: '1. Idempotency under concurrency — 50 clients, 1,000 feedback items, 20 % repeated keys',
  crash: '2. Crash safety — kill -9 mid-load, restart, resend everything with the same keys',
  'brute-force': '3. Brute force — 10,000 wrong lookups of one reference from 200 addresses',
  'live-fanout': `4. Live fan-out — ${n(FANOUT_SUBSCRIBERS)} event streams on one process, one status change`,
};

/** Runs every part; returns { lines (markdown), failed }. A part that throws counts as failed. */
export async function runSoak({ log }) {
  log('soak: building packages/server…');
  serverBuild();
  const [{ runIdempotency }, { runCrash }, { runBruteForce }, { runLiveFanout }] = await Promise.all([
    import('./soak/idempotency.mjs'), import('./soak/crash.mjs'), import('./soak/brute-force.mjs'), import('./live-fanout.mjs'),
  ]);
  const postgres = Boolean(process.env.DATABASE_URL);
  const plan = [
    ...(postgres ? [['idempotency', 'PostgreSQL']] : []), ['idempotency', 'PGlite'],
    ...(postgres ? [['crash', 'PostgreSQL']] : []),
    ...(postgres ? [['brute-force', 'PostgreSQL']] : []), ['brute-force', 'PGlite'],
    ['live-fanout', postgres ? 'PostgreSQL' : 'PGlite'],
  ].filter(([part]) => !process.env.DIWAN_SOAK_PARTS || process.env.DIWAN_SOAK_PARTS.split(',').includes(part));
  const results = [];
  for (const [part, kind] of plan) {
    try {
      if (part === 'idempotency') results.push(await onFresh(kind, part, {}, (target) => runIdempotency(target, { log })));
      if (part === 'crash') results.push(await onFresh(kind, part, {}, (target) => runCrash(target, { log })));
      if (part === 'brute-force') results.push(await onFresh(kind, 'brute', { DIWAN_TRUST_PROXY: '1' }, (target) => runBruteForce(target, { log })));
      if (part === 'live-fanout') {
        log(`soak 4 on ${kind}: ${n(FANOUT_SUBSCRIBERS)} event streams…`);
        results.push(await onFresh(kind, 'fanout', {}, async (target) => {
          const figures = await runLiveFanout(FANOUT_SUBSCRIBERS, { databaseUrl: target.env.DATABASE_URL });
          return { part, kind, figures, checks: [{ what: 'every open stream received the change (within 60 s)', ok: figures.received === figures.subscribers }] };
        }));
      }
    } catch (error) {
      results.push({ part, kind, figures: {}, failure: error instanceof Error ? error.message : String(error), checks: [{ what: 'the part ran to the end', ok: false }] });
    }
  }

  const lines = ['', `## Soak — the reference server under load and faults (loopback; load average ${load()} at the end)`, ''];
  if (!postgres) lines.push('PostgreSQL parts (1 and 3 on PostgreSQL, 2): not measured — set DATABASE_URL.', '');
  const verdictRows = [];
  for (const part of Object.keys(TITLES)) {
    const mine = results.filter((result) => result.part === part);
    if (!mine.length) continue;
    lines.push(`### ${TITLES[part]}`, '');
    for (const result of mine) {
      lines.push(`- **${result.kind}** (load average ${result.load ?? '?'}): ${result.failure ? `did not finish: ${result.failure}` : describe(result).join('<br>')}`);
      // a part cut short by its time bound (a busy machine) says so; it is no broken guarantee
      for (const check of result.checks) verdictRows.push([TITLES[part].split(' — ')[0], result.kind, check.what, check.ok ? '✓ holds' : check.bound ? '⚠ cut short' : '✗ FAILS']);
    }
    lines.push('');
  }
  lines.push('### Verdicts', '', table(['part', 'database', 'guarantee', 'verdict'], verdictRows));
  const failed = verdictRows.some((row) => row[3] === '✗ FAILS');
  const cut = verdictRows.some((row) => row[3] === '⚠ cut short');
  lines.push('', failed ? '**A guarantee failed** (✗ above): the bench exits non-zero.'
    : `Every guarantee held${cut ? ' for what was sent — a part was cut short by its time bound (⚠): run again on a quieter machine for the full count' : ''}.`);
  return { lines, failed };
}
