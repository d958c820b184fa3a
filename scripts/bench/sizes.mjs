// Bundle sizes (gzip -9; deterministic for a given lockfile):
//   - each widget's define entry bundled alone with esbuild (minified, production Lit): what a page that
//     imports only that widget downloads before it runs. "Entry" = the entry chunk plus the chunks it
//     imports statically; lazy chunks (other locales, the demo data, adapters) are listed apart.
//   - the CDN build (dist/cdn, `npm run build` first): diwan.js, its locale chunks, its other lazy chunks.
//   - what costs the bytes in diwan.js: its source modules by minified size, grouped by package/folder.
// Used by `npm run bench` (report) and scripts/check-sizes.mjs (the budget `npm test` enforces).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { minifyCssLiteralsIn } from '../../packages/elements/build/minify-css-literals.mjs';

export const CATALOGUE_ENTRY = 'packages/elements/src/define/service-catalogue.ts';
export const DEFINE_DIR = 'packages/elements/src/define';
export const CDN_DIR = 'packages/elements/dist/cdn';
/** Locale chunks of the CDN build are named `locale-<lang>-<namespace>-<hash>.js` (see packages/elements/vite.config.ts). */
const LOCALE_CHUNK = /^locale-([a-z]{2,3})-/;

export const gzipBytes = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** The CSS minification both builds apply to css`…` literals, so a measured entry is what hosts get. */
const minifyCssLiteralsPlugin = {
  name: 'diwan-minify-css-literals',
  setup(build) {
    build.onLoad({ filter: /packages[\\/]elements[\\/]src[\\/].*\.ts$/ }, (args) => {
      const code = readFileSync(args.path, 'utf8');
      return { contents: minifyCssLiteralsIn(code, args.path) ?? code, loader: 'ts' };
    });
  },
};

/** esbuild options shared with the browser bench: sources via `source`, Lit's production build, CSS literals minified. */
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
  plugins: [minifyCssLiteralsPlugin],
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

/** `node_modules/@lit/reactive-element/x.js` → `@lit/reactive-element`; `packages/elements/src/feedback/x.ts` → `elements/feedback`. */
export function costGroup(input) {
  const modules = input.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = input.slice(modules + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const match = input.match(/packages\/([^/]+)\/src\/([^/]+)/);
  if (!match) return input;
  return match[2].includes('.') ? `${match[1]}/${match[2]}` : `${match[1]}/${match[2]}/`;
}

/** Sizes of one source entry bundled alone (splitting on, so lazy chunks stay lazy), with its costs by group. */
export async function entrySizes(repoRoot, entryPoint) {
  const result = await build({
    ...esbuildBrowserOptions,
    absWorkingDir: repoRoot,
    entryPoints: { entry: entryPoint },
    splitting: true,
    minify: true,
    write: false,
    metafile: true,
    outdir: join(repoRoot, '.bench-out'),
    chunkNames: '[name]-[hash]',
  });
  const files = new Map(result.outputFiles.map((file) => [file.path.slice(repoRoot.length + 1).replaceAll('\\', '/'), file.contents]));
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint === entryPoint);
  if (!entry) throw new Error(`esbuild produced no output for ${entryPoint}`);
  const eager = staticClosure(outputs, entry);
  const joined = Buffer.concat([...eager].map((path) => Buffer.from(files.get(path))));
  const costs = new Map();
  for (const path of eager) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[path].inputs)) {
      costs.set(costGroup(input), (costs.get(costGroup(input)) ?? 0) + bytesInOutput);
    }
  }
  const lazy = Object.keys(outputs)
    .filter((path) => !eager.has(path) && path.endsWith('.js'))
    .map((path) => ({ name: basename(path), bytes: files.get(path).length, gzip: gzipBytes(files.get(path)) }));
  return {
    entry: { name: `${entryPoint} (+${eager.size - 1} static chunks)`, bytes: joined.length, gzip: gzipBytes(joined) },
    lazy,
    costs: [...costs].map(([group, bytes]) => ({ group, bytes })).sort((a, b) => b.bytes - a.bytes),
  };
}

/** The catalogue's own entry (the bench's historical first row). */
export const catalogueEntrySizes = (repoRoot) => entrySizes(repoRoot, CATALOGUE_ENTRY);

/** Every widget's define entry: `service-catalogue` → sizes. */
export async function widgetEntrySizes(repoRoot) {
  const widgets = readdirSync(join(repoRoot, DEFINE_DIR)).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts')).sort();
  const sizes = [];
  for (const file of widgets) sizes.push({ widget: file.slice(0, -3), ...(await entrySizes(repoRoot, `${DEFINE_DIR}/${file}`)) });
  return sizes;
}

/** Sizes of the CDN build's files (kind: entry | locale | lazy), or undefined when it has not been built. */
export function cdnSizes(repoRoot) {
  const dir = join(repoRoot, CDN_DIR);
  if (!existsSync(join(dir, 'diwan.js'))) return undefined;
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      const kind = name === 'diwan.js' ? 'entry' : LOCALE_CHUNK.test(name) ? 'locale' : 'lazy';
      return { name, kind, bytes: bytes.length, gzip: gzipBytes(bytes) };
    })
    .sort((a, b) => (a.name === 'diwan.js' ? -1 : b.name === 'diwan.js' ? 1 : a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name)));
}

/** A file name without its content hash: `locale-ar-catalogue-Bx1z.js` → `locale-ar-catalogue.js`. */
export const withoutHash = (name) => name.replace(/-[\w-]{8}\.js$/, '.js');
