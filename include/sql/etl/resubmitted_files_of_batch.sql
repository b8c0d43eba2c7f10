-- The batch's files that `resubmit` handed back at some point (their earlier manifest rows
-- are in the history table): only these can have a resubmit note beside them in the inbox.
select f.file_name
from etl.inbox_file as f
where f.batch_id = :batch_id
    and f.inbox_file_id in (select h.inbox_file_id from etl.file_manifest_history as h)
