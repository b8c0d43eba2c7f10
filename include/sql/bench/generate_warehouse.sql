-- A generated warehouse of :size loaded readouts, built set-based inside PostgreSQL for the
-- benchmark (readouts.warehouse_generator): no text is parsed; rows are written straight
-- into etl and warehouse tables as the pipeline would have left them after loading the
-- documents one by one, so that every constraint, foreign key and resolution invariant
-- holds. Needs the reference dimensions synced first (dim_actor, dim_leader, dim_source,
-- dim_topic, dim_language). The documents come in batches as daily runs would have taken
-- them: by publication date, about 4,000 documents a batch (etl.batch rows of their own).
--
-- Shape (README, Benchmark): engagements on days 2000-01-01..2026-12-31 between two states'
-- leaders in office that day (pairs drawn by a Zipf law over the states, so that a few
-- dyads are frequent and most are rare), one to three readouts each (the second a day later
-- half the time, the third undated when no other engagement of the pair and type is within
-- four days), initiator claims, topics, figures; then duplicates (3 %) and not_readout
-- documents (10 %) in the manifest. Every draw is a hash of the row number and :seed, so a
-- size and seed give the same warehouse every time.

-- 1. states with leaders in the reference, the most active in leader diplomacy first (a
--    fixed list), the others in a seeded order: rank r weighs 1 / r
create temporary table gen_state on commit drop as
select
    a.actor_key,
    row_number() over (
        order by
            array_position(
                array[
                    'USA', 'CHN', 'RUS', 'DEU', 'FRA', 'GBR', 'JPN', 'IND', 'TUR', 'ITA', 'CAN', 'UKR', 'BRA',
                    'KOR', 'SAU', 'IRN', 'ISR', 'EGY', 'KAZ', 'AUS', 'ESP', 'POL', 'MEX', 'ZAF', 'IDN', 'ARE'
                ],
                a.actor_code::text
            ) nulls last,
            md5(a.actor_code || cast(:seed as text))
    ) as state_rank
from warehouse.dim_actor as a
where a.kind = 'state'
    and exists (
        select from warehouse.dim_leader as l
        where l.actor_key = a.actor_key and l.verified and l.valid_from is not null
    );

-- 10,000 slots shared out by weight: a uniform draw picks a slot, and the slot a state
create temporary table gen_state_slot on commit drop as
with

weights as (
    select actor_key, state_rank, 1.0 / state_rank as weight, sum(1.0 / state_rank) over () as total
    from gen_state
),

bounds as (
    select
        actor_key,
        floor(10000 * (sum(weight) over (order by state_rank) - weight) / total)::integer as first_slot,
        floor(10000 * sum(weight) over (order by state_rank) / total)::integer as end_slot
    from weights
)

select s.slot, b.actor_key
from bounds as b
cross join lateral generate_series(b.first_slot, b.end_slot - 1) as s (slot);
create unique index on gen_state_slot (slot);

-- the leaders' terms from 2000 on, by state
create temporary table gen_term on commit drop as
select l.leader_key, l.person_id, l.actor_key, l.valid_from, coalesce(l.valid_to, date '2100-01-01') as valid_to
from warehouse.dim_leader as l
where l.verified and l.valid_from is not null and coalesce(l.valid_to, date '2100-01-01') >= date '2000-01-01';
create index on gen_term (actor_key, valid_from);

-- 2. candidate engagements: a day, two states, a type, the leader of each state that day
create temporary table gen_candidate on commit drop as
with

draws as (
    select
        n,
        date '2000-01-01' + (abs(hashint8extended(n, :seed * 10 + 1)) % 9862)::integer as engagement_date,
        (abs(hashint8extended(n, :seed * 10 + 2)) % 10000)::integer as slot_a,
        (abs(hashint8extended(n, :seed * 10 + 3)) % 10000)::integer as slot_b,
        abs(hashint8extended(n, :seed * 10 + 4)) % 100 as type_draw,
        abs(hashint8extended(n, :seed * 10 + 5)) % 100 as count_draw,
        abs(hashint8extended(n, :seed * 10 + 6)) % 100 as initiator_draw
    from generate_series(1, cast(:size * 1.2 as bigint)) as n
),

pairs as (
    select d.*, sa.actor_key as actor_a, sb.actor_key as actor_b
    from draws as d
    inner join gen_state_slot as sa on sa.slot = d.slot_a
    inner join gen_state_slot as sb on sb.slot = d.slot_b
    where sa.actor_key <> sb.actor_key
)

