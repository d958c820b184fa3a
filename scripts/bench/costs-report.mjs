// `node scripts/bench/costs-report.mjs [entry]`: what costs the bytes in an entry's eager bundle
// (default: src/define.ts, the CDN bundle's entry), by package / folder, minified bytes and share.
import { fileURLToPath } from 'node:url';
import { entrySizes } from './sizes.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const entry = process.argv[2] ?? 'packages/elements/src/define.ts';
const sizes = await entrySizes(root, entry);
const total = sizes.costs.reduce((sum, cost) => sum + cost.bytes, 0);
console.log(`${sizes.entry.name}: ${(sizes.entry.bytes / 1024).toFixed(1)} KB minified, ${(sizes.entry.gzip / 1024).toFixed(1)} KB gzip`);
for (const { group, bytes } of sizes.costs.slice(0, 30)) {
  console.log(`${(bytes / 1024).toFixed(1).padStart(7)} KB  ${((100 * bytes) / total).toFixed(1).padStart(5)} %  ~${((sizes.entry.gzip * bytes) / total / 1024).toFixed(1)} KB gz  ${group}`);
}
console.log(`lazy: ${sizes.lazy.map((chunk) => `${chunk.name} ${(chunk.gzip / 1024).toFixed(1)} KB`).join(', ')}`);
