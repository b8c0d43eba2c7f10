-- mart.dyad_month as 0002 made it (computed from the facts at every query); 0010 materialised it.
-- mart.dyad_month: one row per pair of actors (actor_a < actor_b) and calendar month,
-- counting engagements with a known day or month.
create or replace view mart.dyad_month as
with

dated as (
    select e.engagement_key, date_trunc('month', e.engagement_date)::date as month, et.engagement_type
    from warehouse.fact_engagement as e
    inner join warehouse.dim_engagement_type as et
        on et.engagement_type_key = e.engagement_type_key
    where e.engagement_date is not null and e.date_precision in ('day', 'month')
),

actors as (
    select distinct p.engagement_key, a.actor_code
    from warehouse.fact_engagement_participant as p
    inner join warehouse.dim_actor as a on a.actor_key = p.actor_key
),

pairs as (
    select dated.month, dated.engagement_type, a.actor_code as actor_a, b.actor_code as actor_b
    from dated
    inner join actors as a on a.engagement_key = dated.engagement_key
    inner join actors as b on b.engagement_key = dated.engagement_key and a.actor_code < b.actor_code
),

final as (
    select
        actor_a,
        actor_b,
        month,
        count(*) filter (where engagement_type = 'phone_call') as phone_calls,
        count(*) filter (where engagement_type = 'video_call') as video_calls,
        count(*) filter (where engagement_type = 'meeting') as meetings,
        count(*) as total
    from pairs
    group by actor_a, actor_b, month
)

select * from final;
