// Builds a Node 20 package of this repository (@diwan/server, @diwan/conformance; no TypeScript
// stripping in Node 20): esbuild bundles its src/ and the parts of @diwan/client it uses (from their
// TypeScript sources, so the client need not be built first) into dist/; npm dependencies stay external.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * @param {URL} packageUrl the package's folder (ending in '/')
 * @param {{ banner?: string }} [options] code put first in every output file
 */
export async function buildNodePackage(packageUrl, { banner } = {}) {
  const pkg = JSON.parse(readFileSync(new URL('package.json', packageUrl), 'utf8'));
  const external = Object.keys(pkg.dependencies).filter((name) => name !== '@diwan/client');
  const outdir = fileURLToPath(new URL('dist/', packageUrl));
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts' },
    absWorkingDir: fileURLToPath(packageUrl),
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
    ...(banner ? { banner: { js: banner } } : {}),
  });
  console.log(`built ${pkg.name} into ${outdir}`);
}
