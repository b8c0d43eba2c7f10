-- mart.figure as 0002 made it (before 0009 added measure and figure_year); 0009 down restores it.
-- mart.figure: one row per quantity reported in a loaded readout.
create or replace view mart.figure as
with

final as (
    select
        -- ids
        r.manifest_id as readout_id,
        r.engagement_key as engagement_id,
        f.figure_no,
        -- quantity
        f.metric,
        f.value,
        f.unit,
        f.currency,
        f.value_usd,
        f.period_text,
        f.quote
    from warehouse.fact_readout_figure as f
    inner join warehouse.fact_readout as r on r.readout_key = f.readout_key
)

select * from final;
