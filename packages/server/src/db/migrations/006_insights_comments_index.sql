-- The latest comments per rating (insights): newest first straight from an index in the query's own order
-- (rating, then received_at and id descending), with the columns it filters on beside them, so "the 10
-- newest of rating r" stops after about 10 matching entries. The index of migration 004 lacked the id and
-- the filtered columns: with a list of services the planner preferred feedback_service and read every
-- feedback item of those services in the period (EXPLAIN in `npm run bench -- --insights`, 4.7 s for 1M rows).
drop index feedback_comments;
-- unfiltered (many services): walk the newest comments of a rating
create index feedback_comments_latest on feedback (rating, received_at desc, id desc) include (service_id, channel, office_id, useful)
  where comment is not null and comment <> '';
-- a few services (a service, a category): each service's newest comments of a rating, merged
create index feedback_comments_by_service on feedback (service_id, rating, received_at desc) include (channel, office_id, useful)
  where comment is not null and comment <> '';
