#!/usr/bin/env bash
# Warehouse first start (the postgres image runs /docker-entrypoint-initdb.d/* once, when
# its data volume is empty): the pipeline's role `readouts` owns the `readouts` database and
# may create the read-only BI role, but it is no superuser. POSTGRES_USER, the image's
# superuser, is kept for administration. tests/integration/test_compose.py runs this script.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --no-psqlrc --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  --set app_password="$READOUTS_APP_PASSWORD" <<'SQL'
create role readouts login createrole password :'app_password';
select format('alter database %I owner to readouts', current_database()) \gexec
SQL
