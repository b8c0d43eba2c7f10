-- The deltas into the materialised counts; rows that fall to zero go.
insert into warehouse.agg_dyad_month as t (actor_a, actor_b, month, phone_calls, video_calls, meetings, total)
select
    actor_a,
    actor_b,
    month,
    coalesce(sum(engagements) filter (where engagement_type_key = 1), 0),
    coalesce(sum(engagements) filter (where engagement_type_key = 2), 0),
    coalesce(sum(engagements) filter (where engagement_type_key = 3), 0),
    sum(engagements)
from agg_dyad_month_delta
group by actor_a, actor_b, month
on conflict (actor_a, actor_b, month) do update set
    phone_calls = t.phone_calls + excluded.phone_calls,
    video_calls = t.video_calls + excluded.video_calls,
    meetings = t.meetings + excluded.meetings,
    total = t.total + excluded.total;

delete from warehouse.agg_dyad_month
where total = 0 and (actor_a, actor_b, month) in (select actor_a, actor_b, month from agg_dyad_month_delta);

insert into warehouse.agg_leader_year as t (leader_key, year, engagement_type_key, engagements)
select leader_key, year, engagement_type_key, sum(engagements)
from agg_leader_year_delta
group by leader_key, year, engagement_type_key
on conflict (leader_key, year, engagement_type_key) do update set engagements = t.engagements + excluded.engagements;

delete from warehouse.agg_leader_year
where engagements = 0
    and (leader_key, year, engagement_type_key) in (select leader_key, year, engagement_type_key from agg_leader_year_delta);
