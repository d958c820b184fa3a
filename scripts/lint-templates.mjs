// Template type checking (issue 12 §6): lit-analyzer over the widgets' sources — bindings against the
// element's properties and attributes, unknown tags, event names. Tests are left out on purpose (they feed
// widgets odd values to see them refuse). `no-invalid-css` is off: its CSS data predates `color-scheme`,
// `forced-color-adjust`, `accent-color` and `vector-effect`, which the widgets need.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const sources = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  if (statSync(path).isDirectory()) return sources(path);
  return name.endsWith('.ts') && !/\.test\.ts$|test-support\.ts$|test-browser\.ts$/.test(name) ? [path] : [];
});
const files = sources('packages/elements/src');
const result = spawnSync('npx', ['lit-analyzer', ...files, '--strict', '--rules.no-invalid-css', 'off'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
