-- Warehouses made before this revision hold the manifest's document key as
-- UNIQUE NULLS NOT DISTINCT (PostgreSQL 15+); the same rule as an expression index runs on
-- PostgreSQL 14 too, and register_documents.sql's ON CONFLICT names that index's columns.
-- A warehouse made by the current 0001 has the index already: nothing changes there.
create unique index if not exists file_manifest_document_of_file
    on etl.file_manifest (inbox_file_id, (coalesce(record_no, 0)));
alter table etl.file_manifest drop constraint if exists file_manifest_inbox_file_id_record_no_key;
