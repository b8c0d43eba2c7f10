"""Retries are safe: every step of a batch fails once at a chosen point (the exception is
Airflow's own AirflowTaskTimeout, what an execution_timeout raises wherever the step is),
the same step is called again with the same batch id, as Airflow's retry would, and the
run goes on. Files on disk, the warehouse marts and the run summary must equal a clean
run's. Faults are injected by wrapping what the pipeline calls; nothing in the load path
knows about them.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from airflow.sdk.exceptions import AirflowTaskTimeout

from readouts import db, intake, pipeline, quality
from tests.helpers import SAMPLES_DIR, close_connections, connect
from tests.integration.marts import normalized_marts

pytestmark = [pytest.mark.integration, pytest.mark.timeout(600)]

STEPS: dict[str, Callable[[int], Any]] = {
    "plan_shards": pipeline.plan_shards,
    "parse_extract": pipeline.parse_extract_shard,  # mapped: each shard alone, retried alone
    "stage": pipeline.stage,
    "quality": pipeline.quality,
    "load": pipeline.load,
    "archive": pipeline.archive,
}
RUN_ID = "airflow:retry-test"  # as the DAG's: a retried discover supersedes its first batch


class Once:
    """Raise AirflowTaskTimeout the first time ``hit`` is called with ``True``."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.fired = False
        self.calls = 0

    def hit(self, condition: bool = True) -> None:
        if condition and not self.fired:
            self.fired = True
            raise AirflowTaskTimeout(f"injected at {self.where}")


def _wrap(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str, before: Callable | None = None, after=None):
    real = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if before:
            before(*args, **kwargs)
        result = real(*args, **kwargs)
        if after:
            after(*args, **kwargs)
        return result

    monkeypatch.setattr(owner, name, wrapper)


def _counting(once: Once, at: int) -> Callable[..., None]:
    def check(*args: Any, **kwargs: Any) -> None:
        once.calls += 1
        once.hit(once.calls == at)

    return check


def _script(once: Once, script: str) -> Callable[..., None]:
    return lambda conn, name, *a, **k: once.hit(name == script)


# step -> where it fails -> how (wrapping what the step calls)
FAULTS: dict[str, tuple[str, Callable[[pytest.MonkeyPatch, Once], None]]] = {
    "discover after the claim committed": (
        "discover",
        lambda mp, once: _wrap(mp, intake, "claim_files", after=lambda *a: once.hit()),
    ),
    "plan_shards after writing the plan": (
        "plan_shards",
        lambda mp, once: _wrap(mp, pipeline, "_shard_plan", lambda *a: once.hit()),
    ),
    "parse half way (5th of 9 files; its shard retried)": (
        "parse_extract",
        lambda mp, once: _wrap(mp, pipeline, "parse_file", _counting(once, 5)),
    ),
    "extract half way (6th of 10 documents; its shard retried)": (
        "parse_extract",
        lambda mp, once: _wrap(mp, pipeline, "extract", _counting(once, 6)),
    ),
    "stage after the COPY, before the manifest rows (in its transaction)": (
        "stage",
        lambda mp, once: _wrap(mp, db, "execute_sql_script", _script(once, "staging/register_documents.sql")),
    ),
    "stage after its transaction committed": (
        "stage",
        lambda mp, once: _wrap(mp, db, "execute_sql_file", _script(once, "etl/drop_stale_documents.sql")),
    ),
    "quality after storing its results, before marking documents": (
        "quality",
        lambda mp, once: _wrap(mp, quality, "_store_results", after=lambda *a: once.hit()),
    ),
    "load after the merge, before the commit": (
        "load",
        lambda mp, once: _wrap(
            mp, db, "execute_sql_script", after=lambda conn, name, *a: once.hit(name == "load/merge_batch.sql")
        ),
    ),
    "load after the commit, before the post-load suite": (
        "load",
        lambda mp, once: _wrap(mp, pipeline, "check_warehouse", lambda *a: once.hit()),
    ),
    "archive after moving 4 of 9 files": ("archive", lambda mp, once: _wrap(mp, intake, "_move", _counting(once, 5))),
    "archive after every move, before reconciliation": (
        "archive",
        lambda mp, once: _wrap(mp, pipeline, "reconcile", lambda *a: once.hit()),
    ),
}


