// Command-line flags → configuration overrides (flags win over the environment).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { configFromEnv, ConfigError, type ServerConfig } from '../config.js';

export const USAGE = `diwan-server — the Diwan reference backend

Usage: diwan-server <command> [options]

Commands:
  start               serve the API at /api/v1 (migrates first; --seed: seed an empty database)
  migrate             apply pending migrations
  seed                load the demo data set (--services N adds N generated services)
  import <file.json>  import categories, services and rules ({ categories, services, rules })
  export [file.json]  write the catalogue and rules as JSON (stdout without a file)
  token create --name NAME --role ROLE
                      a staff token (roles: caseworker, editor, analyst, admin); the token alone on the last line
  token list          staff tokens: id, role, name, created, last used, revoked
  token revoke <id>   revoke a token at once (its audit rows stay)
  help                this text

Options:
  --port <n>            port (env PORT, default 8080; 0: any free port)
  --host [address]      interface to listen on (env HOST, default localhost; --host alone: every interface)
  --data-dir <path>     embedded database folder (env DIWAN_DATA_DIR, default .diwan/data)
  --database-url <url>  a PostgreSQL server instead (env DATABASE_URL; needs DIWAN_SECRET)
  --cors-origins <list> comma-separated origins allowed to call the API (env DIWAN_CORS_ORIGINS)
  --static <dir>        a folder to serve at / (env DIWAN_STATIC_DIR)
  --seed                with start: seed the demo data when the database is empty
  --services <n>        with seed: add n generated services
  --name <name>         with token create: who or what the token is for
  --role <role>         with token create: caseworker | editor | analyst | admin

Environment: DIWAN_SECRET, DIWAN_TRUST_PROXY, LOG_LEVEL, DIWAN_LOOKUP_* (see the README).`;

export interface Cli {
  command: string;
  positionals: string[];
  config: ServerConfig;
  seed: boolean;
  services: number;
  name?: string;
  role?: string;
}

export function parseCli(argv: readonly string[]): Cli {
  // `--host` with no value (as in `npm start -- --host`) means every interface
  const args = argv.map((arg, index) =>
    arg === '--host' && (argv[index + 1] === undefined || argv[index + 1]!.startsWith('-')) ? '--host=0.0.0.0' : arg);
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      'database-url': { type: 'string' },
      'cors-origins': { type: 'string' },
      static: { type: 'string' },
      seed: { type: 'boolean', default: false },
      services: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const number = (name: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 0) throw new ConfigError(`--${name} must be a whole number, got "${value}".`);
    return parsed;
  };
  const config = configFromEnv({
    port: number('port', values.port),
    host: values.host,
    dataDir: values['data-dir'] === undefined ? undefined : resolve(values['data-dir']),
    databaseUrl: values['database-url'],
    corsOrigins: values['cors-origins']?.split(',').map((origin) => origin.trim()).filter(Boolean),
    staticDir: values.static,
  });
  const [command = values.help ? 'help' : 'start', ...rest] = positionals;
  return {
    command, positionals: rest, config, seed: values.seed, services: number('services', values.services) ?? 0, name: values.name, role: values.role,
  };
}
