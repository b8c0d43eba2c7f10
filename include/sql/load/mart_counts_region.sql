-- Before resolve_engagements.sql: the engagements of the region resolution will resolve
-- again (after resolve_reach.sql; readouts.load then takes their contributions off).
insert into mart_count_pending (engagement_key)
select distinct r.engagement_key
from warehouse.fact_readout as r
where r.readout_key in (select readout_key from resolve_region)
on conflict do nothing;
