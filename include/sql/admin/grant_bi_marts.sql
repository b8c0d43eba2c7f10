-- readouts_bi reads every mart view, including those a migration has just made (default
-- privileges cover only the objects of the role that set them).
grant select on all tables in schema mart to readouts_bi;
