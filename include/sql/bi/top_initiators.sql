-- The actors that initiated the most engagements between :from_date and :to_date
-- (engagements whose readouts agree on the initiator).
select initiator_code, count(*) as engagements
from mart.engagement
where initiator_code is not null and engagement_date >= :from_date and engagement_date < :to_date
group by initiator_code
order by engagements desc, initiator_code
limit 10
