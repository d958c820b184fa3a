// `npm run bench`: a benchmark, not a test. Prints a table (also written to bench-results/latest.md)
// and exits 0 when every measurement ran, non-zero with a message when one could not run.
// Targets are shown beside the numbers; missing one is reported in the table, not as a crash.
//   1. gzip -9 sizes: each widget's define entry bundled alone, the CDN build (npm run build first)
//      with its lazy chunks, and what costs the bytes. (The budget npm test enforces: scripts/check-sizes.mjs.)
//   2. redaction precision and recall on the generated corpus and on the held-out corpus, per kind and
//      language (scripts/bench/redaction.mjs)
//   3. headless Chromium, 10,000 services: first render and keystroke-to-results of
//      <diwan-service-catalogue> beside a plain hand-written DOM list with a naive filter.
//   4. the reference server under load (autocannon): a bare Hono route, GET /services (200, 304),
//      POST /requests/lookup, POST /feedback, and the staff side (a token checked, a caseworker's note),
//      on PGlite and on PostgreSQL when DATABASE_URL is set.
//   5. GET /staff/insights over 200,000 requests and 1,000,000 feedback items (scripts/bench/insights.mjs).
//   `npm run bench -- --server` runs only part 4 (and writes bench-results/server.md);
//   `npm run bench -- --insights` only part 5 (bench-results/insights.md).
//   `npm run bench -- --soak`: the server under load and faults, each guarantee verified — idempotency,
//   kill -9 mid-load, brute force on the lookup, live fan-out (scripts/bench/soak.mjs; bench-results/soak.md);
//   exits non-zero when a guarantee fails. Not part of the full run (about 5 minutes of its own).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { cdnSizes, entrySizes, widgetEntrySizes, CDN_DIR } from './bench/sizes.mjs';
import { runBrowserBench } from './bench/browser.mjs';
import { heldoutSections, redactionSection, runRedactionBench } from './bench/redaction.mjs';
import { runServerBench } from './bench/server.mjs';
import { INSIGHTS_P95_TARGET_MS, runInsightsBench } from './bench/insights.mjs';
import { runSoak } from './bench/soak.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const TARGETS = { cdnGzipKB: 50, defineGzipKB: 35, localeGzipKB: 4, keystrokeP50Ms: 16, keystrokeRatio: 1.5, notModifiedShare: 0.5, lookupP99Ms: 50 };
const serverOnly = process.argv.includes('--server');
const insightsOnly = process.argv.includes('--insights');
const soakOnly = process.argv.includes('--soak');

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;
const verdict = (ok) => (ok ? '✓' : '✗ over target');

