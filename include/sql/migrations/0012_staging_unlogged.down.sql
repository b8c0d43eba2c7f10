-- The parent first: a logged table may not reference an unlogged one.
alter table staging.document set logged;
alter table staging.participant set logged;
alter table staging.topic set logged;
alter table staging.mention set logged;
alter table staging.figure set logged;
