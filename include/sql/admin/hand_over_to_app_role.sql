-- Run as the superuser in the warehouse database of an embedded server whose objects an
-- older version of readouts.embedded_pg made as the superuser: the application role
-- readouts_app becomes the owner of the database, of the project's schemas and of
-- everything in them, so that the pipeline no longer needs the superuser.
do $$
declare
    item record;
begin
    execute 'alter database ' || quote_ident(current_database()) || ' owner to readouts_app';
    for item in
        select n.nspname from pg_namespace as n
        where n.nspname in ('etl', 'staging', 'warehouse', 'mart')
    loop
        execute 'alter schema ' || quote_ident(item.nspname) || ' owner to readouts_app';
    end loop;
    for item in
        select n.nspname, c.relname, c.relkind from pg_class as c
        inner join pg_namespace as n on n.oid = c.relnamespace
        where (n.nspname in ('etl', 'staging', 'warehouse', 'mart')
            or (n.nspname = 'public' and c.relname = 'alembic_version'))
            and c.relkind in ('r', 'v', 'm', 'S', 'p')
            and pg_get_userbyid(c.relowner) <> 'readouts_app'
    loop
        execute 'alter ' || case item.relkind when 'v' then 'view' when 'm' then 'materialized view'
            when 'S' then 'sequence' else 'table' end
            || ' ' || quote_ident(item.nspname) || '.' || quote_ident(item.relname) || ' owner to readouts_app';
    end loop;
end
$$;
