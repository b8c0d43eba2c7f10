-- mart.leader_year: one row per leader (a person in an office), year and engagement type,
-- counting the dated engagements they took part in. Materialised like mart.dyad_month
-- (warehouse.agg_leader_year, kept up to date by every load).
create or replace view mart.leader_year as
with

final as (
    select
        -- who
        l.person_id,
        l.leader_name,
        a.actor_code,
        l.office,
        -- when and how
        c.year,
        et.engagement_type,
        -- count
        c.engagements
    from warehouse.agg_leader_year as c
    inner join warehouse.dim_leader as l on l.leader_key = c.leader_key
    inner join warehouse.dim_actor as a on a.actor_key = l.actor_key
    inner join warehouse.dim_engagement_type as et on et.engagement_type_key = c.engagement_type_key
)

select * from final;
