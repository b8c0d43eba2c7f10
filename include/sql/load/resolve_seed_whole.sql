-- Resolution, step 1 again: every readout of an engagement the region touches, so that
-- each engagement is resolved whole (resolve_reach.sql then runs once more).
insert into resolve_seed
select r.readout_key
from warehouse.fact_readout as r
where r.engagement_key in (
    select r2.engagement_key from warehouse.fact_readout as r2
    where r2.readout_key in (select readout_key from resolve_region)
)
except
select readout_key from resolve_seed;
