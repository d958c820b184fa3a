-- The rollups' UPDATE triggers (007, 010) counted every updated row out and back in, even when nothing the
-- rollups count had changed. Every caseworker change updates its request (updated_at, a status note, the
-- SLA verdict), so each one rewrote the request's 16 requests_rollup rows (two spans × eight levels) with
-- +0 — the day's and the month's totals among them, whose row locks every writer of any request then
-- queued for until commit.
--
-- PostgreSQL cannot narrow these triggers themselves: a trigger with transition tables may not have a
-- column list (`AFTER UPDATE OF …` is refused: "transition tables cannot be specified for triggers with
-- column lists"), and a statement-level trigger's WHEN clause cannot see rows. So the trigger functions
-- narrow the statement's rows instead: an UPDATE counts out only the old rows whose counted columns no new
-- row still has (EXCEPT ALL), and counts in only the new rows whose counted columns no old row had. A
-- statement that changed no counted column hands the upserts no rows, and they write nothing.
--
-- The counted columns: what the rollup statements of 010 read from a row.
--   requests (requests_rollup, requests_rollup_days): service_id, channel, office_id, submitted_at,
--            expected_at, status, closed_at
--   feedback (feedback_rollup): service_id, channel, office_id, received_at, useful, rating
-- A column read there must be listed here, or a change of it alone would not reach the rollups.

-- The statement's rows with their sign, as a subquery of (sign, counted columns …): old rows out, new rows
-- in; for an UPDATE, only the rows whose counted columns changed.
create function diwan_signed_rows(op text, counted text) returns text language sql immutable as $$
  select case op
    when 'INSERT' then format('(select 1 as sign, %s from new_rows)', counted)
    when 'DELETE' then format('(select -1 as sign, %s from old_rows)', counted)
    else format('(select -1 as sign, * from (select %1$s from old_rows except all select %1$s from new_rows) as counted_out '
      || 'union all select 1, * from (select %1$s from new_rows except all select %1$s from old_rows) as counted_in)', counted)
  end
$$;

create or replace function requests_rollup_apply() returns trigger language plpgsql as $$
declare
  changed constant text := diwan_signed_rows(tg_op, 'service_id, channel, office_id, submitted_at, expected_at, status, closed_at');
begin
  execute format(diwan_requests_rollup_sql(), changed);
  execute format(diwan_requests_rollup_days_sql(), changed);
  return null;
end $$;

create or replace function feedback_rollup_apply() returns trigger language plpgsql as $$
begin
  execute format(diwan_feedback_rollup_sql(), diwan_signed_rows(tg_op, 'service_id, channel, office_id, received_at, useful, rating'));
  return null;
end $$;

-- 010's one-argument form (every column of every row) has no caller left.
drop function diwan_signed_rows(text);
