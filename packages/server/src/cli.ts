#!/usr/bin/env node
// diwan-server: start | migrate | seed | import | export | token (see cli/args.ts for the flags).
import { readFile, writeFile } from 'node:fs/promises';
import { parseCli, USAGE } from './cli/args.js';
import { exportCatalogue, exportThroughServer, importCatalogue, ImportRejectedError } from './cli/exchange.js';
import { tokenCommand } from './cli/tokens.js';
import { ConfigError, type ServerConfig } from './config.js';
import { DataDirBusyError, readLock } from './db/data-dir.js';
import { migrate } from './db/migrate.js';
import { openStore, type Store } from './db/open.js';
import { seedDemo } from './seed.js';
import { startServer } from './server.js';

async function withStore<T>(config: ServerConfig, command: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(config, command);
  try {
    await migrate(store.db);
    return await work(store);
  } finally {
    await store.close();
  }
}

async function run(argv: readonly string[]): Promise<number> {
  const cli = parseCli(argv);
  const { config } = cli;
  switch (cli.command) {
    case 'help':
      console.log(USAGE);
      return 0;
    case 'start': {
      const server = await startServer(config, { seedIfEmpty: cli.seed });
      console.log(`\nDiwan server: ${server.url}${config.staticDir ? '/' : ''}  (API: ${server.url}/api/v1, reference: ${server.url}/api/v1/docs)  Ctrl+C to stop.\n`);
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => {
          server.close().then(() => process.exit(0), () => process.exit(1));
        });
      }
      return -1; // keep running
    }
    case 'migrate':
      await withStore(config, 'diwan-server migrate', async (store) => {
        const pending = await migrate(store.db);
        console.log(pending.length ? `Applied: ${pending.join(', ')}` : 'The database is up to date.');
      });
      return 0;
    case 'seed':
      await withStore(config, 'diwan-server seed', async (store) => {
        const summary = await seedDemo(store.db, store.keys, { services: cli.services });
        console.log(`Seeded ${summary.categories} categories, ${summary.services} services, ${summary.rules} rule sets, ${summary.requests} requests.`);
      });
      return 0;
    case 'import': {
      const file = cli.positionals[0];
      if (!file) throw new ConfigError('import needs a file: diwan-server import catalogue.json');
      const input = JSON.parse(await readFile(file, 'utf8')) as unknown;
      await withStore(config, 'diwan-server import', async (store) => {
        const result = await importCatalogue(store.db, input);
        for (const warning of result.warnings) console.warn(`warning: ${warning}`);
        console.log(`Imported ${result.categories} categories, ${result.services} services, ${result.rules} rule sets.`);
      });
      return 0;
    }
    case 'export': {
      const file = cli.positionals[0];
      const running = config.databaseUrl ? undefined : readLock(config.dataDir);
      // the embedded database belongs to the running server: read through its API instead
      const document = running?.url
        ? await exportThroughServer(running.url)
        : await withStore(config, 'diwan-server export', (store) => exportCatalogue(store.db));
      const text = `${JSON.stringify(document, null, 2)}\n`;
      if (file) {
        await writeFile(file, text);
        console.log(`Exported ${document.categories.length} categories, ${document.services.length} services, ${document.rules.length} rule sets to ${file}.`);
      } else {
        process.stdout.write(text);
      }
      return 0;
    }
    case 'token': {
      const [action, id] = cli.positionals;
      await withStore(config, `diwan-server token ${action ?? ''}`.trim(), (store) => tokenCommand(store.db, { action, id, name: cli.name, role: cli.role }));
      return 0;
    }
    default:
      console.error(`Unknown command "${cli.command}".\n\n${USAGE}`);
      return 2;
  }
}

run(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof DataDirBusyError) {
      console.error(`${error.message}\nNothing was changed. For a write (import, seed, migrate, token): stop the server, run the command, start the server again.`);
    } else if (error instanceof ConfigError || error instanceof ImportRejectedError) {
      console.error(error.message);
    } else {
      console.error(error instanceof Error ? error.stack ?? error.message : String(error));
    }
    process.exitCode = 1;
  },
);
