"""Issue #10 "Never stuck": one document that breaks a step is rejected alone, a large
inbox goes in several capped batches, a hung step times out and the next run recovers.

Faults are injected from here (monkeypatching what the pipeline calls); nothing in the
load path knows about them. The warehouse is the session's real PostgreSQL, the DAG runs
through Airflow's own dag.test().
"""

from __future__ import annotations

import json
import os
import shutil
import time
from datetime import timedelta
from pathlib import Path

import pendulum
import pytest

from readouts import pipeline
from readouts.config import PROJECT_ROOT
from tests.helpers import EXPECTED, SAMPLES_DIR, close_connections, connect
from tests.integration.marts import assert_marts_match, reconciles

pytestmark = [pytest.mark.integration, pytest.mark.timeout(600)]

MARKER = "Мирзиёев"  # only in 2024-06-20_kremlin_mirziyoyev.txt among the samples
BAD_FILE = "2024-06-20_kremlin_mirziyoyev.txt"


@pytest.fixture
def warehouse(warehouse, pg_server):
    """conftest's warehouse, its sessions ended afterwards (see close_connections)."""
    yield warehouse
    for held in list(pipeline._batch_locks):
        pipeline.release_batch(held)
    close_connections(pg_server, warehouse)


def _inject(monkeypatch: pytest.MonkeyPatch, step: str) -> None:
    """Make the function the pipeline calls for ``step`` raise on the marked document."""
    if step == "parse":
        real_parse = pipeline.parse_file

        def parse_file(item, raw, ref):
            if MARKER.encode() in raw:
                raise ValueError(f"injected parse fault in {item.file_name}")
            return real_parse(item, raw, ref)

        monkeypatch.setattr(pipeline, "parse_file", parse_file)
    else:
        real_extract = pipeline.extract

        def extract(doc, ref):
            if MARKER in doc.text:
                raise ValueError(f"injected extract fault in {doc.file_name}")
            return real_extract(doc, ref)

        monkeypatch.setattr(pipeline, "extract", extract)


def _status(url: str, file_name: str) -> tuple[str, str | None]:
    with connect(url) as conn:
        row = conn.exec_driver_sql(
            "select status, status_reason from mart.readout where file_name = %s", (file_name,)
        ).one()
    return row.status, row.status_reason


def _cli(capsys: pytest.CaptureFixture, *args: str) -> dict:
    from readouts.__main__ import main

    capsys.readouterr()
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("step", ["parse", "extract"])
def test_cli_one_failing_document_is_rejected_and_loads_after_resubmit(warehouse, tmp_path, monkeypatch, capsys, step):
    _inject(monkeypatch, step)
    summary = _cli(capsys, "ingest", str(SAMPLES_DIR))
    assert summary["internal_errors"] == 1
    assert summary["documents"] == len(EXPECTED["samples"])
    status, reason = _status(warehouse, BAD_FILE)
    assert status == "rejected"
    assert reason == f"internal error in {step}: ValueError: injected {step} fault in {BAD_FILE}"
    expected = {k: v for k, v in EXPECTED["samples"].items() if k != BAD_FILE}
    assert_marts_match(warehouse, expected)  # the others went on
    assert reconciles(warehouse)["rejected"] == 2  # the bad one and broken_feed.json
    landing = Path(os.environ["READOUTS_LANDING_DIR"])
    note = json.loads((landing / "quarantine" / f"{BAD_FILE}.reason.json").read_text(encoding="utf-8"))
    assert note["documents"][0]["reason"] == reason

    monkeypatch.undo()  # the fix
    monkeypatch.setenv("READOUTS_WAREHOUSE_URL", warehouse)
    monkeypatch.setenv("READOUTS_LANDING_DIR", str(landing))
    monkeypatch.setenv("READOUTS_SETTLE_SECONDS", "0")
    monkeypatch.setenv("READOUTS_GX_DOCS_DIR", str(tmp_path / "quality_docs"))
    resubmitted = _cli(capsys, "resubmit", "--all")
    assert BAD_FILE in resubmitted["files"]
    empty = tmp_path / "nothing_new"
    empty.mkdir()
    again = _cli(capsys, "ingest", str(empty))
    assert again["internal_errors"] == 0
    assert _status(warehouse, BAD_FILE)[0] == "loaded"
    assert_marts_match(warehouse, EXPECTED["samples"])
    assert sum(reconciles(warehouse).values()) == len(EXPECTED["samples"])


@pytest.fixture(scope="module")
def dagbag():
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(PROJECT_ROOT / "dags"))


def _fill_inbox(folder: Path) -> None:
    inbox = Path(os.environ["READOUTS_LANDING_DIR"]) / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    for path in folder.iterdir():
        if path.is_file():
            shutil.copy2(path, inbox / path.name)


