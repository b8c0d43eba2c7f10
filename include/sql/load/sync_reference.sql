-- Bring the dimensions in line with the reference files (temp tables ref_*, filled by
-- COPY from include/reference): upserts only, so facts keep their keys. A row that did
-- not change is left alone (no new row version): the sync runs twice per batch.

insert into warehouse.dim_actor (actor_code, actor_name, kind)
select actor_code, actor_name, kind from ref_actor
on conflict (actor_code) do update set
    actor_name = excluded.actor_name,
    kind = excluded.kind
where (dim_actor.actor_name, dim_actor.kind) is distinct from (excluded.actor_name, excluded.kind);

insert into warehouse.dim_leader (
    leader_code, person_id, leader_name, office, actor_key, valid_from, valid_to, aliases, verified
)
select
    r.leader_code, r.person_id, r.leader_name, r.office, a.actor_key,
    r.valid_from, r.valid_to, r.aliases, true
from ref_leader as r
inner join warehouse.dim_actor as a on a.actor_code = r.actor_code
on conflict (leader_code) do update set
    person_id = excluded.person_id,
    leader_name = excluded.leader_name,
    office = excluded.office,
    actor_key = excluded.actor_key,
    valid_from = excluded.valid_from,
    valid_to = excluded.valid_to,
    aliases = excluded.aliases,
    verified = true
where (
    dim_leader.person_id, dim_leader.leader_name, dim_leader.office, dim_leader.actor_key,
    dim_leader.valid_from, dim_leader.valid_to, dim_leader.aliases, dim_leader.verified
) is distinct from (
    excluded.person_id, excluded.leader_name, excluded.office, excluded.actor_key,
    excluded.valid_from, excluded.valid_to, excluded.aliases, true
);

insert into warehouse.dim_topic (topic_code, label)
select topic_code, label from ref_topic
on conflict (topic_code) do update set label = excluded.label
where dim_topic.label is distinct from excluded.label;

insert into warehouse.dim_source (source_name, country_code, kind)
select source_name, country_code, kind from ref_source
on conflict (source_name) do update set
    country_code = excluded.country_code,
    kind = excluded.kind
where (dim_source.country_code, dim_source.kind) is distinct from (excluded.country_code, excluded.kind);

insert into warehouse.dim_language (iso639_1, language_name)
select iso639_1, language_name from ref_language
on conflict (iso639_1) do update set language_name = excluded.language_name
where dim_language.language_name is distinct from excluded.language_name;
