-- The Readouts page: the latest batch each great-expectations suite ran on, and how it went
-- there: fail when a critical expectation failed, warn when only warnings did, else pass.
with

latest as (
    select suite, max(batch_id) as batch_id
    from etl.quality_result
    group by suite
)

select
    q.suite,
    q.batch_id,
    max(q.checked_at) as checked_at,
    count(*) as expectations,
    count(*) filter (where not q.success and q.severity = 'critical') as failed_critical,
    count(*) filter (where not q.success and q.severity <> 'critical') as failed_warning,
    case
        when count(*) filter (where not q.success and q.severity = 'critical') > 0 then 'fail'
        when count(*) filter (where not q.success) > 0 then 'warn'
        else 'pass'
    end as outcome
from etl.quality_result as q
inner join latest as l on l.suite = q.suite and l.batch_id = q.batch_id
group by q.suite, q.batch_id
order by q.suite;
