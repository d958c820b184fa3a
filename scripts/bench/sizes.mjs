// Bundle sizes: what a page downloads for the catalogue alone (esbuild, minified, production Lit) and
// for the full CDN build (dist/cdn). "Entry" = the entry chunk plus the chunks it imports statically;
// lazy chunks (ar/ckb/fr strings, the demo backend) are listed apart: a page fetches them on demand.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export const CATALOGUE_ENTRY = 'packages/elements/src/define/service-catalogue.ts';
export const CDN_DIR = 'packages/elements/dist/cdn';

const gzipBytes = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** esbuild options shared with the browser bench: sources via `source`, Lit's production build. */
export const esbuildBrowserOptions = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  charset: 'utf8',
  target: 'es2022',
  conditions: ['source', 'module', 'production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  tsconfig: 'tsconfig.json',
  logLevel: 'silent',
};

/** Chunks an output imports statically, transitively (what must load before it runs). */
function staticClosure(outputs, start) {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length) {
    const current = queue.pop();
    for (const imported of outputs[current]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external && !seen.has(imported.path)) {
        seen.add(imported.path);
        queue.push(imported.path);
      }
    }
  }
  return seen;
}

/** Sizes of the catalogue's own entry, bundled with esbuild (splitting on, so lazy chunks stay lazy). */
export async function catalogueEntrySizes(repoRoot) {
  const result = await build({
    ...esbuildBrowserOptions,
    absWorkingDir: repoRoot,
    entryPoints: { catalogue: CATALOGUE_ENTRY },
    splitting: true,
    minify: true,
    write: false,
    metafile: true,
    outdir: join(repoRoot, '.bench-out'),
    chunkNames: '[name]-[hash]',
  });
  const files = new Map(result.outputFiles.map((file) => [file.path.slice(repoRoot.length + 1).replaceAll('\\', '/'), file.contents]));
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint === CATALOGUE_ENTRY);
  if (!entry) throw new Error(`esbuild produced no output for ${CATALOGUE_ENTRY}`);
  const eager = staticClosure(outputs, entry);
  const eagerBytes = [...eager].map((path) => files.get(path));
  const joined = Buffer.concat(eagerBytes.map((bytes) => Buffer.from(bytes)));
  const lazy = Object.keys(outputs)
    .filter((path) => !eager.has(path) && path.endsWith('.js'))
    .map((path) => ({ name: basename(path), bytes: files.get(path).length, gzip: gzipBytes(files.get(path)) }));
  return {
    entry: { name: `${CATALOGUE_ENTRY} (+${eager.size - 1} static chunks)`, bytes: joined.length, gzip: gzipBytes(joined) },
    lazy,
  };
}

/** Sizes of the CDN build's files, or undefined when it has not been built. */
export function cdnSizes(repoRoot) {
  const dir = join(repoRoot, CDN_DIR);
  if (!existsSync(join(dir, 'diwan.js'))) return undefined;
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      return { name, bytes: bytes.length, gzip: gzipBytes(bytes) };
    })
    .sort((a, b) => (a.name === 'diwan.js' ? -1 : b.name === 'diwan.js' ? 1 : b.bytes - a.bytes));
}
