-- Money figures in US dollars by year (the year whose rate converted them) and measure.
select figure_year, measure, count(*) as figures, sum(value_usd) as value_usd
from mart.figure
where value_usd is not null
group by figure_year, measure
order by figure_year, measure
