-- The Readouts page (readouts.ops_page): the last batches, with their files and documents
-- by status, and what their reconciliation looks at: files moved out of the inbox (done)
-- and documents left 'processing'.
select
    b.batch_id,
    b.run_id,
    b.status,
    b.started_at,
    b.finished_at,
    (select count(*) from etl.inbox_file as f where f.batch_id = b.batch_id) as files,
    (select count(*) from etl.inbox_file as f where f.batch_id = b.batch_id and f.state = 'done') as files_done,
    count(m.manifest_id) as documents,
    count(*) filter (where m.status = 'loaded') as loaded,
    count(*) filter (where m.status = 'duplicate') as duplicate,
    count(*) filter (where m.status = 'not_readout') as not_readout,
    count(*) filter (where m.status = 'rejected') as rejected,
    count(*) filter (where m.status = 'failed_quality') as failed_quality,
    count(*) filter (where m.status = 'processing') as processing
from etl.batch as b
left join etl.file_manifest as m on m.batch_id = b.batch_id
group by b.batch_id
order by b.batch_id desc
limit :limit;
