-- Schemas, manifest, staging, dimensions and facts of the readout warehouse.

create schema if not exists etl;
create schema if not exists staging;
create schema if not exists warehouse;
create schema if not exists mart;

-- etl: one row per pipeline run (a batch), per inbox file claimed, per document seen

create table etl.batch (
    batch_id bigserial primary key,
    run_id text,
    started_at timestamptz not null default now(),
    finished_at timestamptz,
    status text not null default 'running'
        check (status in ('running', 'succeeded', 'failed')),
    note text
);

create table etl.inbox_file (
    inbox_file_id bigserial primary key,
    batch_id bigint not null references etl.batch,
    file_name text not null,
    file_sha256 char(64) not null,
    size_bytes bigint not null,
    claimed_at timestamptz not null default now(),
    state text not null default 'claimed' check (state in ('claimed', 'done')),
    final_path text,
    unique (file_name, file_sha256)
);

create table etl.file_manifest (
    manifest_id bigserial primary key,
    inbox_file_id bigint not null references etl.inbox_file,
    batch_id bigint not null references etl.batch,
    file_name text not null,
    record_no integer,
    file_sha256 char(64) not null,
    document_sha256 char(64) not null,
    status text not null check (
        status in ('processing', 'loaded', 'duplicate', 'not_readout', 'rejected', 'failed_quality')
    ),
    status_reason text,
    language text,
    title text,
    published_date date,
    source_name text,
    url text,
    extractor_version text,
    processed_at timestamptz not null default now()
);
-- one manifest row per document of a file (record_no is null for a one-document file;
-- an expression index: PostgreSQL 14 has no unique constraint that treats nulls as equal)
create unique index file_manifest_document_of_file on etl.file_manifest (inbox_file_id, (coalesce(record_no, 0)));
create index file_manifest_document_sha256 on etl.file_manifest (document_sha256);
create index file_manifest_status on etl.file_manifest (status);

create table etl.quality_result (
    quality_result_id bigserial primary key,
    batch_id bigint not null references etl.batch,
    suite text not null,
    expectation text not null,
    column_name text,
    severity text not null,
    success boolean not null,
    unexpected_count integer,
    manifest_ids bigint[],
    checked_at timestamptz not null default now()
);

-- staging: what one batch extracted, written by COPY, deleted once loaded

create table staging.document (
    batch_id bigint not null,
    doc_key text not null,
    inbox_file_id bigint not null,
    file_name text not null,
    record_no integer,
    file_sha256 char(64) not null,
    document_sha256 char(64) not null,
    outcome text not null,
    reason text,
    language text,
    title text,
    published_date date,
    source_name text,
    url text,
    engagement_type text,
    engagement_date date,
    date_precision text,
    initiator_code text,
    participant_count integer,
    text_chars integer,
    extractor_version text,
    manifest_id bigint,
    primary key (batch_id, doc_key)
);

create table staging.participant (
    batch_id bigint not null,
    doc_key text not null,
    leader_code text not null,
    leader_name text not null,
    actor_code text not null,
    office text not null,
    is_initiator boolean not null,
    verified boolean not null
);
create index participant_batch on staging.participant (batch_id, doc_key);

create table staging.topic (
    batch_id bigint not null,
    doc_key text not null,
    topic_code text not null
);

create table staging.mention (
    batch_id bigint not null,
    doc_key text not null,
    mention_kind text not null,
    code text not null
);

create table staging.figure (
    batch_id bigint not null,
    doc_key text not null,
    figure_no integer not null,
    metric text not null,
    value double precision not null,
    unit text,
    currency text,
    value_usd double precision,
    period_text text,
    quote text
);

-- warehouse: dimensions (surrogate keys, an "unknown" member) and facts

create table warehouse.dim_date (
    date_key integer primary key,
    full_date date unique,
    year smallint,
    quarter smallint,
    month smallint,
    day smallint,
    month_start date,
    iso_week smallint,
    day_of_week smallint
);
insert into warehouse.dim_date values (0, null, null, null, null, null, null, null, null);
insert into warehouse.dim_date
select
    to_char(d, 'YYYYMMDD')::integer,
    d::date,
    extract(year from d),
    extract(quarter from d),
    extract(month from d),
    extract(day from d),
    date_trunc('month', d)::date,
    extract(week from d),
    extract(isodow from d)
