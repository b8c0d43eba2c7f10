-- What the batch touched, for the post-load suite (the GX asset etl.load_scope, one batch
-- per validation): the batch itself, every engagement resolution looked at (kept, new or
-- retired: retired ones must be gone) and every readout of the resolved region. Run last in
-- the load transaction; rows of finished batches go, so the table stays small.
delete from etl.load_scope as s
where s.batch_id = :batch_id
    or exists (select from etl.batch as b where b.batch_id = s.batch_id and b.status <> 'running');

insert into etl.load_scope (batch_id, engagement_key, readout_key)
values (:batch_id, null, null);

insert into etl.load_scope (batch_id, engagement_key, readout_key)
select :batch_id, engagement_key, null
from (
    select engagement_key from resolve_assignment
    union
    select old_engagement_key from resolve_assignment
    union
    select engagement_key from resolve_touched
) as touched;

insert into etl.load_scope (batch_id, engagement_key, readout_key)
select :batch_id, null, readout_key from resolve_region;
