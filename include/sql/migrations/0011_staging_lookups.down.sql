drop index if exists staging.document_inbox_file;
drop index if exists staging.figure_document;
drop index if exists staging.mention_document;
drop index if exists staging.topic_document;
