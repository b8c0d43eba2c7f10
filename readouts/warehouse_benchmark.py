"""Warehouse-size benchmark: a batch of new files and the BI queries on top of a big warehouse.

``python -m readouts benchmark --pipeline --warehouse-sizes 10000,100000,1000000`` starts an
embedded PostgreSQL in a temp folder (removed afterwards) and, for each size, in a fresh
database: builds a generated warehouse of that many loaded readouts
(``readouts.warehouse_generator``, set-based SQL), runs the CLI's pipeline on the same
new files (``--new-files``, default 100, from the benchmark corpus) on top of it, and times
each BI query of ``include/sql/bi/`` through the ``readouts_bi`` role (p50 and p95 of
``--repeats`` runs after one warm-up run). The size series is its own baseline: a run whose
cost grows with the new files, not the warehouse, takes the same seconds at every size.

A measurement printed as a table, never a pass/fail gate.
"""

from __future__ import annotations

import secrets
import shutil
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from readouts import db

BI_QUERIES = (
    "dyad_calls_by_month",
    "leader_engagements_by_year",
    "top_initiators",
    "figures_usd_by_year",
    "readout_status",
)
BI_ROLE = "readouts_bi"


@dataclass
class QueryTiming:
    name: str
    rows: int
    p50_ms: float
    p95_ms: float
    runs: int


@dataclass
class SizeRun:
    size: int
    readouts: int
    build_seconds: float
    batch_seconds: float
    batch_documents: int
    steps: dict[str, float] = field(default_factory=dict)
    statuses: dict[str, int] = field(default_factory=dict)
    queries: list[QueryTiming] = field(default_factory=list)
    parameters: dict[str, Any] = field(default_factory=dict)
    load_average: tuple[float, float, float] = (0.0, 0.0, 0.0)


def bi_parameters(url: str | None = None) -> dict[str, Any]:
    """The values the BI queries are asked with (``include/sql/bench/bi_parameters.sql``)."""
    with db.engine(url).connect() as conn:
        row = db.execute_sql_file(conn, "bench/bi_parameters.sql").mappings().one()
    return dict(row)


def bi_url(url: str, password: str) -> str:
    """``url`` (the warehouse) with the BI role and its password instead of the pipeline's."""
    return sa.engine.make_url(url).set(username=BI_ROLE, password=password).render_as_string(hide_password=False)


def run_bi_query(conn: sa.Connection, name: str, parameters: dict[str, Any]) -> list[sa.Row]:
    """One BI query (``include/sql/bi/<name>.sql``) with the parameters it uses."""
    text = db.sql_text(f"bi/{name}.sql")
    used = {k: v for k, v in parameters.items() if f":{k}" in text}
    return conn.execute(sa.text(text), used).all()


def time_bi_queries(url: str, parameters: dict[str, Any], repeats: int = 30) -> list[QueryTiming]:
    """p50 and p95 in ms of each BI query through ``url`` (the BI role), after a warm-up run."""
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    timings = []
    try:
        with engine.connect() as conn:
            for name in BI_QUERIES:
                rows = len(run_bi_query(conn, name, parameters))  # warm-up: plan and cache
                samples = []
                for _ in range(repeats):
                    started = time.perf_counter()
                    run_bi_query(conn, name, parameters)
                    samples.append((time.perf_counter() - started) * 1000)
                samples.sort()
                p95 = samples[min(len(samples) - 1, int(round(0.95 * (len(samples) - 1))))]
                timings.append(QueryTiming(name, rows, statistics.median(samples), p95, repeats))
    finally:
        engine.dispose()
    return timings


