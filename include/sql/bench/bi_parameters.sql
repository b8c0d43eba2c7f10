-- What the BI benchmark asks about (readouts.warehouse_benchmark): the busiest dyad, the
-- leader in the most engagements, the year before the latest engagement's, the file of the
-- readout in the middle of the manifest. Run once per warehouse, as the application role.
with

dyad as (
    select actor_a, actor_b
    from mart.dyad_month
    group by actor_a, actor_b
    order by sum(total) desc, actor_a, actor_b
    limit 1
),

leader as (
    select l.person_id
    from warehouse.fact_engagement_participant as p
    inner join warehouse.dim_leader as l on l.leader_key = p.leader_key
    group by l.person_id
    order by count(*) desc, l.person_id
    limit 1
),

latest as (
    select extract(year from max(engagement_date))::integer - 1 as year from warehouse.fact_engagement
),

readout as (
    select file_name
    from etl.file_manifest
    order by manifest_id
    offset (select count(*) / 2 from etl.file_manifest)
    limit 1
)

select
    dyad.actor_a,
    dyad.actor_b,
    leader.person_id,
    make_date(latest.year, 1, 1) as from_date,
    make_date(latest.year + 1, 1, 1) as to_date,
    readout.file_name
from dyad, leader, latest, readout
