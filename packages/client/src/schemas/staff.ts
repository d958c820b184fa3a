// Staff access: roles and scopes of bearer tokens, token listings, and the audit trail. Staff routes
// (under /staff) need `Authorization: Bearer <token>`; citizen widgets never call them, so these schemas are
// their own entry, `@diwan/client/staff` (not in `@diwan/client/schemas`, whose chunk every widget loads).
import * as z from 'zod/mini';
import { DateTime } from './common.js';

/** What a staff token may do; each route needs one scope. */
export const StaffScope = z.enum(['requests', 'catalogue', 'rules', 'insights', 'tokens', 'audit']);
export type StaffScope = z.infer<typeof StaffScope>;

/** A token's role: caseworker, editor, analyst or admin. */
export const StaffRole = z.enum(['caseworker', 'editor', 'analyst', 'admin']);
export type StaffRole = z.infer<typeof StaffRole>;

/**
 * The scopes each role grants: caseworkers move requests along, editors change the catalogue and its
 * rules, analysts read insights, admins manage tokens and read the audit trail (and insights).
 */
export const ROLE_SCOPES: Readonly<Record<StaffRole, readonly StaffScope[]>> = {
  caseworker: ['requests'],
  editor: ['catalogue', 'rules'],
  analyst: ['insights'],
  admin: ['tokens', 'audit', 'insights'],
};

/** A database row id (a bigint) as a decimal string: tokens, audit rows. */
const RowId = z.string().check(z.regex(/^\d{1,18}$/));

const TokenName = z.string().check(z.minLength(1), z.maxLength(80), z.regex(/^[^\p{Cc}]+$/u));

/** A staff token as listed (never the token itself: only its hash is stored). */
export const StaffToken = z.object({
  id: RowId,
  name: TokenName,
  role: StaffRole,
  createdAt: DateTime,
  lastUsedAt: z.optional(DateTime),
  revokedAt: z.optional(DateTime),
});
export type StaffToken = z.infer<typeof StaffToken>;

/** Who a token is: GET /staff/me. */
export const StaffIdentity = z.object({
  id: RowId,
  name: TokenName,
  role: StaffRole,
  scopes: z.array(StaffScope),
});
export type StaffIdentity = z.infer<typeof StaffIdentity>;

/** POST /staff/tokens (admin): a new token for a person or a system. */
export const NewStaffToken = z.object({ name: TokenName, role: StaffRole });
export type NewStaffToken = z.infer<typeof NewStaffToken>;

/** The answer to POST /staff/tokens: the token in clear, shown this once. */
export const CreatedStaffToken = z.object({ ...StaffToken.shape, token: z.string().check(z.minLength(32)) });
export type CreatedStaffToken = z.infer<typeof CreatedStaffToken>;

/** A small JSON value describing a state by ids (a status, a version, an office id); never personal data. */
const AuditState = z.nullable(z.record(z.string(), z.unknown()));

/** One row of the audit trail: who did what, when, to what, from which state to which. */
export const AuditEntry = z.object({
  id: RowId,
  at: DateTime,
  /** The token's id (absent for the operator's command line) and name at the time. */
  tokenId: z.optional(z.string()),
  actor: z.string(),
  role: z.optional(StaffRole),
  /** A verb such as `request.status`, `service.update`, `rules.publish`, `token.revoke`. */
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  before: AuditState,
  after: AuditState,
  requestId: z.optional(z.string()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** A page of the audit trail, newest first; `next` is the `before` cursor of the following page. */
export const AuditPage = z.object({
  items: z.array(AuditEntry),
  next: z.optional(z.string()),
});
export type AuditPage = z.infer<typeof AuditPage>;

/** GET /staff/audit query: `before` an entry id (paging), `limit` 1–200, filters by target. */
export const AuditQuery = z.object({
  before: z.optional(RowId),
  limit: z.optional(z.string().check(z.regex(/^(?:[1-9]\d?|1\d\d|200)$/))),
  targetType: z.optional(z.string().check(z.regex(/^[a-z_]{1,40}$/))),
  targetId: z.optional(z.string().check(z.minLength(1), z.maxLength(80))),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export * from './staff-requests.js';
export * from './staff-catalogue.js';
