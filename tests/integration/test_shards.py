"""Issue #13 "Scale out": a batch's parse + extract runs in shards (mapped tasks in the
DAG, a process pool in the CLI). The warehouse must not depend on the number of shards:
1, 2 or 4 shards, through the CLI and through dag.test(), give the same marts, row for
row (ids included: stage reads the shards back in claim order).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pendulum
import pytest

from readouts import db, pipeline
from readouts.config import PROJECT_ROOT
from tests.helpers import EXPECTED, SAMPLES_DIR, SEEDS_DIR, close_connections, connect
from tests.integration.marts import assert_marts_match, mart_snapshot, reconciles

pytestmark = [pytest.mark.integration, pytest.mark.timeout(900)]
SHARD_COUNTS = (1, 2, 4)


def _fresh_warehouse(pg_server, root: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    name = f"s_{uuid.uuid4().hex[:12]}"
    pg_server.create_database(name)
    url = pg_server.url(name)
    monkeypatch.setenv("READOUTS_WAREHOUSE_URL", url)
    monkeypatch.setenv("READOUTS_LANDING_DIR", str(root / name / "landing"))
    monkeypatch.setenv("READOUTS_SETTLE_SECONDS", "0")
    monkeypatch.setenv("READOUTS_GX_DOCS_DIR", str(root / name / "docs"))
    db.migrate(url)
    return url


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """The samples, and the seeds where present, in one folder; their expected readouts."""
    folder = tmp_path_factory.mktemp("corpus")
    expected = dict(EXPECTED["samples"])
    for source in (SAMPLES_DIR, SEEDS_DIR):
        if source.is_dir():
            for path in source.iterdir():
                if path.is_file():
                    shutil.copy2(path, folder / path.name)
            if source == SEEDS_DIR:
                expected.update(EXPECTED["seeds"])
    return folder, expected


def _snapshot(pg_server, url: str, expected: dict) -> dict:
    assert_marts_match(url, expected)
    assert sum(reconciles(url).values()) == len(expected)
    snapshot = mart_snapshot(url)
    close_connections(pg_server, url)
    return snapshot


@pytest.mark.airflow
def test_one_two_or_four_shards_give_the_same_warehouse_via_cli_and_dag(
    pg_server, airflow_db, tmp_path, monkeypatch, corpus
):
    from airflow.dag_processing.dagbag import DagBag

    folder, expected = corpus
    snapshots: dict[tuple[str, int], dict] = {}
    monkeypatch.delenv("READOUTS_SHARDS", raising=False)
    for shards in SHARD_COUNTS:  # the CLI: --workers N makes N shards of this small batch
        url = _fresh_warehouse(pg_server, tmp_path, monkeypatch)
        result = subprocess.run(
            [sys.executable, "-m", "readouts", "ingest", str(folder), "--workers", str(shards)],
            cwd=PROJECT_ROOT,
            env=os.environ.copy(),
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
        )
        summary = json.loads(result.stdout)
        assert summary["documents"] == len(expected), result.stderr
        assert f"in {shards} shard(s)" in result.stderr
        snapshots["cli", shards] = _snapshot(pg_server, url, expected)

    dag = DagBag(dag_folder=str(PROJECT_ROOT / "dags")).dags["readouts_ingest"]
    for shards in SHARD_COUNTS:  # the DAG: one mapped parse_extract instance per shard
        url = _fresh_warehouse(pg_server, tmp_path, monkeypatch)
        monkeypatch.setenv("READOUTS_SHARDS", str(shards))
        inbox = Path(os.environ["READOUTS_LANDING_DIR"]) / "inbox"
        shutil.copytree(folder, inbox)
        run = dag.test(logical_date=pendulum.datetime(2026, 3, shards, tz="UTC"))
        assert run.state == "success", run
        mapped = [ti for ti in run.get_task_instances() if ti.task_id == "parse_extract"]
        assert sorted(ti.map_index for ti in mapped) == list(range(shards))
        assert {ti.state for ti in mapped} == {"success"}
        assert not any(inbox.iterdir())
        snapshots["dag", shards] = _snapshot(pg_server, url, expected)

    reference = snapshots["cli", 1]
    assert reference["engagement"]
    for key, snapshot in snapshots.items():
        assert snapshot == reference, key


MARKER = "Мирзиёев"  # only in 2024-06-20_kremlin_mirziyoyev.txt among the samples
BAD_FILE = "2024-06-20_kremlin_mirziyoyev.txt"


def test_a_document_failing_in_a_pool_worker_is_rejected_alone(pg_server, tmp_path, monkeypatch):
    """The CLI's workers are forked from the process that patched the extractor: the one
    document it breaks is rejected with its reason, the other shards and documents load,
    over several batches sharing one pool."""
    url = _fresh_warehouse(pg_server, tmp_path, monkeypatch)
    monkeypatch.setenv("READOUTS_BATCH_MAX_FILES", "4")
    real = pipeline.extract

    def broken(doc, ref):
        if MARKER in (doc.text or ""):
            raise ZeroDivisionError("injected")
        return real(doc, ref)

    monkeypatch.setattr(pipeline, "extract", broken)
    inbox = Path(os.environ["READOUTS_LANDING_DIR"]) / "inbox"
    shutil.copytree(SAMPLES_DIR, inbox)
    try:
        summary = pipeline.run_batches(run_id="cli:pool", settle_seconds=0, workers=2)
    finally:
        for held in list(pipeline._batch_locks):
            pipeline.release_batch(held)
    assert len(summary["batch_ids"]) == 3  # 9 files, 4 a batch
    assert summary["internal_errors"] == 1
    assert summary["documents"] == len(EXPECTED["samples"])
    with connect(url) as conn:
        reason = conn.exec_driver_sql(
            "select status, status_reason from mart.readout where file_name = %s", (BAD_FILE,)
        ).one()
    assert reason.status == "rejected"
    assert reason.status_reason == "internal error in extract: ZeroDivisionError: injected"
    others = {k: v for k, v in EXPECTED["samples"].items() if not k.startswith(BAD_FILE)}
    assert_marts_match(url, others)
    assert not any(inbox.iterdir())
    close_connections(pg_server, url)


def test_a_worker_that_dies_fails_the_batch_and_the_next_run_recovers(pg_server, tmp_path, monkeypatch):
    """A worker killed mid-shard (here it exits on one document) fails the batch instead of
    leaving the CLI waiting; the batch is marked failed and the next run takes its files over."""
    from concurrent.futures.process import BrokenProcessPool

    url = _fresh_warehouse(pg_server, tmp_path, monkeypatch)
    real = pipeline.extract

    def dying(doc, ref):
        if MARKER in (doc.text or ""):
            os._exit(9)
        return real(doc, ref)

    monkeypatch.setattr(pipeline, "extract", dying)
    inbox = Path(os.environ["READOUTS_LANDING_DIR"]) / "inbox"
    shutil.copytree(SAMPLES_DIR, inbox)
    try:
        with pytest.raises(BrokenProcessPool):
            pipeline.run_batches(run_id="cli:dies", settle_seconds=0, workers=2)
        monkeypatch.setattr(pipeline, "extract", real)
        summary = pipeline.run_batches(run_id="cli:next", settle_seconds=0, workers=2)
    finally:
        for held in list(pipeline._batch_locks):
            pipeline.release_batch(held)
    with connect(url) as conn:
        batches = conn.exec_driver_sql("select status from etl.batch order by batch_id").scalars().all()
    assert batches == ["failed", "succeeded"]
    assert summary["documents"] == len(EXPECTED["samples"])
    assert_marts_match(url, EXPECTED["samples"])
    assert not any(inbox.iterdir())
    close_connections(pg_server, url)


def test_the_next_batch_parsed_during_a_load_changes_nothing_and_is_handed_back_if_it_fails(
    pg_server, tmp_path, monkeypatch
):
    """With a pool the CLI parses the next batch while it stages, checks and loads the
    current one. The warehouse is the one batches taken one at a time leave (ids
    included); when a batch fails, the next one, already claimed and parsed, is marked
    failed too and the next run takes both batches' files over."""
    monkeypatch.setenv("READOUTS_BATCH_MAX_FILES", "3")
    snapshots = {}
    for workers in (1, 2):
        url = _fresh_warehouse(pg_server, tmp_path, monkeypatch)
        shutil.copytree(SAMPLES_DIR, Path(os.environ["READOUTS_LANDING_DIR"]) / "inbox")
        summary = pipeline.run_batches(run_id=f"cli:{workers}", settle_seconds=0, workers=workers)
        assert len(summary["batch_ids"]) == 3  # 9 files, 3 a batch
        snapshots[workers] = _snapshot(pg_server, url, EXPECTED["samples"])
    assert snapshots[2] == snapshots[1]

    url = _fresh_warehouse(pg_server, tmp_path, monkeypatch)
    inbox = Path(os.environ["READOUTS_LANDING_DIR"]) / "inbox"
    shutil.copytree(SAMPLES_DIR, inbox)
    real = pipeline.quality

    def failing(batch_id):
        raise RuntimeError("injected quality failure")

    monkeypatch.setattr(pipeline, "quality", failing)
    try:
        with pytest.raises(RuntimeError, match="injected"):
            pipeline.run_batches(run_id="cli:fails", settle_seconds=0, workers=2)
        with connect(url) as conn:
            batches = conn.exec_driver_sql("select status, note from etl.batch order by batch_id").all()
        assert [b.status for b in batches] == ["failed", "failed"]
        assert "injected quality failure" in batches[0].note
        assert batches[1].note.startswith("not run: batch 1 before it failed")
        monkeypatch.setattr(pipeline, "quality", real)
        summary = pipeline.run_batches(run_id="cli:after", settle_seconds=0, workers=2)
    finally:
        for held in list(pipeline._batch_locks):
            pipeline.release_batch(held)
    assert summary["files"] == 9
    assert_marts_match(url, EXPECTED["samples"])
    assert not any(inbox.iterdir())
    close_connections(pg_server, url)
