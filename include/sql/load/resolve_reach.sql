-- Resolution, step 1 (run twice by readouts.load): every readout reachable from
-- resolve_seed (same participants and type, near in date) joins resolve_region.
insert into resolve_region
with recursive reach (readout_key, participant_key, engagement_type_key, date_precision, engagement_date, published_date) as (
    select r.readout_key, r.participant_key, r.engagement_type_key, r.date_precision, r.engagement_date, r.published_date
    from warehouse.fact_readout as r
    where r.readout_key in (select readout_key from resolve_seed)
    union
    select n.*
    from reach as x
    cross join lateral (
        -- a dated readout's dated neighbours: within a day
        select r.readout_key, r.participant_key, r.engagement_type_key, r.date_precision, r.engagement_date, r.published_date
        from warehouse.fact_readout as r
        where x.date_precision = 'day' and r.date_precision = 'day'
            and r.participant_key = x.participant_key and r.engagement_type_key = x.engagement_type_key
            and r.engagement_date between x.engagement_date - 1 and x.engagement_date + 1
        union all
        -- a dated readout's undated neighbours: published that day or in the three after
        select r.readout_key, r.participant_key, r.engagement_type_key, r.date_precision, r.engagement_date, r.published_date
        from warehouse.fact_readout as r
        where x.date_precision = 'day' and r.date_precision <> 'day'
            and r.participant_key = x.participant_key and r.engagement_type_key = x.engagement_type_key
            and r.published_date between x.engagement_date and x.engagement_date + 3
        union all
        -- an undated readout's dated neighbours: in its publication window
        select r.readout_key, r.participant_key, r.engagement_type_key, r.date_precision, r.engagement_date, r.published_date
        from warehouse.fact_readout as r
        where x.date_precision <> 'day' and r.date_precision = 'day'
            and r.participant_key = x.participant_key and r.engagement_type_key = x.engagement_type_key
            and r.engagement_date between x.published_date - 3 and x.published_date
    ) as n
)
select distinct readout_key from reach
on conflict do nothing;
