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
    # the baseline: the same answer computed from the facts at query time (as the pipeline's
    # role), where the mart reads materialised counts or a join it can drop
    baseline_p50_ms: float | None = None
    baseline_p95_ms: float | None = None
    baseline_same_rows: bool | None = None


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


def run_bi_query(conn: sa.Connection, name: str, parameters: dict[str, Any], folder: str = "bi") -> list[sa.Row]:
    """One BI query (``include/sql/<folder>/<name>.sql``) with the parameters it uses."""
    text = db.sql_text(f"{folder}/{name}.sql")
    used = {k: v for k, v in parameters.items() if f":{k}" in text}
    return conn.execute(sa.text(text), used).all()


def _timed(conn: sa.Connection, name: str, parameters: dict[str, Any], repeats: int, folder: str) -> tuple:
    """(rows of the warm-up run, p50 ms, p95 ms) of ``repeats`` runs after one warm-up run."""
    rows = run_bi_query(conn, name, parameters, folder)  # warm-up: plan and cache
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        run_bi_query(conn, name, parameters, folder)
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    p95 = samples[min(len(samples) - 1, int(round(0.95 * (len(samples) - 1))))]
    return rows, statistics.median(samples), p95


def time_bi_queries(
    url: str, parameters: dict[str, Any], repeats: int = 30, baseline_url: str | None = None
) -> list[QueryTiming]:
    """p50 and p95 in ms of each BI query through ``url`` (the BI role), after a warm-up run;
    with ``baseline_url`` (the pipeline's role), also of its baseline computed from the facts
    (``include/sql/bench/bi_from_facts/``) where there is one, and whether both gave the same rows."""
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    timings, mart_rows = [], {}
    try:
        with engine.connect() as conn:
            for name in BI_QUERIES:
                rows, p50, p95 = _timed(conn, name, parameters, repeats, "bi")
                timings.append(QueryTiming(name, len(rows), p50, p95, repeats))
                mart_rows[name] = [tuple(r) for r in rows]
    finally:
        engine.dispose()
    if baseline_url:
        baselines = load_baselines()
        engine = sa.create_engine(baseline_url, poolclass=sa.pool.NullPool)
        try:
            with engine.connect() as conn:
                for timing in (t for t in timings if t.name in baselines):
                    rows, timing.baseline_p50_ms, timing.baseline_p95_ms = _timed(
                        conn, timing.name, parameters, repeats, "bench/bi_from_facts"
                    )
                    timing.baseline_same_rows = _same(rows, mart_rows[timing.name])
        finally:
            engine.dispose()
    return timings


def load_baselines() -> set[str]:
    """The BI queries with a from-the-facts baseline in ``include/sql/bench/bi_from_facts/``."""
    from readouts.config import load_settings

    return {p.stem for p in (load_settings().sql_dir / "bench" / "bi_from_facts").glob("*.sql")}


def _same(rows: list[sa.Row], mart_rows: list[tuple]) -> bool:
    """The same rows, sums of money compared to a relative 1e-9 (float sums in another order)."""
    if len(rows) != len(mart_rows):
        return False
    for got, want in zip(rows, mart_rows, strict=True):
        for a, b in zip(tuple(got), want, strict=True):
            if isinstance(a, float) or isinstance(b, float):
                if abs(float(a) - float(b)) > 1e-9 * max(abs(float(a)), abs(float(b)), 1.0):
                    return False
            elif a != b:
                return False
    return True


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
        queries = time_bi_queries(bi_url(url, password), parameters, repeats, baseline_url=url)
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
        if any(q.baseline_p50_ms is not None for q in run.queries):
            table.add_row(
                "  from the facts",
                "",
                "",
                "",
                *(
                    f"{q.baseline_p50_ms:.1f} / {q.baseline_p95_ms:.1f}" + ("" if q.baseline_same_rows else " ≠")
                    if q.baseline_p50_ms is not None
                    else "-"
                    for q in run.queries
                ),
            )
    console.print(table)
    console.print(
        "from the facts: the same answer computed at query time (as before 0010: mart.dyad_month from the facts, "
        "mart.figure with an inner join), as the pipeline's role; ≠ marks rows that differ from the mart's."
    )
    for run in runs:
        steps = ", ".join(f"{k} {v:.1f}" for k, v in run.steps.items())
        rows = ", ".join(f"{q.name} {q.rows}" for q in run.queries)
        console.print(
            f"{run.readouts:,} readouts: batch seconds by step: {steps}; statuses: {run.statuses}; "
            f"rows returned: {rows}; load average after the batch: " + " ".join(f"{x:.2f}" for x in run.load_average)
        )
