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
    assert [run.workers for run in report.runs] == [1, 2, 2, 2]
    assert {run.documents for run in report.runs} == {report.documents}
    assert len({tuple(sorted(run.statuses.items())) for run in report.runs}) == 1
    assert report.runs[0].statuses["loaded"] > 0
    assert all(run.memory and run.memory.samples and run.memory.pss_total > 0 for run in report.runs)
    assert report.runs[1].memory.worker_rss > 0 and report.runs[2].memory.worker_rss > 0  # the pools' workers
    assert "without gc.freeze()" in report.runs[2].name
    # CPU time by who spent it: the server and this process in every run, the pools' workers
    # (reaped when the pool closes) in the runs with 2
    assert all(run.cpu and run.cpu.postgres > 0 and run.cpu.main > 0 for run in report.runs), report.runs
    assert all(run.cpu.workers > 0 for run in report.runs[1:]), [run.cpu for run in report.runs]
    print_pipeline_report(report)
    out = capsys.readouterr().out
    assert "COPY floor" in out and "ceiling" in out and "end to end, 2 workers" in out
    assert "CPU ms per document" in out and "+ PostgreSQL" in out


def test_pipeline_benchmark_fork_only_runs_one_worker_and_the_forked_pool():
    report = run_pipeline_benchmark(files=10, workers=2, fork_only=True)
    assert [run.workers for run in report.runs] == [1, 2]
    assert "gc.freeze()" in report.runs[1].name and "without" not in report.runs[1].name
    assert report.runs[0].statuses == report.runs[1].statuses and report.runs[0].documents == report.documents


def test_warehouse_size_benchmark_on_tiny_warehouses(capsys: pytest.CaptureFixture[str]):
    """``--warehouse-sizes``: the same new files through the pipeline on an empty and on a
    generated warehouse end with the same statuses; every BI query ran and returned rows."""
    from readouts.warehouse_benchmark import BI_QUERIES, print_warehouse_report, run_warehouse_benchmark

    before = {k: os.environ.get(k) for k in ("READOUTS_WAREHOUSE_URL", "READOUTS_LANDING_DIR")}
    runs = run_warehouse_benchmark([0, 1500], new_files=8, repeats=3)
    assert {k: os.environ.get(k) for k in before} == before
    assert [run.readouts for run in runs] == [0, 1500]
    assert runs[0].statuses == runs[1].statuses and runs[0].statuses["loaded"] > 0
    assert runs[1].build_seconds > 0 and all(run.batch_seconds > 0 for run in runs)
    assert set(runs[1].steps) >= {"parse_extract", "stage", "quality", "load", "archive"}
    for run in runs:
        assert [q.name for q in run.queries] == list(BI_QUERIES)
        assert all(q.runs == 3 and 0 < q.p50_ms <= q.p95_ms for q in run.queries)
    assert all(q.rows > 0 for q in runs[1].queries), runs[1].queries
    # the baselines computed from the facts give the mart's rows
    baselines = [q for run in runs for q in run.queries if q.baseline_p50_ms is not None]
    assert {q.name for q in baselines} == {"dyad_calls_by_month", "leader_engagements_by_year", "figures_usd_by_year"}
    assert all(q.baseline_same_rows for q in baselines), baselines
    print_warehouse_report(runs)
    out = capsys.readouterr().out
    assert "1,500" in out and "dyad_calls_by_month" in out and "batch seconds by step" in out
