// Staff authentication and authorisation for every route under /staff:
//   staffAuth(deps)       — the bearer token → the principal (c.get('staff')); 401 when missing, unknown or
//                           revoked; failed tokens counted per client address in the database (the same
//                           counter table as citizens' lookups), 429 while a client is locked out.
//   requireScope('…')     — 403 unless the token's role grants the scope. Every staff route names one.
import type { MiddlewareHandler } from 'hono';
import type { StaffScope } from '@diwan/client/staff';
import { ApiError } from '../http/errors.js';
import { lockedFor, recordFailure, type Limit } from '../requests/attempts.js';
import type { AppDeps, AppEnv } from '../routes/deps.js';
import { authenticate } from './tokens.js';

const BEARER = /^Bearer +([\x21-\x7e]{1,512})$/i;

function unauthorized(c: Parameters<MiddlewareHandler<AppEnv>>[0], message: string): ApiError {
  c.header('WWW-Authenticate', 'Bearer realm="diwan-staff"');
  return new ApiError(401, 'unauthorized', message, { retryable: false });
}

export function staffAuth({ db, keys, config }: Pick<AppDeps, 'db' | 'keys' | 'config'>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('Authorization');
    if (header === undefined) throw unauthorized(c, 'Staff routes need a staff token: send Authorization: Bearer <token>.');
    const limit: Limit = {
      scope: 'staff',
      key: keys.client(c.get('clientAddress')),
      maxFailures: config.staff.maxFailures,
      windowSeconds: config.staff.windowSeconds,
      lockSeconds: config.staff.lockSeconds,
    };
    const wait = await lockedFor(db, [limit]);
    if (wait > 0) throw new ApiError(429, 'rate_limited', `Too many failed staff tokens from this address. Try again in ${wait} seconds.`, { retryAfter: wait });
    const token = BEARER.exec(header.trim())?.[1];
    const principal = token === undefined ? undefined : await authenticate(db, token);
    if (!principal) {
      await recordFailure(db, limit);
      throw unauthorized(c, 'This staff token is not valid: it is unknown, mistyped or revoked.');
    }
    c.set('staff', principal);
    await next();
  };
}

/** Refuses (403) a token whose role does not grant `scope`. Use after staffAuth (mounted on /staff/*). */
export function requireScope(scope: StaffScope): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const staff = c.get('staff');
    if (!staff) throw unauthorized(c, 'Staff routes need a staff token: send Authorization: Bearer <token>.');
    if (!staff.scopes.includes(scope)) {
      throw new ApiError(403, 'forbidden', `A ${staff.role} token may not do this: it needs a role with the "${scope}" scope.`, { retryable: false });
    }
    await next();
  };
}
