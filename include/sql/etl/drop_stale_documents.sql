-- A re-processed file (resubmitted) may now yield other documents than before (a JSON
-- file first rejected whole, now read record by record). Its manifest rows from earlier
-- batches that this batch did not produce again are dropped (they are kept in
-- etl.file_manifest_history since the resubmission), unless the warehouse holds them.
delete from etl.file_manifest as m
using etl.inbox_file as f
where f.batch_id = :batch_id
    and m.inbox_file_id = f.inbox_file_id
    and m.batch_id <> :batch_id
    and not exists (select 1 from warehouse.fact_readout as r where r.manifest_id = m.manifest_id);
