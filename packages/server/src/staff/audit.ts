// The audit trail: one row per staff action, written in the same transaction as the change it records
// (so there is never a change without its row, nor a row for a change that was rolled back). The table
// refuses UPDATE, DELETE and TRUNCATE (migration 002). Rows carry ids and states, never a citizen's
// verification value or free text.
import type { AuditEntry, AuditPage, StaffRole } from '@diwan/client/staff';
import type { Queryable } from '../db/database.js';
import type { StaffPrincipal } from './tokens.js';

/** Who acted: a token's principal, or the operator at the command line. */
export type Actor = StaffPrincipal | 'cli';

export interface AuditRecord {
  action: string;
  targetType: string;
  targetId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** The HTTP request id, to join the row with the server's log line. */
  requestId?: string;
}

/** Appends one row (inside the caller's transaction). */
export async function writeAudit(tx: Queryable, actor: Actor, record: AuditRecord): Promise<void> {
  const principal = actor === 'cli' ? undefined : actor;
  await tx.query(
    `insert into staff_audit (token_id, actor, role, action, target_type, target_id, before, after, request_id)
     values ($1::bigint, $2, $3, $4, $5, $6, $7::text::jsonb, $8::text::jsonb, $9)`,
    [
      principal?.tokenId ?? null, principal?.name ?? 'cli', principal?.role ?? null, record.action, record.targetType,
      record.targetId, record.before ? JSON.stringify(record.before) : null, record.after ? JSON.stringify(record.after) : null,
      record.requestId ?? null,
    ],
  );
}

interface AuditRow {
  id: string;
  at: Date | string;
  token_id: string | null;
  actor: string;
  role: StaffRole | null;
  action: string;
  target_type: string;
  target_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  request_id: string | null;
}

function toEntry(row: AuditRow): AuditEntry {
  const entry: AuditEntry = {
    id: String(row.id),
    at: new Date(row.at).toISOString(),
    actor: row.actor,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    before: row.before,
    after: row.after,
  };
  if (row.token_id !== null) entry.tokenId = String(row.token_id);
  if (row.role !== null) entry.role = row.role;
  if (row.request_id !== null) entry.requestId = row.request_id;
  return entry;
}

export interface AuditFilter {
  before?: string;
  limit?: number;
  targetType?: string;
  targetId?: string;
}

/** A page of the trail, newest first, by keyset (`before` an id): stable while rows are appended. */
export async function readAudit(db: Queryable, filter: AuditFilter = {}): Promise<AuditPage> {
  const limit = Math.min(Math.max(filter.limit ?? 50, 1), 200);
  const rows = await db.query<AuditRow>(
    `select id::text as id, at, token_id::text as token_id, actor, role, action, target_type, target_id, before, after, request_id
     from staff_audit
     where ($1::bigint is null or id < $1::bigint) and ($2::text is null or target_type = $2) and ($3::text is null or target_id = $3)
     order by id desc limit $4`,
    [filter.before ?? null, filter.targetType ?? null, filter.targetId ?? null, limit + 1],
  );
  const items = rows.slice(0, limit).map(toEntry);
  return rows.length > limit ? { items, next: items.at(-1)!.id } : { items };
}
