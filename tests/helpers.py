"""Shared test helpers: where the test material is and what must be read from it."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import yaml

from readouts.config import PROJECT_ROOT
from readouts.extract import extract
from readouts.models import Extraction, ParsedDocument
from readouts.reference import load_reference

SEEDS_DIR = PROJECT_ROOT.parent / "shared" / "seeds"
SAMPLES_DIR = PROJECT_ROOT / "include" / "samples"
EXPECTED = yaml.safe_load((Path(__file__).parent / "fixtures" / "expected_readouts.yaml").read_text(encoding="utf-8"))
STATUS_OF_OUTCOME = {"readout": "loaded", "not_readout": "not_readout", "rejected": "rejected"}


def expected_date(value: Any) -> dt.date | None:
    return value if isinstance(value, dt.date) or value is None else dt.date.fromisoformat(str(value))


def split_key(key: str) -> tuple[str, int | None]:
    """'feed.jsonl#2' -> ('feed.jsonl', 2); 'file.txt' -> ('file.txt', None)."""
    name, _, record = key.partition("#")
    return name, int(record) if record else None


def extract_text(
    text: str, language: str | None, published: dt.date | None = None, title: str | None = None, **meta: str
) -> Extraction:
    """The extraction of a text written for a test, as one parsed document of that language."""
    doc = ParsedDocument(
        inbox_file_id=1,
        file_name="t.txt",
        file_sha256="0" * 64,
        record_no=None,
        document_sha256="0" * 64,
        text=text,
        title=title,
        published_date=published,
        language_hint=language,
        **meta,
    )
    return extract(doc, load_reference())


def participants_by_actor(result: Extraction) -> dict[str, str]:
    return {p.actor_code: p.name for p in result.participants}


@contextlib.contextmanager
def connect(url: str) -> Iterator[sa.Connection]:
    """A short-lived connection to a test warehouse (its engine disposed afterwards)."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


def require_seeds() -> None:
    """The seeds (../shared/seeds) or a plain skip; in CI (CI set) their absence fails:
    a test that finds no input never passes on nothing."""
    import os

    import pytest

    if SEEDS_DIR.is_dir() and any(SEEDS_DIR.iterdir()):
        return
    message = f"seeds folder {SEEDS_DIR} is absent or empty (it lives in ../shared beside the repo)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def close_connections(pg_server: Any, url: str) -> int:
    """End every session left open on a test database (the great-expectations suites keep
    theirs open): tests that create many databases stay under the server's max_connections."""
    from readouts import db

    db.engine(url).dispose()
    admin = sa.create_engine(pg_server.admin_url(), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            return len(
                conn.execute(
                    sa.text(
                        "select pg_terminate_backend(pid) from pg_stat_activity "
                        "where datname = :d and pid <> pg_backend_pid()"
                    ),
                    {"d": sa.engine.make_url(url).database},
                ).all()
            )
    finally:
        admin.dispose()


def reference_copy(target: Path) -> Path:
    """The reference and language files copied into ``target`` (an include folder ``load_reference`` can read), for a
    test to break one of them."""
    import shutil

    for folder in ("reference", "languages"):
        shutil.copytree(PROJECT_ROOT / "include" / folder, target / folder)
    return target


def project_copy(target: Path) -> Path:
    """The project's tracked files copied into ``target``: a stack started there keeps its
    state (``.local/``, ``.airflow/``, ``landing/``) in the copy, not in the checkout."""
    import shutil
    import subprocess

    listing = subprocess.run(["git", "ls-files", "-z"], cwd=PROJECT_ROOT, check=True, capture_output=True)
    for name in filter(None, listing.stdout.split(b"\0")):
        source = PROJECT_ROOT / name.decode()
        if source.is_file():
            (target / name.decode()).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name.decode())
    return target


def devstack_env(project: Path, airflow_port: int, pg_port: int, **settings: str) -> dict[str, str]:
    """The environment of ``./dev run`` in a project copy: its own ports, no setting of the
    caller's (AIRFLOW*/READOUTS_*), the copy's ``readouts`` package, plus ``settings``."""
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "READOUTS_"))}
    env.update(
        {
            "PYTHONPATH": str(project),
            "READOUTS_AIRFLOW_PORT": str(airflow_port),
            "READOUTS_PG_PORT": str(pg_port),
            "READOUTS_SETTLE_SECONDS": "0",
            **settings,
        }
    )
    return env


def devstack(project: Path, args: list[str], env: dict[str, str], timeout: float = 1200):  # noqa: ANN201
    """``./dev <args>`` (readouts.devstack) run in a project copy; the completed process."""
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-m", "readouts.devstack", *args],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def require_redis() -> None:
    """A ``redis-server`` on PATH (Debian's redis-server, installed by ./dev test when root),
    or a plain skip saying so; in CI its absence fails."""
    import os
    import shutil

    import pytest

    if shutil.which("redis-server"):
        return
    message = "the CeleryExecutor test needs redis-server (Debian package; `./dev test` installs it when run as root)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


CHROMIUM = Path("/usr/bin/chromium")  # Debian's chromium, installed by ./dev test when root
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS_DIR = PROJECT_ROOT / "tests" / "artifacts"  # screenshots of every run (git-ignored)


def require_chromium() -> None:
    """Debian's Chromium and the playwright package, or a plain skip saying so; in CI (CI
    set) their absence fails: CI must be a machine that runs the browser tests."""
    import os

    import pytest

    missing = []
    if not CHROMIUM.exists():
        missing.append(f"{CHROMIUM} (Debian package chromium; `./dev test` installs it when run as root)")
    try:
        import playwright  # noqa: F401
    except ImportError:
        missing.append("the playwright package (requirements-dev.txt)")
    if not missing:
        return
    message = "browser tests need " + " and ".join(missing)
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def require_superset(venv: Path | None = None) -> Path:
    """Apache Superset in .venv-bi (``./dev test`` and ``./dev bi`` install requirements-bi.txt
    there), or a plain skip saying so; in CI its absence fails. Returns the virtualenv."""
    import os

    import pytest

    venv = venv or PROJECT_ROOT / ".venv-bi"
    if (venv / "bin" / "superset").is_file():
        return venv
    message = f"no Superset in {venv} (`./dev test` and `./dev bi` install requirements-bi.txt there)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)
