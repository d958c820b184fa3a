// Builds @diwan/server into dist/ (see scripts/build-node-package.mjs); the migrations are copied beside
// the code. Bundled CommonJS dependencies call require(): the banner gives ES modules one.
import { cpSync } from 'node:fs';
import { buildNodePackage } from '../../scripts/build-node-package.mjs';

await buildNodePackage(new URL('./', import.meta.url), {
  banner: "import { createRequire as __diwanCreateRequire } from 'node:module'; const require = __diwanCreateRequire(import.meta.url);",
});
cpSync(new URL('./src/db/migrations/', import.meta.url), new URL('./dist/migrations/', import.meta.url), { recursive: true });
