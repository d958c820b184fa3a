// Configuration from the environment (and CLI flags, which win). Every setting has a safe default so
// `npm start` needs none; `DATABASE_URL` switches from the embedded PGlite to a real PostgreSQL.
import { resolve } from 'node:path';
import type { ChannelCosts } from '@diwan/client/insights';
import { ContactChannel } from '@diwan/client/schemas';

export interface ServerConfig {
  port: number;
  host: string;
  /** Embedded database folder (PGlite data, the generated secret, the lock file). */
  dataDir: string;
  /** A real PostgreSQL; when set, the data folder is not used. */
  databaseUrl?: string;
  /** Origins allowed to call the citizen routes from a browser; empty: same origin only. `*`: any. */
  corsOrigins: string[];
  /** How many reverse proxies in front of the server add to X-Forwarded-For (0: ignore the header). */
  trustProxy: number;
  /** HMAC key for verification values and client addresses; from DIWAN_SECRET or the data folder. */
  secret?: string;
  /** A folder served at / (the demo page in `npm start`). */
  staticDir?: string;
  logLevel: string;
  lookup: LookupLimits;
  /** Largest request body accepted, in bytes. */
  bodyLimit: number;
  staff: StaffLimits;
  /** A cost per request by channel (DIWAN_CHANNEL_COSTS), for the insights' cost per transaction; absent: none. */
  channelCosts?: ChannelCosts;
  live: LiveSettings;
}

export interface LiveSettings {
  /** How often an open event stream gets a heartbeat comment (ms; DIWAN_LIVE_HEARTBEAT_SECONDS, default 15 s). */
  heartbeatMs: number;
  /** How long an eventsUrl token opens a stream (DIWAN_LIVE_TOKEN_SECONDS, default 30 minutes); the stream closes then. */
  tokenSeconds: number;
}

export interface StaffLimits {
  /** Failed bearer tokens from one client address before it is locked out of the staff routes. */
  maxFailures: number;
  windowSeconds: number;
  lockSeconds: number;
  /** Origins whose pages may call the staff routes (a staff console on another host); empty: none. Never `*`. */
  corsOrigins: string[];
  /** Largest staff request body (a service, a rules document), in bytes. */
  bodyLimit: number;
}

export interface LookupLimits {
  /** Failed lookups of one reference before it is locked. */
  perReference: number;
  /** Failed lookups from one client (any reference) before it is locked. */
  perClient: number;
  /** Failures older than this are forgotten. */
  windowSeconds: number;
  lockSeconds: number;
  clientLockSeconds: number;
}

const env = (name: string): string | undefined => {
  const value = process.env[name]?.trim();
  return value ? value : undefined;
};

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new ConfigError(`${name} must be a whole number, got "${value}".`);
  return number;
}

export class ConfigError extends Error {}

/** Parses DIWAN_TRUST_PROXY: `true` is one proxy, a number is that many, anything else none. */
export function parseTrustProxy(value: string | undefined): number {
  if (!value || value === 'false' || value === '0') return 0;
  if (value === 'true') return 1;
  return integer('DIWAN_TRUST_PROXY', value, 0);
}

/**
 * Parses DIWAN_CHANNEL_COSTS: a currency code, then channel=amount pairs separated by commas, e.g.
 * `EUR web=0.40,phone=6.50,counter=12`. Channels not named have no cost (their requests are not counted).
 */
export function parseChannelCosts(value: string | undefined): ChannelCosts | undefined {
  if (value === undefined) return undefined;
  const match = /^([A-Z]{3})\s+(.+)$/.exec(value.trim());
  const problem = () => new ConfigError(`DIWAN_CHANNEL_COSTS must look like "EUR web=0.40,phone=6.50" (a currency code, then channel=amount pairs; channels: ${ContactChannel.options.join(', ')}).`);
  if (!match) throw problem();
  const perRequest: ChannelCosts['perRequest'] = {};
  for (const pair of match[2]!.split(',')) {
    const [channel, amount] = pair.split('=').map((part) => part.trim());
    const cost = Number(amount);
    if (!ContactChannel.options.includes(channel as ContactChannel) || amount === undefined || amount === '' || !Number.isFinite(cost) || cost < 0) throw problem();
    perRequest[channel as ContactChannel] = cost;
  }
  return { currency: match[1]!, perRequest };
}

