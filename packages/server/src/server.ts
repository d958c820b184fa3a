// Runs the app on Node's HTTP server: open the database, migrate, seed an empty one (when asked), serve,
// and shut down gracefully — stop accepting, let requests in flight finish, close the database.
import { serve, type ServerType } from '@hono/node-server';
import pino, { type Logger } from 'pino';
import { createApp } from './app.js';
import { followCatalogueVersion, type CatalogueVersion } from './catalogue/version.js';
import type { ServerConfig } from './config.js';
import { migrate } from './db/migrate.js';
import { openStore, type Store } from './db/open.js';
import { listenForChanges, type RequestChanges } from './live/changes.js';
import { pruneAttempts } from './requests/attempts.js';
import { loadRequest } from './requests/queries.js';
import { isEmpty, seedDemo } from './seed.js';

export interface StartOptions {
  /** Seeds the demo data set when the database has no catalogue yet (the `npm start` default). */
  seedIfEmpty?: boolean;
  logger?: Logger;
  /** How long in-flight requests may take to finish on shutdown. */
  shutdownGraceMs?: number;
  /** How long the in-memory catalogue version is used unconfirmed (catalogue/version.ts; default 5 s). */
  catalogueMaxAgeMs?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  store: Store;
  /** The process's change fan-out: `changes.subscribers` is the number of open event streams. */
  changes: RequestChanges;
  /** The catalogue version this process answers with; `refresh()` after changing the catalogue from outside the app. */
  catalogueVersion: CatalogueVersion;
  close(): Promise<void>;
}

export function createLogger(level: string): Logger {
  // Asynchronous stdout: a line is written at once when no write is in flight, and lines that come
  // meanwhile go out together in the next write (one write(2) per request otherwise). pino flushes
  // what is left synchronously when the process exits.
  return pino(
    { level, base: { service: 'diwan-server' }, timestamp: pino.stdTimeFunctions.isoTime },
    pino.destination({ dest: 1, sync: false }),
  );
}

export async function startServer(config: ServerConfig, options: StartOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const store = await openStore(config, 'diwan-server start');
  let server: ServerType | undefined;
  let pruneTimer: NodeJS.Timeout | undefined;
  let changes: RequestChanges | undefined;
  let catalogueVersion: CatalogueVersion | undefined;
  try {
    const applied = await migrate(store.db);
    if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
    if (options.seedIfEmpty && (await isEmpty(store.db))) {
      const summary = await seedDemo(store.db, store.keys);
      logger.info(summary, 'empty database: demo data seeded');
    }
    // one LISTEN per process; the event streams subscribe to it (live tracking)
    changes = await listenForChanges(store.db, {
      load: (reference) => loadRequest(store.db, reference),
      onError: (error) => logger.warn({ err: { name: (error as Error).name, code: (error as { code?: string }).code } }, 'loading a changed request failed'),
    });
    // the catalogue ETag from memory, kept fresh by NOTIFY (the same listening connection)
    catalogueVersion = await followCatalogueVersion(store.db, {
      maxAgeMs: options.catalogueMaxAgeMs,
      onError: (error) => logger.warn({ err: { name: (error as Error).name, code: (error as { code?: string }).code } }, 'reading the catalogue version failed'),
    });
    const app = createApp({ db: store.db, keys: store.keys, config, logger, changes, catalogueVersion });
    const port = await new Promise<number>((resolve, reject) => {
      server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => resolve(info.port));
      server.once('error', reject);
    });
    const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    const url = `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
    store.announce(url);
    pruneTimer = setInterval(() => {
      pruneAttempts(store.db, config.lookup.windowSeconds * 4).catch((error: Error) => logger.warn({ err: { name: error.name } }, 'pruning lookup attempts failed'));
    }, 10 * 60_000);
    pruneTimer.unref();
    logger.info({ url, database: store.db.kind }, 'listening');

    let closing: Promise<void> | undefined;
    return {
      url,
      port,
      store,
      changes,
      catalogueVersion,
      close() {
        closing ??= (async () => {
          clearInterval(pruneTimer);
          // event streams never end by themselves: end them first, so close() below can finish
          await changes?.close();
          await catalogueVersion?.close();
          await new Promise<void>((resolve) => {
            const force = setTimeout(() => {
              (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
            }, options.shutdownGraceMs ?? 10_000);
            server!.close(() => {
              clearTimeout(force);
              resolve();
            });
            // idle keep-alive sockets would hold close() open until they time out
            (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
          });
          await store.close();
          logger.info('stopped');
        })();
        return closing;
      },
    };
  } catch (error) {
    clearInterval(pruneTimer);
    await changes?.close().catch(() => undefined);
    await catalogueVersion?.close().catch(() => undefined);
    server?.close();
    await store.close();
    throw error;
  }
}
