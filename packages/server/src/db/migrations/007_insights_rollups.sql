-- Insights read counts, not rows (issue 16's bench: 1M feedback items and 200k requests, p95 467 ms with
-- per-row scans; a plain count(*) over 200k requests alone took 100-150 ms on the shared 2-core machine).
-- Per-day counts by service × channel × office barely shrink the rows (163k day rows for 200k requests:
-- the combinations are sparse), so the rollups keep every *marginal* of the cube as well, by day and by
-- month:
--   span     'day' (start = the UTC day) or 'month' (start = its first day): a period is read as its whole
--            months plus the days at its edges (a year is ~12 month rows and ~60 day rows per key)
--   dims     which of service (4), channel (2) and office (1) the row keeps; a dimension it does not keep
--            holds '*' (all). A question reads the one level it needs: no filter and "by channel" reads
--            dims = 2 (seven rows a month), a service filter and "by office" dims = 5 …
--   channel / office_id  '' when the request or feedback item has none (a primary key cannot hold null)
-- kept by statement-level triggers with transition tables (one grouped upsert per statement, in the same
-- transaction). Rows whose counts fall to zero stay (a moved or deleted item leaves zeros behind); readers
-- keep the keys with something in them. Only items naming a service count, as in the insights' selection.
--
-- Requests are counted as they stand: "closed" = a closing status (whose closed_at the triggers of 004
-- always keep). A request closed at a moment after the question's `now` is open at `now`: the query
-- corrects for those few rows from the rows themselves (requests_closed_later below).
-- The median processing time needs the distribution, not a count: requests_rollup_days counts closed
-- requests by whole days from submission to closing; the query finds the day that holds the middle rank
-- and reads only that day's requests for the exact value (requests_processing below), so the median is
-- the same as a sort of every processing time, to the millisecond.

-- Whole days from submission to closing (floor; the same in triggers, index and queries).
create function diwan_processing_days(submitted timestamptz, closed timestamptz) returns integer
  language sql immutable parallel safe as $$
  select floor(extract(epoch from closed - submitted) / 86400)::integer
$$;

create table requests_rollup (
  span text not null,
  dims smallint not null,
  start date not null,
  service_id text not null,
  channel text not null,
  office_id text not null,
  requests integer not null,
  online integer not null,
  closed integer not null,
  completed integer not null,
  on_time integer not null,
  primary key (span, dims, start, service_id, channel, office_id) include (requests, online, closed, completed, on_time)
);
-- A filter on a service, channel or office reads that key's rows of the level, not the whole level's (a
-- service filter and "by office" would otherwise read every service × office row of the period). Every
-- index covers the counts: the reads are index-only.
create index requests_rollup_service on requests_rollup (span, dims, service_id, start)
  include (channel, office_id, requests, online, closed, completed, on_time);
create index requests_rollup_channel on requests_rollup (span, dims, channel, start)
  include (service_id, office_id, requests, online, closed, completed, on_time);
create index requests_rollup_office on requests_rollup (span, dims, office_id, start)
  include (service_id, channel, requests, online, closed, completed, on_time);

create table requests_rollup_days (
  span text not null,
  dims smallint not null,
  start date not null,
  service_id text not null,
  channel text not null,
  office_id text not null,
  days integer not null,
  closed integer not null,
  primary key (span, dims, start, service_id, channel, office_id, days) include (closed)
);
create index requests_rollup_days_service on requests_rollup_days (span, dims, service_id, start) include (channel, office_id, days, closed);
create index requests_rollup_days_channel on requests_rollup_days (span, dims, channel, start) include (service_id, office_id, days, closed);
create index requests_rollup_days_office on requests_rollup_days (span, dims, office_id, start) include (service_id, channel, days, closed);

create table feedback_rollup (
  span text not null,
  dims smallint not null,
  start date not null,
  service_id text not null,
  channel text not null,
  office_id text not null,
  answers integer not null,
  useful integer not null,
  ratings integer not null,
  r1 integer not null,
  r2 integer not null,
  r3 integer not null,
  r4 integer not null,
  r5 integer not null,
  primary key (span, dims, start, service_id, channel, office_id) include (answers, useful, ratings, r1, r2, r3, r4, r5)
);
create index feedback_rollup_service on feedback_rollup (span, dims, service_id, start)
  include (channel, office_id, answers, useful, ratings, r1, r2, r3, r4, r5);
