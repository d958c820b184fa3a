import base from '/work/main/web-test-runner.config.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome } from '/work/main/scripts/find-chrome.mjs';
const flags = process.env.EXP_FLAGS ? process.env.EXP_FLAGS.split(' ') : [];
export default {
  ...base,
  rootDir: '/work/main',
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        headless: true,
        args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
          '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', ...flags],
      },
    }),
  ],
};
