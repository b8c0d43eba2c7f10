-- Merge one quality-checked batch from staging into the warehouse (run in one
-- transaction with sync_reference.sql, withdraw_reprocessed.sql before and
-- resolve_engagements.sql after). Idempotent: a readout is keyed by its manifest row;
-- which engagement it reports is resolve_engagements.sql's business.

insert into warehouse.dim_source (source_name)
select distinct source_name from staging.readout_candidate
where batch_id = :batch_id and source_name is not null
order by source_name
on conflict (source_name) do nothing;

insert into warehouse.dim_actor (actor_code, actor_name, kind)
select distinct actor_code, actor_code, 'unknown' from staging.participant
where batch_id = :batch_id
order by actor_code
on conflict (actor_code) do nothing;

insert into warehouse.dim_leader (leader_code, person_id, leader_name, office, actor_key, verified)
select distinct on (p.leader_code)
    p.leader_code, p.leader_code, p.leader_name, p.office, a.actor_key, false
from staging.participant as p
inner join warehouse.dim_actor as a on a.actor_code = p.actor_code
where p.batch_id = :batch_id and not p.verified
order by p.leader_code, p.doc_key
on conflict (leader_code) do nothing;

-- What resolution must look at again besides the batch's readouts: the engagements that
-- readouts of this batch (re-processed) or withdrawn ones (withdraw_reprocessed.sql)
-- belonged to until now.
create temporary table resolve_touched on commit drop as
select r.engagement_key
from warehouse.fact_readout as r
inner join staging.readout_candidate as d on d.manifest_id = r.manifest_id
where d.batch_id = :batch_id
union
select engagement_key from withdrawn_readout;

-- a new readout starts in an engagement of its own, whose id derives from the document's
-- content (so that it is the same whatever the order of delivery); resolve_engagements.sql
-- then decides where it belongs
insert into warehouse.fact_engagement (
    engagement_key, engagement_nk, date_key, engagement_date, date_precision, engagement_type_key
)
select
    ('x' || substr(d.document_sha256, 1, 15))::bit(60)::bigint,
    'doc:' || d.document_sha256,
    coalesce(dd.date_key, 0),
    d.engagement_date,
    d.date_precision,
    et.engagement_type_key
from staging.readout_candidate as d
inner join warehouse.dim_engagement_type as et on et.engagement_type = d.engagement_type
left join warehouse.dim_date as dd on dd.full_date = d.engagement_date
where d.batch_id = :batch_id
    and not exists (select from warehouse.fact_readout as r where r.manifest_id = d.manifest_id)
on conflict do nothing;

-- the readout and what it says about its engagement (a re-processed readout keeps its
-- engagement until resolution says otherwise)
insert into warehouse.fact_readout (
    manifest_id, engagement_key, published_date_key, source_key, language_key,
    title, text_chars, extractor_version,
    engagement_type_key, engagement_date, date_precision, initiator_actor_key, published_date,
    participant_key, own_engagement_key, publisher_actor_key
)
select
    d.manifest_id,
    ('x' || substr(d.document_sha256, 1, 15))::bit(60)::bigint,
    coalesce(pd.date_key, 0),
    coalesce(s.source_key, 0),
    coalesce(lang.language_key, 0),
    d.title,
    d.text_chars,
    d.extractor_version,
    et.engagement_type_key,
    d.engagement_date,
    -- a date the text does not state (the publication date, as a fallback) is no claim:
    -- resolution treats the readout as undated
    case when coalesce(d.date_stated, true) or d.engagement_date is null then d.date_precision else 'published' end,
    initiator.actor_key,
    d.published_date,
    coalesce(pk.participant_key, ''),
    ('x' || substr(d.document_sha256, 1, 15))::bit(60)::bigint,
    publisher.actor_key
