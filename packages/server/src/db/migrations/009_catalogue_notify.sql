-- A catalogue change is announced: the statement triggers of migration 001 that bump catalogue_version
-- also NOTIFY diwan_catalogue_changed with the new number (delivered after the commit, to every process
-- that listens). Each server process keeps the version in memory from these (catalogue/version.ts), so a
-- 304 on the catalogue needs no query; whatever changes the catalogue (a staff route, an import, plain
-- SQL) goes through the triggers.
create or replace function bump_catalogue_version() returns trigger language plpgsql as $$
declare
  next_version bigint;
begin
  update catalogue_version set version = version + 1 returning version into next_version;
  perform pg_notify('diwan_catalogue_changed', next_version::text);
  return null;
end $$;
