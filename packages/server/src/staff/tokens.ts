// Staff bearer tokens: 32 random bytes shown once, stored as their SHA-256 (a random token needs no slow
// hash; a database dump cannot be replayed). One role per token; revoking keeps the row for the audit trail.
import { createHash, randomBytes } from 'node:crypto';
import { ROLE_SCOPES, type StaffRole, type StaffScope, type StaffToken } from '@diwan/client/staff';
import type { Queryable } from '../db/database.js';

/** Tokens start with this, so a leaked one is recognisable (secret scanners, logs). */
export const TOKEN_PREFIX = 'diwan_staff_';

/** Who is calling: set on the request by the staff authentication middleware. */
export interface StaffPrincipal {
  tokenId: string;
  name: string;
  role: StaffRole;
  scopes: readonly StaffScope[];
}

interface TokenRow {
  id: string;
  name: string;
  role: StaffRole;
  created_at: Date | string;
  last_used_at: Date | string | null;
  revoked_at: Date | string | null;
}

export const hashToken = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

const iso = (value: Date | string | null) => (value === null ? undefined : new Date(value).toISOString());

function toToken(row: TokenRow): StaffToken {
  return Object.fromEntries(Object.entries({
    id: String(row.id),
    name: row.name,
    role: row.role,
    createdAt: iso(row.created_at)!,
    lastUsedAt: iso(row.last_used_at),
    revokedAt: iso(row.revoked_at),
  }).filter(([, value]) => value !== undefined)) as StaffToken;
}

const COLUMNS = 'id::text as id, name, role, created_at, last_used_at, revoked_at';

/** Creates a token; returns the listing and the token in clear (the only time it exists outside the caller). */
export async function createToken(db: Queryable, name: string, role: StaffRole): Promise<{ token: string; record: StaffToken }> {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const [row] = await db.query<TokenRow>(
    `insert into staff_tokens (name, role, token_hash) values ($1, $2, $3) returning ${COLUMNS}`,
    [name, role, hashToken(token)],
  );
  return { token, record: toToken(row!) };
}

export async function listTokens(db: Queryable): Promise<StaffToken[]> {
  return (await db.query<TokenRow>(`select ${COLUMNS} from staff_tokens order by id`)).map(toToken);
}

/** Revokes a token by id; returns it as it was before (undefined when there is no such token). */
export async function revokeToken(db: Queryable, id: string): Promise<{ before: StaffToken; after: StaffToken } | undefined> {
  if (!/^\d{1,18}$/.test(id)) return undefined;
  const [before] = await db.query<TokenRow>(`select ${COLUMNS} from staff_tokens where id = $1::bigint for update`, [id]);
  if (!before) return undefined;
  const [after] = await db.query<TokenRow>(
    `update staff_tokens set revoked_at = coalesce(revoked_at, now()) where id = $1::bigint returning ${COLUMNS}`,
    [id],
  );
  return { before: toToken(before), after: toToken(after!) };
}

/** The principal for a bearer token, or undefined when it is unknown or revoked. */
export async function authenticate(db: Queryable, token: string): Promise<StaffPrincipal | undefined> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return undefined;
  const [row] = await db.query<{ id: string; name: string; role: StaffRole }>(
    'select id::text as id, name, role from staff_tokens where token_hash = $1 and revoked_at is null',
    [hashToken(token)],
  );
  if (!row) return undefined;
  // at most one write a minute per token: "last used" is for spotting idle tokens, not for tracking
  await db.query(
    "update staff_tokens set last_used_at = now() where id = $1::bigint and (last_used_at is null or last_used_at < now() - interval '1 minute')",
    [row.id],
  );
  return { tokenId: row.id, name: row.name, role: row.role, scopes: ROLE_SCOPES[row.role] };
}
