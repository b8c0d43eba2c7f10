-- Baseline of bi/dyad_calls_by_month.sql: the same answer computed from the facts at query
-- time (mart.dyad_month as migrations 0002-0009 defined it), for the benchmark's side by side.
with

dated as (
    select e.engagement_key, date_trunc('month', e.engagement_date)::date as month, e.engagement_type_key
    from warehouse.fact_engagement as e
    where e.engagement_date is not null and e.date_precision in ('day', 'month')
),

actors as (
    select distinct p.engagement_key, a.actor_code
    from warehouse.fact_engagement_participant as p
    inner join warehouse.dim_actor as a on a.actor_key = p.actor_key
)

select
    dated.month,
    count(*) filter (where dated.engagement_type_key = 1) as phone_calls,
    count(*) filter (where dated.engagement_type_key = 2) as video_calls,
    count(*) filter (where dated.engagement_type_key = 3) as meetings,
    count(*) as total
from dated
inner join actors as a on a.engagement_key = dated.engagement_key and a.actor_code = :actor_a
inner join actors as b on b.engagement_key = dated.engagement_key and b.actor_code = :actor_b
group by dated.month
order by dated.month