def _dag_run(dag, day: int):
    return dag.test(logical_date=pendulum.datetime(2026, 2, day, tz="UTC"))


def test_dag_one_failing_document_is_rejected_and_loads_after_resubmit(warehouse, airflow_db, dagbag, monkeypatch):
    dag = dagbag.dags["readouts_ingest"]
    _inject(monkeypatch, "extract")
    _fill_inbox(SAMPLES_DIR)
    run = _dag_run(dag, 1)
    assert run.state == "success", run
    status, reason = _status(warehouse, BAD_FILE)
    assert (status, reason) == (
        "rejected",
        f"internal error in extract: ValueError: injected extract fault in {BAD_FILE}",
    )
    assert_marts_match(warehouse, {k: v for k, v in EXPECTED["samples"].items() if k != BAD_FILE})
    assert sum(reconciles(warehouse).values()) == len(EXPECTED["samples"])

    from readouts.extract import extract

    monkeypatch.setattr(pipeline, "extract", extract)  # the fix
    assert pipeline.resubmit(quarantined=True)["resubmitted"] == 2  # the bad file and broken_feed.json
    run = _dag_run(dag, 2)
    assert run.state == "success", run
    assert _status(warehouse, BAD_FILE)[0] == "loaded"
    assert_marts_match(warehouse, EXPECTED["samples"])
    assert sum(reconciles(warehouse).values()) == len(EXPECTED["samples"])


def test_task_timeout_is_configurable(monkeypatch):
    from airflow.dag_processing.dagbag import DagBag

    monkeypatch.setenv("READOUTS_TASK_TIMEOUT_MINUTES", "7.5")
    bag = DagBag(dag_folder=str(PROJECT_ROOT / "dags"))
    timeouts = {(d, t.task_id): t.execution_timeout for d, dag in bag.dags.items() for t in dag.tasks}
    assert timeouts and set(timeouts.values()) == {timedelta(minutes=7.5)}


def test_dag_hung_step_times_out_alerts_and_the_next_run_recovers(warehouse, airflow_db, dagbag, monkeypatch):
    """extract hangs on one document: its execution_timeout (3 s here) fails the task, the
    failure callback marks the batch failed, and the next run takes its files over."""
    dag = dagbag.dags["readouts_ingest"]
    for task in dag.tasks:
        monkeypatch.setattr(task, "retries", 0)  # dag.test() would wait out the 2 min retry delay
    monkeypatch.setattr(dag.get_task("parse_extract"), "execution_timeout", timedelta(seconds=3))
    real_extract = pipeline.extract

    def hanging_extract(doc, ref):
        if MARKER in doc.text:
            time.sleep(120)  # bounded: the 3 s timeout ends it long before
        return real_extract(doc, ref)

    monkeypatch.setattr(pipeline, "extract", hanging_extract)
    _fill_inbox(SAMPLES_DIR)
    started = time.monotonic()
    run = _dag_run(dag, 3)
    assert run.state == "failed", run
    assert time.monotonic() - started < 100
    states = {ti.task_id: ti.state for ti in run.get_task_instances()}
    assert states["parse_extract"] == "failed" and states["archive"] == "upstream_failed", states
    with connect(warehouse) as conn:
        batch = conn.exec_driver_sql("select status, note from etl.batch order by batch_id").all()
        loaded = conn.exec_driver_sql("select count(*) from warehouse.fact_readout").scalar_one()
    assert [b.status for b in batch] == ["failed"] and loaded == 0
    assert batch[0].note.startswith("Readouts pipeline failure: readouts_ingest.parse_extract"), batch[0].note
    assert "AirflowTaskTimeout" in batch[0].note, batch[0].note

    monkeypatch.setattr(pipeline, "extract", real_extract)  # the hang is gone
    run = _dag_run(dag, 4)
    assert run.state == "success", run
    assert_marts_match(warehouse, EXPECTED["samples"])
    assert sum(reconciles(warehouse).values()) == len(EXPECTED["samples"])
    assert not any((Path(os.environ["READOUTS_LANDING_DIR"]) / "inbox").iterdir())


