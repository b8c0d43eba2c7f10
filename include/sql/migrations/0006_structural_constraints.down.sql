alter table warehouse.fact_readout_mention drop constraint fact_mention_kind_known;
alter table staging.mention drop constraint mention_kind_known;
drop index staging.document_manifest_once_per_batch;
alter table staging.figure drop constraint figure_document_fk;
alter table staging.mention drop constraint mention_document_fk;
alter table staging.topic drop constraint topic_document_fk;
alter table staging.participant drop constraint participant_document_fk;
