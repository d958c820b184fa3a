-- The citizen side of Diwan: catalogue, eligibility rules, requests with their timeline and actions,
-- feedback, and lookup attempt counts. Localised text is jsonb (a string or { locale: text }), exactly
-- as the contract carries it.

create table categories (
  id text primary key,
  position integer not null default 0,
  name jsonb not null,
  description jsonb
);

create table services (
  id text primary key,
  position integer not null default 0,
  category_id text not null references categories (id),
  name jsonb not null,
  summary jsonb not null,
  description jsonb,
  audiences jsonb not null default '[]',
  keywords jsonb,
  channels jsonb not null default '[]',
  fees jsonb,
  documents jsonb,
  processing_time jsonb,
  -- the service's own "last reviewed" text, as the contract carries it (optional)
  updated_at text
);
create index services_category on services (category_id);

-- Versioned: every version is kept; one is current per service (what GET …/eligibility serves).
create table eligibility_rules (
  service_id text not null references services (id) on delete cascade,
  version text not null,
  document jsonb not null,
  is_current boolean not null default false,
  created_at timestamptz not null default now(),
  primary key (service_id, version)
);
create unique index eligibility_rules_current on eligibility_rules (service_id) where is_current;

-- One number for everything a catalogue response contains: ETags are derived from it, so a 304 costs
-- one tiny query, and every process sees a change at once (no per-process cache to invalidate).
create table catalogue_version (
  singleton boolean primary key default true check (singleton),
  version bigint not null default 1
);
insert into catalogue_version default values;

create function bump_catalogue_version() returns trigger language plpgsql as $$
begin
  update catalogue_version set version = version + 1;
  return null;
end $$;

create trigger categories_changed after insert or update or delete on categories
  for each statement execute function bump_catalogue_version();
create trigger services_changed after insert or update or delete on services
  for each statement execute function bump_catalogue_version();
create trigger eligibility_rules_changed after insert or update or delete on eligibility_rules
  for each statement execute function bump_catalogue_version();

create table requests (
  reference text primary key,
  -- the reference as a key: case, spaces and dashes do not matter (DW-2026-0001 = dw 2026 0001)
  reference_key text not null unique,
  service_id text references services (id) on delete set null,
  status text not null,
  status_note jsonb,
  submitted_at timestamptz not null,
  updated_at timestamptz,
  expected_at timestamptz,
  sla text,
  office jsonb,
  created_at timestamptz not null default now()
);

-- Verification values as keyed hashes (HMAC-SHA-256 with the server secret); never the value itself.
-- Several per request: a surname may be typed in Latin, Arabic or Kurdish script.
create table request_verifiers (
  reference text not null references requests (reference) on delete cascade,
  value_hash bytea not null,
  primary key (reference, value_hash)
);

create table request_events (
  id bigint generated always as identity primary key,
  reference text not null references requests (reference) on delete cascade,
  at timestamptz not null,
  channel text not null,
  status text,
  note jsonb
);
create index request_events_reference on request_events (reference, at);

create table citizen_actions (
  reference text not null references requests (reference) on delete cascade,
  id text not null,
  position integer not null default 0,
  label jsonb not null,
  due_by timestamptz,
  done_at timestamptz,
  primary key (reference, id)
);

-- Failed lookups per scope ('reference' or 'client') and key, in a rolling window; several server
-- processes share the count. Client keys are keyed hashes of the address, not the address.
create table lookup_attempts (
  scope text not null,
  key text not null,
  failures integer not null default 0,
  window_started_at timestamptz not null default now(),
  locked_until timestamptz,
  primary key (scope, key)
);

create sequence feedback_number;

-- Idempotent by the unique key: INSERT … ON CONFLICT DO NOTHING, never check-then-insert. No address,
-- no user agent: only what the citizen sent (comment redacted again on the server).
create table feedback (
  id text primary key,
  idempotency_key text not null unique,
  body_hash text not null,
  received_at timestamptz not null,
  kind text not null,
  useful boolean not null,
  rating smallint,
  comment text,
  service_id text,
  page text not null,
  locale text not null,
  follow_up_of text
);
create index feedback_follow_up on feedback (follow_up_of) where follow_up_of is not null;
create index feedback_service on feedback (service_id, received_at);
