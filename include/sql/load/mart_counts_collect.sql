-- The contributions of the engagements in mart_count_pending to the mart counts, as they
-- are now, times :sign (-1 before a change, +1 after), into the deltas; then the pending
-- set is emptied. The same rules as counts_from_facts.sql.
insert into agg_dyad_month_delta (actor_a, actor_b, month, engagement_type_key, engagements)
with

dated as (
    select e.engagement_key, date_trunc('month', e.engagement_date)::date as month, e.engagement_type_key
    from warehouse.fact_engagement as e
    where e.engagement_key in (select engagement_key from mart_count_pending)
        and e.engagement_date is not null and e.date_precision in ('day', 'month')
),

actors as (
    select distinct p.engagement_key, a.actor_code
    from warehouse.fact_engagement_participant as p
    inner join warehouse.dim_actor as a on a.actor_key = p.actor_key
    where p.engagement_key in (select engagement_key from dated)
)

select a.actor_code, b.actor_code, dated.month, dated.engagement_type_key, :sign * count(*)
from dated
inner join actors as a on a.engagement_key = dated.engagement_key
inner join actors as b on b.engagement_key = dated.engagement_key and a.actor_code < b.actor_code
group by a.actor_code, b.actor_code, dated.month, dated.engagement_type_key;

insert into agg_leader_year_delta (leader_key, year, engagement_type_key, engagements)
select p.leader_key, extract(year from e.engagement_date)::integer, e.engagement_type_key, :sign * count(*)
from warehouse.fact_engagement_participant as p
inner join warehouse.fact_engagement as e on e.engagement_key = p.engagement_key
where p.engagement_key in (select engagement_key from mart_count_pending) and e.engagement_date is not null
group by p.leader_key, extract(year from e.engagement_date)::integer, e.engagement_type_key;

truncate mart_count_pending;