from generate_series(date '1990-01-01', date '2040-12-31', interval '1 day') as d;

create table warehouse.dim_actor (
    actor_key serial primary key,
    actor_code text not null unique,
    actor_name text not null,
    kind text not null
);
insert into warehouse.dim_actor (actor_key, actor_code, actor_name, kind)
values (0, 'UNK', 'Unknown', 'unknown');

create table warehouse.dim_leader (
    leader_key serial primary key,
    leader_code text not null unique,
    person_id text not null,
    leader_name text not null,
    office text not null,
    actor_key integer not null references warehouse.dim_actor,
    valid_from date,
    valid_to date,
    aliases text[] not null default '{}',
    verified boolean not null default true
);

create table warehouse.dim_source (
    source_key serial primary key,
    source_name text not null unique,
    country_code text,
    kind text not null default 'unknown'
);
insert into warehouse.dim_source (source_key, source_name, kind) values (0, '(unknown)', 'unknown');

create table warehouse.dim_language (
    language_key serial primary key,
    iso639_1 text not null unique,
    language_name text
);
insert into warehouse.dim_language (language_key, iso639_1, language_name) values (0, 'und', 'Undetermined');

create table warehouse.dim_engagement_type (
    engagement_type_key smallint primary key,
    engagement_type text not null unique,
    label text not null
);
insert into warehouse.dim_engagement_type values
    (1, 'phone_call', 'Telephone call'),
    (2, 'video_call', 'Video conference'),
    (3, 'meeting', 'In-person meeting');

create table warehouse.dim_topic (
    topic_key serial primary key,
    topic_code text not null unique,
    label text not null
);

create table warehouse.fact_engagement (
    engagement_key bigserial primary key,
    engagement_nk text not null unique,
    date_key integer not null references warehouse.dim_date,
    engagement_date date,
    date_precision text not null check (date_precision in ('day', 'month', 'year', 'unknown')),
    engagement_type_key smallint not null references warehouse.dim_engagement_type,
    initiator_actor_key integer references warehouse.dim_actor
);

create table warehouse.fact_readout (
    readout_key bigserial primary key,
    manifest_id bigint not null unique references etl.file_manifest,
    engagement_key bigint not null references warehouse.fact_engagement,
    published_date_key integer not null references warehouse.dim_date,
    source_key integer not null references warehouse.dim_source,
    language_key integer not null references warehouse.dim_language,
    title text,
    text_chars integer,
    extractor_version text not null,
    loaded_at timestamptz not null default now()
);
create index fact_readout_engagement on warehouse.fact_readout (engagement_key);

create table warehouse.fact_engagement_participant (
    engagement_key bigint not null references warehouse.fact_engagement on delete cascade,
    leader_key integer not null references warehouse.dim_leader,
    actor_key integer not null references warehouse.dim_actor,
    is_initiator boolean not null,
    primary key (engagement_key, leader_key)
);

create table warehouse.fact_readout_topic (
    readout_key bigint not null references warehouse.fact_readout on delete cascade,
    topic_key integer not null references warehouse.dim_topic,
    primary key (readout_key, topic_key)
);

create table warehouse.fact_readout_mention (
    readout_key bigint not null references warehouse.fact_readout on delete cascade,
    mention_kind text not null,
    actor_key integer references warehouse.dim_actor,
    leader_key integer references warehouse.dim_leader,
    code text not null,
    primary key (readout_key, mention_kind, code)
);

create table warehouse.fact_readout_figure (
    readout_key bigint not null references warehouse.fact_readout on delete cascade,
    figure_no integer not null,
    metric text not null,
    value double precision not null,
    unit text,
    currency text,
    value_usd double precision,
    period_text text,
    quote text,
    primary key (readout_key, figure_no)
);

-- the staged documents the pipeline means to load: what the quality suite checks
create view staging.readout_candidate as
select * from staging.document where outcome = 'readout';
