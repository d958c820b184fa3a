-- Staff access: bearer tokens (stored as SHA-256 hashes, never in clear) with one role each, and the
-- audit trail of everything a staff token (or an operator at the CLI) does. The audit table is
-- append-only in the database itself: a trigger refuses UPDATE, DELETE and TRUNCATE, whoever asks.

create table staff_tokens (
  id bigint generated always as identity primary key,
  name text not null,
  role text not null check (role in ('caseworker', 'editor', 'analyst', 'admin')),
  -- SHA-256 of the token: a 32-byte random token needs no slow hash, and a dump cannot be replayed
  token_hash bytea not null unique,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);

create table staff_audit (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  -- who: the token (id and name at the time) or the operator's CLI (token_id null, actor 'cli')
  token_id bigint references staff_tokens (id),
  actor text not null,
  role text,
  -- what: a verb such as 'request.status' or 'service.update', and the thing it touched
  action text not null,
  target_type text not null,
  target_id text not null,
  -- ids and states before and after (a status, a version, an office id) — never a citizen's
  -- verification value, never free text a citizen wrote
  before jsonb,
  after jsonb,
  request_id text
);
create index staff_audit_target on staff_audit (target_type, target_id, id);

create function refuse_audit_change() returns trigger language plpgsql as $$
begin
  raise exception 'staff_audit is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;

create trigger staff_audit_append_only before update or delete on staff_audit
  for each row execute function refuse_audit_change();
create trigger staff_audit_no_truncate before truncate on staff_audit
  for each statement execute function refuse_audit_change();
