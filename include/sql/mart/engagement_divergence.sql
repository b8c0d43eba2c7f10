-- mart.engagement_divergence: for each engagement reported by at least two known sides, one
-- row per topic any of them mentions: which sides mention it and which do not.
create or replace view mart.engagement_divergence as
with

sides as (
    select engagement_id, publishing_side, topics
    from mart.engagement_side
    where publishing_side <> 'unknown'
),

compared as (
    select engagement_id, array_agg(publishing_side order by publishing_side) as all_sides
    from sides
    group by engagement_id
    having count(*) >= 2
),

topic_sides as (
    select s.engagement_id, topic.topic_code, array_agg(s.publishing_side order by s.publishing_side) as sides_mentioning
    from sides as s
    cross join lateral unnest(s.topics) as topic (topic_code)
    inner join compared as c on c.engagement_id = s.engagement_id
    group by s.engagement_id, topic.topic_code
),

final as (
    select
        t.engagement_id,
        t.topic_code,
        t.sides_mentioning::text[] as sides_mentioning,
        array(
            select side from unnest(c.all_sides) as side
            where side <> all (t.sides_mentioning)
            order by side
        )::text[] as sides_not_mentioning,
        cardinality(t.sides_mentioning) = cardinality(c.all_sides) as mentioned_by_all
    from topic_sides as t
    inner join compared as c on c.engagement_id = t.engagement_id
)

select * from final;
