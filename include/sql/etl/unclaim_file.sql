-- Give up a claimed file that is gone from the inbox or changed since discovery. A file
-- with nothing on record is forgotten. One with documents on record from an earlier run
-- (a resubmitted file, or one taken over from a failed batch) cannot be: its manifest rows
-- keep what it said. It goes back to the batch of those rows as 'resubmitted' (this run
-- does not account for it), so that the same bytes, seen in the inbox again, are read
-- again.
with forgotten as (
    delete from etl.inbox_file as f
    where f.inbox_file_id = :inbox_file_id
        and f.batch_id = :batch_id
        and not exists (select from etl.file_manifest as m where m.inbox_file_id = f.inbox_file_id)
        and not exists (select from etl.file_manifest_history as h where h.inbox_file_id = f.inbox_file_id)
    returning f.inbox_file_id
)
update etl.inbox_file as f
set state = 'resubmitted',
    final_path = null,
    batch_id = coalesce((
        select m.batch_id from etl.file_manifest as m
        where m.inbox_file_id = f.inbox_file_id
        order by m.processed_at desc, m.batch_id desc
        limit 1
    ), f.batch_id)
where inbox_file_id = :inbox_file_id
    and batch_id = :batch_id
    and not exists (select from forgotten)
