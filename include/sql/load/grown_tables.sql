-- The pipeline's tables that changed by more than half (and 1,000 rows) since they were
-- last analysed: the load analyses them before the post-load checks. Autovacuum would, but
-- only once a minute at best, and a backfill doubles these tables batch after batch: with
-- statistics of a table a tenth its size the planner took a 15,000-row batch of the
-- manifest for one row and checked it with a nested loop (340 ms instead of a few).
select format('%I.%I', schemaname, relname) as table_name
from pg_stat_user_tables
where schemaname in ('etl', 'warehouse')
    and n_mod_since_analyze > greatest(1000, 0.5 * n_live_tup)
order by schemaname, relname
