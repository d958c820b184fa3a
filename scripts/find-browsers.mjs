// Finds the browsers for tests and benches.
// Chromium: CHROME_PATH, /usr/bin/chromium, then `chromium` / `google-chrome` on PATH.
// Firefox: FIREFOX_PATH, /usr/bin/firefox-esr, /usr/bin/firefox, then `firefox-esr` / `firefox` on PATH
// (driven by puppeteer-core over WebDriver BiDi, so any Firefox ≥ 129 will do).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

function find(envPath, paths, names) {
  for (const path of [envPath, ...paths].filter(Boolean)) if (existsSync(path)) return path;
  for (const name of names) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (path) return path;
    } catch {
      // not on PATH: try the next name
    }
  }
  return undefined;
}

export function findChrome() {
  return find(process.env.CHROME_PATH, ['/usr/bin/chromium'], ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']);
}

export function findFirefox() {
  return find(process.env.FIREFOX_PATH, ['/usr/bin/firefox-esr', '/usr/bin/firefox'], ['firefox-esr', 'firefox']);
}
