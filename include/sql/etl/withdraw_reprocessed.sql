-- Before merging a batch: a document loaded by an earlier run and re-processed now
-- (a resubmitted or re-extracted file) that is no longer a readout leaves the warehouse.
-- Its facts go with it (topics, mentions, figures cascade), and so does an engagement
-- left without any readout (participants cascade).

create temporary table withdrawn_readout on commit drop as
select r.readout_key, r.engagement_key
from warehouse.fact_readout as r
inner join staging.document as d on d.manifest_id = r.manifest_id
where d.batch_id = :batch_id and d.outcome <> 'readout';

delete from warehouse.fact_readout
where readout_key in (select readout_key from withdrawn_readout);

delete from warehouse.fact_engagement as e
where e.engagement_key in (select engagement_key from withdrawn_readout)
    and not exists (select 1 from warehouse.fact_readout as r where r.engagement_key = e.engagement_key);
