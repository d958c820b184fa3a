// Browser tests in Debian's Chromium (see scripts/find-chrome.mjs), TypeScript through esbuild.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { defaultReporter } from '@web/test-runner';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { findChrome } from './scripts/find-chrome.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { fixtureServer } from './test/server/fixture-server.mjs';
import { diwanServer } from './test/server/diwan-server.mjs';
import { reactEsm } from './test/server/react-esm.mjs';
import { pageCommands } from './test/server/page-commands.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error('No Chromium found: install one (apt-get install -y chromium) or set CHROME_PATH.');
  process.exit(1);
}

export default {
  files: [
    'packages/*/test/**/*.test.ts',
    'packages/elements/src/**/*.test.ts',
    'test/**/*.test.ts',
  ],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  browserStartTimeout: 60000,
  plugins: [
    // forced colours and mouse wheel for the embedding tests (test/server/page-commands.mjs)
    pageCommands(),
    // the accessibility tree (a11ySnapshot) for the names-and-errors tests
    a11ySnapshotPlugin(),
    // react and react-dom/client (CommonJS only) as one ES module, for @diwan/react's test
    reactEsm(),
    // json-logic-js ships only UMD/CommonJS
    fromRollup(rollupCommonjs)({ include: ['**/node_modules/json-logic-js/**'] }),
    esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' }),
  ],
  // fixtures scripted per test; the reference server (started on first use) for the journeys against it
  middleware: [fixtureServer, diwanServer],
  browsers: [
    chromeLauncher({
      // one browser context per test file: otherwise the second concurrent page is a background tab
      // that gets no animation frames, and anything waiting for a frame hangs
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
          '--disable-background-networking', '--disable-component-update', '--disable-sync',
          '--disable-dev-shm-usage',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
