-- Staging is scratch space: it holds one batch at a time between the COPY of its
-- extractions and the load that deletes them, and a batch whose staging rows are gone is
-- simply run again (the batch check "every claimed file has a staged document" fails it,
-- its files are claimed again). So its rows need no write-ahead log: unlogged tables are
-- written once instead of twice, and a crash empties them instead of replaying them.
-- The children first: a logged table may not reference an unlogged one.
alter table staging.participant set unlogged;
alter table staging.topic set unlogged;
alter table staging.mention set unlogged;
alter table staging.figure set unlogged;
alter table staging.document set unlogged;
