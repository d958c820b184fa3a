// custom-elements.json for @diwan/elements: `npm run analyze` writes it, `node scripts/analyze.mjs --check`
// fails when the checked-in copy is stale. Storybook's controls and docs read it (see .storybook/preview.ts),
// and so do IDEs and other tools through packages/elements/package.json's `customElements` field.

const PACKAGE_DIR = 'packages/elements/';

/** Keeps the public API only: private, protected and `#private` members are implementation details. */
function publicApiOnly() {
  return {
    name: 'diwan-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) =>
              member.privacy !== 'private' &&
              member.privacy !== 'protected' &&
              !member.name.startsWith('#') &&
              // `static styles` is Lit plumbing, not something an embedder sets
              !(declaration.customElement && member.static && member.name === 'styles'),
          );
        }
      }
    },
  };
}

/** Module paths relative to the package (where the manifest lives), not to the repository root. */
function packageRelativePaths() {
  const relative = (value) => (typeof value === 'string' && value.startsWith(PACKAGE_DIR) ? value.slice(PACKAGE_DIR.length) : value);
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        if (key === 'path' || key === 'module') node[key] = relative(node[key]);
        else walk(node[key]);
      }
    }
  };
  return {
    name: 'diwan-package-relative-paths',
    packageLinkPhase({ customElementsManifest }) {
      walk(customElementsManifest.modules);
    },
  };
}

export default {
  globs: [`${PACKAGE_DIR}src/**/*.ts`],
  exclude: [`${PACKAGE_DIR}src/**/*.test.ts`, `${PACKAGE_DIR}src/**/*.d.ts`],
  outdir: PACKAGE_DIR,
  litelement: true,
  // the package already declares `customElements`; never let the analyzer rewrite the root package.json
  packagejson: false,
  plugins: [publicApiOnly(), packageRelativePaths()],
};
