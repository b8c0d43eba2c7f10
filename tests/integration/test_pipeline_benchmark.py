"""The pipeline benchmark runs end to end on a tiny corpus (its own embedded PostgreSQL in
a temp folder) and every end-to-end run, whatever its workers, reaches the same outcome.

Correctness only: no assertion here is about speed.
"""

from __future__ import annotations

import os

import pytest

from readouts.pipeline_benchmark import print_pipeline_report, run_pipeline_benchmark

pytestmark = [pytest.mark.integration, pytest.mark.timeout(600)]


def test_pipeline_benchmark_on_a_tiny_corpus(capsys: pytest.CaptureFixture[str]):
    before = {k: os.environ.get(k) for k in ("READOUTS_WAREHOUSE_URL", "READOUTS_LANDING_DIR")}
    report = run_pipeline_benchmark(files=30, workers=2)
    assert {k: os.environ.get(k) for k in before} == before  # the runs' settings are undone
    assert report.files == 30 and report.documents >= 30
    assert report.floor.documents == report.single_core.documents == report.documents
    assert [run.workers for run in report.runs] == [1, 2, 2]
    assert {run.documents for run in report.runs} == {report.documents}
    assert len({tuple(sorted(run.statuses.items())) for run in report.runs}) == 1
    assert report.runs[0].statuses["loaded"] > 0
    assert all(run.memory and run.memory.samples and run.memory.pss_total > 0 for run in report.runs)
    assert report.runs[1].memory.worker_rss > 0  # the pool's workers were seen
    print_pipeline_report(report)
    out = capsys.readouterr().out
    assert "COPY floor" in out and "ceiling" in out and "end to end, 2 workers" in out
