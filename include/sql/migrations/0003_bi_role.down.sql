-- Undo 0002: take the BI role's rights in this database away, drop it if unused elsewhere.
do $$
begin
    if exists (select from pg_roles where rolname = 'readouts_bi') then
        execute 'drop owned by readouts_bi';
        begin
            drop role readouts_bi;
        exception when dependent_objects_still_exist then
            raise notice 'readouts_bi still has rights in another database; role kept';
        end;
    end if;
end
$$;
