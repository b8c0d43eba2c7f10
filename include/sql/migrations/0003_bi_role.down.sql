-- Undo 0003: take the BI role's rights in this database away, drop it if unused elsewhere.
-- (Revoked one by one, not DROP OWNED: the application role that runs migrations manages
-- readouts_bi without holding its privileges.)
do $$
begin
    if exists (select from pg_roles where rolname = 'readouts_bi') then
        alter default privileges in schema mart revoke select on tables from readouts_bi;
        revoke select on all tables in schema mart from readouts_bi;
        revoke usage on schema mart from readouts_bi;
        begin
            drop role readouts_bi;
        exception when dependent_objects_still_exist or insufficient_privilege then
            raise notice 'readouts_bi still has rights in another database; role kept';
        end;
    end if;
end
$$;
