// `npm start`: the reference server (@diwan/server) on its embedded database — migrated and seeded with
// the demo data on first run, in .diwan/data — serving the demo ministry page at / and the Diwan REST
// API at /api/v1 on the same origin. Builds what it needs first (the server in about a second; the page
// only when its sources changed). Opens no browser: prints the URL.
//   PORT=8080 npm start      another port (the next free one is taken if it is busy)
//   npm start -- --host      listen on every interface (to open it from another machine)
//   DATABASE_URL=postgres://… DIWAN_SECRET=… npm start   on a PostgreSQL server instead
import { createServer } from 'node:net';
import { pathToFileURL } from 'node:url';
import { DEMO_OUT, demoBuild, serverBuild } from './demo-build.mjs';

const started = performance.now();
const wanted = Number(process.env.PORT ?? 5173);
const host = process.argv.includes('--host') ? '0.0.0.0' : 'localhost';
process.env.LOG_LEVEL ??= 'warn'; // the console stays readable; LOG_LEVEL=info shows every request as JSON

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

async function freePort(port) {
  for (let candidate = port; candidate < port + 20; candidate++) {
    if (await portIsFree(candidate)) return candidate;
  }
  throw new Error(`ports ${port}–${port + 19} are all busy: set PORT to a free one`);
}

try {
  const entry = serverBuild();
  console.log(await demoBuild() ? 'Built the demo page.' : 'The demo page is up to date.');
  const port = await freePort(wanted);
  const { configFromEnv, startServer } = await import(pathToFileURL(entry).href);
  const config = configFromEnv({ port, host, staticDir: DEMO_OUT });
  const server = await startServer(config, { seedIfEmpty: true });
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `the embedded database in ${config.dataDir}`;
  console.log(`\nDiwan demo — a sample ministry page on the reference server, on ${where}:`);
  console.log(`  ${server.url}/   (Arabic: ${server.url}/?lang=ar)`);
  console.log(`  API: ${server.url}/api/v1   reference: ${server.url}/api/v1/docs`);
  console.log(`  ready in ${((performance.now() - started) / 1000).toFixed(1)} s. Ctrl+C to stop.\n`);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      server.close().then(() => process.exit(0), () => process.exit(1));
    });
  }
} catch (error) {
  console.error(`Could not start the demo: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
