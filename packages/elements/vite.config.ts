// Two builds of @diwan/elements (see package.json "build"):
//   vite build             → dist/: the npm build. ES modules, one file per source module, not minified
//                            (hosts' bundlers minify) except the CSS in css`…` literals, which no
//                            JavaScript minifier touches; lit, i18next, @lit-labs/virtualizer and
//                            @diwan/client stay dependencies.
//   vite build --mode cdn  → dist/cdn/diwan.js: the one-line CMS embed. One minified ES module with
//                            everything inside that defines every tag; the ar/ckb/fr strings and the
//                            demo backend are lazy chunks beside it (loaded with import()).
// Declarations come from `tsc -p tsconfig.build.json` afterwards.
//
// Both builds resolve @diwan/client through its `source` condition (TypeScript sources) and use Lit's
// production build (no `development` condition). TypeScript decorators are the legacy kind: oxc reads
// experimentalDecorators / useDefineForClassFields:false from the root tsconfig.json; the built-bundle
// test (test/built-bundle.test.ts) checks the result really runs in Chromium.
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig, type UserConfig } from 'vite';
import { minifyCssLiterals } from './build/minify-css-literals.mjs';

const conditions = ['source', 'module', 'browser', 'production'];

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { dependencies?: Record<string, string> };
/** Everything in package.json "dependencies" (and Lit's own packages) stays external in the npm build. */
const dependencies = [...Object.keys(pkg.dependencies ?? {}), '@lit/reactive-element', 'lit-html', 'lit-element'].map(
  (name) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(/|$)`),
);

/** One entry per widget define module (src/define/<tag-name>.ts), so hosts can register only what they use. */
function defineEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const file of readdirSync(new URL('./src/define', import.meta.url))) {
    if (file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts')) {
      entries[`define/${file.slice(0, -3)}`] = `src/define/${file}`;
    }
  }
  return entries;
}

const npmBuild: UserConfig = {
  resolve: { conditions },
  plugins: [minifyCssLiterals()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    lib: {
      entry: { index: 'src/index.ts', define: 'src/define.ts', ...defineEntries() },
      formats: ['es'],
    },
    rolldownOptions: {
      external: dependencies,
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        // compiler helpers (the decorator runtime) land in _virtual/ under a short, version-free name
        entryFileNames: (chunk) => `${chunk.name.replace(/^_virtual\/.*\/([^/]+)$/, '_virtual/$1')}.js`,
      },
    },
  },
};

const cdnBuild: UserConfig = {
  resolve: { conditions },
  plugins: [minifyCssLiterals()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    emptyOutDir: true,
    minify: true,
    sourcemap: true,
    lib: {
      entry: { diwan: 'src/define.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      // Lets the entry chunk hold the code it shares with the lazy chunks: without it rolldown moves
      // that code (zod, schemas) into a third file that diwan.js imports, and the embed is no longer one file.
      preserveEntrySignatures: 'allow-extension',
      output: {
        entryFileNames: '[name].js',
        // locale chunks say what they hold (locale-<lang>-<namespace>), so the size budget can name them
        chunkFileNames: (chunk) => {
          const locale = chunk.facadeModuleId?.match(/\/locales\/([\w-]+)\/([\w-]+)\.json$/) ?? chunk.facadeModuleId?.match(/\/locales\/([\w-]+)\.json$/);
          if (locale) return `locale-${locale.slice(1).join('-')}-[hash].js`;
          // a widget defined lazily (staff widgets) is named as such, apart from client modules of the same name
          const widget = chunk.facadeModuleId?.match(/\/src\/define\/([\w-]+)\.ts$/);
          return widget ? `widget-${widget[1]}-[hash].js` : '[name]-[hash].js';
        },
        // library mode leaves whitespace in ES output (build.minify alone): minify fully for the CDN
        minify: true,
      },
    },
  },
};

export default defineConfig(({ mode }) => (mode === 'cdn' ? cdnBuild : npmBuild));