function table(headers, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

async function main() {
  const started = Date.now();
  const log = (message) => process.stderr.write(`  [${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);
  const sections = [`# Diwan bench — ${new Date().toISOString()}`, '',
    `Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, load average ${loadavg()[0].toFixed(1)} at start`
    + ' (timings on a busy machine are noisy: compare runs made side by side)'];

  if (serverOnly || insightsOnly || soakOnly) {
    let failed = false;
    if (soakOnly) {
      const soak = await runSoak({ log });
      sections.push(...soak.lines);
      failed = soak.failed;
    } else {
      sections.push(...(serverOnly ? await serverSection(log) : await insightsSection(log)));
    }
    const report = sections.join('\n');
    console.log(`\n${report}\n`);
    const file = `bench-results/${soakOnly ? 'soak' : serverOnly ? 'server' : 'insights'}.md`;
    mkdirSync(`${repoRoot}/bench-results`, { recursive: true });
    writeFileSync(`${repoRoot}/${file}`, `${report}\n`);
    console.log(`Written to ${file}`);
    if (failed) {
      console.error('\nsoak: a guarantee failed (✗ in the verdicts).');
      process.exitCode = 1;
    }
    return;
  }

  log('bundling each widget\'s define entry with esbuild…');
  const widgets = await widgetEntrySizes(repoRoot);
  const cdn = cdnSizes(repoRoot);
  const target = (gzip, limitKB) => `≤ ${limitKB} KB ${verdict(gzip / 1024 <= limitKB)}`;
  const sizeRows = widgets.map(({ widget, entry }) => [
    `define/${widget}.js alone (esbuild, + its static chunks)`, `${entry.bytes.toLocaleString('en')} B`, kb(entry.gzip), target(entry.gzip, TARGETS.defineGzipKB),
  ]);
  if (cdn) {
    for (const file of cdn) {
      const limit = file.kind === 'entry' ? TARGETS.cdnGzipKB : file.kind === 'locale' ? TARGETS.localeGzipKB : undefined;
      sizeRows.push([`CDN ${file.kind === 'entry' ? `${CDN_DIR}/` : '  lazy: '}${file.name}`, `${file.bytes.toLocaleString('en')} B`, kb(file.gzip), limit ? target(file.gzip, limit) : '']);
    }
  } else {
    sizeRows.push([`CDN ${CDN_DIR}/diwan.js`, 'not built', '', 'run npm run build']);
  }
  sections.push('', '## Sizes (gzip -9)', '', table(['file', 'minified', 'gzip', 'target'], sizeRows));

  // what costs the bytes: the CDN entry's sources (esbuild's view of src/define.ts), by package / folder
  const all = await entrySizes(repoRoot, 'packages/elements/src/define.ts');
  const total = all.costs.reduce((sum, cost) => sum + cost.bytes, 0);
  sections.push('', '### What costs the bytes: src/define.ts as esbuild bundles it (all four widgets, eager code; gzip share estimated by minified share). Widgets import values only from zod-free client subpaths and import() the rest, so both bundlers keep zod, the rules engine, the adapters, the outbox and the views shown after a user action in lazy chunks.', '',
    table(['package / folder', 'minified', 'share', '≈ gzip'], all.costs.filter((cost) => cost.bytes >= 512).map(({ group, bytes }) => [
      group, kb(bytes), `${((100 * bytes) / total).toFixed(1)} %`, kb((all.entry.gzip * bytes) / total),
    ])));

  log('scoring redaction on the generated and the held-out corpus…');
  const redaction = await runRedactionBench(repoRoot);
  sections.push('', redactionSection(redaction), ...heldoutSections(redaction).flatMap((section) => ['', section]));

  const browser = await runBrowserBench(repoRoot, { log });
  const { firstRender, keystroke } = browser;
  const ratio = keystroke.catalogue.p50 / keystroke.plain.p50;
  sections.push(
    '',
    `## Speed — 10,000 services, ${browser.browser}, 1280×900`,
    '',
    table(['measure', 'diwan-service-catalogue', 'plain DOM list', 'target'], [
      [`first render (median of ${firstRender.catalogue.runs.length}, fresh page each)`, ms(firstRender.catalogue.median), ms(firstRender.plain.median), ''],
      [`keystroke → results p50 (${keystroke.catalogue.samples} / ${keystroke.plain.samples} timed keys)`, ms(keystroke.catalogue.p50), ms(keystroke.plain.p50),
        `≤ ${TARGETS.keystrokeP50Ms} ms ${verdict(keystroke.catalogue.p50 <= TARGETS.keystrokeP50Ms)}`],
      ['keystroke → results p95', ms(keystroke.catalogue.p95), ms(keystroke.plain.p95), ''],
      ['keystroke p50, catalogue ÷ plain', `${ratio.toFixed(2)}×`, '1×', `≤ ${TARGETS.keystrokeRatio}× ${verdict(ratio <= TARGETS.keystrokeRatio)}`],
    ]),
    '',
    'First render: element creation → first items in the DOM, laid out (data already in memory; the plain list',
    'renders every item, the catalogue the visible ones). Keystroke: `input` event → the list shows the new best',
    'matches, laid out; keys that do not change the screen are typed but not timed. Paint is not awaited.',
  );

  sections.push(...(await serverSection(log)));
  sections.push(...(await insightsSection(log)));

  const report = sections.join('\n');
  console.log(`\n${report}\n`);
  mkdirSync(`${repoRoot}/bench-results`, { recursive: true });
  writeFileSync(`${repoRoot}/bench-results/latest.md`, `${report}\n`);
  console.log('Written to bench-results/latest.md');
}

async function serverSection(log) {
  const rows = await runServerBench(repoRoot, { log });
  const target = (row, index) => {
    if (/→ 304/.test(row.title)) {
      // against the bare route measured just before it (the machine is shared: neighbours in time compare)
      const bare = rows.slice(0, index).findLast((other) => other.bare)?.rps ?? NaN;
      const share = row.rps / bare;
      const shown = `${(share * 100).toFixed(0)} % of the bare route`;
      if (!row.title.startsWith('PostgreSQL')) return shown;
      return `≥ ${TARGETS.notModifiedShare * 100} % of bare: ${shown} ${verdict(share >= TARGETS.notModifiedShare)}`;
    }
    if (/lookup/.test(row.title) && row.title.startsWith('PostgreSQL')) return `p99 ≤ ${TARGETS.lookupP99Ms} ms ${verdict(row.p99 <= TARGETS.lookupP99Ms)}`;
    return '';
  };
  return [
    '', `## Reference server — autocannon, 50 connections, ${process.env.DIWAN_BENCH_SECONDS ?? 5} s each, loopback, load average ${loadavg()[0].toFixed(1)} now`, '',
    table(['route', 'req/s', 'p99', 'errors', 'load avg', 'target'], rows.map((row, index) => [
      row.title, Number.isNaN(row.rps) ? '—' : Math.round(row.rps).toLocaleString('en'), Number.isNaN(row.p99) ? '—' : `${row.p99} ms`, String(row.errors),
      row.load === undefined ? '' : row.load.toFixed(1), target(row, index),
    ])),
    '',
    `Client and server share the same ${cpus().length} cores; each server runs in its own process with info-level JSON logs (the default:`,
    'a line for each request that changed something or failed; reads that succeeded are logged at debug, and the last row measures the 304 with them).',
    'Load avg: the 1-minute load average as each measurement ended; above the core count the figures are noisy, ratios of neighbours less so.',
    'Each route is loaded for 1 s before it is measured (cold code is start-up, not throughput). The two rows with targets are measured',
    'in 3 rounds and the middle one is shown: the 304 alternating with the bare route (the ratio compares neighbours in time), the lookup by p99.',
    'GET /services 200 sends the gzipped catalogue (cached per catalogue version). The 304 makes no query: each process keeps the',
    'catalogue version in memory, kept fresh by LISTEN/NOTIFY (packages/server/src/catalogue/version.ts).',
    'The lookup is the success path: one prepared statement (lock check, verifier comparison, record; requests/lookup.ts),',
    'every lookup one reference from one address. A right value takes no lock on the attempt counters; wrong ones are counted',
    'under the counters\' row locks, so a burst of guesses gets no more answers than the limits allow.',
  ];
}

async function insightsSection(log) {
  const results = await runInsightsBench(repoRoot, { log });
  const lines = [
    '', `## Staff insights — GET /staff/insights, one question at a time over loopback, load average ${loadavg()[0].toFixed(1)} now`, '',
    table(['database', 'requests', 'feedback', 'written in', 'answers timed', 'p50', 'p95', 'target'], results.map((result) => [
      result.kind, result.rows.requests.toLocaleString('en'), result.rows.feedback.toLocaleString('en'), `${result.generatedSeconds.toFixed(0)} s`,
      String(result.samples), ms(result.p50), ms(result.p95),
      result.kind === 'PostgreSQL' ? `p95 ≤ ${INSIGHTS_P95_TARGET_MS} ms ${verdict(result.p95 <= INSIGHTS_P95_TARGET_MS)}` : '',
    ])),
  ];
  if (!process.env.DATABASE_URL) lines.push('', 'PostgreSQL: not measured (set DATABASE_URL).');
  for (const result of results) {
    lines.push('', `### ${result.kind}: median per question`, '', table(['question', 'median'], result.perQuestion.map((question) => [question.title, ms(question.median)])));
    const [heaviest] = result.plans;
    if (heaviest) {
      lines.push('', `EXPLAIN ANALYZE of the heaviest statement of "${result.slowest.title}" (${heaviest.first} …):`, '', '```', ...heaviest.lines, '```');
    }
  }
  return lines;
}

main().catch((error) => {
  console.error(`\nbench failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