select
    p.n,
    p.engagement_date,
    case when p.type_draw < 50 then 1 when p.type_draw < 65 then 2 else 3 end::smallint as engagement_type_key,
    case when p.count_draw < 50 then 1 when p.count_draw < 85 then 2 else 3 end as readout_count,
    case when p.initiator_draw < 18 then p.actor_a when p.initiator_draw < 36 then p.actor_b end as initiator_actor_key,
    p.actor_a,
    p.actor_b,
    la.leader_key as leader_a,
    lb.leader_key as leader_b,
    least(la.person_id, lb.person_id) || ',' || greatest(la.person_id, lb.person_id) as participant_key
from pairs as p
cross join lateral (
    select t.leader_key, t.person_id from gen_term as t
    where t.actor_key = p.actor_a and p.engagement_date between t.valid_from and t.valid_to
    order by hashint8extended(p.n + t.leader_key, :seed) limit 1
) as la
cross join lateral (
    select t.leader_key, t.person_id from gen_term as t
    where t.actor_key = p.actor_b and p.engagement_date between t.valid_from and t.valid_to
    order by hashint8extended(p.n + t.leader_key, :seed) limit 1
) as lb
where la.person_id <> lb.person_id;

-- 3. resolution's invariant: engagements of the same participants and type are at least
--    four days apart (a readout a day late must not chain two of them); then as many as
--    give :size readouts
create temporary table gen_engagement on commit drop as
with

spaced as (
    select
        c.*,
        c.engagement_date - lag(c.engagement_date) over w as gap
    from gen_candidate as c
    window w as (partition by c.participant_key, c.engagement_type_key order by c.engagement_date, c.n)
),

kept as (
    select *, sum(readout_count) over (order by n) as readouts_so_far
    from spaced
    where gap is null or gap >= 4
)

select * from kept where readouts_so_far - readout_count < :size;

-- an undated readout may attach only when its engagement is the one candidate in its window
create temporary table gen_readout on commit drop as
with

spaced as (
    select
        e.*,
        coalesce(
            e.engagement_date - lag(e.engagement_date) over (
                partition by e.participant_key, e.engagement_type_key order by e.engagement_date
            ) >= 5,
            true
        ) as undated_ok
    from gen_engagement as e
),

readouts as (
    select
        e.n,
        i.readout_no,
        e.participant_key,
        e.engagement_type_key,
        e.leader_a,
        e.leader_b,
        e.actor_a,
        e.actor_b,
        e.engagement_date as first_day,
        e.initiator_actor_key as engagement_initiator,
        encode(sha256(convert_to('generated readout ' || :seed || ':' || e.n || ':' || i.readout_no, 'UTF8')), 'hex')
        as document_sha256,
        case
            when i.readout_no = 3 and e.undated_ok then 'undated'
            when i.readout_no = 2 and abs(hashint8extended(e.n, :seed * 10 + 7)) % 2 = 0 then 'day_after'
            else 'same_day'
        end as dating,
        abs(hashint8extended(e.n * 4 + i.readout_no, :seed * 10 + 8)) as draw
    from spaced as e
    cross join lateral generate_series(1, e.readout_count) as i (readout_no)
    where e.readouts_so_far - e.readout_count + i.readout_no <= :size
)

select
    r.*,
    case r.dating when 'undated' then 'published' else 'day' end as date_precision,
    case r.dating when 'day_after' then r.first_day + 1 else r.first_day end as engagement_date,
    case
        when r.dating = 'undated' then r.first_day
        when r.dating = 'day_after' then r.first_day + 1 + (r.draw % 2)::integer
        else r.first_day + (r.draw % 2)::integer
    end as published_date,
    case when r.readout_no = 1 or r.draw % 3 = 0 then r.engagement_initiator end as initiator_actor_key,
    ('x' || substr(r.document_sha256, 1, 15))::bit(60)::bigint as own_engagement_key,
    (r.draw / 7) % 6 as language_no,
    (r.draw / 11) % 1000 as source_draw
from readouts as r;

-- ids continue the sequences
create temporary table gen_id on commit drop as
select
    (select coalesce(max(inbox_file_id), 0) from etl.inbox_file) as inbox_file_base,
    (select coalesce(max(manifest_id), 0) from etl.file_manifest) as manifest_base,
    (select coalesce(max(readout_key), 0) from warehouse.fact_readout) as readout_base,
    (select coalesce(max(batch_id), 0) from etl.batch) as batch_base,
    -- days a batch spans: about 4,000 of the documents (and their duplicates and others) each
    greatest(1, 9862 * 4000 / :size) as batch_days;

create temporary table gen_doc on commit drop as
with

numbered as (
    select r.*, row_number() over (order by r.n, r.readout_no) as doc_no
    from gen_readout as r
),

languages as (
    select language_key, iso639_1, row_number() over (order by iso639_1) - 1 as language_no
    from warehouse.dim_language
    where iso639_1 in ('en', 'ru', 'zh', 'de', 'fr', 'es')
),

