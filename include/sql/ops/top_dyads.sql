-- The Readouts page: the pairs of actors with the most engagements in the last :days days.
select
    p.actor_codes[1] as actor_a,
    p.actor_codes[2] as actor_b,
    count(*) as engagements
from mart.engagement as p
where cardinality(p.actor_codes) = 2
    and p.engagement_date >= current_date - cast(:days as integer)
group by 1, 2
order by engagements desc, actor_a, actor_b
limit :limit;
