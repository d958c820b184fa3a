#!/usr/bin/env node
// The bin is this small file (present before any build, so npm links it on install) loading the built CLI.
import('../dist/cli.js').catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
    console.error('diwan-conformance is not built: run `npm run build` (or `npm run build -w @diwan/conformance`) first.');
    process.exit(2);
  }
  throw error;
});
