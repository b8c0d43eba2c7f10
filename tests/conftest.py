"""Test session set-up: a real PostgreSQL server (embedded, started here) and a
throw-away Airflow home with a SQLite metadata database.

Airflow reads its configuration when first imported, so its environment is set at the
top of this file, before any test module imports it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from readouts.config import PROJECT_ROOT

_AIRFLOW_HOME = tempfile.mkdtemp(prefix="readouts-airflow-")
os.environ.update(
    {
        "AIRFLOW_HOME": _AIRFLOW_HOME,
        "AIRFLOW__CORE__DAGS_FOLDER": str(PROJECT_ROOT / "dags"),
        "AIRFLOW__CORE__PLUGINS_FOLDER": str(PROJECT_ROOT / "plugins"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__PARALLELISM": "2",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{_AIRFLOW_HOME}/airflow.db",
        "XDG_RUNTIME_DIR": os.environ.get("XDG_RUNTIME_DIR", _AIRFLOW_HOME),
    }
)
os.environ.pop("READOUTS_WAREHOUSE_URL", None)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """One embedded PostgreSQL server for the session, on 127.0.0.1 at a free port.

    Its data folder lives in a temp folder of its own, not under pytest's
    ``/tmp/pytest-of-<user>``: a second pytest session resets that tree to mode 0700,
    which would lock the unprivileged server user (when we run as root) out of its data.
    The folder is removed at the end of the session, once the server has stopped.
    """
    from readouts.embedded_pg import EmbeddedPostgres, free_port

    base = Path(tempfile.mkdtemp(prefix="readouts-pg-"))
    base.chmod(0o755)  # the server user must traverse it; the data folder itself stays 0700
    server = EmbeddedPostgres(base / "data", free_port())
    try:
        server.start()
        yield server
    finally:
        try:
            server.stop()
        finally:
            if server.postmaster_pid() is None:  # a server that would not stop keeps its data
                shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def warehouse(pg_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh, migrated warehouse database and an empty landing folder for one test."""
    from readouts import db

    name = f"t_{uuid.uuid4().hex[:12]}"
    pg_server.create_database(name)
    url = pg_server.url(name)
    monkeypatch.setenv("READOUTS_WAREHOUSE_URL", url)
    monkeypatch.setenv("READOUTS_LANDING_DIR", str(tmp_path / "landing"))
    monkeypatch.setenv("READOUTS_SETTLE_SECONDS", "0")
    monkeypatch.setenv("READOUTS_GX_DOCS_DIR", str(tmp_path / "quality_docs"))
    db.migrate(url)
    yield url
    db.engine(url).dispose()


@pytest.fixture(scope="session")
def airflow_db() -> None:
    """Airflow's metadata tables in the session's SQLite file."""
    from airflow.utils import db as airflow_db_utils

    airflow_db_utils.resetdb()
