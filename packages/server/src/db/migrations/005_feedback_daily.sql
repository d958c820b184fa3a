-- Insights read feedback by day: feedback_daily holds the counts of each UTC day, service, channel and
-- office (office '' = none: a primary key cannot hold null), kept by statement-level triggers with
-- transition tables (one grouped upsert per INSERT, UPDATE or DELETE statement, not one per row). A
-- year of a million feedback items is then a few ten thousand rows to sum. Only feedback naming a
-- service counts (as in the insights' selection). Rows whose counts fall to zero are removed, so a
-- breakdown never shows a service, channel or office with nothing in it.

create table feedback_daily (
  day date not null,
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
  primary key (day, service_id, channel, office_id)
);

create function feedback_daily_apply() returns trigger language plpgsql as $$
begin
  if tg_op in ('DELETE', 'UPDATE') then
    insert into feedback_daily as d
    select (received_at at time zone 'UTC')::date, service_id, channel, coalesce(office_id, ''),
      -count(*), -count(*) filter (where useful), -count(rating), -count(*) filter (where rating = 1), -count(*) filter (where rating = 2),
      -count(*) filter (where rating = 3), -count(*) filter (where rating = 4), -count(*) filter (where rating = 5)
    from old_rows where service_id is not null group by 1, 2, 3, 4
    on conflict (day, service_id, channel, office_id) do update set
      answers = d.answers + excluded.answers, useful = d.useful + excluded.useful, ratings = d.ratings + excluded.ratings,
      r1 = d.r1 + excluded.r1, r2 = d.r2 + excluded.r2, r3 = d.r3 + excluded.r3, r4 = d.r4 + excluded.r4, r5 = d.r5 + excluded.r5;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into feedback_daily as d
    select (received_at at time zone 'UTC')::date, service_id, channel, coalesce(office_id, ''),
      count(*), count(*) filter (where useful), count(rating), count(*) filter (where rating = 1), count(*) filter (where rating = 2),
      count(*) filter (where rating = 3), count(*) filter (where rating = 4), count(*) filter (where rating = 5)
    from new_rows where service_id is not null group by 1, 2, 3, 4
    on conflict (day, service_id, channel, office_id) do update set
      answers = d.answers + excluded.answers, useful = d.useful + excluded.useful, ratings = d.ratings + excluded.ratings,
      r1 = d.r1 + excluded.r1, r2 = d.r2 + excluded.r2, r3 = d.r3 + excluded.r3, r4 = d.r4 + excluded.r4, r5 = d.r5 + excluded.r5;
  end if;
  if tg_op in ('DELETE', 'UPDATE') then
    delete from feedback_daily where answers = 0;
  end if;
  return null;
end $$;

create trigger feedback_daily_insert after insert on feedback
  referencing new table as new_rows for each statement execute function feedback_daily_apply();
create trigger feedback_daily_update after update on feedback
  referencing old table as old_rows new table as new_rows for each statement execute function feedback_daily_apply();
create trigger feedback_daily_delete after delete on feedback
  referencing old table as old_rows for each statement execute function feedback_daily_apply();

insert into feedback_daily
select (received_at at time zone 'UTC')::date, service_id, channel, coalesce(office_id, ''),
  count(*), count(*) filter (where useful), count(rating), count(*) filter (where rating = 1), count(*) filter (where rating = 2),
  count(*) filter (where rating = 3), count(*) filter (where rating = 4), count(*) filter (where rating = 5)
from feedback where service_id is not null group by 1, 2, 3, 4;

-- The period scan of feedback is now feedback_daily's; its covering index is not needed any more.
drop index feedback_received;
