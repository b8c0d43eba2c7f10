-- The Readouts page: documents by status and day of processing, the last :days days.
select
    cast(m.processed_at as date) as day,
    m.status,
    count(*) as documents
from etl.file_manifest as m
where m.processed_at >= current_date - cast(:days as integer)
group by cast(m.processed_at as date), m.status
order by day, m.status;
