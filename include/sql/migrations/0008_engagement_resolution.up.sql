-- One engagement, many readouts: what each readout says about its engagement is kept on
-- the readout (type, date, initiator claim, participants), so that the load can resolve
-- readouts into engagements and recompute an engagement from its readouts at any time.
-- Merges of engagements are recorded; mart.engagement_alias maps retired ids.

alter table warehouse.fact_readout
    add column engagement_type_key smallint references warehouse.dim_engagement_type,
    add column engagement_date date,
    add column date_precision text,
    add column initiator_actor_key integer references warehouse.dim_actor,
    add column published_date date,
    -- the participants as resolution compares them: sorted person ids (or actor:<code>
    -- where the person is not identified)
    add column participant_key text,
    -- the id the readout's engagement has when the readout is its earliest readout
    add column own_engagement_key bigint;

create table warehouse.fact_readout_participant (
    readout_key bigint not null references warehouse.fact_readout on delete cascade,
    leader_key integer not null references warehouse.dim_leader,
    actor_key integer not null references warehouse.dim_actor,
    is_initiator boolean not null,
    primary key (readout_key, leader_key)
);

-- readouts made before: one engagement each, whose attributes are the readout's claims
update warehouse.fact_readout as r
set
    engagement_type_key = e.engagement_type_key,
    engagement_date = e.engagement_date,
    date_precision = e.date_precision,
    initiator_actor_key = e.initiator_actor_key,
    published_date = m.published_date,
    own_engagement_key = e.engagement_key
from warehouse.fact_engagement as e, etl.file_manifest as m
where e.engagement_key = r.engagement_key and m.manifest_id = r.manifest_id;

insert into warehouse.fact_readout_participant (readout_key, leader_key, actor_key, is_initiator)
select r.readout_key, p.leader_key, p.actor_key, p.is_initiator
from warehouse.fact_readout as r
inner join warehouse.fact_engagement_participant as p on p.engagement_key = r.engagement_key;

update warehouse.fact_readout as r
set participant_key = k.participant_key
from (
    select
        p.readout_key,
        string_agg(distinct case when l.verified then l.person_id else 'actor:' || a.actor_code end, ','
            order by case when l.verified then l.person_id else 'actor:' || a.actor_code end) as participant_key
    from warehouse.fact_readout_participant as p
    inner join warehouse.dim_leader as l on l.leader_key = p.leader_key
    inner join warehouse.dim_actor as a on a.actor_key = p.actor_key
    group by p.readout_key
) as k
where k.readout_key = r.readout_key;

update warehouse.fact_readout set participant_key = '' where participant_key is null;

alter table warehouse.fact_readout
    alter column engagement_type_key set not null,
    alter column date_precision set not null,
    alter column participant_key set not null,
    alter column own_engagement_key set not null;

-- resolution's look-ups: dated readouts of the same participants and type near a date,
-- undated ones by publication date
create index fact_readout_resolution_dated on warehouse.fact_readout
    (participant_key, engagement_type_key, engagement_date) where date_precision = 'day';
create index fact_readout_resolution_undated on warehouse.fact_readout
    (participant_key, engagement_type_key, published_date) where date_precision <> 'day';

create table etl.engagement_merge (
    engagement_merge_id bigserial primary key,
    from_engagement_id bigint not null,
    into_engagement_id bigint not null,
    batch_id bigint not null references etl.batch,
    why text not null,
    merged_at timestamptz not null default now()
);
create index engagement_merge_from on etl.engagement_merge (from_engagement_id);
