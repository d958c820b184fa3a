// Writes packages/elements/custom-elements.json (`node scripts/analyze.mjs`), or with `--check` regenerates
// it in memory and exits 1 when the checked-in copy differs (CI: the manifest must follow the JSDoc).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const CONFIG = 'custom-elements-manifest.config.mjs';
const MANIFEST = 'packages/elements/custom-elements.json';
const check = process.argv.includes('--check');
// the repository root, wherever the script is run from (e.g. packages/elements' build)
const root = fileURLToPath(new URL('..', import.meta.url));

const manifest = await cli({ argv: ['analyze', '--config', CONFIG, '--quiet'], cwd: root, noWrite: true });
// the same serialisation the analyzer's CLI writes
const fresh = `${JSON.stringify(manifest, null, 2)}\n`;
const path = join(root, MANIFEST);

if (!check) {
  writeFileSync(path, fresh);
  console.log(`wrote ${MANIFEST}`);
} else {
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== fresh) {
    console.error(`${MANIFEST} is stale: run npm run analyze (and commit the result).`);
    process.exit(1);
  }
  console.log(`${MANIFEST} is up to date.`);
}
