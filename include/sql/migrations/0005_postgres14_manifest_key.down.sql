-- Nothing to undo: the expression index is the key that 0001 now creates itself, and
-- the older constraint is not brought back (it would stop PostgreSQL 14).
select 1;
