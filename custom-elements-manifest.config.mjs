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
              // `static styles` and `static strings` are plumbing, not something an embedder sets
              !(declaration.customElement && member.static && (member.name === 'styles' || member.name === 'strings')),
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

/**
 * Gives every documented event its class: `@fires diwan-service-select - …` becomes an event typed
 * `DiwanServiceSelectEvent`, found through the class's `static readonly type = 'diwan-service-select'`.
 * Editors, Storybook and the generated React wrappers (onDiwanServiceSelect) read the type from here.
 */
function typedEvents() {
  return {
    name: 'diwan-typed-events',
    packageLinkPhase({ customElementsManifest }) {
      const classByEventName = new Map();
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const type = declaration.kind === 'class' && declaration.members?.find((member) => member.static && member.name === 'type');
          const eventName = type?.default?.match(/^['"`](diwan-[\w-]+)['"`]$/)?.[1];
          if (eventName) classByEventName.set(eventName, { name: declaration.name, module: module.path });
        }
      }
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const eventClass = classByEventName.get(event.name);
            if (!eventClass || event.type) continue;
            event.type = { text: eventClass.name, references: [{ name: eventClass.name, module: eventClass.module, start: 0, end: eventClass.name.length }] };
          }
        }
      }
    },
  };
}

/** Modules sorted by path: the file-system walk's order is not stable, the checked-in manifest must be. */
function stableModuleOrder() {
  return {
    name: 'diwan-stable-module-order',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: [`${PACKAGE_DIR}src/**/*.ts`],
  // tests and their helpers (test-support.ts may define test-only subclasses) are not the public API
  exclude: [`${PACKAGE_DIR}src/**/*.test.ts`, `${PACKAGE_DIR}src/**/test-support.ts`, `${PACKAGE_DIR}src/**/*.d.ts`],
  outdir: PACKAGE_DIR,
  litelement: true,
  // the package already declares `customElements`; never let the analyzer rewrite the root package.json
  packagejson: false,
  plugins: [publicApiOnly(), packageRelativePaths(), typedEvents(), stableModuleOrder()],
};
