-- The Readouts page: engagements per month by type, the :months months up to the latest
-- engagement's.
select
    cast(date_trunc('month', e.engagement_date) as date) as month,
    e.engagement_type,
    count(*) as engagements
from mart.engagement as e
where e.engagement_date > (
    select max(engagement_date) - make_interval(months => cast(:months as integer)) from mart.engagement
)
group by 1, 2
order by 1, 2;
