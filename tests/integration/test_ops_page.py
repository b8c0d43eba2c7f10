"""The Readouts page's content on a real PostgreSQL server: the figures it shows equal the
warehouse's, and text from files is escaped in the HTML (a file name is user input)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from readouts import pipeline
from readouts.ops_page import STATUSES, ops_summary, render_page
from tests.helpers import SAMPLES_DIR, connect

pytestmark = pytest.mark.integration

HOSTILE_NAME = "<img src=x onerror=alert(1)>.txt"


@pytest.fixture
def loaded(warehouse: str, tmp_path: Path) -> str:
    inbox = tmp_path / "landing" / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    for path in SAMPLES_DIR.iterdir():
        shutil.copy2(path, inbox / path.name)
    (inbox / HOSTILE_NAME).write_bytes(b"")  # empty: rejected, quarantined
    pipeline.run_batch(settle_seconds=0)
    return warehouse


def test_the_summary_equals_the_warehouse(loaded: str):
    summary = ops_summary()
    with connect(loaded) as conn:
        by_status = dict(conn.exec_driver_sql("select status, count(*) from mart.readout group by status").all())
        files = conn.exec_driver_sql("select count(*) from etl.inbox_file").scalar_one()
        quarantined = set(
            conn.exec_driver_sql(
                "select f.file_name from etl.inbox_file f join etl.file_manifest m using (inbox_file_id) "
                "where m.status in ('rejected', 'failed_quality')"
            ).scalars()
        )
        per_type = dict(conn.exec_driver_sql("select engagement_type, count(*) from mart.engagement group by 1").all())
    [batch] = summary["batches"]
    assert {s: batch[s] for s in STATUSES if batch[s]} == by_status
    assert (batch["files"], batch["documents"], batch["reconciled"]) == (files, sum(by_status.values()), True)
    assert {q["file_name"] for q in summary["quarantine"]} == quarantined and HOSTILE_NAME in quarantined
    assert all(q["reasons"] for q in summary["quarantine"])
    shown = {}
    for row in summary["engagements_by_month"]:
        shown[row["engagement_type"]] = shown.get(row["engagement_type"], 0) + row["engagements"]
    assert shown == per_type  # the samples lie within 24 months of the latest engagement
    days = {row["status"]: row["documents"] for row in summary["documents_by_day"]}
    assert days == by_status  # all processed today
    assert {q["suite"]: q["outcome"] for q in summary["quality"]}.keys() == {
        "staged_document", "staged_batch", "warehouse",
    }  # fmt: skip


def test_the_page_escapes_text_from_files(loaded: str):
    page = render_page(ops_summary(), "ops<script>")
    assert HOSTILE_NAME not in page and "&lt;img src=x onerror=alert(1)&gt;.txt" in page
    assert "ops<script>" not in page and "ops&lt;script&gt;" in page
    assert "<svg" in page  # the chart of documents by status
