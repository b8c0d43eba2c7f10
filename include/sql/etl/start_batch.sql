-- Open a batch. An Airflow run (one active run at a time) first closes batches of
-- earlier Airflow runs that ended without finishing, so their claims can be taken over.
with superseded as (
    update etl.batch
    set status = 'failed', finished_at = now(), note = 'superseded: its run ended without finishing'
    where status = 'running' and run_id like 'airflow:%' and :run_id like 'airflow:%'
)

insert into etl.batch (run_id) values (:run_id)
returning batch_id
