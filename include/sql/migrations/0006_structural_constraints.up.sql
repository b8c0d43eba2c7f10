-- Invariants the schema can hold itself, so that no quality expectation has to check
-- them (an expectation that cannot fail is noise): every staged participant, topic,
-- mention and figure row belongs to a staged document of its batch; a manifest row is
-- staged at most once per batch; a mention is of an actor or of a leader.
-- Staging is transient: rows left without their document by older code are dropped first.
delete from staging.participant as x
where not exists (select from staging.document as d where d.batch_id = x.batch_id and d.doc_key = x.doc_key);
delete from staging.topic as x
where not exists (select from staging.document as d where d.batch_id = x.batch_id and d.doc_key = x.doc_key);
delete from staging.mention as x
where not exists (select from staging.document as d where d.batch_id = x.batch_id and d.doc_key = x.doc_key);
delete from staging.figure as x
where not exists (select from staging.document as d where d.batch_id = x.batch_id and d.doc_key = x.doc_key);

alter table staging.participant add constraint participant_document_fk
    foreign key (batch_id, doc_key) references staging.document on delete cascade;
alter table staging.topic add constraint topic_document_fk
    foreign key (batch_id, doc_key) references staging.document on delete cascade;
alter table staging.mention add constraint mention_document_fk
    foreign key (batch_id, doc_key) references staging.document on delete cascade;
alter table staging.figure add constraint figure_document_fk
    foreign key (batch_id, doc_key) references staging.document on delete cascade;

create unique index document_manifest_once_per_batch on staging.document (batch_id, manifest_id);

alter table staging.mention add constraint mention_kind_known check (mention_kind in ('actor', 'leader'));
alter table warehouse.fact_readout_mention add constraint fact_mention_kind_known
    check (mention_kind in ('actor', 'leader'));
