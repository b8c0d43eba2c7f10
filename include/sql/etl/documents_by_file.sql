-- Each file claimed by a batch with the status of every document read from it.
select
    f.inbox_file_id,
    f.file_name,
    f.file_sha256,
    json_agg(
        json_build_object(
            'readout_id', m.manifest_id,
            'record_no', m.record_no,
            'status', m.status,
            'reason', m.status_reason
        )
        order by m.record_no nulls first
    ) as documents
from etl.inbox_file as f
inner join etl.file_manifest as m on m.inbox_file_id = f.inbox_file_id
where f.batch_id = :batch_id and f.state = 'claimed'
group by f.inbox_file_id, f.file_name, f.file_sha256
order by f.inbox_file_id
