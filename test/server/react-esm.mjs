// web-test-runner plugin: React for browser tests. React 19 ships CommonJS only, which the dev server
// cannot serve to a browser as is; this bundles react + react-dom/client once with esbuild into one
// ES module (one React copy, so hooks work) and maps the bare imports to thin modules re-exporting it.
// Only `react` and `react-dom/client` are mapped: what @diwan/react's wrappers and their test import.
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const PREFIX = '/__diwan-react/';
const MODULES = {
  react: { file: 'react.js', binding: 'React' },
  'react-dom/client': { file: 'react-dom-client.js', binding: 'ReactDOMClient' },
};

const isIdentifier = (name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default';

let vendor;
function vendorModule() {
  vendor ??= build({
    stdin: {
      contents: "import React from 'react'; import ReactDOMClient from 'react-dom/client'; export { React, ReactDOMClient };",
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

/** `export default React; export const { createElement, … } = React;` — default and named imports both work. */
function facade(specifier, binding) {
  const names = Object.keys(require(specifier)).filter(isIdentifier);
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
      const entry = Object.entries(MODULES).find(([, module]) => module.file === file);
      return entry ? { body: facade(entry[0], entry[1].binding), type: 'js' } : undefined;
    },
  };
}
