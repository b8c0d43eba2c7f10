-- mart.engagement as 0002 made it (before 0008 added the resolution columns); 0008 down restores it.
-- mart.engagement: one row per real-world engagement (call, video call or meeting).
create or replace view mart.engagement as
with

engagements as (
    select * from warehouse.fact_engagement
),

participants as (
    select
        p.engagement_key,
        array_agg(distinct a.actor_code order by a.actor_code) as actor_codes,
        array_agg(distinct l.leader_name order by l.leader_name) as leader_names
    from warehouse.fact_engagement_participant as p
    inner join warehouse.dim_actor as a on a.actor_key = p.actor_key
    inner join warehouse.dim_leader as l on l.leader_key = p.leader_key
    group by p.engagement_key
),

readouts as (
    select
        r.engagement_key,
        count(*) as readout_count,
        array_agg(distinct lang.iso639_1 order by lang.iso639_1) as languages
    from warehouse.fact_readout as r
    inner join warehouse.dim_language as lang on lang.language_key = r.language_key
    group by r.engagement_key
),

topics as (
    select
        r.engagement_key,
        array_agg(distinct t.topic_code order by t.topic_code) as topics
    from warehouse.fact_readout as r
    inner join warehouse.fact_readout_topic as rt on rt.readout_key = r.readout_key
    inner join warehouse.dim_topic as t on t.topic_key = rt.topic_key
    group by r.engagement_key
),

final as (
    select
        -- ids
        e.engagement_key as engagement_id,
        -- when and how
        e.engagement_date,
        e.date_precision,
        et.engagement_type,
        initiator.actor_code as initiator_code,
        -- who
        p.actor_codes::text[] as actor_codes,
        p.leader_names::text[] as leader_names,
        -- evidence
        coalesce(r.readout_count, 0) as readout_count,
        coalesce(r.languages, '{}')::text[] as languages,
        coalesce(t.topics, '{}')::text[] as topics
    from engagements as e
    inner join warehouse.dim_engagement_type as et
        on et.engagement_type_key = e.engagement_type_key
    left join warehouse.dim_actor as initiator on initiator.actor_key = e.initiator_actor_key
    left join participants as p on p.engagement_key = e.engagement_key
    left join readouts as r on r.engagement_key = e.engagement_key
    left join topics as t on t.engagement_key = e.engagement_key
)

select * from final;
