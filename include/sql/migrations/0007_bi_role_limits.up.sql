-- Safe defaults for the read-only BI role, beyond "SELECT on mart only" (0003):
-- bounded queries and idle transactions, a connection cap, no temporary tables and no
-- objects anywhere in this database, and CONNECT to this database only by the roles that
-- need it (PUBLIC's default CONNECT/TEMP are revoked; the owner running the migrations keeps
-- them). Other databases of a shared cluster are the cluster admin's: revoke PUBLIC's
-- CONNECT there too, or add a pg_hba.conf line (the embedded server rejects readouts_bi for
-- its `postgres` database).
alter role readouts_bi connection limit 20;
alter role readouts_bi set statement_timeout = '30s';
alter role readouts_bi set idle_in_transaction_session_timeout = '60s';
alter role readouts_bi set default_transaction_read_only = on;
do $$
begin
    execute 'revoke all on database ' || quote_ident(current_database()) || ' from public';
    execute 'grant connect, temporary on database ' || quote_ident(current_database())
        || ' to ' || quote_ident(current_user);
    execute 'grant connect on database ' || quote_ident(current_database()) || ' to readouts_bi';
end
$$;
-- PostgreSQL 14 lets PUBLIC create objects in schema public; 15+ does not
revoke create on schema public from public;
