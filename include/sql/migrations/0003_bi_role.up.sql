-- The read-only BI role: it can read the mart views and nothing else.
do $$
begin
    if not exists (select from pg_roles where rolname = 'readouts_bi') then
        create role readouts_bi login;
    end if;
end
$$;
grant usage on schema mart to readouts_bi;
grant select on all tables in schema mart to readouts_bi;
alter default privileges in schema mart grant select on tables to readouts_bi;