def test_statement_timeout_ends_a_hung_statement_and_the_next_run_recovers(warehouse, monkeypatch):
    """A statement of the load hangs (pg_sleep injected before the merge): the session's
    statement_timeout (2 s here) cancels it, the run fails, the next run loads the files."""
    from readouts import db

    monkeypatch.setenv("READOUTS_STATEMENT_TIMEOUT_SECONDS", "2")
    real_script = db.execute_sql_script

    def stalled_script(conn, name, params=None):
        if name == "load/merge_batch.sql":
            conn.exec_driver_sql("select pg_sleep(60)")
        return real_script(conn, name, params)

    monkeypatch.setattr(db, "execute_sql_script", stalled_script)
    _fill_inbox(SAMPLES_DIR)
    started = time.monotonic()
    with pytest.raises(Exception, match="statement timeout"):
        pipeline.run_batch(run_id="cli:hung")
    assert time.monotonic() - started < 50
    with connect(warehouse) as conn:
        batch = conn.exec_driver_sql("select status, note from etl.batch").one()
        assert conn.exec_driver_sql("select count(*) from warehouse.fact_readout").scalar_one() == 0
    assert batch.status == "failed" and "QueryCanceled" in batch.note, batch

    monkeypatch.setattr(db, "execute_sql_script", real_script)
    monkeypatch.delenv("READOUTS_STATEMENT_TIMEOUT_SECONDS")
    summary = pipeline.run_batch(run_id="cli:next")
    assert summary["files"] == len(list(SAMPLES_DIR.iterdir()))
    assert_marts_match(warehouse, EXPECTED["samples"])


# oldest first is not the names' order here (the original before its copy, as expected)
SAMPLE_ORDER = sorted(p.name for p in SAMPLES_DIR.iterdir() if p.is_file())
SAMPLE_ORDER = SAMPLE_ORDER[3:] + SAMPLE_ORDER[:3]


def _age_inbox(inbox: Path) -> None:
    """Give the inbox files distinct mtimes, the first of SAMPLE_ORDER the oldest."""
    base = time.time() - 3600
    for n, name in enumerate(SAMPLE_ORDER):
        os.utime(inbox / name, (base + n, base + n))


def _expected_batches(max_files: int, max_bytes: int) -> list[list[str]]:
    batches: list[list[str]] = []
    size = 0
    for name in SAMPLE_ORDER:
        bytes_ = (SAMPLES_DIR / name).stat().st_size
        if batches and len(batches[-1]) < max_files and size + bytes_ <= max_bytes:
            batches[-1].append(name)
            size += bytes_
        else:
            batches.append([name])
            size = bytes_
    return batches


def _files_by_batch(url: str) -> list[list[str]]:
    with connect(url) as conn:
        rows = conn.exec_driver_sql(
            "select batch_id, array_agg(file_name) from etl.inbox_file group by batch_id order by batch_id"
        ).all()
    return [sorted(names, key=SAMPLE_ORDER.index) for _, names in rows]


