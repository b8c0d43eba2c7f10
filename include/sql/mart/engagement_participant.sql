-- mart.engagement_participant: one row per engagement and leader taking part.
create or replace view mart.engagement_participant as
with

final as (
    select
        -- ids
        p.engagement_key as engagement_id,
        -- who
        l.leader_name,
        a.actor_code,
        l.office,
        l.person_id,
        l.verified,
        -- role
        p.is_initiator
    from warehouse.fact_engagement_participant as p
    inner join warehouse.dim_leader as l on l.leader_key = p.leader_key
    inner join warehouse.dim_actor as a on a.actor_key = p.actor_key
)

select * from final;
