"""Faults on the real embedded PostgreSQL of the test session: the loading process killed
with SIGKILL inside its transaction, PostgreSQL restarted mid-run, two runs started at
once on the same inbox. After each, the warehouse must equal a clean run's (the `mart`
views compared with surrogate ids replaced by natural keys) and every file must be
accounted for exactly once.

The runs are real ``python -m readouts ingest`` processes. They are stopped at a known
point through the testing hook of ``readouts.load.pause_point`` (READOUTS_TEST_PAUSE_DIR).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from readouts import db
from readouts.config import PROJECT_ROOT
from tests.helpers import SAMPLES_DIR, connect
from tests.integration.marts import normalized_marts

pytestmark = [pytest.mark.integration, pytest.mark.timeout(420)]

SAMPLE_FILES = sorted(p.name for p in SAMPLES_DIR.iterdir() if p.is_file())


def _new_warehouse(pg_server: Any, root: Path) -> tuple[str, dict[str, str]]:
    name = f"f_{uuid.uuid4().hex[:12]}"
    pg_server.create_database(name)
    url = pg_server.url(name)
    db.migrate(url)
    env = {k: v for k, v in os.environ.items() if not k.startswith("READOUTS_TEST_PAUSE")}
    env.update(
        READOUTS_WAREHOUSE_URL=url,
        READOUTS_LANDING_DIR=str(root / "landing"),
        READOUTS_SETTLE_SECONDS="0",
        READOUTS_GX_DOCS_DIR=str(root / "docs"),
    )
    return url, env


def _ingest(env: dict[str, str], source: Path, **kwargs: Any) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "readouts", "ingest", str(source)],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def _finish(proc: subprocess.Popen, timeout: float = 300) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def _wait_for(folder: Path, pattern: str, count: int = 1, seconds: float = 240) -> list[Path]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = sorted(folder.glob(pattern))
        if len(found) >= count:
            return found
        time.sleep(0.1)
    raise AssertionError(f"no {count} x {pattern} in {folder} after {seconds} s")


def assert_every_file_once(url: str, landing: Path) -> None:
    """Each sample file: one inbox claim, done, its documents each once in the manifest,
    and the file itself in archive/ or quarantine/, none left in the inbox."""
    with connect(url) as conn:
        claims = conn.exec_driver_sql(
            "select file_name, count(*) as n, bool_and(state = 'done') as done from etl.inbox_file group by 1"
        ).all()
        twice = conn.exec_driver_sql(
            "select file_name, record_no, count(*) from etl.file_manifest group by 1, 2 having count(*) > 1"
        ).all()
        processing = conn.exec_driver_sql("select count(*) from etl.file_manifest where status = 'processing'")
        processing = processing.scalar_one()
    assert sorted(c.file_name for c in claims) == SAMPLE_FILES
    assert all(c.n == 1 and c.done for c in claims), claims
    assert twice == []
    assert processing == 0
    assert not [p for p in (landing / "inbox").rglob("*") if p.is_file() and not p.name.startswith(".")]
    placed = sorted(
        p.name for folder in ("archive", "quarantine") for p in (landing / folder).rglob("*") if p.is_file()
    )
    assert [n for n in placed if not n.endswith(".reason.json")] == SAMPLE_FILES


@pytest.fixture(scope="module")
def clean_run(pg_server: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple]]:
    """The marts of one clean run of the samples, for comparison."""
    root = tmp_path_factory.mktemp("clean")
    url, env = _new_warehouse(pg_server, root)
    code, out, err = _finish(_ingest(env, SAMPLES_DIR))
    assert code == 0, err[-3000:]
    marts = normalized_marts(url)
    assert marts["engagement"], "the clean run loaded nothing"
    return marts


def _idle_in_transaction(url: str) -> int:
    database = sa.engine.make_url(url).database
    with connect(url) as conn:
        return conn.execute(
            sa.text(
                "select count(*) from pg_stat_activity where datname = :d and state = 'idle in transaction' "
                "and pid <> pg_backend_pid()"
            ),
            {"d": database},
        ).scalar_one()


def _count(url: str, sql: str) -> Any:
    with connect(url) as conn:
        return conn.exec_driver_sql(sql).scalar_one()


def test_kill_9_inside_the_load_transaction_then_rerun_equals_clean_run(pg_server, tmp_path, clean_run):
    url, env = _new_warehouse(pg_server, tmp_path)
    pause = tmp_path / "pause"
    pause.mkdir()
    started = time.monotonic()
    proc = _ingest({**env, "READOUTS_TEST_PAUSE_DIR": str(pause), "READOUTS_TEST_PAUSE_AT": "load"}, SAMPLES_DIR)
    _wait_for(pause, "load.*.paused")
    assert _idle_in_transaction(url) == 1  # the merge has run, its transaction is open
    os.kill(proc.pid, signal.SIGKILL)
    _finish(proc)
    assert proc.returncode == -signal.SIGKILL
    # nothing of the killed transaction is visible; the documents wait, still 'processing'
    assert _count(url, "select count(*) from warehouse.fact_readout") == 0
    assert _count(url, "select count(*) from etl.file_manifest where status <> 'processing'") == 0
    assert _count(url, "select count(*) from etl.batch where status = 'running'") == 1

    empty = tmp_path / "nothing_new"
    empty.mkdir()
    code, out, err = _finish(_ingest(env, empty))
    assert code == 0, err[-3000:]
    assert json.loads(out)["files"] == len(SAMPLE_FILES)  # the killed batch's files, taken over
    assert normalized_marts(url) == clean_run
    assert_every_file_once(url, tmp_path / "landing")
    assert _count(url, "select note from etl.batch where batch_id = 1").startswith("abandoned")
    print(f"kill -9 fault test: {time.monotonic() - started:.1f} s")


def test_postgres_restart_mid_run_fails_cleanly_then_rerun_equals_clean_run(pg_server, tmp_path, clean_run):
    url, env = _new_warehouse(pg_server, tmp_path)
    pause = tmp_path / "pause"
    pause.mkdir()
    started = time.monotonic()
    proc = _ingest({**env, "READOUTS_TEST_PAUSE_DIR": str(pause), "READOUTS_TEST_PAUSE_AT": "load"}, SAMPLES_DIR)
    _wait_for(pause, "load.*.paused")
    pg_server.restart()  # every connection of the run is cut, its load transaction lost
    (pause / "load.resume").touch()
    code, out, err = _finish(proc)
    assert code != 0
    assert "OperationalError" in err, err[-3000:]
    assert _count(url, "select count(*) from warehouse.fact_readout") == 0
    assert _count(url, "select status from etl.batch where batch_id = 1") == "failed"
    assert "OperationalError" in _count(url, "select note from etl.batch where batch_id = 1")

    empty = tmp_path / "nothing_new"
    empty.mkdir()
    code, out, err = _finish(_ingest(env, empty))
    assert code == 0, err[-3000:]
    assert normalized_marts(url) == clean_run
    assert_every_file_once(url, tmp_path / "landing")
    print(f"PostgreSQL restart fault test: {time.monotonic() - started:.1f} s")


def test_two_runs_at_once_never_load_the_same_file(pg_server, tmp_path, clean_run):
    url, env = _new_warehouse(pg_server, tmp_path)
    inbox = tmp_path / "landing" / "inbox"
    inbox.mkdir(parents=True)
    for name in SAMPLE_FILES:
        shutil.copy2(SAMPLES_DIR / name, inbox / name)
    pause = tmp_path / "pause"
    pause.mkdir()
    empty = tmp_path / "nothing_new"
    empty.mkdir()
    started = time.monotonic()
    paused_env = {**env, "READOUTS_TEST_PAUSE_DIR": str(pause), "READOUTS_TEST_PAUSE_AT": "claim"}
    runs = [_ingest(paused_env, empty), _ingest(paused_env, empty)]
    _wait_for(pause, "claim.*.paused", count=2)  # both have scanned the same inbox
    (pause / "claim.resume").touch()  # and now claim at the same moment
    results = [_finish(run) for run in runs]
    for code, _, err in results:
        assert code == 0, err[-3000:]
    summaries = [json.loads(out) for _, out, _ in results]
    assert sorted(s["files"] for s in summaries)[1] > 0
    assert sum(s["files"] for s in summaries) == len(SAMPLE_FILES)
    assert normalized_marts(url) == clean_run
    assert_every_file_once(url, tmp_path / "landing")
    print(f"two concurrent runs: files per run {[s['files'] for s in summaries]}, {time.monotonic() - started:.1f} s")
