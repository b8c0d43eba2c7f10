-- Open a batch. First close batches that can no longer finish, so their claims can be
-- taken over: batches of earlier Airflow runs (one active run at a time) when an Airflow
-- run starts, and any other batch whose process is gone (it no longer holds the batch's
-- advisory lock, taken by the process that opened it: key 7301, batch_id).
with

superseded as (
    update etl.batch
    set status = 'failed', finished_at = now(), note = 'superseded: its run ended without finishing'
    where status = 'running' and run_id like 'airflow:%' and :run_id like 'airflow:%'
),

abandoned as (
    update etl.batch as b
    set status = 'failed', finished_at = now(), note = 'abandoned: the process that opened it is gone'
    where b.status = 'running'
        and (b.run_id is null or b.run_id not like 'airflow:%')
        and not exists (
            select 1 from pg_locks as l
            where l.locktype = 'advisory' and l.classid = 7301 and l.objid = b.batch_id and l.objsubid = 2
        )
)

insert into etl.batch (run_id) values (:run_id)
returning batch_id
