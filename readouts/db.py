"""The one database access layer: engines, SQL files from include/sql, COPY, migrations."""

from __future__ import annotations

import datetime as dt
import functools
import math
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from readouts.config import load_settings, warehouse_url

MART_VIEWS = (
    "readout",
    "engagement",
    "engagement_participant",
    "dyad_month",
    "figure",
    "engagement_alias",
    "engagement_side",
    "engagement_divergence",
    "leader_year",
)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


@functools.lru_cache(maxsize=8)
def _engine_for(url: str, statement_timeout_seconds: float = 0) -> Engine:
    # every session gets READOUTS_STATEMENT_TIMEOUT_SECONDS: a hung statement fails instead of blocking a run
    options = {"options": f"-c statement_timeout={int(statement_timeout_seconds * 1000)}"}
    connect_args = options if statement_timeout_seconds > 0 else {}
    return sa.create_engine(url, pool_pre_ping=True, pool_size=2, max_overflow=2, connect_args=connect_args)


def forget_engines() -> None:
    """Drop the cached engines without closing their connections: a process forked from
    one that used them (the CLI's shard workers) opens its own instead of sharing the
    parent's sockets; psycopg never closes a connection made by another process."""
    _engine_for.cache_clear()


def engine(url: str | None = None) -> Engine:
    """The engine of the warehouse (READOUTS_WAREHOUSE_URL or the Airflow connection)."""
    return _engine_for(url or warehouse_url(), load_settings().statement_timeout_seconds)


def sql_text(name: str) -> str:
    """The text of ``include/sql/<name>``."""
    return (load_settings().sql_dir / name).read_text(encoding="utf-8")


def execute_sql_file(conn: Connection, name: str, params: dict[str, Any] | None = None) -> sa.CursorResult:
    """Run one statement from ``include/sql/<name>`` with bound parameters (``:name``)."""
    return conn.execute(sa.text(sql_text(name)), params or {})


def execute_sql_script(conn: Connection, name: str, params: dict[str, Any] | None = None) -> None:
    """Run the statements of ``include/sql/<name>`` (each ending with ``;`` at a line end)
    one by one, each with the parameters it uses."""
    params = params or {}
    for statement in re.split(r";\s*\n", sql_text(name)):
        body = "\n".join(line for line in statement.splitlines() if not line.lstrip().startswith("--"))
        if body.strip():
            used = {k: v for k, v in params.items() if f":{k}" in body}
            conn.execute(sa.text(body), used)


def run_sql_file(name: str) -> None:
    """Run a multi-statement SQL file inside the current Alembic migration."""
    run_sql_text(sql_text(name))


def run_sql_text(sql: str) -> None:
    from alembic import op

    op.get_bind().exec_driver_sql(sql)


def copy_rows(conn: Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """COPY rows into a table (psycopg 3 COPY FROM STDIN); returns the number written."""
    raw = conn.connection.driver_connection
    count = 0
    with raw.cursor() as cursor, cursor.copy(f"copy {table} ({', '.join(columns)}) from stdin") as copy:
        for row in rows:
            copy.write_row(row)
            count += 1
    return count


def copy_text_value(value: Any) -> str:
    """One value in COPY's text format (``\\N`` for NULL; backslash, tab, newline and
    carriage return escaped). Text, integers, floats, booleans and dates only: a value of
    another type is a mistake of the caller, raised, never written as its repr."""
    if value is None:
        return "\\N"
    if isinstance(value, str):
        # four str.replace calls (each a C scan, nothing copied when absent) instead of
        # str.translate, whose per-character lookup costs ~30x more on a readout's text
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        return ("-Infinity" if value < 0 else "Infinity") if math.isinf(value) else repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"no COPY text form for {type(value).__name__}: {value!r}")


def copy_text_line(row: Sequence[Any]) -> str:
    """One row in COPY's text format, with its line end."""
    return "\t".join(map(copy_text_value, row)) + "\n"


def copy_text_files(conn: Connection, table: str, columns: Sequence[str], paths: Iterable[Path]) -> None:
    """COPY files of ``copy_text_line`` rows into a table, one after the other, as they are."""
    raw = conn.connection.driver_connection
    with raw.cursor() as cursor, cursor.copy(f"copy {table} ({', '.join(columns)}) from stdin") as copy:
        for path in paths:
            with path.open("rb") as handle:
                while block := handle.read(1 << 20):
                    copy.write(block)


def _alembic_config(conn: Connection) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = conn
    return config


def scram_verifier(conn: Any, role: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password`` for ``role``, computed by libpq on this side
    (``conn`` is a psycopg connection): the server, and its log, never see the password."""
    return conn.pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256").decode()


def set_role_password(conn: Connection, role: str, password: str) -> None:
    """Give an existing role a password (any characters), as a SCRAM verifier literal."""
    from psycopg import sql

    raw = conn.connection.driver_connection
    statement = sql.SQL("alter role {} password {}").format(
        sql.Identifier(role), sql.Literal(scram_verifier(raw, role, password))
    )
    with raw.cursor() as cursor:  # on the same connection and transaction; no placeholders parsed
        cursor.execute(statement)


def migrate(url: str | None = None, revision: str = "head") -> str | None:
    """Upgrade the warehouse to a revision (head by default); returns the revision reached.

    With READOUTS_BI_PASSWORD set, the read-only role ``readouts_bi`` gets that password
    (again at every migrate, so changing the variable changes the password)."""
    from alembic import command

    with engine(url).begin() as conn:
        command.upgrade(_alembic_config(conn), revision)
        bi_password = os.environ.get("READOUTS_BI_PASSWORD")
        if bi_password and revision == "head":
            set_role_password(conn, "readouts_bi", bi_password)
    return current_revision(url)


def downgrade(url: str | None = None, revision: str = "base") -> str | None:
    """Downgrade the warehouse to a revision (base: nothing left)."""
    from alembic import command

    with engine(url).begin() as conn:
        command.downgrade(_alembic_config(conn), revision)
    return current_revision(url)


def current_revision(url: str | None = None) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine(url).connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
