-- The rollups of 007 deadlocked under concurrent writers: every statement upserts the shared rows (the
-- totals of the day and month, the levels of a channel …) in the order its grouping happened to produce,
-- and an UPDATE trigger took the old rows' keys and the new rows' keys in two statements. Six clients
-- writing 4-statement transactions of feedback for different services: 113 of 360 transactions failed
-- with a deadlock (40P01). Now each trigger writes each rollup in ONE statement (old rows counted -1 and
-- new rows +1 together), in one global key order — the level first (the totals, dims = 0, before any
-- service, channel or office row), then span, start and keys — so two writers meet at the same first
-- row and the second waits there holding nothing the first needs. Same six clients: no deadlock.
--
-- %1$s is the signed rows: a subquery of (sign, the table's columns …).

create or replace function diwan_requests_rollup_sql() returns text language sql immutable as $sql$ select $$
  with items as (
    select sign, (submitted_at at time zone 'UTC')::date as day, service_id, coalesce(channel, '') as channel,
      coalesce(office_id, '') as office_id, submitted_at, expected_at,
      closed_at is not null and diwan_closing_status(status) as closed, status in ('approved', 'completed') as completed,
      closed_at
    from %1$s as changed where service_id is not null
  ), spans as (
    select s.span, s.start, i.* from items i
      cross join lateral (values ('day', i.day), ('month', date_trunc('month', i.day)::date)) as s (span, start)
  )
  insert into requests_rollup as r
  select span, 7 - grouping(service_id, channel, office_id), start,
    case when grouping(service_id) = 1 then '*' else service_id end, case when grouping(channel) = 1 then '*' else channel end,
    case when grouping(office_id) = 1 then '*' else office_id end,
    coalesce(sum(sign), 0), coalesce(sum(sign) filter (where channel = 'web'), 0), coalesce(sum(sign) filter (where closed), 0),
    coalesce(sum(sign) filter (where closed and completed), 0), coalesce(sum(sign) filter (where closed and closed_at <= expected_at), 0)
  from spans group by span, start, cube (service_id, channel, office_id)
  order by 2, 1, 3, 4, 5, 6
  on conflict (span, dims, start, service_id, channel, office_id) do update set
    requests = r.requests + excluded.requests, online = r.online + excluded.online, closed = r.closed + excluded.closed,
    completed = r.completed + excluded.completed, on_time = r.on_time + excluded.on_time
$$ $sql$;

create or replace function diwan_requests_rollup_days_sql() returns text language sql immutable as $sql$ select $$
  with items as (
    select sign, (submitted_at at time zone 'UTC')::date as day, service_id, coalesce(channel, '') as channel,
      coalesce(office_id, '') as office_id, diwan_processing_days(submitted_at, closed_at) as days
    from %1$s as changed where service_id is not null and closed_at is not null and diwan_closing_status(status)
  ), spans as (
    select s.span, s.start, i.* from items i
      cross join lateral (values ('day', i.day), ('month', date_trunc('month', i.day)::date)) as s (span, start)
  )
  insert into requests_rollup_days as r
  select span, 7 - grouping(service_id, channel, office_id), start,
    case when grouping(service_id) = 1 then '*' else service_id end, case when grouping(channel) = 1 then '*' else channel end,
    case when grouping(office_id) = 1 then '*' else office_id end, days, sum(sign)
  from spans group by span, start, days, cube (service_id, channel, office_id)
  order by 2, 1, 3, 4, 5, 6, 7
  on conflict (span, dims, start, service_id, channel, office_id, days) do update set closed = r.closed + excluded.closed
$$ $sql$;

create or replace function diwan_feedback_rollup_sql() returns text language sql immutable as $sql$ select $$
  with items as (
    select sign, (received_at at time zone 'UTC')::date as day, service_id, channel, coalesce(office_id, '') as office_id, useful, rating
    from %1$s as changed where service_id is not null
  ), spans as (
    select s.span, s.start, i.* from items i
      cross join lateral (values ('day', i.day), ('month', date_trunc('month', i.day)::date)) as s (span, start)
  )
  insert into feedback_rollup as r
  select span, 7 - grouping(service_id, channel, office_id), start,
    case when grouping(service_id) = 1 then '*' else service_id end, case when grouping(channel) = 1 then '*' else channel end,
    case when grouping(office_id) = 1 then '*' else office_id end,
    sum(sign), coalesce(sum(sign) filter (where useful), 0), coalesce(sum(sign) filter (where rating is not null), 0),
    coalesce(sum(sign) filter (where rating = 1), 0), coalesce(sum(sign) filter (where rating = 2), 0), coalesce(sum(sign) filter (where rating = 3), 0),
    coalesce(sum(sign) filter (where rating = 4), 0), coalesce(sum(sign) filter (where rating = 5), 0)
  from spans group by span, start, cube (service_id, channel, office_id)
  order by 2, 1, 3, 4, 5, 6
  on conflict (span, dims, start, service_id, channel, office_id) do update set
    answers = r.answers + excluded.answers, useful = r.useful + excluded.useful, ratings = r.ratings + excluded.ratings,
    r1 = r.r1 + excluded.r1, r2 = r.r2 + excluded.r2, r3 = r.r3 + excluded.r3, r4 = r.r4 + excluded.r4, r5 = r.r5 + excluded.r5
$$ $sql$;

-- The statement's rows with their sign: old rows out, new rows in (an UPDATE has both).
create or replace function diwan_signed_rows(op text) returns text language sql immutable as $$
  select case op
    when 'INSERT' then '(select 1 as sign, * from new_rows)'
    when 'DELETE' then '(select -1 as sign, * from old_rows)'
    else '(select -1 as sign, * from old_rows union all select 1, * from new_rows)'
  end
$$;

create or replace function requests_rollup_apply() returns trigger language plpgsql as $$
begin
  execute format(diwan_requests_rollup_sql(), diwan_signed_rows(tg_op));
  execute format(diwan_requests_rollup_days_sql(), diwan_signed_rows(tg_op));
  return null;
end $$;

create or replace function feedback_rollup_apply() returns trigger language plpgsql as $$
begin
  execute format(diwan_feedback_rollup_sql(), diwan_signed_rows(tg_op));
  return null;
end $$;
