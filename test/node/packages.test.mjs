// The BUILT npm packages as a consumer's bundler and TypeScript see them (package.json "exports",
// "sideEffects" and dist/*.d.ts; no `source` condition). Run by `npm test` after the build step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
for (const built of ['packages/client/dist/index.d.ts', 'packages/elements/dist/index.d.ts', 'packages/react/dist/index.d.ts']) {
  if (!existsSync(`${root}/${built}`)) throw new Error(`${built} is missing: run npm run build first.`);
}
const manifest = JSON.parse(readFileSync(`${root}/packages/elements/custom-elements.json`, 'utf8'));
const TAGS = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName);

/** What a consumer's bundler keeps for this code: the entry chunk and what it imports statically. */
async function bundle(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: `${root}/.packages-test-out`,
    write: false,
    minify: true,
    platform: 'browser',
    external: ['react'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  // every chunk is either the entry or imported statically by it, or lazy (import()): lazy ones do not count
  const entry = result.outputFiles.find((file) => file.path.endsWith('stdin.js'));
  return entry.text + result.outputFiles
    .filter((file) => file !== entry && entry.text.includes(`from"./${file.path.split('/').pop()}"`))
    .map((file) => file.text)
    .join('');
}

const registeredTags = (code) => TAGS.filter((tag) => code.includes(`"${tag}"`));

test('importing the packages for their side effects alone keeps no code (sideEffects is precise)', async () => {
  for (const specifier of ['@diwan/client', '@diwan/elements', '@diwan/react']) {
    assert.equal((await bundle(`import '${specifier}';`)).trim(), '', `import '${specifier}' left code in the bundle`);
  }
});

test('a class imported from @diwan/elements comes without any customElements.define', async () => {
  const code = await bundle("import { DiwanFeedback } from '@diwan/elements'; console.log(DiwanFeedback);");
  assert.ok(code.includes('class'), 'the class is in the bundle');
  assert.deepEqual(registeredTags(code), [], 'a tag name string (a registration) is in the bundle');
});

test('a per-widget define entry registers its own tag and carries no other widget', async () => {
  for (const tag of TAGS) {
    const code = await bundle(`import '@diwan/elements/define/${tag.replace(/^diwan-/, '')}.js';`);
    assert.match(code, /customElements\.define/, `${tag}: no registration`);
    assert.deepEqual(registeredTags(code), [tag], `${tag}'s entry names other tags`);
  }
});

test('define.js registers all four tags', async () => {
  const code = await bundle("import '@diwan/elements/define.js';");
  assert.deepEqual(registeredTags(code).sort(), [...TAGS].sort());
});

test('the published declarations type tags, properties, events and React props (tsc on a consumer project)', () => {
  const result = spawnSync(process.execPath, [`${root}/node_modules/typescript/bin/tsc`, '-p', 'test/node/fixtures/consumer/tsconfig.json'], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, `tsc failed on test/node/fixtures/consumer/consumer.ts:\n${result.stdout}${result.stderr}`);
});

test('every export of the packages points at a file the build produced', () => {
  for (const name of ['client', 'elements', 'react']) {
    const pkg = JSON.parse(readFileSync(`${root}/packages/${name}/package.json`, 'utf8'));
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      const files = typeof target === 'string' ? [target] : Object.entries(target).filter(([condition]) => condition !== 'source').map(([, file]) => file);
      for (const file of files) {
        // a pattern export (./define/*.js) is checked through one of its files
        const concrete = file.includes('*') ? file.replace('*', 'service-catalogue') : file;
        assert.ok(existsSync(`${root}/packages/${name}/${concrete}`), `@diwan/${name} exports ${subpath} → ${concrete}, which is missing`);
      }
    }
  }
});

test('every runtime dependency of a package is imported by its own sources (test-only ones are devDependencies)', async () => {
  const { readdirSync, statSync } = await import('node:fs');
  const sources = (dir) => readdirSync(dir).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|mjs|js)$/.test(name) && !/\.test\.|test-support|\/test\//.test(path) ? [readFileSync(path, 'utf8')] : [];
  });
  for (const pkg of ['client', 'elements', 'react', 'server', 'conformance']) {
    const { dependencies = {} } = JSON.parse(readFileSync(`${root}/packages/${pkg}/package.json`, 'utf8'));
    const code = sources(`${root}/packages/${pkg}/src`).join('\n');
    const unused = Object.keys(dependencies).filter((name) => !code.includes(`'${name}'`) && !code.includes(`'${name}/`) && !code.includes(`"${name}"`) && !code.includes(`"${name}/`));
    assert.deepEqual(unused, [], `@diwan/${pkg} depends on what only its tests (or nothing) import`);
  }
});

test('the public API spells "normalize" one way; an earlier spelling is only a deprecated alias', async () => {
  const { readdirSync, statSync } = await import('node:fs');
  const declarations = (dir) => readdirSync(dir).flatMap((name) => {
    const path = `${dir}/${name}`;
    return statSync(path).isDirectory() ? declarations(path) : name.endsWith('.d.ts') ? [readFileSync(path, 'utf8')] : [];
  });
  for (const pkg of ['client', 'elements']) {
    for (const text of declarations(`${root}/packages/${pkg}/dist`)) {
      for (const match of text.matchAll(/export (?:declare )?(?:function|const) (\w*[Nn]ormalis\w*)/g)) {
        const before = text.slice(Math.max(0, match.index - 400), match.index);
        assert.match(before, /@deprecated[^]*\*\/\s*$/, `${match[1]} is public without being marked @deprecated`);
      }
    }
  }
});