create index feedback_rollup_channel on feedback_rollup (span, dims, channel, start)
  include (service_id, office_id, answers, useful, ratings, r1, r2, r3, r4, r5);
create index feedback_rollup_office on feedback_rollup (span, dims, office_id, start)
  include (service_id, channel, answers, useful, ratings, r1, r2, r3, r4, r5);

-- Reads of the rollups are a few thousand index entries: never worth starting parallel workers for (on a
-- loaded machine their start-up alone cost ~100 ms in EXPLAIN ANALYZE).
alter table requests_rollup set (parallel_workers = 0);
alter table requests_rollup_days set (parallel_workers = 0);
alter table feedback_rollup set (parallel_workers = 0);

-- The rollups' upserts (one statement each, for EXECUTE), each over a set of rows (%1$s: new_rows,
-- old_rows or the table itself) counted with a sign (%2$s: 1 or -1). Every row goes to both spans and to all eight levels (CUBE).
create function diwan_requests_rollup_sql() returns text language sql immutable as $sql$ select $$
  with items as (
    select (submitted_at at time zone 'UTC')::date as day, service_id, coalesce(channel, '') as channel,
      coalesce(office_id, '') as office_id, submitted_at, expected_at,
      closed_at is not null and diwan_closing_status(status) as closed, status in ('approved', 'completed') as completed,
      closed_at
    from %1$s where service_id is not null
  ), spans as (
    select s.span, s.start, i.* from items i
      cross join lateral (values ('day', i.day), ('month', date_trunc('month', i.day)::date)) as s (span, start)
  )
  insert into requests_rollup as r
  select span, 7 - grouping(service_id, channel, office_id), start,
    case when grouping(service_id) = 1 then '*' else service_id end, case when grouping(channel) = 1 then '*' else channel end,
    case when grouping(office_id) = 1 then '*' else office_id end,
    %2$s * count(*), %2$s * count(*) filter (where channel = 'web'), %2$s * count(*) filter (where closed),
    %2$s * count(*) filter (where closed and completed), %2$s * count(*) filter (where closed and closed_at <= expected_at)
  from spans group by span, start, cube (service_id, channel, office_id)
  on conflict (span, dims, start, service_id, channel, office_id) do update set
    requests = r.requests + excluded.requests, online = r.online + excluded.online, closed = r.closed + excluded.closed,
    completed = r.completed + excluded.completed, on_time = r.on_time + excluded.on_time
$$ $sql$;

create function diwan_requests_rollup_days_sql() returns text language sql immutable as $sql$ select $$
  with items as (
    select (submitted_at at time zone 'UTC')::date as day, service_id, coalesce(channel, '') as channel,
      coalesce(office_id, '') as office_id, diwan_processing_days(submitted_at, closed_at) as days
    from %1$s where service_id is not null and closed_at is not null and diwan_closing_status(status)
  ), spans as (
    select s.span, s.start, i.* from items i
      cross join lateral (values ('day', i.day), ('month', date_trunc('month', i.day)::date)) as s (span, start)
  )
  insert into requests_rollup_days as r
  select span, 7 - grouping(service_id, channel, office_id), start,
    case when grouping(service_id) = 1 then '*' else service_id end, case when grouping(channel) = 1 then '*' else channel end,
    case when grouping(office_id) = 1 then '*' else office_id end, days, %2$s * count(*)
  from spans group by span, start, days, cube (service_id, channel, office_id)
  on conflict (span, dims, start, service_id, channel, office_id, days) do update set closed = r.closed + excluded.closed
$$ $sql$;

