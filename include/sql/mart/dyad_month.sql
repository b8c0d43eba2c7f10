-- mart.dyad_month: one row per pair of actors (actor_a < actor_b) and calendar month,
-- counting engagements with a known day or month. Materialised: warehouse.agg_dyad_month,
-- kept up to date by every load (load/mart_counts_*.sql; made whole by
-- mart/counts_from_facts.sql), so that a dyad's months are an index look-up.
create or replace view mart.dyad_month as
with

final as (
    select
        actor_a,
        actor_b,
        month,
        phone_calls,
        video_calls,
        meetings,
        total
    from warehouse.agg_dyad_month
)

select * from final;
