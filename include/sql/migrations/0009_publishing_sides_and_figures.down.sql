-- The views reading the columns dropped here go first; 0008's mart.engagement and the
-- earlier mart.figure are made again after (readouts/migrations/versions/0009_*.py).
drop view if exists mart.engagement_divergence;
drop view if exists mart.engagement_side;
drop view if exists mart.engagement;
drop view if exists mart.figure;
alter table warehouse.fact_readout_figure drop column measure, drop column figure_year;
drop index if exists warehouse.fact_readout_publisher;
alter table warehouse.fact_readout drop column publisher_actor_key;
alter table staging.figure drop column measure, drop column figure_year;
drop view staging.readout_candidate;
alter table staging.document drop column publisher_actor_code, drop column date_stated;
update warehouse.fact_readout set date_precision = 'day' where date_precision = 'published';
create view staging.readout_candidate as
select * from staging.document where outcome = 'readout';
