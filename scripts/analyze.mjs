// Writes packages/elements/custom-elements.json and everything generated from it (`node scripts/analyze.mjs`):
//   packages/elements/vscode.html-custom-data.json and web-types.json (editor support),
//   packages/react/src/*.ts (the @lit/react wrappers).
// With `--check` it regenerates them in memory and exits 1 when a checked-in copy differs or a stale
// generated file is left over (CI: the manifest must follow the JSDoc, and the rest the manifest).
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { vscodeCustomData, webTypes } from './generate/editor-data.mjs';
import { reactWrapperFiles } from './generate/react-wrappers.mjs';

const CONFIG = 'custom-elements-manifest.config.mjs';
const MANIFEST = 'packages/elements/custom-elements.json';
const REACT_SRC = 'packages/react/src';
const check = process.argv.includes('--check');
// the repository root, wherever the script is run from (e.g. packages/elements' build)
const root = fileURLToPath(new URL('..', import.meta.url));

const manifest = await cli({ argv: ['analyze', '--config', CONFIG, '--quiet'], cwd: root, noWrite: true });
const elementsPackage = JSON.parse(readFileSync(join(root, 'packages/elements/package.json'), 'utf8'));
// the same serialisation the analyzer's CLI writes
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

/** Repo-relative path → content. */
const generated = new Map([
  [MANIFEST, json(manifest)],
  ['packages/elements/vscode.html-custom-data.json', json(vscodeCustomData(manifest))],
  ['packages/elements/web-types.json', json(webTypes(manifest, elementsPackage))],
  ...reactWrapperFiles(manifest, root),
]);

/** Generated .ts files in packages/react/src that the manifest no longer produces (a removed element). */
const leftovers = readdirSync(join(root, REACT_SRC))
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .map((name) => `${REACT_SRC}/${name}`)
  .filter((path) => !generated.has(path));

if (!check) {
  for (const [path, content] of generated) writeFileSync(join(root, path), content);
  for (const path of leftovers) rmSync(join(root, path));
  console.log(`wrote ${[...generated.keys()].join(', ')}${leftovers.length ? `; removed ${leftovers.join(', ')}` : ''}`);
} else {
  const stale = [...generated].filter(([path, content]) => {
    try {
      return readFileSync(join(root, path), 'utf8') !== content;
    } catch {
      return true; // missing counts as stale
    }
  }).map(([path]) => path);
  stale.push(...leftovers);
  if (stale.length) {
    console.error(`Stale generated files: ${stale.join(', ')}. Run npm run analyze (and commit the result).`);
    process.exit(1);
  }
  console.log(`${MANIFEST} and the files generated from it are up to date.`);
}
