-- A leader's engagements by year and type (:person_id, the person whatever the office).
select
    extract(year from e.engagement_date)::integer as year,
    e.engagement_type,
    count(*) as engagements
from mart.engagement_participant as p
inner join mart.engagement as e on e.engagement_id = p.engagement_id
where p.person_id = :person_id and e.engagement_date is not null
group by 1, 2
order by 1, 2
