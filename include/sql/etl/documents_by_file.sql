-- Each file of a batch (claimed, or already archived by an earlier attempt) with where it
-- goes (final_path, recorded before it moves) and the status of every document read from it.
select
    f.inbox_file_id,
    f.file_name,
    f.file_sha256,
    f.state,
    f.final_path,
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
where f.batch_id = :batch_id and f.state in ('claimed', 'done')
group by f.inbox_file_id, f.file_name, f.file_sha256, f.state, f.final_path
order by f.inbox_file_id
