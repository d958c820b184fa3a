// Builds @diwan/conformance for Node 20: esbuild bundles src/ and the parts of @diwan/client it uses
// (from their TypeScript sources, so the client need not be built first) into dist/; the npm
// dependencies (fast-check, zod) stay external. bin/diwan-conformance.js loads dist/cli.js.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies).filter((name) => name !== '@diwan/client');
const outdir = new URL('./dist/', import.meta.url).pathname;

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts' },
  absWorkingDir: new URL('.', import.meta.url).pathname,
  outdir,
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['source'],
  external: [...external, ...external.map((name) => `${name}/*`)],
  sourcemap: true,
  logLevel: 'warning',
});
console.log('built packages/conformance/dist');
