-- mart.figure as 0009 made it (0010 reads its readout by a left join).
-- mart.figure: one row per quantity reported in a loaded readout; money in US dollars at
-- the rate of the figure's year (include/reference/fx_rates.yaml).
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
        f.quote,
        -- what it measures and the year whose rate converted it
        f.measure,
        f.figure_year
    from warehouse.fact_readout_figure as f
    inner join warehouse.fact_readout as r on r.readout_key = f.readout_key
)

select * from final;
