// Counts tests across all browsers and writes `wtr: N passed, N failed` to a file (and stdout).
// A test file that crashed (failed to load, or threw outside a test) counts as one failure.
import { writeFileSync } from 'node:fs';

function countSuite(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, totals);
}

export function summaryReporter({ file = process.env.DIWAN_WTR_SUMMARY } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.failed;
        if (session.testResults) countSuite(session.testResults, totals);
        const crashed = !session.passed && totals.failed === before;
        if (crashed || (session.errors?.length ?? 0) > 0 && totals.failed === before) totals.failed += 1;
      }
      const line = `wtr: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`;
      if (file) writeFileSync(file, JSON.stringify(totals));
      console.log(line);
    },
  };
}
