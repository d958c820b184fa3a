// Shared by `npm start`, the Lighthouse run and the browser journeys against the server: build the
// reference server (esbuild, about a second) and the demo ministry page (Vite, production build from the
// TypeScript sources), skipping the page when nothing it is made of changed since the last build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
/** Where `npm start` keeps the built page (git-ignored, beside the embedded database). */
export const DEMO_OUT = join(repoRoot, '.diwan/demo');
const DEMO_INPUTS = ['demo', 'packages/elements/src', 'packages/client/src', 'vite.config.ts', 'package-lock.json'];
const STAMP = '.built-from';

function newestChange(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

export function serverBuild() {
  const result = spawnSync(process.execPath, ['build.mjs'], { cwd: join(repoRoot, 'packages/server'), stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('building packages/server failed');
  return join(repoRoot, 'packages/server/dist/index.js');
}

/** Builds demo/ into outDir (production, minified); returns false when the last build is still current. */
export async function demoBuild(outDir = DEMO_OUT, { force = false } = {}) {
  const inputs = String(Math.max(...DEMO_INPUTS.map((input) => newestChange(join(repoRoot, input)))));
  const stamp = join(outDir, STAMP);
  if (!force && existsSync(stamp) && readFileSync(stamp, 'utf8') === inputs) return false;
  const { build } = await import('vite');
  await build({
    configFile: join(repoRoot, 'vite.config.ts'),
    root: join(repoRoot, 'demo'),
    logLevel: 'error', // Vite's build-timing notes are not for someone starting the demo
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  writeFileSync(stamp, inputs);
  return true;
}
