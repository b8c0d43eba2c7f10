-- A leader's engagements by year and type (:person_id: the person, whatever the office).
select year, engagement_type, sum(engagements)::bigint as engagements
from mart.leader_year
where person_id = :person_id
group by year, engagement_type
order by year, engagement_type
