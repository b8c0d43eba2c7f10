"""Alembic migrations on a real PostgreSQL server: up, the BI contract, the BI role, down."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
import yaml

from readouts import db
from readouts.config import load_settings
from tests.helpers import connect

pytestmark = pytest.mark.integration

TABLES = [
    "etl.file_manifest", "etl.batch", "etl.inbox_file", "etl.quality_result",
    "warehouse.dim_date", "warehouse.dim_actor", "warehouse.dim_leader", "warehouse.dim_source",
    "warehouse.dim_language", "warehouse.dim_engagement_type", "warehouse.dim_topic",
    "warehouse.fact_readout", "warehouse.fact_engagement", "warehouse.fact_engagement_participant",
    "warehouse.fact_readout_topic", "warehouse.fact_readout_mention", "warehouse.fact_readout_figure",
]  # fmt: skip


def _relations(url: str) -> set[str]:
    with connect(url) as conn:
        return {
            f"{s}.{n}"
            for s, n in conn.exec_driver_sql(
                "select table_schema, table_name from information_schema.tables "
                "where table_schema in ('etl', 'staging', 'warehouse', 'mart')"
            )
        }


def _head_revision() -> str:
    """The newest revision of the migration scripts (whatever its name)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(db.MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config).get_current_head()


def test_upgrade_creates_schema_and_downgrade_removes_it(warehouse):
    head = _head_revision()
    assert head is not None
    assert db.current_revision(warehouse) == head
    relations = _relations(warehouse)
    for table in TABLES:
        assert table in relations
    for view in db.MART_VIEWS:
        assert f"mart.{view}" in relations
    assert db.downgrade(warehouse) is None
    assert _relations(warehouse) == set()
    assert db.migrate(warehouse) == head
    assert "mart.engagement" in _relations(warehouse)


def test_mart_views_have_exactly_the_documented_columns(warehouse):
    contract = yaml.safe_load((load_settings().sql_dir / "mart" / "mart.yaml").read_text(encoding="utf-8"))
    assert set(contract) == set(db.MART_VIEWS)
    with connect(warehouse) as conn:
        for view, spec in contract.items():
            columns = list(conn.exec_driver_sql(f"select * from mart.{view} limit 0").keys())
            assert columns == list(spec["columns"]), view


BI_PASSWORDS = ('it\'s 100% "quoted" $HOME and spaces — пароль 密码', "second: %L %s $$ ' \\")


def test_bi_role_logs_in_with_its_password_reads_mart_and_nothing_else(warehouse, monkeypatch):
    """READOUTS_BI_PASSWORD (quotes, %, $, spaces, non-ASCII) is the BI role's TCP password;
    a second migrate with another password changes it."""
    for password in BI_PASSWORDS:
        monkeypatch.setenv("READOUTS_BI_PASSWORD", password)
        assert db.migrate(warehouse) == _head_revision()
        bi_url = sa.engine.make_url(warehouse).set(username="readouts_bi", password=password)
        engine = sa.create_engine(bi_url)
        with engine.connect() as conn:
            assert conn.exec_driver_sql("select current_user").scalar_one() == "readouts_bi"
            for view in db.MART_VIEWS:
                conn.exec_driver_sql(f"select count(*) from mart.{view}").scalar_one()
        for table in ("warehouse.fact_readout", "etl.file_manifest", "staging.document", "warehouse.dim_leader"):
            with engine.connect() as conn, pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
                conn.exec_driver_sql(f"select 1 from {table}")
        for write in ("delete from mart.readout", "create view mart.mine as select 1", "create table mart.t (i int)"):
            with engine.connect() as conn, pytest.raises(sa.exc.DBAPIError, match="permission denied|cannot delete"):
                conn.exec_driver_sql(write)
        engine.dispose()
    wrong = sa.create_engine(sa.engine.make_url(warehouse).set(username="readouts_bi", password=BI_PASSWORDS[0]))
    with pytest.raises(sa.exc.OperationalError, match="password authentication failed"):
        wrong.connect()
    wrong.dispose()
