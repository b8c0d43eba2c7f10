"""Airflow for real: the DagBag imports cleanly, and dag.test() runs readouts_ingest end
to end against the embedded PostgreSQL warehouse."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pendulum
import pytest

from readouts.config import PROJECT_ROOT
from tests.helpers import EXPECTED, SAMPLES_DIR, SEEDS_DIR
from tests.integration.marts import assert_marts_match, mart_snapshot, reconciles

pytestmark = [pytest.mark.integration, pytest.mark.airflow]


@pytest.fixture(scope="module")
def dagbag():
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(PROJECT_ROOT / "dags"))


def test_dagbag_imports_without_errors(dagbag):
    assert dagbag.import_errors == {}
    assert "readouts_ingest" in dagbag.dag_ids


def test_dags_follow_the_house_rules(dagbag):
    for dag_id, dag in dagbag.dags.items():
        assert dag.tags, dag_id
        assert dag.doc_md, dag_id
        assert dag.max_active_runs == 1, dag_id
        assert dag.catchup is False, dag_id
        for task in dag.tasks:
            assert task.retries >= 1, (dag_id, task.task_id)
            assert task.doc_md, (dag_id, task.task_id)
            assert task.on_failure_callback, (dag_id, task.task_id)
    ingest = dagbag.dags["readouts_ingest"]
    assert [t.task_id for t in ingest.topological_sort()] == [
        "discover", "parse", "extract", "stage", "quality", "load", "archive",
    ]  # fmt: skip
    assert [a.uri for a in ingest.get_task("archive").outlets] == ["readouts://warehouse/mart"]


def _fill_inbox(folder: Path) -> int:
    inbox = Path(os.environ["READOUTS_LANDING_DIR"]) / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    files = [p for p in folder.iterdir() if p.is_file()]
    for path in files:
        shutil.copy2(path, inbox / path.name)
    return len(files)


def _run(dag, day: int):
    run = dag.test(logical_date=pendulum.datetime(2026, 1, day, tz="UTC"))
    assert run.state == "success", run
    return run


def test_dag_test_loads_seeds_and_samples_and_a_rerun_changes_nothing(warehouse, airflow_db, dagbag):
    dag = dagbag.dags["readouts_ingest"]
    expected = dict(EXPECTED["samples"])
    _fill_inbox(SAMPLES_DIR)
    if SEEDS_DIR.is_dir():
        _fill_inbox(SEEDS_DIR)
        expected.update(EXPECTED["seeds"])
    _run(dag, 1)
    assert_marts_match(warehouse, expected)
    assert sum(reconciles(warehouse).values()) == len(expected)
    before = mart_snapshot(warehouse)

    _run(dag, 2)  # nothing new in the inbox
    assert mart_snapshot(warehouse) == before

    _fill_inbox(SAMPLES_DIR)  # the same files delivered again
    _run(dag, 3)
    assert mart_snapshot(warehouse) == before
    inbox = Path(os.environ["READOUTS_LANDING_DIR"]) / "inbox"
    assert not any(inbox.iterdir())
    if not SEEDS_DIR.is_dir():
        pytest.skip(f"seeds folder {SEEDS_DIR} is absent: only the project's samples were checked")
