-- Engagements for the PLOVER export (readouts.export): every engagement, or with :since
-- set, those whose readouts were loaded or which took in a merge at or after it. One row
-- per engagement, with its participants and each readout's citation as JSON.
with

changed as (
    select r.engagement_key
    from warehouse.fact_readout as r
    where cast(:since as timestamptz) is null or r.loaded_at >= cast(:since as timestamptz)
    union
    select m.into_engagement_id
    from etl.engagement_merge as m
    where cast(:since as timestamptz) is not null and m.merged_at >= cast(:since as timestamptz)
),

participants as (
    select
        p.engagement_id,
        jsonb_agg(
            jsonb_build_object(
                'actor_code', p.actor_code,
                'actor_kind', a.kind,
                'leader_name', p.leader_name,
                'office', p.office,
                'is_initiator', p.is_initiator
            )
            order by p.actor_code, p.leader_name
        ) as participants
    from mart.engagement_participant as p
    inner join warehouse.dim_actor as a on a.actor_code = p.actor_code
    group by p.engagement_id
),

citations as (
    select
        r.engagement_key as engagement_id,
        jsonb_agg(
            jsonb_build_object(
                'readout_id', m.manifest_id,
                'url', m.url,
                'title', m.title,
                'language', m.language,
                'publication', m.source_name
            )
            order by m.manifest_id
        ) as citations
    from warehouse.fact_readout as r
    inner join etl.file_manifest as m on m.manifest_id = r.manifest_id
    group by r.engagement_key
)

select
    e.engagement_id,
    e.engagement_date,
    e.date_precision,
    e.engagement_type,
    e.initiator_code,
    e.topics,
    p.participants,
    c.citations
from mart.engagement as e
inner join participants as p on p.engagement_id = e.engagement_id
inner join citations as c on c.engagement_id = e.engagement_id
where e.engagement_id in (select engagement_key from changed)
order by e.engagement_id;
