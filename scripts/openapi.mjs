// Writes packages/client/openapi.json from the zod schemas (packages/client/src/openapi/document.ts).
//   node scripts/openapi.mjs           regenerate the file
//   node scripts/openapi.mjs --check   exit 1 when the checked-in file is stale (CI)
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'packages/client/src/openapi/document.ts');
const target = join(root, 'packages/client/openapi.json');
const check = process.argv.includes('--check');

async function generate() {
  const dir = await mkdtemp(join(tmpdir(), 'diwan-openapi-'));
  const outfile = join(dir, 'document.mjs');
  try {
    // Bundled (zod included, resolved from the client package) so Node runs the TypeScript as is.
    await build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      conditions: ['source'],
      logLevel: 'warning',
    });
    const { buildOpenApiDocument } = await import(pathToFileURL(outfile).href);
    return `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const fresh = await generate();
const name = relative(root, target);
if (check) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== fresh) {
    console.error(`${name} is stale: run npm run openapi and commit the result.`);
    process.exit(1);
  }
  console.log(`${name} is up to date.`);
} else {
  await writeFile(target, fresh);
  console.log(`wrote ${name}`);
}