def _setup(pg_server: Any, root: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    name = f"r_{uuid.uuid4().hex[:12]}"
    pg_server.create_database(name)
    url = pg_server.url(name)
    monkeypatch.setenv("READOUTS_WAREHOUSE_URL", url)
    monkeypatch.setenv("READOUTS_LANDING_DIR", str(root / "landing"))
    monkeypatch.setenv("READOUTS_SETTLE_SECONDS", "0")
    monkeypatch.setenv("READOUTS_GX_DOCS_DIR", str(root / "docs"))
    # outside landing/: the accumulated GX results are named by run time, never equal between runs
    monkeypatch.setenv("READOUTS_GX_RESULTS_DIR", str(root / "quality_results"))
    monkeypatch.setenv("READOUTS_SHARDS", "2")  # parse + extract in two shards, as two mapped tasks
    db.migrate(url)
    shutil.copytree(SAMPLES_DIR, root / "landing" / "inbox")
    return url


def _run(failing_step: str | None = None) -> tuple[dict[str, Any], list[str]]:
    """discover → archive; a step that fails is called again once (Airflow's retry); the
    shards' parse + extract one after the other, each retried alone (a mapped task instance)."""
    failed: list[str] = []
    for attempt in (1, 2):
        try:
            batch_id = pipeline.discover(run_id=RUN_ID, settle_seconds=0)
            break
        except AirflowTaskTimeout:
            assert attempt == 1 and failing_step == "discover"
            failed.append("discover")
            for held in list(pipeline._batch_locks):  # its process ends: the lock goes with it
                pipeline.release_batch(held)
    shards: list[int] = []
    for step, function in STEPS.items():
        calls = [(batch_id, shard) for shard in shards] if step == "parse_extract" else [(batch_id,)]
        for args in calls:
            for attempt in (1, 2):
                try:
                    result = function(*args)
                    break
                except AirflowTaskTimeout:
                    assert attempt == 1 and step == failing_step, step
                    failed.append(step)
            if step == "plan_shards":
                shards = result
                assert shards == [0, 1]
    return result, failed


def _landing_files(root: Path) -> dict[str, str]:
    """Every file under landing/ (nothing left in inbox/ or work/ expected), reason files
    without their batch and readout ids, the others by content hash. The GX validation
    results (quality_results/) are a log of every check that ran, a retried one included."""
    files = {}
    for path in sorted((root / "landing").rglob("*")):
        if path.is_dir():
            continue
        rel = path.relative_to(root / "landing").as_posix()
        if rel.startswith("quality_results/"):
            continue
        if path.name.endswith(".reason.json"):
            reason = json.loads(path.read_text(encoding="utf-8"))
            reason.pop("batch_id")
            for doc in reason["documents"]:
                doc.pop("readout_id")
            files[rel] = json.dumps(reason, sort_keys=True)
        else:
            files[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return files


def _snapshot(url: str, root: Path, summary: dict[str, Any]) -> dict[str, Any]:
    with connect(url) as conn:
        paths = conn.exec_driver_sql("select file_name, state, final_path from etl.inbox_file order by file_name").all()
        batches = dict(conn.exec_driver_sql("select status, count(*) from etl.batch group by status").all())
    return {
        "marts": normalized_marts(url),
        "files": _landing_files(root),
        "summary": {k: v for k, v in summary.items() if k != "batch_id"},
        "claims": [(r.file_name, r.state, Path(r.final_path).relative_to(root).as_posix()) for r in paths],
        "succeeded_batches": batches.get("succeeded", 0),
        "running_batches": batches.get("running", 0),
    }


@pytest.fixture(scope="module")
def clean_run(pg_server: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("clean")
    with pytest.MonkeyPatch.context() as monkeypatch:
        url = _setup(pg_server, root, monkeypatch)
        summary, failed = _run()
        assert failed == []
        snapshot = _snapshot(url, root, summary)
        close_connections(pg_server, url)
    assert snapshot["marts"]["engagement"] and snapshot["summary"]["quarantine"] == 1
    return snapshot


@pytest.mark.parametrize("where", list(FAULTS))
def test_a_step_failing_once_then_retried_gives_the_clean_run(pg_server, tmp_path, monkeypatch, clean_run, where):
    step, inject = FAULTS[where]
    url = _setup(pg_server, tmp_path, monkeypatch)
    once = Once(where)
    inject(monkeypatch, once)
    try:
        summary, failed = _run(step)
        assert once.fired and failed == [step]
        snapshot = _snapshot(url, tmp_path, summary)
    finally:
        for held in list(pipeline._batch_locks):
            pipeline.release_batch(held)
        close_connections(pg_server, url)
    for key, value in clean_run.items():
        assert snapshot[key] == value, (where, key)
