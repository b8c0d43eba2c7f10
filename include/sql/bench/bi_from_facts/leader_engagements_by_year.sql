-- Baseline of bi/leader_engagements_by_year.sql: computed from the facts at query time.
select
    extract(year from e.engagement_date)::integer as year,
    et.engagement_type,
    count(*) as engagements
from warehouse.fact_engagement_participant as p
inner join warehouse.dim_leader as l on l.leader_key = p.leader_key
inner join warehouse.fact_engagement as e on e.engagement_key = p.engagement_key
inner join warehouse.dim_engagement_type as et on et.engagement_type_key = e.engagement_type_key
where l.person_id = :person_id and e.engagement_date is not null
group by 1, 2
order by 1, 2
