-- After resolve_engagements.sql: the engagements the region resolved into (readouts.load
-- then adds their contributions and applies the deltas).
insert into mart_count_pending (engagement_key)
select distinct engagement_key from resolve_assignment
on conflict do nothing;