def run_size(server: Any, root: Path, size: int, new_files: list[Path], ref: Any, repeats: int) -> SizeRun:
    """A fresh warehouse of ``size`` generated readouts, the new files on top, the BI queries."""
    import os

    from readouts import pipeline
    from readouts.pipeline_benchmark import fresh_warehouse_environment, scoped_environment
    from readouts.warehouse_generator import build_warehouse

    env = fresh_warehouse_environment(server, root, f"warehouse_{size}")
    url, inbox = env["READOUTS_WAREHOUSE_URL"], Path(env["READOUTS_LANDING_DIR"]) / "inbox"
    password = secrets.token_urlsafe(16)
    with scoped_environment(env):
        db.migrate(url)
        with db.engine(url).begin() as conn:
            db.set_role_password(conn, BI_ROLE, password)
        build = build_warehouse(size, url=url, ref=ref) if size else None
        for path in new_files:
            shutil.copy2(path, inbox / path.name)
        started = time.perf_counter()
        summary = pipeline.run_batches(run_id=f"benchmark:warehouse-{size}", settle_seconds=0, workers=1)
        batch_seconds = time.perf_counter() - started
        load_average = os.getloadavg()
        parameters = bi_parameters(url)
        queries = time_bi_queries(bi_url(url, password), parameters, repeats)
        db.engine(url).dispose()
    statuses = {s: summary[s] for s in ("loaded", "duplicate", "not_readout", "rejected", "failed_quality")}
    return SizeRun(
        size=size,
        readouts=build.readouts if build else 0,
        build_seconds=build.seconds if build else 0.0,
        batch_seconds=batch_seconds,
        batch_documents=summary["documents"],
        steps=summary["seconds"],
        statuses=statuses,
        queries=queries,
        parameters=parameters,
        load_average=load_average,
    )


def run_warehouse_benchmark(sizes: list[int], new_files: int = 100, repeats: int = 30, seed: int = 3) -> list[SizeRun]:
    """Every size in turn on one embedded PostgreSQL 18 in a temp folder (removed after)."""
    from readouts.benchmark import corpus_files, generate_corpus, load_timed
    from readouts.embedded_pg import EmbeddedPostgres, free_port
    from readouts.pipeline_benchmark import end_to_end

    ref, _ = load_timed()
    root = Path(tempfile.mkdtemp(prefix="readouts-whbench-"))
    root.chmod(0o755)  # the server user (when root) must traverse it
    server = EmbeddedPostgres(root / "pg" / "data", free_port())
    try:
        corpus = root / "corpus"
        generate_corpus(corpus, new_files, ref, seed)
        paths = corpus_files(corpus)
        runs_dir = root / "runs"
        runs_dir.mkdir()
        server.start()
        end_to_end(server, runs_dir, paths[:5], 1, "fork", "warm-up")  # imports, first use of GX and Alembic
        return [run_size(server, runs_dir, size, paths, ref, repeats) for size in sizes]
    finally:
        try:
            server.stop()
        finally:
            shutil.rmtree(root, ignore_errors=True)


def print_warehouse_report(runs: list[SizeRun]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if console.width < 150:
        console = Console(width=150)
    table = Table(title="a batch of new files and the BI queries (p50 / p95 ms, as readouts_bi) by warehouse size")
    for column in ("warehouse readouts", "build s", "batch s", "batch documents", *BI_QUERIES):
        table.add_column(column, justify="right")
    for run in runs:
        table.add_row(
            f"{run.readouts:,}",
            f"{run.build_seconds:.1f}",
            f"{run.batch_seconds:.1f}",
            str(run.batch_documents),
            *(f"{q.p50_ms:.1f} / {q.p95_ms:.1f}" for q in run.queries),
        )
    console.print(table)
    for run in runs:
        steps = ", ".join(f"{k} {v:.1f}" for k, v in run.steps.items())
        rows = ", ".join(f"{q.name} {q.rows}" for q in run.queries)
        console.print(
            f"{run.readouts:,} readouts: batch seconds by step: {steps}; statuses: {run.statuses}; "
            f"rows returned: {rows}; load average after the batch: " + " ".join(f"{x:.2f}" for x in run.load_average)
        )
