-- mart.engagement as 0008 made it (before 0009 added publisher_actor_codes); 0009 down restores it.
-- mart.engagement: one row per real-world engagement (call, video call or meeting),
-- resolved from the readouts that report it (README: "One engagement, many readouts").
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

readout_rows as (
    select
        r.engagement_key,
        r.readout_key,
        r.date_precision,
        r.engagement_date,
        lang.iso639_1,
        s.source_name,
        initiator.actor_code as claimed_initiator
    from warehouse.fact_readout as r
    inner join warehouse.dim_language as lang on lang.language_key = r.language_key
    inner join warehouse.dim_source as s on s.source_key = r.source_key
    left join warehouse.dim_actor as initiator on initiator.actor_key = r.initiator_actor_key
),

readouts as (
    select
        engagement_key,
        count(*) as readout_count,
        array_agg(distinct iso639_1 order by iso639_1) as languages,
        array_agg(distinct source_name order by source_name) as source_names,
        bool_or(date_precision = 'day') as any_dated,
        count(distinct claimed_initiator) as initiators_claimed,
        count(distinct source_name) filter (where claimed_initiator is not null) as sources_claiming
    from readout_rows
    group by engagement_key
),

-- each outlet's initiator claim: {"kremlin.ru": "CHN", "fmprc.gov.cn": "RUS"}
claims as (
    select engagement_key, jsonb_object_agg(source_name, claimed) as initiator_claims
    from (
        select engagement_key, source_name, min(claimed_initiator) as claimed
        from readout_rows
        where claimed_initiator is not null
        group by engagement_key, source_name
    ) as per_source
    group by engagement_key
),

-- the day each outlet gives: {"2024-05-14": ["kremlin.ru"], "2024-05-15": ["fmprc.gov.cn"]}
date_sources as (
    select engagement_key, jsonb_object_agg(day, sources) as date_sources
    from (
        select
            engagement_key,
            to_char(engagement_date, 'YYYY-MM-DD') as day,
            to_jsonb(array_agg(distinct source_name order by source_name)) as sources
        from readout_rows
        where date_precision = 'day'
        group by engagement_key, engagement_date
    ) as per_day
    group by engagement_key
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
        coalesce(t.topics, '{}')::text[] as topics,
        -- resolution
        coalesce(r.source_names, '{}')::text[] as source_names,
        case
            when r.readout_count > 1 then 'matched'
            when not r.any_dated then 'unattached_undated'
            else 'single_readout'
        end as resolution,
        coalesce(c.initiator_claims, '{}'::jsonb) as initiator_claims,
        case
            when r.initiators_claimed > 1 then 'conflict'
            when r.initiators_claimed = 1 and r.sources_claiming > 1 then 'agreed'
            when r.initiators_claimed = 1 then 'one_sided'
        end as initiator_agreement,
        coalesce(ds.date_sources, '{}'::jsonb) as date_sources
    from engagements as e
    inner join warehouse.dim_engagement_type as et
        on et.engagement_type_key = e.engagement_type_key
    left join warehouse.dim_actor as initiator on initiator.actor_key = e.initiator_actor_key
    left join participants as p on p.engagement_key = e.engagement_key
    left join readouts as r on r.engagement_key = e.engagement_key
    left join claims as c on c.engagement_key = e.engagement_key
    left join date_sources as ds on ds.engagement_key = e.engagement_key
    left join topics as t on t.engagement_key = e.engagement_key
)

select * from final;