create function diwan_feedback_rollup_sql() returns text language sql immutable as $sql$ select $$
  with items as (
    select (received_at at time zone 'UTC')::date as day, service_id, channel, coalesce(office_id, '') as office_id, useful, rating
    from %1$s where service_id is not null
  ), spans as (
    select s.span, s.start, i.* from items i
      cross join lateral (values ('day', i.day), ('month', date_trunc('month', i.day)::date)) as s (span, start)
  )
  insert into feedback_rollup as r
  select span, 7 - grouping(service_id, channel, office_id), start,
    case when grouping(service_id) = 1 then '*' else service_id end, case when grouping(channel) = 1 then '*' else channel end,
    case when grouping(office_id) = 1 then '*' else office_id end,
    %2$s * count(*), %2$s * count(*) filter (where useful), %2$s * count(rating),
    %2$s * count(*) filter (where rating = 1), %2$s * count(*) filter (where rating = 2), %2$s * count(*) filter (where rating = 3),
    %2$s * count(*) filter (where rating = 4), %2$s * count(*) filter (where rating = 5)
  from spans group by span, start, cube (service_id, channel, office_id)
  on conflict (span, dims, start, service_id, channel, office_id) do update set
    answers = r.answers + excluded.answers, useful = r.useful + excluded.useful, ratings = r.ratings + excluded.ratings,
    r1 = r.r1 + excluded.r1, r2 = r.r2 + excluded.r2, r3 = r.r3 + excluded.r3, r4 = r.r4 + excluded.r4, r5 = r.r5 + excluded.r5
$$ $sql$;

-- One trigger function per table: the transition tables of the statement, old rows out and new rows in.
create function requests_rollup_apply() returns trigger language plpgsql as $$
begin
  if tg_op in ('DELETE', 'UPDATE') then
    execute format(diwan_requests_rollup_sql(), 'old_rows', -1);
    execute format(diwan_requests_rollup_days_sql(), 'old_rows', -1);
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    execute format(diwan_requests_rollup_sql(), 'new_rows', 1);
    execute format(diwan_requests_rollup_days_sql(), 'new_rows', 1);
  end if;
  return null;
end $$;

create function feedback_rollup_apply() returns trigger language plpgsql as $$
begin
  if tg_op in ('DELETE', 'UPDATE') then execute format(diwan_feedback_rollup_sql(), 'old_rows', -1); end if;
  if tg_op in ('INSERT', 'UPDATE') then execute format(diwan_feedback_rollup_sql(), 'new_rows', 1); end if;
  return null;
end $$;

create trigger requests_rollup_insert after insert on requests
  referencing new table as new_rows for each statement execute function requests_rollup_apply();
create trigger requests_rollup_update after update on requests
  referencing old table as old_rows new table as new_rows for each statement execute function requests_rollup_apply();
create trigger requests_rollup_delete after delete on requests
  referencing old table as old_rows for each statement execute function requests_rollup_apply();

create trigger feedback_rollup_insert after insert on feedback
  referencing new table as new_rows for each statement execute function feedback_rollup_apply();
create trigger feedback_rollup_update after update on feedback
  referencing old table as old_rows new table as new_rows for each statement execute function feedback_rollup_apply();
create trigger feedback_rollup_delete after delete on feedback
  referencing old table as old_rows for each statement execute function feedback_rollup_apply();

do $$ begin
  execute format(diwan_requests_rollup_sql(), 'requests', 1);
  execute format(diwan_requests_rollup_days_sql(), 'requests', 1);
  execute format(diwan_feedback_rollup_sql(), 'feedback', 1);
end $$;

-- feedback_rollup replaces feedback_daily (migration 005).
drop trigger feedback_daily_insert on feedback;
drop trigger feedback_daily_update on feedback;
drop trigger feedback_daily_delete on feedback;
drop function feedback_daily_apply();
drop table feedback_daily;

-- Requests open at `now` (overdue counts and the overdue list) are read row by row, from the open ones
-- only: those with no closing moment, and those closed after `now` (requests_closed_later; normally none).
create index requests_open_submitted on requests (submitted_at) include (reference, service_id, channel, office_id, expected_at, status)
  where closed_at is null;
create index requests_closed_later on requests (closed_at) where closed_at is not null;
-- The exact median: a day's closed requests within the period (a few percent of them).
create index requests_processing on requests (diwan_processing_days(submitted_at, closed_at), submitted_at)
  include (service_id, channel, office_id, closed_at, status) where closed_at is not null;
-- The period scans over every request are gone (the rollups count them).
drop index requests_submitted;
drop index requests_open_expected;