sources as (
    select
        s.source_key, s.source_name, a.actor_key as country_actor_key,
        row_number() over (order by s.source_name) - 1 as source_no, count(*) over () as sources
    from warehouse.dim_source as s
    left join warehouse.dim_actor as a on a.actor_code = s.country_code
    where s.source_key <> 0
)

select
    x.*,
    g.inbox_file_base + x.doc_no as inbox_file_id,
    g.manifest_base + x.doc_no as manifest_id,
    g.readout_base + x.doc_no as readout_key,
    g.batch_base + 1 + (x.published_date - date '2000-01-01') / g.batch_days as batch_id,
    l.language_key,
    l.iso639_1,
    s.source_key,
    s.source_name,
    -- the outlet's country, else the side of the first leader
    coalesce(s.country_actor_key, x.actor_a) as publisher_actor_key,
    first_value(x.own_engagement_key) over (
        partition by x.n order by x.published_date, x.own_engagement_key
    ) as engagement_key,
    first_value(x.document_sha256) over (
        partition by x.n order by x.published_date, x.own_engagement_key
    ) as first_document_sha256
from numbered as x
cross join gen_id as g
left join languages as l on l.language_no = x.language_no
left join sources as s on s.source_no = x.source_draw % s.sources;

insert into etl.batch (batch_id, run_id, started_at, finished_at, status, note)
select
    batch_id, 'benchmark:generated', max(published_date) + time '12:00', max(published_date) + time '14:00',
    'succeeded', 'generated warehouse (readouts.warehouse_generator), seed ' || :seed
from gen_doc
group by batch_id;

insert into etl.inbox_file (inbox_file_id, batch_id, file_name, file_sha256, size_bytes, claimed_at, state, final_path)
select
    inbox_file_id, batch_id, 'generated-' || n || '-' || readout_no || '.txt', document_sha256, 2000 + draw % 4000,
    published_date + time '12:00', 'done', 'archive/generated-' || n || '-' || readout_no || '.txt'
from gen_doc;

insert into etl.file_manifest (
    manifest_id, inbox_file_id, batch_id, file_name, record_no, file_sha256, document_sha256, status,
    language, title, published_date, source_name, extractor_version, processed_at
)
select
    manifest_id, inbox_file_id, batch_id, 'generated-' || n || '-' || readout_no || '.txt', null, document_sha256,
    document_sha256, 'loaded', iso639_1, 'Generated readout ' || n || '/' || readout_no, published_date, source_name,
    :extractor_version, published_date + time '12:00'
from gen_doc;

insert into warehouse.fact_engagement (
    engagement_key, engagement_nk, date_key, engagement_date, date_precision, engagement_type_key, initiator_actor_key
)
select
    d.engagement_key, 'doc:' || d.first_document_sha256, to_char(d.first_day, 'YYYYMMDD')::integer, d.first_day,
    'day', d.engagement_type_key, d.engagement_initiator
from gen_doc as d
where d.own_engagement_key = d.engagement_key;

insert into warehouse.fact_readout (
    readout_key, manifest_id, engagement_key, published_date_key, source_key, language_key, title, text_chars,
    extractor_version, loaded_at, engagement_type_key, engagement_date, date_precision, initiator_actor_key,
    published_date, participant_key, own_engagement_key, publisher_actor_key
)
select
    readout_key, manifest_id, engagement_key, to_char(published_date, 'YYYYMMDD')::integer, coalesce(source_key, 0),
    coalesce(language_key, 0), 'Generated readout ' || n || '/' || readout_no, 1500 + draw % 3500, :extractor_version,
    published_date + time '12:00', engagement_type_key, engagement_date, date_precision, initiator_actor_key,
    published_date, participant_key, own_engagement_key, publisher_actor_key
from gen_doc;

insert into warehouse.fact_readout_participant (readout_key, leader_key, actor_key, is_initiator)
select readout_key, leader_a, actor_a, coalesce(initiator_actor_key = actor_a, false) from gen_doc
union all
select readout_key, leader_b, actor_b, coalesce(initiator_actor_key = actor_b, false) from gen_doc;

insert into warehouse.fact_engagement_participant (engagement_key, leader_key, actor_key, is_initiator)
select engagement_key, leader_a, actor_a, coalesce(engagement_initiator = actor_a, false)
from gen_doc where own_engagement_key = engagement_key
union all
select engagement_key, leader_b, actor_b, coalesce(engagement_initiator = actor_b, false)
from gen_doc where own_engagement_key = engagement_key;

