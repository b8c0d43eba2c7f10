-- Baseline of bi/figures_usd_by_year.sql: mart.figure as 0009 defined it (an inner join to
-- the readouts, which PostgreSQL cannot drop).
select f.figure_year, f.measure, count(*) as figures, sum(f.value_usd) as value_usd
from warehouse.fact_readout_figure as f
inner join warehouse.fact_readout as r on r.readout_key = f.readout_key
where f.value_usd is not null
group by f.figure_year, f.measure
order by f.figure_year, f.measure
