-- The request lifecycle written by caseworkers, and catalogue editing: the channel a request came in
-- on, the id of the office handling it (for insights by office), what kind of thing an action asks of the
-- citizen, one reference counter per year (DW-YYYY-NNNN, handed out under the counter row's lock), and
-- retirement of services and categories.

alter table requests add column channel text;
alter table requests add column office_id text;
create index requests_office on requests (office_id) where office_id is not null;

alter table citizen_actions add column kind text;
alter table citizen_actions add column requested_at timestamptz;

create table request_reference_counters (
  year integer primary key,
  last integer not null
);

-- Retired services and categories leave the public catalogue but stay in the database: requests keep
-- naming their service, and the audit trail its target.
alter table services add column retired_at timestamptz;
alter table categories add column retired_at timestamptz;