def test_cli_ingest_takes_a_large_inbox_in_capped_batches_oldest_first(warehouse, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("READOUTS_BATCH_MAX_FILES", "4")
    source = tmp_path / "source"
    shutil.copytree(SAMPLES_DIR, source)
    _age_inbox(source)  # ingest copies with copy2: the mtimes go with the files
    summary = _cli(capsys, "ingest", str(source))
    n, k = len(SAMPLE_ORDER), 4
    assert len(summary["batch_ids"]) == -(-n // k) == 3
    assert [b["files"] for b in summary["batches"]] == [4, 4, 1]
    assert [b["left_in_inbox"] for b in summary["batches"]] == [5, 1, 0]
    assert (
        _files_by_batch(warehouse)
        == _expected_batches(4, 10**12)
        == [
            SAMPLE_ORDER[:4],
            SAMPLE_ORDER[4:8],
            SAMPLE_ORDER[8:],
        ]
    )
    for batch in summary["batches"]:  # each batch reconciled on its own
        assert pipeline.reconcile(batch["batch_id"])["files"] == batch["files"]
    assert summary["files"] == n and summary["documents"] == len(EXPECTED["samples"])
    assert_marts_match(warehouse, EXPECTED["samples"])
    assert sum(reconciles(warehouse).values()) == len(EXPECTED["samples"])
    assert not any((Path(os.environ["READOUTS_LANDING_DIR"]) / "inbox").iterdir())


def test_byte_cap_takes_the_oldest_files_that_fit_and_a_bigger_file_alone(warehouse, monkeypatch):
    """Claims only (no processing; batches opened without start_batch.sql, which would
    close the earlier ones): each claim takes the next oldest files within 3 files and
    1,200 bytes; the 1,227-byte file, over the cap, goes alone."""
    from readouts import intake
    from readouts.config import load_settings

    monkeypatch.setenv("READOUTS_BATCH_MAX_FILES", "3")
    monkeypatch.setenv("READOUTS_BATCH_MAX_BYTES", "1200")
    _fill_inbox(SAMPLES_DIR)
    _age_inbox(Path(os.environ["READOUTS_LANDING_DIR"]) / "inbox")
    expected = _expected_batches(3, 1200)
    assert expected[0] == ["2024-11-05_bundesregierung_erdogan.html"]  # 1,227 bytes
    assert len(expected) == 6
    settings = load_settings()
    lefts = []
    for _ in range(len(expected) + 1):
        with connect(warehouse) as conn:
            batch_id = conn.exec_driver_sql("insert into etl.batch (run_id) values ('cap') returning batch_id")
            batch_id = batch_id.scalar_one()
            conn.commit()
        claim = intake.claim_files(batch_id, intake.scan_inbox(settings, settle_seconds=0), settings)
        lefts.append(claim.left)
    assert _files_by_batch(warehouse) == expected  # and the last claim took nothing
    assert lefts == [8, 7, 4, 2, 1, 0, 0]


def test_a_backfill_claims_batch_after_batch_from_one_scan(warehouse, monkeypatch):
    """Claims only, as above, from an ``InboxBacklog`` (what ``ingest`` uses): the oldest
    files first, 3 a batch. A file deleted after the scan is never claimed; a file rewritten
    after the scan, and a file that lands meanwhile (older than every other by mtime), wait
    until the backlog is empty and a claim scans the inbox again."""
    from readouts import intake
    from readouts.config import load_settings

    monkeypatch.setenv("READOUTS_BATCH_MAX_FILES", "3")
    _fill_inbox(SAMPLES_DIR)
    inbox = Path(os.environ["READOUTS_LANDING_DIR"]) / "inbox"
    _age_inbox(inbox)
    backlog = intake.InboxBacklog(load_settings(), settle_seconds=0)

    def claim() -> tuple[list[str], int]:
        with connect(warehouse) as conn:
            batch_id = conn.exec_driver_sql("insert into etl.batch (run_id) values ('backlog') returning batch_id")
            batch_id = batch_id.scalar_one()
            conn.commit()
        taken = backlog.claim(batch_id)
        return [f.file_name for f in taken.files], taken.left

    assert claim() == (SAMPLE_ORDER[:3], 6)
    deleted, rewritten = SAMPLE_ORDER[3], SAMPLE_ORDER[4]
    (inbox / deleted).unlink()
    old = (inbox / rewritten).stat().st_mtime
    (inbox / rewritten).write_bytes((inbox / rewritten).read_bytes() + b"\n")
    os.utime(inbox / rewritten, (old, old))  # same mtime, another size: changed all the same
    arrived = "1999-01-01_late_arrival.txt"
    shutil.copy2(SAMPLES_DIR / SAMPLE_ORDER[0], inbox / arrived)
    os.utime(inbox / arrived, (1, 1))
    claims = [claim() for _ in range(4)]
    assert claims[0] == (SAMPLE_ORDER[5:8], 1)  # the deleted and the rewritten file left out
    assert claims[1] == (SAMPLE_ORDER[8:], 0)
    assert claims[2][0] == [arrived, rewritten]  # the backlog was empty: a new scan
    assert claims[3] == ([], 0)  # that scan's other files are claimed by the open batches
    with connect(warehouse) as conn:
        claimed = conn.exec_driver_sql("select file_name from etl.inbox_file").scalars().all()
    assert sorted(claimed) == sorted({*SAMPLE_ORDER, arrived} - {deleted})  # each once (the key is unique)


def test_a_backfill_claims_a_symbolic_link_from_its_scan(warehouse, tmp_path, monkeypatch):
    """A link in the inbox is an entry of its own (its content the link, no size): the backlog
    offers it like any file, so that ``ingest`` moves it to quarantine and never reads its target."""
    from readouts import intake
    from readouts.config import load_settings

    monkeypatch.setenv("READOUTS_BATCH_MAX_FILES", "3")
    inbox = Path(os.environ["READOUTS_LANDING_DIR"]) / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    for name in SAMPLE_ORDER[:2]:
        shutil.copy2(SAMPLES_DIR / name, inbox / name)
    outside = tmp_path / "outside.txt"
    outside.write_text("not the pipeline's to read", encoding="utf-8")
    (inbox / "a_link.txt").symlink_to(outside)
    os.utime(inbox / "a_link.txt", (1, 1), follow_symlinks=False)
    with connect(warehouse) as conn:
        opened = conn.exec_driver_sql("insert into etl.batch (run_id) values ('link') returning batch_id")
        batch_id = opened.scalar_one()
        conn.commit()
    taken = intake.InboxBacklog(load_settings(), settle_seconds=0).claim(batch_id)
    assert taken.files[0].file_name == "a_link.txt"  # the oldest
    assert sorted(f.file_name for f in taken.files) == sorted(["a_link.txt", *SAMPLE_ORDER[:2]])
    assert taken.left == 0
