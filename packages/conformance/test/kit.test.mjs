// The kit can fail: each deliberately broken server fails exactly the check named for its flaw and
// passes the rest; the compliant one (the demo data behind a small adapter) passes every check.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { runConformance } from '../dist/index.js';
import { ALLOWED_ORIGIN, KNOWN, startFakeServer } from './fake-server.mjs';

/** Flaw → the one check that must fail. */
const EXPECTED = {
  'status-leak': 'lookup-privacy',
  'no-304': 'caching',
  'check-then-insert': 'feedback-concurrency',
  'malformed-500': 'robustness',
  echo: 'lookup-no-echo',
  mislabelled: 'capabilities',
  'timing-leak': 'lookup-timing',
  'silent-stream': 'live-sse',
};

const run = (api) => runConformance({ baseUrl: api, ...KNOWN, origin: ALLOWED_ORIGIN, fuzzRuns: 12, sseWaitMs: 2000 });
const verdicts = (report) => report.checks.filter((check) => check.verdict === 'fail').map((check) => check.id);
const explain = (report) => report.checks.filter((check) => check.verdict === 'fail').map((check) => `${check.id}: ${check.problems.join(' | ')}`).join('\n');

describe('a compliant server', () => {
  let server;
  before(async () => {
    server = await startFakeServer();
  });
  after(() => server.close());

  test('passes every check (staff-closed skipped: it has no staff routes)', async () => {
    const report = await run(server.api);
    assert.deepEqual(verdicts(report), [], explain(report));
    assert.deepEqual(report.checks.filter((check) => check.verdict === 'skip').map((check) => check.id), ['staff-closed']);
    assert.equal(report.failed, 0);
  });
});

for (const [flaw, check] of Object.entries(EXPECTED)) {
  describe(`a server with the flaw ${flaw}`, () => {
    let server;
    before(async () => {
      server = await startFakeServer({ flaw });
    });
    after(() => server.close());

    test(`fails ${check} and nothing else`, async () => {
      const report = await run(server.api);
      assert.deepEqual(verdicts(report), [check], explain(report));
      const failed = report.checks.find((result) => result.id === check);
      assert.ok(failed.problems.length > 0 && failed.fix, 'a failure says what is wrong and how to fix it');
    });
  });
}
