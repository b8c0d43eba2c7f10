drop index if exists etl.quality_result_batch;
drop table if exists etl.file_manifest_history;
update etl.inbox_file set state = 'done' where state = 'resubmitted';
alter table etl.inbox_file drop constraint inbox_file_state_check;
alter table etl.inbox_file add constraint inbox_file_state_check check (state in ('claimed', 'done'));
