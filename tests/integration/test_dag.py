"""Airflow for real: the DagBag imports cleanly, and dag.test() runs readouts_ingest end
to end against the embedded PostgreSQL warehouse."""

from __future__ import annotations

import json
import os
import shutil
from datetime import timedelta
from pathlib import Path

import pendulum
import pytest

from readouts.config import PROJECT_ROOT, task_timeout
from tests.helpers import EXPECTED, SAMPLES_DIR, SEEDS_DIR, connect, require_seeds
from tests.integration.marts import assert_marts_match, mart_snapshot, reconciles
from tests.integration.test_resolution import ENGAGEMENT_COLUMNS
from tests.integration.test_resolution import READOUTS as RESOLUTION_DIR

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
            assert task.execution_timeout == task_timeout() == timedelta(minutes=60), (dag_id, task.task_id)
    ingest = dagbag.dags["readouts_ingest"]
    assert [t.task_id for t in ingest.topological_sort()] == [
        "discover", "plan_shards", "parse_extract", "stage", "quality", "load", "archive", "export_plover",
    ]  # fmt: skip
    assert [a.uri for a in ingest.get_task("archive").outlets] == ["readouts://warehouse/mart"]
    assert [a.uri for a in ingest.get_task("export_plover").outlets] == ["readouts://exports/plover"]


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
    [export] = (Path(os.environ["READOUTS_LANDING_DIR"]) / "exports" / "plover").glob("*.jsonl")
    events = [json.loads(line) for line in export.read_text(encoding="utf-8").splitlines()]
    with connect(warehouse) as conn:
        dated = conn.exec_driver_sql("select count(*) from mart.engagement where engagement_date is not null")
        assert len(events) == dated.scalar_one() > 0  # the first run's engagements are all new today

    _run(dag, 2)  # nothing new in the inbox
    assert mart_snapshot(warehouse) == before

    _fill_inbox(SAMPLES_DIR)  # the same files delivered again
    _run(dag, 3)
    assert mart_snapshot(warehouse) == before
    inbox = Path(os.environ["READOUTS_LANDING_DIR"]) / "inbox"
    assert not any(inbox.iterdir())
    require_seeds()


def test_maintenance_dag_reprocesses_readouts_of_an_older_extractor(warehouse, airflow_db, dagbag):
    from readouts import EXTRACTOR_VERSION

    ingest, maintenance = dagbag.dags["readouts_ingest"], dagbag.dags["readouts_maintenance"]
    files = _fill_inbox(SAMPLES_DIR) + _fill_inbox(RESOLUTION_DIR)
    _run(ingest, 4)
    engagements = f"select {ENGAGEMENT_COLUMNS} from mart.engagement"
    with connect(warehouse) as conn:
        readouts = dict(conn.exec_driver_sql("select manifest_id, status from etl.file_manifest").all())
        resolved = sorted(map(tuple, conn.exec_driver_sql(engagements)), key=repr)
        assert len(resolved) < len(readouts) - 30  # the resolution set's readouts share engagements
        # as if an older extractor had read the loaded readouts
        old = conn.exec_driver_sql(
            "update etl.file_manifest set extractor_version = '0.0.1' where status = 'loaded' returning manifest_id"
        ).all()
        conn.commit()
        outdated_files = sorted(
            conn.exec_driver_sql("select distinct file_name from etl.file_manifest where status = 'loaded'").scalars()
        )
    assert old

    run = maintenance.test(logical_date=pendulum.datetime(2026, 1, 5, tz="UTC"), run_conf={"outdated": True})
    assert run.state == "success", run
    assert {ti.task_id: ti.state for ti in run.get_task_instances()} == {
        "resubmit": "success",
        "trigger_ingest": "success",
    }
    inbox = Path(os.environ["READOUTS_LANDING_DIR"]) / "inbox"
    resubmitted = sorted(p.name for p in inbox.iterdir() if not p.name.startswith("."))
    assert resubmitted == outdated_files  # back in the inbox, not processed by the maintenance DAG
    triggered = _triggered_ingest_run(f"maintenance__{run.run_id}")
    assert triggered is not None and triggered.conf["triggered_by"] == "readouts_maintenance"

    _run(ingest, 6)  # the ingest run the maintenance DAG triggered, run here by dag.test()
    with connect(warehouse) as conn:
        versions = dict(conn.exec_driver_sql("select manifest_id, extractor_version from etl.file_manifest").all())
        history = conn.exec_driver_sql("select manifest_id, extractor_version from etl.file_manifest_history").all()
        statuses = dict(conn.exec_driver_sql("select manifest_id, status from etl.file_manifest").all())
    assert statuses == readouts  # same documents, same ids, same outcomes
    assert set(versions.values()) == {EXTRACTOR_VERSION}  # every one read again by the current extractor
    assert {h.manifest_id for h in history} >= {m for (m,) in old}  # what they said before is kept
    assert "0.0.1" in {h.extractor_version for h in history} <= {"0.0.1", EXTRACTOR_VERSION}
    assert sum(reconciles(warehouse).values()) == len(readouts)
    assert files and not any(inbox.iterdir())  # every file read again went back out of the inbox
    with connect(warehouse) as conn:  # re-processed, the readouts resolve to the same engagements, same ids
        assert sorted(map(tuple, conn.exec_driver_sql(engagements)), key=repr) == resolved
        assert conn.exec_driver_sql("select count(*) from etl.engagement_merge").scalar_one() == 0


def _triggered_ingest_run(run_id: str):
    from airflow.models.dagrun import DagRun
    from airflow.utils.session import create_session

    with create_session() as session:
        runs = DagRun.find(dag_id="readouts_ingest", run_id=run_id, session=session)
        return runs[0] if runs else None
