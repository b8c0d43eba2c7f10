-- mart.engagement reads the columns dropped here: dropped first, 0002's made again after.
drop view if exists mart.engagement;
drop view if exists mart.engagement_alias;
drop table if exists etl.engagement_merge;
drop table if exists warehouse.fact_readout_participant;
alter table warehouse.fact_readout
    drop column engagement_type_key,
    drop column engagement_date,
    drop column date_precision,
    drop column initiator_actor_key,
    drop column published_date,
    drop column participant_key,
    drop column own_engagement_key;
