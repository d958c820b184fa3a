// npm build of @diwan/client: ES modules, not minified (consumers' bundlers minify), one file per
// source module so bundlers tree-shake what a host does not use. zod stays a dependency.
// Declarations come from `tsc -p tsconfig.build.json` after this build.
import { defineConfig } from 'vite';

export default defineConfig({
  resolve: { conditions: ['source', 'module', 'browser', 'production'] },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    lib: {
      entry: { index: 'src/index.ts', 'demo/index': 'src/demo/index.ts', 'open311/index': 'src/open311/index.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^zod(\/|$)/],
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});
