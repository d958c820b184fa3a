// `npm test`: everything CI checks, in order, ending with one line `N passed, N failed`.
// Steps: type check, lint (ESLint, lit-analyzer), generated files up to date, build (the built-bundle tests need it), size budget,
// Node tests of the built packages (client, server, conformance kit),
// then every browser test in Chromium and again in Firefox (both counted in the closing line). Each
// non-test step counts as one pass or failure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome, findFirefox } from './find-browsers.mjs';

const chrome = findChrome();
if (!chrome) {
  console.error('npm test needs Chromium: run `apt-get install -y chromium` (Debian/Ubuntu) or set CHROME_PATH to a Chrome/Chromium binary.');
  process.exit(1);
}
process.env.CHROME_PATH = chrome;
const firefox = findFirefox();
if (!firefox) {
  console.error('npm test needs Firefox too: run `apt-get install -y firefox-esr` (Debian/Ubuntu) or set FIREFOX_PATH to a Firefox binary.');
  process.exit(1);
}
process.env.FIREFOX_PATH = firefox;
process.env.DIWAN_BROWSERS = 'chromium,firefox';

const totals = { passed: 0, failed: 0 };
const onlyBrowser = process.argv.includes('--browser-only');

function step(name, command, args, env = {}) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${name}`);
  return ok;
}

function countStep(ok) {
  if (ok) totals.passed += 1;
  else totals.failed += 1;
}

if (!onlyBrowser) {
  countStep(step('type check', 'npx', ['tsc', '-p', 'tsconfig.json']));
  countStep(step('type check (server, Node types)', 'npx', ['tsc', '-p', 'packages/server/tsconfig.json']));
  countStep(step('type check (conformance kit, Node types)', 'npx', ['tsc', '-p', 'packages/conformance/tsconfig.json']));
  countStep(step('lint (ESLint with typescript-eslint, lit and wc rules; no warnings)', 'npx', ['eslint', '.', '--max-warnings', '0']));
  countStep(step('template types (lit-analyzer)', 'node', ['scripts/lint-templates.mjs']));
  countStep(step('custom-elements.json, editor data and React wrappers up to date', 'node', ['scripts/analyze.mjs', '--check']));
  countStep(step('openapi.json up to date', 'node', ['scripts/openapi.mjs', '--check']));
  countStep(step('build', 'npm', ['run', 'build', '--silent']));
  countStep(step('size budget (size-budget.json)', 'node', ['scripts/check-sizes.mjs']));
  const nodeTests = 'test/node';
  if (existsSync(nodeTests)) {
    countStep(step('client in Node', 'node', ['--test', '--test-reporter=spec', nodeTests]));
  }
  // The reference server: contract suite, migrations, CLI, fuzzing — on PGlite, and again on PostgreSQL
  // when DATABASE_URL is set (.ci/run sets it).
  const serverTests = readdirSync('packages/server/test').filter((file) => file.endsWith('.test.mjs')).map((file) => join('packages/server/test', file));
  countStep(step(`server in Node (PGlite${process.env.DATABASE_URL ? ' + PostgreSQL' : ''})`, 'node', ['--test', '--test-reporter=spec', '--test-concurrency=2', ...serverTests]));
  // The conformance kit: each deliberately broken server fails exactly its check, a compliant one and the
  // reference server (PGlite, and PostgreSQL when DATABASE_URL is set) pass them all.
  const kitTests = readdirSync('packages/conformance/test').filter((file) => file.endsWith('.test.mjs')).map((file) => join('packages/conformance/test', file));
  countStep(step('conformance kit in Node (broken servers, compliant fake, reference server)', 'node', ['--test', '--test-reporter=spec', ...kitTests]));
}

const summaryFile = join(mkdtempSync(join(tmpdir(), 'diwan-wtr-')), 'summary.json');
const extra = process.argv.slice(2).filter((arg) => arg !== '--browser-only');
const wtrOk = step('browser tests', 'npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...extra], {
  DIWAN_WTR_SUMMARY: summaryFile,
});
if (existsSync(summaryFile)) {
  const wtr = JSON.parse(readFileSync(summaryFile, 'utf8'));
  totals.passed += wtr.passed;
  totals.failed += wtr.failed;
  if (!wtrOk && wtr.failed === 0) totals.failed += 1;
} else {
  totals.failed += 1; // the runner died before reporting
}

console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
