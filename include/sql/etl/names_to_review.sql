-- Leaders captured from readouts but absent from the reference data (verified = false):
-- the ops report of names to review. One row per captured name, office and actor, with
-- how often and where it was seen. Add the person to include/reference/leaders/ (or an
-- alias to an existing person) and re-process the files to resolve them.
select
    l.leader_name,
    l.office,
    a.actor_code,
    count(distinct r.readout_key) as readouts,
    min(e.engagement_date) as first_engagement,
    max(e.engagement_date) as last_engagement,
    min(m.file_name) as example_file
from warehouse.dim_leader as l
inner join warehouse.dim_actor as a on a.actor_key = l.actor_key
-- the readouts that named the person themselves (not every readout of their engagement)
inner join warehouse.fact_readout_participant as p on p.leader_key = l.leader_key
inner join warehouse.fact_readout as r on r.readout_key = p.readout_key
inner join warehouse.fact_engagement as e on e.engagement_key = r.engagement_key
inner join etl.file_manifest as m on m.manifest_id = r.manifest_id
where not l.verified
group by l.leader_name, l.office, a.actor_code
order by readouts desc, l.leader_name
