// The browser half of the bench: bundles scripts/bench/page.js with esbuild, serves it from memory on
// 127.0.0.1 (an ephemeral port, closed at the end), and drives headless Chromium with puppeteer-core
// (installed with @web/test-runner-chrome) over a pipe: no debugging port, no downloads.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { findChrome } from '../find-browsers.mjs';
import { esbuildBrowserOptions } from './sizes.mjs';

const CHROME_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
  // timers and frames at full speed even though nothing is on screen
  '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
];

const PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Diwan bench</title>
<style>body{margin:0;font-family:system-ui,sans-serif}.plain-scroller{block-size:30rem;overflow:auto}</style>
<script type="module" src="/page.js"></script></head><body></body></html>`;

async function bundlePage(repoRoot) {
  const result = await build({
    ...esbuildBrowserOptions,
    absWorkingDir: repoRoot,
    entryPoints: { page: 'scripts/bench/page.js' },
    splitting: true,
    minify: true,
    write: false,
    outdir: join(repoRoot, '.bench-out'),
    chunkNames: '[name]-[hash]',
  });
  const files = new Map([['/', { type: 'text/html', body: PAGE_HTML }]]);
  for (const file of result.outputFiles) {
    files.set(`/${file.path.slice(join(repoRoot, '.bench-out').length + 1)}`, { type: 'text/javascript', body: file.contents });
  }
  return files;
}

function serve(files) {
  const server = createServer((request, response) => {
    const file = files.get(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': file.type, 'Cache-Control': 'no-store' }).end(file.body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

async function loadPuppeteer() {
  try {
    return (await import('puppeteer-core')).default;
  } catch {
    throw new Error('puppeteer-core is missing from node_modules (it comes with @web/test-runner-chrome): run npm ci.');
  }
}

const median = (values) => percentile(values, 50);
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/**
 * Runs every measurement; returns
 * { browser, firstRender: { plain, catalogue } ({ median, runs } ms), keystroke: { plain, catalogue } ({ p50, p95,
 * samples, typed }) }.
 */
export async function runBrowserBench(repoRoot, { firstRenderRuns = 5, keystrokes = 50, log = () => {} } = {}) {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium found: install one (apt-get install -y chromium) or set CHROME_PATH.');
  const puppeteer = await loadPuppeteer();
  log('bundling the bench page…');
  const files = await bundlePage(repoRoot);
  const server = await serve(files);
  const url = `http://127.0.0.1:${server.address().port}/`;
  let browser;
  try {
    browser = await puppeteer.launch({ executablePath, headless: true, pipe: true, args: CHROME_ARGS, protocolTimeout: 600_000 });
    const version = await browser.version();

    const openPage = async () => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      const problems = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => 'diwanBench' in window, { timeout: 30_000 }).catch(() => {
        throw new Error(`the bench page did not start: ${problems.join('; ') || 'no error reported'}`);
      });
      await page.evaluate(() => window.diwanBench.ready());
      return { page, problems };
    };
    const run = async (fn, ...args) => {
      const { page, problems } = await openPage();
      try {
        return await page.evaluate(fn, ...args);
      } catch (error) {
        throw new Error(`${error instanceof Error ? error.message : error}${problems.length ? ` (page: ${problems.join('; ')})` : ''}`, { cause: error });
      } finally {
        await page.close();
      }
    };

    const firstRender = { plain: [], catalogue: [] };
    for (let runIndex = 0; runIndex < firstRenderRuns; runIndex++) {
      for (const kind of ['plain', 'catalogue']) {
        log(`first render ${kind} ${runIndex + 1}/${firstRenderRuns}…`);
        firstRender[kind].push(await run((k) => window.diwanBench.firstRender(k), kind));
      }
    }
    const keystroke = {};
    for (const kind of ['plain', 'catalogue']) {
      log(`keystrokes ${kind}…`);
      const { samples, typed } = await run((k, n) => window.diwanBench.keystrokes(k, n), kind, keystrokes);
      log(`  ${typed} keys typed, ${samples.length} timed`);
      if (samples.length < keystrokes / 2) throw new Error(`only ${samples.length} timed keystrokes for ${kind} (of ${typed} typed)`);
      keystroke[kind] = { p50: percentile(samples, 50), p95: percentile(samples, 95), samples: samples.length, typed };
    }
    return {
      browser: version,
      firstRender: {
        plain: { median: median(firstRender.plain), runs: firstRender.plain },
        catalogue: { median: median(firstRender.catalogue), runs: firstRender.catalogue },
      },
      keystroke,
    };
  } finally {
    await browser?.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
