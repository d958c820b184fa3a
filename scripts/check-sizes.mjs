// The size budget (`npm run size`; a step of `npm test` after the build). Gzip sizes are deterministic
// for a given lockfile, so size-budget.json records each file's size and the check fails when one grows
// past it (or a new file has none): a regression is a conscious `npm run size -- --update`, reviewed
// like any other diff. The issue's targets are shown beside the figures; missing one is reported, the
// recorded limit is what fails.
//   node scripts/check-sizes.mjs            check (exit 1 on a regression)
//   node scripts/check-sizes.mjs --update   record the current sizes as the budget
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cdnSizes, widgetEntrySizes, withoutHash } from './bench/sizes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const BUDGET_FILE = 'size-budget.json';
/** Headroom above the measured size when recording: small enough that any real regression fails. */
const HEADROOM_BYTES = 256;
const KB = 1024;
/** The issue's targets (gzip), by kind of file. */
const TARGETS = { cdnEntry: 50 * KB, define: 35 * KB, locale: 4 * KB };

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

async function measure() {
  const cdn = cdnSizes(root);
  if (!cdn) throw new Error('packages/elements/dist/cdn/diwan.js is missing: run npm run build first.');
  const rows = [];
  for (const file of cdn) {
    const target = file.kind === 'entry' ? TARGETS.cdnEntry : file.kind === 'locale' ? TARGETS.locale : undefined;
    rows.push({ key: `cdn/${withoutHash(file.name)}`, gzip: file.gzip, target });
  }
  for (const widget of await widgetEntrySizes(root)) {
    rows.push({ key: `define/${widget.widget}`, gzip: widget.entry.gzip, target: TARGETS.define });
  }
  return rows;
}

const rows = await measure();
if (process.argv.includes('--update')) {
  // a file that meets its target may not grow past it: the headroom stops at the target
  const limitFor = (row) => {
    const limit = Math.ceil((row.gzip + HEADROOM_BYTES) / 64) * 64;
    return row.target !== undefined && row.gzip <= row.target ? Math.min(limit, row.target) : limit;
  };
  const limits = Object.fromEntries(rows.map((row) => [row.key, limitFor(row)]));
  const budget = {
    $comment: 'gzip -9 bytes; written by `npm run size -- --update`, checked by `npm test` (scripts/check-sizes.mjs)',
    limits,
  };
  writeFileSync(`${root}/${BUDGET_FILE}`, `${JSON.stringify(budget, null, 2)}\n`);
  console.log(`wrote ${BUDGET_FILE} (${rows.length} files)`);
}

const { limits } = JSON.parse(readFileSync(`${root}/${BUDGET_FILE}`, 'utf8'));
const failures = [];
console.log(`| file | gzip | budget | target |\n| --- | --- | --- | --- |`);
for (const row of rows) {
  const limit = limits[row.key];
  if (limit === undefined) failures.push(`${row.key} has no budget`);
  else if (row.gzip > limit) failures.push(`${row.key} is ${kb(row.gzip)}, over its budget of ${kb(limit)} by ${row.gzip - limit} B`);
  const target = row.target === undefined ? '' : `≤ ${kb(row.target)} ${row.gzip <= row.target ? '✓' : `✗ over by ${kb(row.gzip - row.target)}`}`;
  console.log(`| ${row.key} | ${kb(row.gzip)} | ${limit === undefined ? 'none' : kb(limit)} | ${target} |`);
}
const gone = Object.keys(limits).filter((key) => !rows.some((row) => row.key === key));
if (gone.length) console.log(`(budgeted files no longer built: ${gone.join(', ')}; npm run size -- --update drops them)`);
if (failures.length) {
  console.error(`\nSize budget exceeded:\n  ${failures.join('\n  ')}\nFind what grew (npm run bench lists what costs the bytes), cut it, or accept it with npm run size -- --update.`);
  process.exit(1);
}
console.log('\nsize budget: every file within its budget');
