-- Staff insights (issue 16): the facts the aggregates need, kept where one indexed scan finds them.
--   requests.channel / office_id  the channel a request came in on and the office handling it (the
--                                 request-lifecycle migration adds them too: `if not exists` either way)
--   requests.closed_at            when the request first reached a closing status, kept by triggers so
--                                 "closed by the expected date" and processing times need no timeline scan
--   feedback.channel / office_id  the transaction the feedback is about: the feedback widget's is `web`
--                                 with no office; imported surveys (phone, counter) may say otherwise

alter table requests add column if not exists channel text;
alter table requests add column if not exists office_id text;
alter table requests add column closed_at timestamptz;
alter table feedback add column channel text not null default 'web';
alter table feedback add column office_id text;

-- The statuses that close a request (the client's CLOSED_STATUSES).
create function diwan_closing_status(status text) returns boolean language sql immutable parallel safe as $$
  select status in ('approved', 'rejected', 'completed', 'closed', 'cancelled')
$$;

-- A row that closes keeps its first closing moment (approved → completed → closed stays closed at the
-- approval); a row that is not closed has none. The moment is the update's own date when it says one.
create function requests_keep_closed_at() returns trigger language plpgsql as $$
begin
  if not diwan_closing_status(new.status) then
    new.closed_at := null;
  elsif new.closed_at is null then
    new.closed_at := coalesce(new.updated_at, now());
  end if;
  return new;
end $$;

create trigger requests_closed_at before insert or update on requests
  for each row execute function requests_keep_closed_at();

-- A timeline event that closes the request dates the closing more exactly (imports write the request row
-- first, with its last update's date, and the events after it).
create function request_events_close() returns trigger language plpgsql as $$
begin
  if diwan_closing_status(new.status) then
    update requests set closed_at = new.at
      where reference = new.reference and diwan_closing_status(status) and (closed_at is null or closed_at > new.at);
  end if;
  return null;
end $$;

create trigger request_events_closed_at after insert on request_events
  for each row execute function request_events_close();

update requests set closed_at = coalesce(
  (select min(e.at) from request_events e where e.reference = requests.reference and diwan_closing_status(e.status)),
  updated_at, submitted_at)
  where diwan_closing_status(status);

-- The period scans: rows by the moment they count at, with the dimensions filtered on beside them.
create index feedback_received on feedback (received_at) include (service_id, channel, office_id, useful, rating);
create index requests_submitted on requests (submitted_at) include (service_id, channel, office_id, status, closed_at, expected_at);
create index requests_service_submitted on requests (service_id, submitted_at);
-- The overdue work list: open requests by expected date.
create index requests_open_expected on requests (expected_at) where closed_at is null;
-- An office's name: the one on its latest request.
create index requests_office_latest on requests (office_id, submitted_at desc) where office_id is not null;
-- The latest comments for each rating.
create index feedback_comments on feedback (rating, received_at desc) where comment is not null and comment <> '';
