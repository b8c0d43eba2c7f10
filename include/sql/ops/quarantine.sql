-- The Readouts page: each quarantined file with the reasons of its documents.
select
    f.file_name,
    f.final_path,
    f.claimed_at,
    array_agg(distinct m.status order by m.status) as statuses,
    array_agg(distinct m.status_reason order by m.status_reason) as reasons,
    count(m.manifest_id) as documents
from etl.inbox_file as f
inner join etl.file_manifest as m on m.inbox_file_id = f.inbox_file_id
where f.state = 'done'
    and f.final_path is not null
    and m.status in ('rejected', 'failed_quality')
group by f.inbox_file_id, f.file_name, f.final_path, f.claimed_at
order by f.claimed_at desc, f.file_name
limit :limit;