export function configFromEnv(overrides: Partial<ServerConfig> = {}): ServerConfig {
  const corsOrigins = (env('DIWAN_CORS_ORIGINS') ?? '').split(',').map((origin) => origin.trim()).filter(Boolean);
  const base: ServerConfig = {
    port: integer('PORT', env('PORT'), 8080),
    host: env('HOST') ?? 'localhost',
    dataDir: resolve(env('DIWAN_DATA_DIR') ?? '.diwan/data'),
    databaseUrl: env('DATABASE_URL'),
    corsOrigins,
    trustProxy: parseTrustProxy(env('DIWAN_TRUST_PROXY')),
    secret: env('DIWAN_SECRET'),
    staticDir: env('DIWAN_STATIC_DIR'),
    logLevel: env('LOG_LEVEL') ?? 'info',
    lookup: {
      perReference: integer('DIWAN_LOOKUP_MAX_FAILURES', env('DIWAN_LOOKUP_MAX_FAILURES'), 5),
      perClient: integer('DIWAN_LOOKUP_MAX_CLIENT_FAILURES', env('DIWAN_LOOKUP_MAX_CLIENT_FAILURES'), 30),
      windowSeconds: integer('DIWAN_LOOKUP_WINDOW_SECONDS', env('DIWAN_LOOKUP_WINDOW_SECONDS'), 15 * 60),
      lockSeconds: integer('DIWAN_LOOKUP_LOCK_SECONDS', env('DIWAN_LOOKUP_LOCK_SECONDS'), 60),
      clientLockSeconds: integer('DIWAN_LOOKUP_CLIENT_LOCK_SECONDS', env('DIWAN_LOOKUP_CLIENT_LOCK_SECONDS'), 15 * 60),
    },
    bodyLimit: integer('DIWAN_BODY_LIMIT', env('DIWAN_BODY_LIMIT'), 16 * 1024),
    live: {
      heartbeatMs: 1000 * Math.max(1, integer('DIWAN_LIVE_HEARTBEAT_SECONDS', env('DIWAN_LIVE_HEARTBEAT_SECONDS'), 15)),
      tokenSeconds: Math.max(1, integer('DIWAN_LIVE_TOKEN_SECONDS', env('DIWAN_LIVE_TOKEN_SECONDS'), 30 * 60)),
    },
    staff: {
      maxFailures: integer('DIWAN_STAFF_MAX_FAILURES', env('DIWAN_STAFF_MAX_FAILURES'), 10),
      windowSeconds: integer('DIWAN_STAFF_WINDOW_SECONDS', env('DIWAN_STAFF_WINDOW_SECONDS'), 15 * 60),
      lockSeconds: integer('DIWAN_STAFF_LOCK_SECONDS', env('DIWAN_STAFF_LOCK_SECONDS'), 15 * 60),
      corsOrigins: (env('DIWAN_STAFF_CORS_ORIGINS') ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
      bodyLimit: integer('DIWAN_STAFF_BODY_LIMIT', env('DIWAN_STAFF_BODY_LIMIT'), 256 * 1024),
    },
    channelCosts: parseChannelCosts(env('DIWAN_CHANNEL_COSTS')),
  };
  const config = { ...base, ...Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined)) };
  if (config.secret !== undefined && config.secret.length < 32) {
    throw new ConfigError('DIWAN_SECRET must be at least 32 characters (e.g. `openssl rand -hex 32`).');
  }
  if (config.staff.corsOrigins.includes('*')) {
    throw new ConfigError('DIWAN_STAFF_CORS_ORIGINS cannot be "*": list the staff console origins one by one.');
  }
  return config;
}
