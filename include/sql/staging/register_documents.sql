-- Give every staged document of the batch its manifest row (status 'processing' until
-- the load decides), then mark as duplicates the documents whose content was seen first
-- under another readout id. First the planner learns what the COPY just wrote (stage.py
-- has analysed staging.document already, before the rows that reference it): staging
-- holds one batch at a time, so statistics of an earlier batch (or none) would have the
-- quality checks and the load join thousands of rows as if they were a handful (the
-- uniqueness check of a 7,361-document batch took 2.4 s so, tens of ms with them).

analyze staging.participant;
analyze staging.topic;
analyze staging.mention;
analyze staging.figure;

insert into etl.file_manifest (
    inbox_file_id, batch_id, file_name, record_no, file_sha256, document_sha256,
    status, status_reason, language, title, published_date, source_name, url,
    extractor_version, processed_at
)
select
    inbox_file_id, batch_id, file_name, record_no, file_sha256, document_sha256,
    'processing', null, language, title, published_date, source_name, url,
    extractor_version, now()
from staging.document
where batch_id = :batch_id
-- ids in claim order, whatever order the shards' rows were copied in
order by inbox_file_id, coalesce(record_no, 0)
on conflict (inbox_file_id, (coalesce(record_no, 0))) do update set
    batch_id = excluded.batch_id,
    document_sha256 = excluded.document_sha256,
    status = 'processing',
    status_reason = null,
    language = excluded.language,
    title = excluded.title,
    published_date = excluded.published_date,
    source_name = excluded.source_name,
    url = excluded.url,
    extractor_version = excluded.extractor_version,
    processed_at = now();

update staging.document as d
set manifest_id = m.manifest_id
from etl.file_manifest as m
where d.batch_id = :batch_id
    and m.inbox_file_id = d.inbox_file_id
    and m.record_no is not distinct from d.record_no;

update staging.document as d
set outcome = 'duplicate', reason = 'same content (sha256) as readout ' || first_seen.readout_id
from (
    select m.document_sha256, min(m.manifest_id) as readout_id
    from etl.file_manifest as m
    where m.document_sha256 in (
        select document_sha256 from staging.document where batch_id = :batch_id
    )
    group by m.document_sha256
) as first_seen
where d.batch_id = :batch_id
    and d.document_sha256 = first_seen.document_sha256
    and d.manifest_id > first_seen.readout_id;
