// Builds @diwan/conformance into dist/ (see scripts/build-node-package.mjs); bin/diwan-conformance.js
// loads dist/cli.js.
import { buildNodePackage } from '../../scripts/build-node-package.mjs';

await buildNodePackage(new URL('./', import.meta.url));
