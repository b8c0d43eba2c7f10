-- Look-ups the batch steps make on the staging tables, which hold one batch at a time but
-- keep dead rows of earlier batches until autovacuum comes by:
-- * the on-delete-cascade of a staged document finds its topics, mentions and figures by
--   (batch_id, doc_key); without an index every deleted document scanned those tables
--   (6.3 s to clear a 7,361-document batch, measured with `benchmark --pipeline`);
-- * the batch check "every claimed file has a staged document" finds a file's documents
--   by (batch_id, inbox_file_id).
create index topic_document on staging.topic (batch_id, doc_key);
create index mention_document on staging.mention (batch_id, doc_key);
create index figure_document on staging.figure (batch_id, doc_key);
create index document_inbox_file on staging.document (batch_id, inbox_file_id);
