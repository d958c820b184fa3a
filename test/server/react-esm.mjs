// web-test-runner plugin: React for browser tests. React 19 ships CommonJS only, which the dev server
// cannot serve to a browser as is; this bundles react + react-dom/client once with esbuild into one
// ES module (one React copy, so hooks work) and maps the bare imports to thin modules re-exporting it.
// Only `react`, `react-dom` and `react-dom/client` are mapped: what @diwan/react's wrappers and their test import.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const PREFIX = '/__diwan-react/';
/** Bare import → served file, its binding in the vendor module, and the CommonJS file listing its exports. */
const MODULES = {
  react: { file: 'react.js', binding: 'React', cjs: 'react/cjs/react.production.js' },
  'react-dom': { file: 'react-dom.js', binding: 'ReactDOM', cjs: 'react-dom/cjs/react-dom.production.js' },
  'react-dom/client': { file: 'react-dom-client.js', binding: 'ReactDOMClient', cjs: 'react-dom/cjs/react-dom-client.production.js' },
};

const isIdentifier = (name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default';

let vendor;
function vendorModule() {
  vendor ??= build({
    stdin: {
      contents: Object.entries(MODULES).map(([specifier, { binding }]) => `import ${binding} from '${specifier}'; export { ${binding} };`).join('\n'),
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return vendor;
}

/**
 * `export default React; export const { createElement, … } = React;` — default and named imports both
 * work. The names are read from the CommonJS source (`exports.name =`): requiring React here would run
 * its development build inside the test runner's process.
 */
function facade({ binding, cjs }) {
  // the package folder, then the file in it (the packages' "exports" do not list their cjs/ files)
  const [name, ...rest] = cjs.split('/');
  const source = readFileSync(join(dirname(require.resolve(`${name}/package.json`)), ...rest), 'utf8');
  const names = [...new Set(Array.from(source.matchAll(/\bexports\.([A-Za-z_$][\w$]*)\s*=/g), (match) => match[1]))].filter(isIdentifier);
  return `import { ${binding} } from './vendor.js';\nexport default ${binding};\nexport const { ${names.join(', ')} } = ${binding};\n`;
}

export function reactEsm() {
  return {
    name: 'diwan-react-esm',
    resolveImport({ source }) {
      const mapped = MODULES[source];
      return mapped ? `${PREFIX}${mapped.file}` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const file = context.path.slice(PREFIX.length);
      if (file === 'vendor.js') return { body: await vendorModule(), type: 'js' };
      const module = Object.values(MODULES).find((candidate) => candidate.file === file);
      return module ? { body: facade(module), type: 'js' } : undefined;
    },
  };
}
