-- Each readout's publishing side (the side of its outlet, address, dateline or signature),
-- whether its text states the engagement's date (fact_readout.date_precision 'published'
-- for a readout dated by its publication date only: resolution treats it as undated), and
-- what each figure measures and the year whose rate converted it to US dollars.

alter table staging.document
    add column publisher_actor_code text,
    add column date_stated boolean;
-- the view's "select *" was expanded when it was made: made again to take the new column
create or replace view staging.readout_candidate as
select * from staging.document where outcome = 'readout';
alter table staging.figure
    add column measure text not null default 'other',
    add column figure_year smallint;

alter table warehouse.fact_readout
    add column publisher_actor_key integer references warehouse.dim_actor;
create index fact_readout_publisher on warehouse.fact_readout (publisher_actor_key);

-- readouts loaded before: their outlet's country where the reference knows it
update warehouse.fact_readout as r
set publisher_actor_key = a.actor_key
from warehouse.dim_source as s
inner join warehouse.dim_actor as a on a.actor_code = s.country_code
where s.source_key = r.source_key and r.publisher_actor_key is null;

alter table warehouse.fact_readout_figure
    add column measure text not null default 'other',
    add column figure_year smallint;
