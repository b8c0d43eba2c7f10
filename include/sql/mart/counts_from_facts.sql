-- The materialised mart counts (warehouse.agg_dyad_month, warehouse.agg_leader_year) made
-- again from the facts, whole: by migration 0010 and the generated warehouse. A load keeps
-- them up to date by deltas of the engagements it touches (load/mart_counts_*.sql).
truncate warehouse.agg_dyad_month, warehouse.agg_leader_year;

insert into warehouse.agg_dyad_month (actor_a, actor_b, month, phone_calls, video_calls, meetings, total)
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
    a.actor_code,
    b.actor_code,
    dated.month,
    count(*) filter (where dated.engagement_type_key = 1),
    count(*) filter (where dated.engagement_type_key = 2),
    count(*) filter (where dated.engagement_type_key = 3),
    count(*)
from dated
inner join actors as a on a.engagement_key = dated.engagement_key
inner join actors as b on b.engagement_key = dated.engagement_key and a.actor_code < b.actor_code
group by a.actor_code, b.actor_code, dated.month;

insert into warehouse.agg_leader_year (leader_key, year, engagement_type_key, engagements)
select p.leader_key, extract(year from e.engagement_date)::integer, e.engagement_type_key, count(*)
from warehouse.fact_engagement_participant as p
inner join warehouse.fact_engagement as e on e.engagement_key = p.engagement_key
where e.engagement_date is not null
group by p.leader_key, extract(year from e.engagement_date)::integer, e.engagement_type_key;
