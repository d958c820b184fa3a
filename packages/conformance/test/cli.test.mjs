// The bin as a CI runs it: exit 0 when every check that ran passed, 1 when one failed, 2 for wrong
// usage; a progress line per check; --json on stdout.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ALLOWED_ORIGIN, startFakeServer } from './fake-server.mjs';

const BIN = fileURLToPath(new URL('../bin/diwan-conformance.js', import.meta.url));

function cli(...args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let good;
let broken;
before(async () => {
  [good, broken] = await Promise.all([startFakeServer(), startFakeServer({ flaw: 'no-304' })]);
});
after(() => Promise.all([good.close(), broken.close()]));

test('exit 0 and a line per check when the checks pass', async () => {
  const { code, stdout } = await cli(good.api, '--only', 'caching,cors', '--origin', ALLOWED_ORIGIN);
  assert.equal(code, 0, stdout);
  assert.match(stdout, /✔ caching/);
  assert.match(stdout, /✔ cors/);
  assert.match(stdout, /– schemas\s+skipped: not in --only/);
  assert.match(stdout, /2 passed, 0 failed, 14 skipped/);
});

test('exit 1 with the problem and its fix when a check fails; --json reports it on stdout', async () => {
  const { code, stdout, stderr } = await cli(broken.api, '--only', 'caching', '--json');
  assert.equal(code, 1);
  assert.match(stderr, /✘ caching/);
  assert.match(stderr, /If-None-Match.*expected 304/);
  assert.match(stderr, /fix: /);
  const report = JSON.parse(stdout);
  assert.equal(report.failed, 1);
  assert.equal(report.checks.find((check) => check.id === 'caching').verdict, 'fail');
});

test('exit 2 for wrong usage: no URL, an unknown check, half a known request', async () => {
  assert.equal((await cli()).code, 2);
  const unknown = await cli(good.api, '--only', 'cachng');
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /no check named cachng/);
  assert.equal((await cli(good.api, '--reference', 'DW-2026-0001')).code, 2);
});
