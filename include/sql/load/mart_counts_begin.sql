-- Materialised mart counts, kept up to date by deltas (README: "BI queries at a million
-- readouts"): the contributions of every engagement the load may change are taken off
-- before it changes them and those of the engagements it leaves are added after, so the
-- cost grows with the batch. First, before withdraw_reprocessed.sql: the engagements
-- whose every readout is withdrawn now (withdraw deletes them).
create temporary table mart_count_pending (engagement_key bigint primary key) on commit drop;
create temporary table agg_dyad_month_delta (
    actor_a text, actor_b text, month date, engagement_type_key smallint, engagements bigint
) on commit drop;
create temporary table agg_leader_year_delta (
    leader_key integer, year integer, engagement_type_key smallint, engagements bigint
) on commit drop;

insert into mart_count_pending (engagement_key)
with

withdrawn as (
    select r.readout_key, r.engagement_key
    from warehouse.fact_readout as r
    inner join staging.document as d on d.manifest_id = r.manifest_id
    where d.batch_id = :batch_id and d.outcome <> 'readout'
)

select distinct w.engagement_key
from withdrawn as w
where not exists (
    select from warehouse.fact_readout as r
    where r.engagement_key = w.engagement_key and r.readout_key not in (select readout_key from withdrawn)
);
