// Browser tests in Debian's Chromium and Firefox ESR (see scripts/find-browsers.mjs), TypeScript through
// esbuild. Both browsers run every test file, one browser after the other (2-core CI machines).
// DIWAN_BROWSERS=chromium (or firefox) runs one of them, for a quicker local loop.
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { defaultReporter } from '@web/test-runner';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { findChrome, findFirefox } from './scripts/find-browsers.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { fixtureServer } from './test/server/fixture-server.mjs';
import { diwanServer } from './test/server/diwan-server.mjs';
import { reactEsm } from './test/server/react-esm.mjs';
import { pageCommands } from './test/server/page-commands.mjs';

const wanted = (process.env.DIWAN_BROWSERS ?? 'chromium,firefox').split(',').map((name) => name.trim()).filter(Boolean);
const unknown = wanted.filter((name) => name !== 'chromium' && name !== 'firefox');
if (unknown.length > 0 || wanted.length === 0) {
  console.error(`DIWAN_BROWSERS takes chromium, firefox or both (comma-separated), not "${process.env.DIWAN_BROWSERS}".`);
  process.exit(1);
}
const chromePath = wanted.includes('chromium') ? findChrome() : undefined;
if (wanted.includes('chromium') && !chromePath) {
  console.error('No Chromium found: install one (apt-get install -y chromium) or set CHROME_PATH.');
  process.exit(1);
}
const firefoxPath = wanted.includes('firefox') ? findFirefox() : undefined;
if (wanted.includes('firefox') && !firefoxPath) {
  console.error('No Firefox found: install one (apt-get install -y firefox-esr) or set FIREFOX_PATH (or DIWAN_BROWSERS=chromium to skip it).');
  process.exit(1);
}

// one browser context per test file: otherwise the second concurrent page is a background tab
// that gets no animation frames, and anything waiting for a frame hangs
const pagePerContext = async ({ browser }) => (await browser.createBrowserContext()).newPage();

// puppeteer's WebDriver BiDi keyboard knows the space bar as ' ' only and throws `Unknown key: "Space"`,
// which `sendKeys({ press: 'Space' })` sends: translate the name before it reaches the driver.
function spaceKeyByName(page) {
  for (const method of ['press', 'down', 'up']) {
    const original = page.keyboard[method].bind(page.keyboard);
    page.keyboard[method] = (key, ...rest) => original(key === 'Space' ? ' ' : key, ...rest);
  }
  return page;
}

const chromium = () => chromeLauncher({
  createPage: pagePerContext,
  launchOptions: {
    executablePath: chromePath,
    headless: true,
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  },
});

// Firefox through the same launcher: puppeteer-core drives it over WebDriver BiDi (no CDP there, so the
// DevTools-only commands — a11ySnapshot, emulateMedia, forced colours — answer with an error or false).
// Passing puppeteer-core explicitly names the browser "Firefox" in reports.
// One page at a time: Firefox's journeys over BiDi take several times Chromium's round trips, and two at
// once on a loaded 2-core machine ran past mocha's 10 s per test.
const firefox = () => chromeLauncher({
  puppeteer: puppeteerCore,
  concurrency: 1,
  createPage: async (args) => spaceKeyByName(await pagePerContext(args)),
  launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
});

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
  // Firefox takes 20–60 s to start on a loaded 2-core machine
  browserStartTimeout: 120000,
  concurrentBrowsers: 1,
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
    ...(chromePath ? [chromium()] : []),
    ...(firefoxPath ? [firefox()] : []),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