from staging.readout_candidate as d
inner join warehouse.dim_engagement_type as et on et.engagement_type = d.engagement_type
left join warehouse.dim_actor as initiator on initiator.actor_code = d.initiator_code
left join warehouse.dim_actor as publisher on publisher.actor_code = d.publisher_actor_code
left join warehouse.dim_date as pd on pd.full_date = d.published_date
left join warehouse.dim_source as s on s.source_name = d.source_name
left join warehouse.dim_language as lang on lang.iso639_1 = d.language
left join lateral (
    -- the participants as resolution compares them: the person where the reference knows
    -- them, else the actor (a leader named by a title or a spelling the reference lacks)
    select string_agg(distinct x.element, ',' order by x.element) as participant_key
    from (
        select case when l.verified then l.person_id else 'actor:' || p.actor_code end as element
        from staging.participant as p
        inner join warehouse.dim_leader as l on l.leader_code = p.leader_code
        where p.batch_id = d.batch_id and p.doc_key = d.doc_key
    ) as x
) as pk on true
where d.batch_id = :batch_id
order by d.manifest_id  -- keys in claim order, whatever order staging holds the rows in
on conflict (manifest_id) do update set
    published_date_key = excluded.published_date_key,
    source_key = excluded.source_key,
    language_key = excluded.language_key,
    title = excluded.title,
    text_chars = excluded.text_chars,
    extractor_version = excluded.extractor_version,
    engagement_type_key = excluded.engagement_type_key,
    engagement_date = excluded.engagement_date,
    date_precision = excluded.date_precision,
    initiator_actor_key = excluded.initiator_actor_key,
    published_date = excluded.published_date,
    participant_key = excluded.participant_key,
    publisher_actor_key = excluded.publisher_actor_key,
    loaded_at = now();

create temporary table batch_readout on commit drop as
select d.doc_key, r.readout_key, r.engagement_key
from staging.readout_candidate as d
inner join warehouse.fact_readout as r on r.manifest_id = d.manifest_id
where d.batch_id = :batch_id;

delete from warehouse.fact_readout_participant
where readout_key in (select readout_key from batch_readout);

insert into warehouse.fact_readout_participant (readout_key, leader_key, actor_key, is_initiator)
select distinct on (br.readout_key, l.leader_key)
    br.readout_key, l.leader_key, a.actor_key, p.is_initiator
from staging.participant as p
inner join batch_readout as br on br.doc_key = p.doc_key
inner join warehouse.dim_leader as l on l.leader_code = p.leader_code
inner join warehouse.dim_actor as a on a.actor_code = p.actor_code
where p.batch_id = :batch_id
order by br.readout_key, l.leader_key, p.is_initiator desc;

delete from warehouse.fact_readout_topic where readout_key in (select readout_key from batch_readout);

insert into warehouse.fact_readout_topic (readout_key, topic_key)
select distinct br.readout_key, t.topic_key
from staging.topic as st
inner join batch_readout as br on br.doc_key = st.doc_key
inner join warehouse.dim_topic as t on t.topic_code = st.topic_code
where st.batch_id = :batch_id;

delete from warehouse.fact_readout_mention where readout_key in (select readout_key from batch_readout);

insert into warehouse.fact_readout_mention (readout_key, mention_kind, actor_key, leader_key, code)
select distinct on (br.readout_key, m.mention_kind, m.code)
    br.readout_key, m.mention_kind, a.actor_key, l.leader_key, m.code
from staging.mention as m
inner join batch_readout as br on br.doc_key = m.doc_key
left join warehouse.dim_actor as a on m.mention_kind = 'actor' and a.actor_code = m.code
left join lateral (
    select leader_key from warehouse.dim_leader
    where m.mention_kind = 'leader' and person_id = m.code
    order by valid_from desc nulls last
    limit 1
) as l on true
where m.batch_id = :batch_id;

delete from warehouse.fact_readout_figure where readout_key in (select readout_key from batch_readout);

insert into warehouse.fact_readout_figure (
    readout_key, figure_no, metric, value, unit, currency, value_usd, period_text, quote, measure, figure_year
)
select
    br.readout_key,
    f.figure_no,
    f.metric, f.value, f.unit, f.currency, f.value_usd, f.period_text, f.quote, f.measure, f.figure_year
from staging.figure as f
inner join batch_readout as br on br.doc_key = f.doc_key
where f.batch_id = :batch_id;

update etl.file_manifest as m
set
    status = case d.outcome when 'readout' then 'loaded' else d.outcome end,
    status_reason = d.reason,
    processed_at = now()
from staging.document as d
where d.batch_id = :batch_id and m.manifest_id = d.manifest_id;

delete from staging.participant where batch_id = :batch_id;
delete from staging.topic where batch_id = :batch_id;
delete from staging.mention where batch_id = :batch_id;
delete from staging.figure where batch_id = :batch_id;
delete from staging.document where batch_id = :batch_id;
