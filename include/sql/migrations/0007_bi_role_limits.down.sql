-- Back to PostgreSQL's defaults for this database and the role settings of 0003.
do $$
begin
    execute 'revoke connect on database ' || quote_ident(current_database()) || ' from readouts_bi';
    execute 'grant connect, temporary on database ' || quote_ident(current_database()) || ' to public';
end
$$;
alter role readouts_bi reset statement_timeout;
alter role readouts_bi reset idle_in_transaction_session_timeout;
alter role readouts_bi reset default_transaction_read_only;
alter role readouts_bi connection limit -1;
