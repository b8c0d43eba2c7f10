-- Hand one inbox file back: keep what its documents said, then let the next claim take it.
insert into etl.file_manifest_history (
    manifest_id, inbox_file_id, batch_id, file_name, record_no, document_sha256, status,
    status_reason, extractor_version, processed_at, final_path, resubmitted_why
)
select
    m.manifest_id, m.inbox_file_id, m.batch_id, m.file_name, m.record_no, m.document_sha256, m.status,
    m.status_reason, m.extractor_version, m.processed_at, f.final_path, :why
from etl.file_manifest as m
inner join etl.inbox_file as f on f.inbox_file_id = m.inbox_file_id
where m.inbox_file_id = :inbox_file_id;

update etl.inbox_file set state = 'resubmitted'
where inbox_file_id = :inbox_file_id and state = 'done';
