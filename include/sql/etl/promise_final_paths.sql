-- Record where archive will move each claimed file of the batch (arrays of inbox file ids
-- and paths, one update for the batch), before anything moves; see intake.archive_batch.
update etl.inbox_file as f
set final_path = planned.final_path
from unnest(cast(:inbox_file_ids as bigint[]), cast(:final_paths as text[])) as planned (inbox_file_id, final_path)
where f.inbox_file_id = planned.inbox_file_id
    and f.state = 'claimed'
    and f.final_path is distinct from planned.final_path;
