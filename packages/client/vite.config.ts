// npm build of @diwan/client: ES modules, not minified (consumers' bundlers minify), one file per
// source module so bundlers tree-shake what a host does not use.
// Entries are the package's exports (their `source` files), so a new export needs no change here;
// every dependency in package.json stays external (installed beside us, never copied into dist/).
// Declarations come from `tsc -p tsconfig.build.json` after this build.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

interface PackageJson {
  exports: Record<string, string | { source?: string }>;
  dependencies?: Record<string, string>;
}
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as PackageJson;

/** `./demo` with source `./src/demo/index.ts` → entry `demo/index` (built to dist/demo/index.js). */
function exportEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const target of Object.values(pkg.exports)) {
    const source = typeof target === 'object' ? target.source : undefined;
    if (source) entries[source.replace(/^\.\/src\//, '').replace(/\.ts$/, '')] = source;
  }
  return entries;
}

const dependencies = Object.keys(pkg.dependencies ?? {}).map(
  (name) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(/|$)`),
);

export default defineConfig({
  resolve: { conditions: ['source', 'module', 'browser', 'production'] },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    lib: { entry: exportEntries(), formats: ['es'] },
    rolldownOptions: {
      external: dependencies,
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});