-- 0-3 topics a readout
insert into warehouse.fact_readout_topic (readout_key, topic_key)
select distinct d.readout_key, t.topic_key
from gen_doc as d
cross join lateral generate_series(1, (d.draw / 13 % 4)::integer) as k (topic_no)
inner join (
    select topic_key, row_number() over (order by topic_code) - 1 as topic_no, count(*) over () as topics
    from warehouse.dim_topic
) as t on t.topic_no = abs(hashint8extended(d.readout_key * 4 + k.topic_no, :seed)) % t.topics;

-- a figure in 8 % of readouts: money in US dollars of the engagement's year
insert into warehouse.fact_readout_figure (
    readout_key, figure_no, metric, value, unit, currency, value_usd, period_text, quote, measure, figure_year
)
select
    readout_key, 1, 'money', (draw % 500 + 1) * 1e8, null, 'USD', (draw % 500 + 1) * 1e8, null,
    'US$' || (draw % 500 + 1) / 10.0 || ' billion',
    (array['trade_turnover', 'investment', 'loan', 'aid', 'other'])[(draw / 17 % 5)::integer + 1],
    extract(year from first_day)::smallint
from gen_doc
where draw / 19 % 100 < 8;

-- duplicates (3 %): the same document again in another file
insert into etl.inbox_file (inbox_file_id, batch_id, file_name, file_sha256, size_bytes, claimed_at, state, final_path)
select
    g.inbox_file_base + (select count(*) from gen_doc) + d.doc_no, d.batch_id,
    'generated-' || d.n || '-' || d.readout_no || '-again.txt', d.document_sha256, 2000 + d.draw % 4000,
    d.published_date + time '13:00', 'done', 'archive/generated-' || d.n || '-' || d.readout_no || '-again.txt'
from gen_doc as d
cross join gen_id as g
where d.draw / 23 % 100 < 3;

insert into etl.file_manifest (
    manifest_id, inbox_file_id, batch_id, file_name, record_no, file_sha256, document_sha256, status, status_reason,
    language, title, published_date, source_name, extractor_version, processed_at
)
select
    g.manifest_base + (select count(*) from gen_doc) + d.doc_no, g.inbox_file_base + (select count(*) from gen_doc)
    + d.doc_no, d.batch_id, 'generated-' || d.n || '-' || d.readout_no || '-again.txt', null, d.document_sha256,
    d.document_sha256, 'duplicate', 'same content (sha256) as readout ' || d.manifest_id, d.iso639_1,
    'Generated readout ' || d.n || '/' || d.readout_no, d.published_date, d.source_name, :extractor_version,
    d.published_date + time '13:00'
from gen_doc as d
cross join gen_id as g
where d.draw / 23 % 100 < 3;

-- documents that are no readout (10 %): commentary, announcements
insert into etl.inbox_file (inbox_file_id, batch_id, file_name, file_sha256, size_bytes, claimed_at, state, final_path)
select
    g.inbox_file_base + 2 * (select count(*) from gen_doc) + d.doc_no, d.batch_id,
    'generated-' || d.n || '-' || d.readout_no || '-comment.txt',
    encode(sha256(convert_to('generated comment ' || :seed || ':' || d.doc_no, 'UTF8')), 'hex'),
    1000 + d.draw % 3000, d.published_date + time '14:00', 'done',
    'archive/generated-' || d.n || '-' || d.readout_no || '-comment.txt'
from gen_doc as d
cross join gen_id as g
where d.draw / 29 % 100 < 10;

insert into etl.file_manifest (
    manifest_id, inbox_file_id, batch_id, file_name, record_no, file_sha256, document_sha256, status, status_reason,
    language, title, published_date, source_name, extractor_version, processed_at
)
select
    g.manifest_base + 2 * (select count(*) from gen_doc) + d.doc_no, f.inbox_file_id, d.batch_id, f.file_name, null,
    f.file_sha256, f.file_sha256, 'not_readout', 'no engagement cue', d.iso639_1, 'Generated commentary ' || d.doc_no,
    d.published_date, d.source_name, :extractor_version, d.published_date + time '14:00'
from gen_doc as d
cross join gen_id as g
inner join etl.inbox_file as f on f.inbox_file_id = g.inbox_file_base + 2 * (select count(*) from gen_doc) + d.doc_no
where d.draw / 29 % 100 < 10;

select setval(pg_get_serial_sequence('etl.batch', 'batch_id'), (select max(batch_id) from etl.batch));
select setval(pg_get_serial_sequence('etl.inbox_file', 'inbox_file_id'), (select max(inbox_file_id) from etl.inbox_file));
select setval(pg_get_serial_sequence('etl.file_manifest', 'manifest_id'), (select max(manifest_id) from etl.file_manifest));
select setval(
    pg_get_serial_sequence('warehouse.fact_readout', 'readout_key'), (select max(readout_key) from warehouse.fact_readout)
);
