-- Resolution, steps 2 and on (after resolve_seed.sql, resolve_reach.sql,
-- resolve_seed_whole.sql and resolve_reach.sql once more: readouts.load runs them in order).
-- 2. dated readouts: runs of dates no more than a day apart, per participants and type;
--    an engagement is labelled by its participants, type and first day
create temporary table resolve_label on commit drop as
with

dated as (
    select
        r.readout_key, r.participant_key, r.engagement_type_key, r.engagement_date,
        case
            when r.engagement_date - lag(r.engagement_date) over w <= 1 then 0 else 1
        end as starts_run
    from warehouse.fact_readout as r
    where r.readout_key in (select readout_key from resolve_region) and r.date_precision = 'day'
    window w as (partition by r.participant_key, r.engagement_type_key order by r.engagement_date, r.readout_key)
),

runs as (
    select
        *,
        sum(starts_run) over (
            partition by participant_key, engagement_type_key order by engagement_date, readout_key
        ) as run_no
    from dated
)

select
    readout_key,
    participant_key,
    engagement_type_key,
    min(engagement_date) over (partition by participant_key, engagement_type_key, run_no) as first_day,
    participant_key || '|' || engagement_type_key || '|'
    || min(engagement_date) over (partition by participant_key, engagement_type_key, run_no) as label
from runs;

-- 3. undated readouts: the one candidate engagement whose first day is in the window, or
--    an engagement of their own
insert into resolve_label (readout_key, participant_key, engagement_type_key, first_day, label)
select
    u.readout_key,
    u.participant_key,
    u.engagement_type_key,
    null,
    case when count(distinct c.label) = 1 then min(c.label) else 'readout|' || u.readout_key end
from warehouse.fact_readout as u
left join resolve_label as c
    on c.participant_key = u.participant_key and c.engagement_type_key = u.engagement_type_key
    and c.first_day between u.published_date - 3 and u.published_date
where u.readout_key in (select readout_key from resolve_region) and u.date_precision <> 'day'
group by u.readout_key, u.participant_key, u.engagement_type_key;

-- 4. ids: the own id of the earliest readout of each engagement
create temporary table resolve_assignment on commit drop as
with

members as (
    select l.readout_key, l.label, r.engagement_key as old_engagement_key, r.own_engagement_key, r.published_date,
        r.manifest_id
    from resolve_label as l
    inner join warehouse.fact_readout as r on r.readout_key = l.readout_key
)

select
    m.*,
    first_value(m.own_engagement_key) over (
        partition by m.label order by m.published_date nulls last, m.own_engagement_key
    ) as engagement_key,
    first_value(m.manifest_id) over (
        partition by m.label order by m.published_date nulls last, m.own_engagement_key
    ) as first_manifest_id,
    m.readout_key in (select readout_key from batch_readout)
    and m.old_engagement_key = m.own_engagement_key
    and m.old_engagement_key not in (select engagement_key from resolve_touched) as is_new
from members as m;

insert into warehouse.fact_engagement (engagement_key, engagement_nk, date_key, date_precision, engagement_type_key)
select distinct on (a.engagement_key) a.engagement_key, 'doc:' || fm.document_sha256, 0, 'unknown', r.engagement_type_key
from resolve_assignment as a
inner join warehouse.fact_readout as r on r.readout_key = a.readout_key
inner join etl.file_manifest as fm on fm.manifest_id = a.first_manifest_id
order by a.engagement_key
on conflict do nothing;

update warehouse.fact_readout as r
set engagement_key = a.engagement_key
from resolve_assignment as a
where a.readout_key = r.readout_key and r.engagement_key <> a.engagement_key;

-- 5. engagements that existed before and are gone now: where their readouts went
insert into etl.engagement_merge (from_engagement_id, into_engagement_id, batch_id, why)
with

retired as (
    select old_engagement_key, engagement_key, count(*) as readouts
    from resolve_assignment
    where not is_new
        and old_engagement_key not in (select engagement_key from resolve_assignment)
    group by old_engagement_key, engagement_key
),

sources as (
    select engagement_key, count(distinct old_engagement_key) as engagements
    from resolve_assignment
    where not is_new
    group by engagement_key
)

select distinct on (retired.old_engagement_key)
    retired.old_engagement_key,
    retired.engagement_key,
    :batch_id,
    case
        when sources.engagements > 1 then 'merged: readouts of the same engagement'
        else 'renumbered: an earlier readout of the engagement arrived'
    end
from retired
inner join sources on sources.engagement_key = retired.engagement_key
order by retired.old_engagement_key, retired.readouts desc, retired.engagement_key;

delete from warehouse.fact_engagement as e
where e.engagement_key in (select old_engagement_key from resolve_assignment)
    and e.engagement_key not in (select engagement_key from resolve_assignment)
    and not exists (select from warehouse.fact_readout as r where r.engagement_key = e.engagement_key);

-- 6. each resolved engagement from its readouts: the earliest stated day (else the one
--    readout's own date: its publication date when it states none), the type, the
--    initiator when the readouts stating one agree
with

claims as (
    select
        a.engagement_key,
        min(r.engagement_date) filter (where r.date_precision = 'day') as first_day,
        min(r.engagement_type_key) as engagement_type_key,
        min(r.initiator_actor_key) as initiator_actor_key,
        count(distinct r.initiator_actor_key) as initiators
    from resolve_assignment as a
    inner join warehouse.fact_readout as r on r.readout_key = a.readout_key
    group by a.engagement_key
),

own as (
    select a.engagement_key, r.engagement_date, r.date_precision
    from resolve_assignment as a
    inner join warehouse.fact_readout as r on r.readout_key = a.readout_key
    where a.engagement_key = a.own_engagement_key
)

update warehouse.fact_engagement as e
set
    engagement_date = coalesce(c.first_day, own.engagement_date),
    date_precision = case
        when c.first_day is not null or own.date_precision = 'published' then 'day'  -- the fallback date
        else coalesce(own.date_precision, 'unknown')
    end,
    date_key = coalesce(dd.date_key, 0),
    engagement_type_key = c.engagement_type_key,
    initiator_actor_key = case when c.initiators = 1 then c.initiator_actor_key end
from claims as c
left join own on own.engagement_key = c.engagement_key
left join warehouse.dim_date as dd on dd.full_date = coalesce(c.first_day, own.engagement_date)
where e.engagement_key = c.engagement_key;

delete from warehouse.fact_engagement_participant
where engagement_key in (select engagement_key from resolve_assignment);

insert into warehouse.fact_engagement_participant (engagement_key, leader_key, actor_key, is_initiator)
select distinct on (a.engagement_key, p.leader_key)
    a.engagement_key, p.leader_key, p.actor_key, coalesce(p.actor_key = e.initiator_actor_key, false)
from resolve_assignment as a
inner join warehouse.fact_readout_participant as p on p.readout_key = a.readout_key
inner join warehouse.fact_engagement as e on e.engagement_key = a.engagement_key
order by a.engagement_key, p.leader_key;
