// `npm start`: the sample ministry page (demo/) on a Vite dev server, from the TypeScript sources
// (the `source` export condition, see vite.config.ts). Opens no browser: prints the URL.
//   PORT=8080 npm start      another port (the next free one is taken if it is busy)
//   npm start -- --host      listen on every interface (to open it from another machine)
import { createServer } from 'vite';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 5173);
const host = process.argv.includes('--host') ? true : 'localhost';

const server = await createServer({
  configFile: `${repoRoot}vite.config.ts`,
  root: `${repoRoot}demo`,
  server: { port, strictPort: false, host, open: false, fs: { allow: [repoRoot] } },
  clearScreen: false,
});

try {
  await server.listen();
} catch (error) {
  console.error(`Could not start the demo server: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

const urls = [...(server.resolvedUrls?.local ?? []), ...(server.resolvedUrls?.network ?? [])];
console.log('\nDiwan demo — a sample ministry page with the widgets from source:');
for (const url of urls) console.log(`  ${url}`);
console.log(`  (Arabic: ${urls[0] ?? `http://localhost:${port}/`}?lang=ar)  Ctrl+C to stop.\n`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    void server.close().finally(() => process.exit(0));
  });
}
