-- A run's cost grows with its batch, not with the warehouse: the post-load suite checks
-- what the batch touched (etl.load_scope, written by the load), and the look-ups of the
-- pipeline and of the BI queries (include/sql/bi/) go through indexes.

-- what the last loads touched: one row for the batch itself (both keys null), one per
-- engagement resolution looked at (new, kept or retired), one per readout of its region;
-- a load drops the rows of finished batches
create table etl.load_scope (
    batch_id bigint not null references etl.batch,
    engagement_key bigint,
    readout_key bigint
);
create index load_scope_batch on etl.load_scope (batch_id);

-- the pipeline: a batch's files and manifest rows, the claims still open; the feed checks'
-- last 30 days
create index inbox_file_batch on etl.inbox_file (batch_id);
create index inbox_file_claimed on etl.inbox_file (batch_id) where state = 'claimed';
create index file_manifest_batch on etl.file_manifest (batch_id);
create index file_manifest_processed_at on etl.file_manifest (processed_at);
create index file_manifest_source_processed_at on etl.file_manifest (source_name, processed_at);

-- BI: a readout's status by file name; a dyad's and a leader's engagements; engagements
-- by date; figures by year
create index file_manifest_file_name on etl.file_manifest (file_name);
create index fact_engagement_participant_actor on warehouse.fact_engagement_participant (actor_key, engagement_key);
create index fact_engagement_participant_leader on warehouse.fact_engagement_participant (leader_key, engagement_key);
create index fact_engagement_date on warehouse.fact_engagement (engagement_date)
    include (engagement_key, engagement_type_key, initiator_actor_key, date_precision);
create index dim_leader_person on warehouse.dim_leader (person_id);

-- materialised mart counts (mart.dyad_month, mart.leader_year), kept up to date by the load
create table warehouse.agg_dyad_month (
    actor_a text not null,
    actor_b text not null,
    month date not null,
    phone_calls bigint not null,
    video_calls bigint not null,
    meetings bigint not null,
    total bigint not null,
    primary key (actor_a, actor_b, month)
);
create table warehouse.agg_leader_year (
    leader_key integer not null references warehouse.dim_leader,
    year integer not null,
    engagement_type_key smallint not null references warehouse.dim_engagement_type,
    engagements bigint not null,
    primary key (leader_key, year, engagement_type_key)
);
