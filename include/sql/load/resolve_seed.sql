-- Resolve readouts into engagements (README: "One engagement, many readouts"), after
-- merge_batch.sql in the same transaction. Readouts are of one engagement when they have
-- the same participants (participant_key) and type and their dates are within a day of
-- each other, chained (a readout between two engagements merges them). A readout without
-- a day ("undated") attaches to an engagement only when exactly one engagement of its
-- participants and type has its date in the readout's publication window (the
-- publication date and the three days before); else it stays an engagement of its own.
--
-- The result depends only on the set of loaded readouts, never on the order they came in:
-- the region around the batch's readouts that any of them can reach (neighbours of the
-- same participants and type, near in date) is resolved again from scratch, and an
-- engagement's id is the own id of its earliest readout (publication date, then own id).
-- Cost grows with the batch: every look-up goes through the resolution indexes.

-- 1. the region: the batch's readouts, every readout of an engagement they or withdrawn
--    readouts belonged to, and all they reach; then once more from every readout of an
--    engagement in that region, so that each engagement is resolved whole
create temporary table resolve_seed on commit drop as
select readout_key from batch_readout
union
select r.readout_key
from warehouse.fact_readout as r
where r.engagement_key in (select engagement_key from resolve_touched);

create temporary table resolve_region (readout_key bigint primary key) on commit drop;
