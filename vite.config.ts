// Shared Vite settings for the repository root: `npm start` (scripts/start.mjs serves demo/ with it)
// and any tool that picks up a root vite.config (Storybook's Vite builder).
// Workspace packages resolve to their TypeScript sources through the `source` export condition; the
// rest are Vite's defaults (`development` in dev, so Lit's dev-mode warnings show while working).
// Package builds have their own configs in packages/*/vite.config.ts.
import { defineConfig, defaultClientConditions } from 'vite';

export default defineConfig({
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: { open: false },
});
