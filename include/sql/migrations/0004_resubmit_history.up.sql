-- Resubmission of quarantined (or outdated archived) files.
--
-- An inbox file handed back for re-processing gets state 'resubmitted': the next run's
-- claim takes it over like a file of a failed batch, and the manifest rows of its
-- documents are updated in place (same readout_id). What they said before is copied
-- into etl.file_manifest_history first, one row per document and resubmission.

alter table etl.inbox_file drop constraint inbox_file_state_check;
alter table etl.inbox_file add constraint inbox_file_state_check
    check (state in ('claimed', 'done', 'resubmitted'));

create table etl.file_manifest_history (
    history_id bigserial primary key,
    manifest_id bigint not null,
    inbox_file_id bigint not null references etl.inbox_file,
    batch_id bigint not null references etl.batch,
    file_name text not null,
    record_no integer,
    document_sha256 char(64) not null,
    status text not null,
    status_reason text,
    extractor_version text,
    processed_at timestamptz not null,
    final_path text,
    resubmitted_at timestamptz not null default now(),
    resubmitted_why text not null
);
create index file_manifest_history_manifest on etl.file_manifest_history (manifest_id);

create index quality_result_batch on etl.quality_result (batch_id);
