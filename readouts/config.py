"""All configuration in one place: environment variables with safe defaults.

| variable | default | meaning |
|---|---|---|
| READOUTS_WAREHOUSE_URL | (Airflow connection ``readouts_warehouse``) | SQLAlchemy URL of the warehouse |
| READOUTS_LANDING_DIR | ``<repo>/landing`` (installed: ``./landing``) | inbox, archive, quarantine, work |
| READOUTS_SCHEDULE | ``@daily`` | schedule of the ``readouts_ingest`` DAG (``none``: runs only when triggered) |
| READOUTS_SETTLE_SECONDS | ``10`` | a file modified more recently than this is left for the next run |
| READOUTS_MAX_FILE_BYTES | ``20000000`` | larger files are rejected (and quarantined) unread |
| READOUTS_INCLUDE_DIR | ``<repo>/include``, or the installed package's copy | reference data, language files and SQL |
| READOUTS_BATCH_MAX_FILES | ``5000`` | a batch claims at most this many files (oldest first) |
| READOUTS_BATCH_MAX_BYTES | ``500000000`` | and at most this many bytes (a bigger single file goes alone) |
| READOUTS_TASK_TIMEOUT_MINUTES | ``60`` | ``execution_timeout`` of every DAG task (``0.5`` is 30 s; ``0``: none) |
| READOUTS_RETRY_DELAY_SECONDS | ``120`` | a failed DAG task (a lost worker, say) is retried once after this |
| READOUTS_STATEMENT_TIMEOUT_SECONDS | ``600`` | ``statement_timeout`` of every warehouse session (``0``: none) |
| READOUTS_SHARD_BYTES | ``8000000`` | parse + extract run in shards of a batch's files of about this many bytes each |
| READOUTS_SHARDS | ``0`` (from the bytes) | a fixed number of shards per batch instead (at most one per file) |
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
WAREHOUSE_CONN_ID = "readouts_warehouse"
# An installed wheel carries include/ inside the package; a checkout keeps it at the top.
_PACKAGED_INCLUDE = Path(__file__).resolve().parent / "include"
IN_CHECKOUT = (PROJECT_ROOT / "pyproject.toml").is_file() and (PROJECT_ROOT / "include").is_dir()
DEFAULT_INCLUDE_DIR = _PACKAGED_INCLUDE if _PACKAGED_INCLUDE.is_dir() else PROJECT_ROOT / "include"


class ConfigError(RuntimeError):
    """The configuration does not let the pipeline run; the message says what to set."""


@dataclass(frozen=True)
class Settings:
    landing_dir: Path
    include_dir: Path
    schedule: str
    settle_seconds: float
    max_file_bytes: int
    batch_max_files: int = 5000
    batch_max_bytes: int = 500_000_000
    task_timeout_minutes: float = 60.0
    retry_delay_seconds: float = 120.0
    statement_timeout_seconds: float = 600.0
    shard_bytes: int = 8_000_000
    shards: int = 0

    @property
    def inbox_dir(self) -> Path:
        return self.landing_dir / "inbox"

    @property
    def archive_dir(self) -> Path:
        return self.landing_dir / "archive"

    @property
    def quarantine_dir(self) -> Path:
        return self.landing_dir / "quarantine"

    @property
    def work_dir(self) -> Path:
        return self.landing_dir / "work"

    @property
    def sql_dir(self) -> Path:
        return self.include_dir / "sql"


def generated_secret(path: Path, size: int = 24) -> str:
    """The secret kept in ``path`` (mode 0600 from its creation), generated there on first use."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch(mode=0o600)
        path.write_text(secrets.token_urlsafe(size))
    return path.read_text().strip()


def load_settings() -> Settings:
    """Read the settings from the environment (call it when needed; nothing is cached)."""
    return Settings(
        landing_dir=Path(
            os.environ.get("READOUTS_LANDING_DIR", (PROJECT_ROOT if IN_CHECKOUT else Path.cwd()) / "landing")
        ),
        include_dir=Path(os.environ.get("READOUTS_INCLUDE_DIR", DEFAULT_INCLUDE_DIR)),
        schedule=os.environ.get("READOUTS_SCHEDULE", "@daily"),
        settle_seconds=float(os.environ.get("READOUTS_SETTLE_SECONDS", "10")),
        max_file_bytes=int(os.environ.get("READOUTS_MAX_FILE_BYTES", str(20_000_000))),
        batch_max_files=max(1, int(os.environ.get("READOUTS_BATCH_MAX_FILES", "5000"))),
        batch_max_bytes=max(1, int(os.environ.get("READOUTS_BATCH_MAX_BYTES", str(500_000_000)))),
        task_timeout_minutes=float(os.environ.get("READOUTS_TASK_TIMEOUT_MINUTES", "60")),
        retry_delay_seconds=max(0.0, float(os.environ.get("READOUTS_RETRY_DELAY_SECONDS", "120"))),
        statement_timeout_seconds=float(os.environ.get("READOUTS_STATEMENT_TIMEOUT_SECONDS", "600")),
        shard_bytes=max(1, int(os.environ.get("READOUTS_SHARD_BYTES", str(8_000_000)))),
        shards=max(0, int(os.environ.get("READOUTS_SHARDS", "0"))),
    )


def task_timeout() -> dt.timedelta | None:
    """The ``execution_timeout`` of every DAG task (READOUTS_TASK_TIMEOUT_MINUTES; 0 or less: none)."""
    minutes = load_settings().task_timeout_minutes
    return dt.timedelta(minutes=minutes) if minutes > 0 else None


def ingest_schedule() -> str | None:
    """The ``schedule`` of ``readouts_ingest`` (READOUTS_SCHEDULE; ``none``: only triggered runs)."""
    schedule = load_settings().schedule.strip()
    return None if schedule.lower() == "none" else schedule


def retry_delay() -> dt.timedelta:
    """The ``retry_delay`` of every DAG task (READOUTS_RETRY_DELAY_SECONDS)."""
    return dt.timedelta(seconds=load_settings().retry_delay_seconds)


def warehouse_url() -> str:
    """The warehouse's SQLAlchemy URL: READOUTS_WAREHOUSE_URL, else the Airflow connection."""
    url = os.environ.get("READOUTS_WAREHOUSE_URL")
    if url:
        return url
    try:
        from airflow.providers.postgres.hooks.postgres import PostgresHook
    except ImportError:
        PostgresHook = None  # noqa: N806 - Airflow is optional for the CLI
    if PostgresHook is not None:
        try:
            uri = PostgresHook(postgres_conn_id=WAREHOUSE_CONN_ID).get_uri()
        except Exception as exc:  # the hook raises AirflowNotFoundException
            raise ConfigError(
                "no warehouse configured: set READOUTS_WAREHOUSE_URL or the Airflow "
                f"connection {WAREHOUSE_CONN_ID!r} ({exc})"
            ) from exc
        return uri.replace("postgres://", "postgresql+psycopg://", 1).replace(
            "postgresql://", "postgresql+psycopg://", 1
        )
    raise ConfigError("no warehouse configured: set READOUTS_WAREHOUSE_URL to a SQLAlchemy URL")
