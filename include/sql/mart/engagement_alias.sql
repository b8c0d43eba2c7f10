-- mart.engagement_alias: one row per retired engagement id, with the id that replaced it
-- (following merges one after the other to the engagement that exists now).
create or replace view mart.engagement_alias as
with recursive

retired as (
    select distinct on (m.from_engagement_id)
        m.from_engagement_id, m.into_engagement_id, m.batch_id, m.why, m.merged_at
    from etl.engagement_merge as m
    where not exists (
        select from warehouse.fact_engagement as e where e.engagement_key = m.from_engagement_id
    )
    order by m.from_engagement_id, m.engagement_merge_id desc
),

chain (from_engagement_id, current_engagement_id, batch_id, why, merged_at, hops) as (
    select from_engagement_id, into_engagement_id, batch_id, why, merged_at, 1
    from retired
    union all
    select c.from_engagement_id, r.into_engagement_id, c.batch_id, c.why, c.merged_at, c.hops + 1
    from chain as c
    inner join retired as r on r.from_engagement_id = c.current_engagement_id
    where c.hops < 100
),

final as (
    select
        c.from_engagement_id as retired_engagement_id,
        c.current_engagement_id as engagement_id,
        c.batch_id,
        c.why,
        c.merged_at
    from chain as c
    where exists (select from warehouse.fact_engagement as e where e.engagement_key = c.current_engagement_id)
)

select * from final;
