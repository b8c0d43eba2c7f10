-- mart.engagement_side: one row per engagement and publishing side (the side of a readout's
-- outlet, address, dateline or signature; 'unknown' when none): what that side's readouts say.
create or replace view mart.engagement_side as
with

readouts as (
    select
        r.engagement_key,
        r.readout_key,
        r.manifest_id,
        coalesce(publisher.actor_code, 'unknown') as publishing_side,
        lang.iso639_1 as language,
        s.source_name,
        initiator.actor_code as claimed_initiator
    from warehouse.fact_readout as r
    inner join warehouse.dim_language as lang on lang.language_key = r.language_key
    inner join warehouse.dim_source as s on s.source_key = r.source_key
    left join warehouse.dim_actor as publisher on publisher.actor_key = r.publisher_actor_key
    left join warehouse.dim_actor as initiator on initiator.actor_key = r.initiator_actor_key
),

per_side as (
    select
        engagement_key,
        publishing_side,
        array_agg(manifest_id order by manifest_id) as readout_ids,
        array_agg(distinct language order by language) as languages,
        array_agg(distinct source_name order by source_name) as source_names,
        array_remove(array_agg(distinct claimed_initiator order by claimed_initiator), null) as initiator_claims
    from readouts
    group by engagement_key, publishing_side
),

topics as (
    select
        r.engagement_key,
        r.publishing_side,
        array_agg(distinct t.topic_code order by t.topic_code) as topics
    from readouts as r
    inner join warehouse.fact_readout_topic as rt on rt.readout_key = r.readout_key
    inner join warehouse.dim_topic as t on t.topic_key = rt.topic_key
    group by r.engagement_key, r.publishing_side
),

figures as (
    select
        r.engagement_key,
        r.publishing_side,
        jsonb_agg(
            jsonb_build_object(
                'readout_id', r.manifest_id,
                'measure', f.measure,
                'metric', f.metric,
                'value', f.value,
                'currency', f.currency,
                'value_usd', f.value_usd,
                'year', f.figure_year
            )
            order by r.manifest_id, f.figure_no
        ) as figures
    from readouts as r
    inner join warehouse.fact_readout_figure as f on f.readout_key = r.readout_key
    group by r.engagement_key, r.publishing_side
),

final as (
    select
        -- ids
        s.engagement_key as engagement_id,
        s.publishing_side,
        s.readout_ids::bigint[] as readout_ids,
        cardinality(s.readout_ids) as readout_count,
        -- what this side's readouts say
        s.languages::text[] as languages,
        s.source_names::text[] as source_names,
        coalesce(t.topics, '{}')::text[] as topics,
        coalesce(f.figures, '[]'::jsonb) as figures,
        case when cardinality(s.initiator_claims) = 1 then s.initiator_claims[1] end as initiator_claim,
        s.initiator_claims::text[] as initiator_claims
    from per_side as s
    left join topics as t on t.engagement_key = s.engagement_key and t.publishing_side = s.publishing_side
    left join figures as f on f.engagement_key = s.engagement_key and f.publishing_side = s.publishing_side
)

select * from final;
