"""Pipeline benchmark: the whole pipeline on the generated corpus, beside its floor and ceiling.

``python -m readouts benchmark --pipeline [--files N] [--workers N]`` starts an embedded
PostgreSQL in a temp folder (removed afterwards), generates (or reuses, ``--dir``) the
corpus of ``readouts.benchmark`` and measures, in one run:

- **COPY floor**: every file read and its raw text COPYed into a scratch table (no
  parsing): what moving the bytes into PostgreSQL costs at the least;
- **parse + extract ceiling**: parse + extract of every document in one process (one
  core), times the cores: what the CPU-bound steps allow at best on this machine;
- **end to end**: ``run_batches`` (discover, parse + extract in shards, stage, quality with
  the real great-expectations suites, load, archive) into a fresh warehouse each time,
  with 1 worker, with N workers forked after the reference data is loaded (shared
  copy-on-write, its objects frozen by ``gc.freeze()`` before the fork), the same without
  ``gc.freeze()``, and with N workers started by ``spawn`` (each loads its own reference
  data), with the peak memory of the process and its workers (RSS summed, and PSS, which
  counts a page shared by k processes 1/k in each), and the CPU time it spent per document
  by who spent it: the pool's workers, this process, and the PostgreSQL server.

A measurement printed as a table, never a pass/fail gate.
"""

from __future__ import annotations

import os
import resource
import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil

from readouts.benchmark import _is_corpus, _stages, _timed, _warm_up, corpus_files, generate_corpus, load_timed

ENV_KEYS = (
    "READOUTS_WAREHOUSE_URL",
    "READOUTS_LANDING_DIR",
    "READOUTS_SETTLE_SECONDS",
    "READOUTS_GX_DOCS_DIR",
    "READOUTS_GX_RESULTS_DIR",
)


@dataclass
class Memory:
    """Peak memory over a run, sampled every second (every 0.2 s at first): this process and its children."""

    rss_total: int = 0  # the largest sum of RSS over the processes at one sample
    pss_total: int = 0  # the largest sum of PSS (shared pages split between their sharers)
    worker_rss: int = 0  # the largest RSS of one worker
    workers_pss: int = 0  # the largest sum of the workers' PSS alone
    samples: int = 0


@dataclass
class CpuSeconds:
    """CPU time (user + system) spent during a run, by who spent it."""

    workers: float = 0.0  # the pool's processes (counted when the pool closes and reaps them)
    main: float = 0.0  # this process: discover, COPY, quality, load, archive (and parse with 1 worker)
    postgres: float = 0.0  # the server: postmaster, backends (live and exited), its background processes

    @property
    def total(self) -> float:
        return self.workers + self.main + self.postgres

    def __sub__(self, earlier: CpuSeconds) -> CpuSeconds:
        return CpuSeconds(self.workers - earlier.workers, self.main - earlier.main, self.postgres - earlier.postgres)


def postgres_cpu_seconds(postmaster_pid: int | None) -> float:
    """CPU seconds of a PostgreSQL server so far: the postmaster's own, its exited children's
    (reaped by it) and its live children's. A backend that began before a measurement and
    exits during it is counted whole: connect before measuring and keep the connection."""
    if postmaster_pid is None:
        return 0.0
    try:
        postmaster = psutil.Process(postmaster_pid)
        times = postmaster.cpu_times()
        seconds = times.user + times.system + times.children_user + times.children_system
        children = postmaster.children()
    except psutil.Error:
        return 0.0
    for child in children:
        try:
            child_times = child.cpu_times()
        except psutil.Error:  # exited since listed: counted by the postmaster once reaped
            continue
        seconds += child_times.user + child_times.system
    return seconds


def cpu_seconds_now(postmaster_pid: int | None) -> CpuSeconds:
    """The CPU time spent so far by this process's reaped children, itself and the server."""
    mine, reaped = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return CpuSeconds(
        workers=reaped.ru_utime + reaped.ru_stime,
        main=mine.ru_utime + mine.ru_stime,
        postgres=postgres_cpu_seconds(postmaster_pid),
    )


@dataclass
class Run:
    name: str
    workers: int
    documents: int
    files: int
    seconds: float
    memory: Memory | None = None
    steps: dict[str, float] = field(default_factory=dict)
    statuses: dict[str, int] = field(default_factory=dict)
    cpu: CpuSeconds | None = None

    @property
    def per_second(self) -> float:
        return self.documents / max(self.seconds, 1e-9)

    def cpu_ms_per_document(self) -> CpuSeconds | None:
        if self.cpu is None or not self.documents:
            return None
        per = 1000 / self.documents
        return CpuSeconds(self.cpu.workers * per, self.cpu.main * per, self.cpu.postgres * per)


@dataclass
class PipelineReport:
    files: int
    corpus_bytes: int
    documents: int
    cores: int
    workers: int
    generate_seconds: float
    load_seconds: dict[str, float]
    floor: Run
    single_core: Run
    runs: list[Run]

    @property
    def ceiling(self) -> float:
        return self.single_core.per_second * self.cores


def _rollup(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of a process in bytes from /proc/<pid>/smaps_rollup (0, 0 when it is gone)."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1]) * 1024
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1]) * 1024
    except OSError:
        pass
    return rss, pss


@contextmanager
def peak_memory(interval: float = 1.0, first_seconds: float = 5.0, first_interval: float = 0.2) -> Iterator[Memory]:
    """Sample this process and its children until the block ends; yields the Memory filled in.

    Every ``first_interval`` seconds for the first ``first_seconds`` (a short run's workers are
    seen), then every ``interval``: a sample costs this process milliseconds of CPU."""
    memory = Memory()
    stop = threading.Event()
    me = psutil.Process()

    def sample() -> None:
        while True:
            try:
                children = [c.pid for c in me.children(recursive=True)]
            except psutil.Error:
                children = []
            mine = _rollup(me.pid)
            theirs = [_rollup(pid) for pid in children]
            memory.rss_total = max(memory.rss_total, mine[0] + sum(r for r, _ in theirs))
            memory.pss_total = max(memory.pss_total, mine[1] + sum(p for _, p in theirs))
            memory.worker_rss = max([memory.worker_rss, *(r for r, _ in theirs)])
            memory.workers_pss = max(memory.workers_pss, sum(p for _, p in theirs))
            memory.samples += 1
            if stop.wait(first_interval if time.perf_counter() - started < first_seconds else interval):
                return

    started = time.perf_counter()
    thread = threading.Thread(target=sample, name="peak-memory", daemon=True)
    thread.start()
    try:
        yield memory
    finally:
        stop.set()
        thread.join()


@contextmanager
def scoped_environment(values: dict[str, str]) -> Iterator[None]:
    """The pipeline's settings (``ENV_KEYS``) set to ``values`` inside the block, restored after."""
    saved = {key: os.environ.get(key) for key in ENV_KEYS}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def copy_floor(server: Any, paths: list[Path], documents: int) -> Run:
    """Read every file and COPY its raw text into a scratch table of a fresh database."""
    import sqlalchemy as sa

    from readouts import db

    server.create_database("bench_floor")
    engine = sa.create_engine(server.url("bench_floor"))
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("create unlogged table scratch (file_name text, body text)")
        started = time.perf_counter()
        with engine.begin() as conn:
            db.copy_rows(
                conn,
                "scratch",
                ("file_name", "body"),
                ((p.name, p.read_bytes().decode("utf-8", "replace").replace("\x00", "")) for p in paths),
            )
        seconds = time.perf_counter() - started
    finally:
        engine.dispose()
    return Run("COPY floor: read + COPY raw text", 1, documents, len(paths), seconds)


def fresh_warehouse_environment(server: Any, root: Path, database: str) -> dict[str, str]:
    """A new database on ``server`` and a landing folder under ``root``: the settings that
    point the pipeline at them (for ``scoped_environment``)."""
    server.create_database(database)
    base = root / database
    (base / "landing" / "inbox").mkdir(parents=True)
    return {
        "READOUTS_WAREHOUSE_URL": server.url(database),
        "READOUTS_LANDING_DIR": str(base / "landing"),
        "READOUTS_SETTLE_SECONDS": "0",
        "READOUTS_GX_DOCS_DIR": str(base / "docs"),
        "READOUTS_GX_RESULTS_DIR": str(base / "results"),
    }


def end_to_end(
    server: Any, root: Path, paths: list[Path], workers: int, start_method: str, name: str, freeze_gc: bool = True
) -> Run:
    """The CLI's ``run_batches`` on a copy of the corpus in a fresh warehouse."""
    from readouts import db, pipeline

    env = fresh_warehouse_environment(server, root, f"bench_{len(list(root.iterdir()))}")
    url, inbox = env["READOUTS_WAREHOUSE_URL"], Path(env["READOUTS_LANDING_DIR"]) / "inbox"
    with scoped_environment(env):
        db.migrate(url)
        for path in paths:
            shutil.copy2(path, inbox / path.name)
        with peak_memory() as memory:
            cpu_before = cpu_seconds_now(server.postmaster_pid())
            started = time.perf_counter()
            summary = pipeline.run_batches(run_id=f"benchmark:{name}", settle_seconds=0, workers=workers,
                                           start_method=start_method, freeze_gc=freeze_gc)  # fmt: skip
            seconds = time.perf_counter() - started
            cpu = cpu_seconds_now(server.postmaster_pid()) - cpu_before
        db.engine(url).dispose()
    statuses = {s: summary[s] for s in ("loaded", "duplicate", "not_readout", "rejected", "failed_quality")}
    return Run(
        name, workers, summary["documents"], summary["files"], seconds, memory, summary["seconds"], statuses, cpu
    )


def run_pipeline_benchmark(
    files: int = 2000,
    directory: Path | None = None,
    keep: bool = False,
    seed: int = 3,
    workers: int | None = None,
    fork_only: bool = False,
) -> PipelineReport:
    from readouts.embedded_pg import EmbeddedPostgres, free_port

    cores = os.cpu_count() or 1
    workers = workers or cores
    ref, load = load_timed()

    folder = Path(tempfile.mkdtemp(prefix="readouts-bench-")) if directory is None else directory
    owned = directory is None
    generate_seconds = 0.0
    if directory is not None and directory.exists() and any(directory.iterdir()):
        if not _is_corpus(directory, files, seed):
            raise ValueError(f"{directory} is not empty and holds no corpus of {files} files (seed {seed})")
    else:
        started = time.perf_counter()
        generate_corpus(folder, files, ref, seed)
        generate_seconds = time.perf_counter() - started
        owned = True
    root = Path(tempfile.mkdtemp(prefix="readouts-pipebench-"))
    root.chmod(0o755)  # the server user (when root) must traverse it
    server = EmbeddedPostgres(root / "pg" / "data", free_port())
    runs_dir = root / "runs"
    runs_dir.mkdir()
    try:
        paths = corpus_files(folder)
        load["warm-up (first documents of each kind)"] = _warm_up(ref, paths)
        single = _timed("parse + extract, one process", paths, _stages(ref)["parse + extract"])
        single_core = Run("parse + extract, one core", 1, single.documents, single.files, single.wall_seconds)
        server.start()
        floor = copy_floor(server, paths, single.documents)
        started = time.perf_counter()  # imports and first use of great-expectations, Alembic, the SQL
        end_to_end(server, runs_dir, paths[:20], 1, "fork", "warm-up")
        load["warm-up pipeline run (20 files)"] = time.perf_counter() - started
        runs = [end_to_end(server, runs_dir, paths, 1, "fork", "end to end, 1 worker")]
        if workers > 1:
            runs.append(
                end_to_end(server, runs_dir, paths, workers, "fork",
                           f"end to end, {workers} workers (fork: reference data loaded once, shared, gc.freeze())")
            )  # fmt: skip
        if workers > 1 and not fork_only:
            runs.append(
                end_to_end(server, runs_dir, paths, workers, "fork",
                           f"end to end, {workers} workers (fork without gc.freeze())", freeze_gc=False)
            )  # fmt: skip
            runs.append(
                end_to_end(server, runs_dir, paths, workers, "spawn",
                           f"end to end, {workers} workers (spawn: reference data loaded by each)")
            )  # fmt: skip
        return PipelineReport(
            files=len(paths),
            corpus_bytes=sum(p.stat().st_size for p in paths),
            documents=single.documents,
            cores=cores,
            workers=workers,
            generate_seconds=generate_seconds,
            load_seconds=load,
            floor=floor,
            single_core=single_core,
            runs=runs,
        )
    finally:
        try:
            server.stop()
        finally:
            shutil.rmtree(root, ignore_errors=True)
            if owned and not keep:
                shutil.rmtree(folder, ignore_errors=True)


def print_pipeline_report(report: PipelineReport) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if console.width < 150:
        console = Console(width=150)
    console.print(
        f"corpus: {report.files} files, {report.documents} documents, {report.corpus_bytes / 1e6:.1f} MB"
        + (f", generated in {report.generate_seconds:.1f} s" if report.generate_seconds else ", reused")
        + f"; {report.cores} cores"
    )
    for what, seconds in report.load_seconds.items():
        console.print(f"load: {what}: {seconds:.2f} s (not counted below)")
    mb = 1e6
    table = Table(title="pipeline: floor, ceiling and end to end (documents/s)")
    for column in ("measure", "documents", "wall s", "documents/s", "vs ceiling", "peak PSS MB", "peak RSS MB",
                   "worker RSS MB"):  # fmt: skip
        table.add_column(column, justify="left" if column == "measure" else "right")
    ceiling = report.ceiling
    for run in (report.floor, report.single_core):
        per_second = run.per_second
        table.add_row(run.name, str(run.documents), f"{run.seconds:.2f}", f"{per_second:,.0f}",
                      f"{per_second / ceiling:.2f}×", "", "", "")  # fmt: skip
    table.add_row(f"ceiling: parse + extract × {report.cores} cores", "", "", f"{ceiling:,.0f}", "1.00×", "", "", "")
    for run in report.runs:
        memory = run.memory or Memory()
        table.add_row(
            run.name,
            str(run.documents),
            f"{run.seconds:.2f}",
            f"{run.per_second:,.0f}",
            f"{run.per_second / ceiling:.2f}×",
            f"{memory.pss_total / mb:,.0f}",
            f"{memory.rss_total / mb:,.0f}",
            f"{memory.worker_rss / mb:,.0f}" if memory.worker_rss else "-",
        )
    console.print(table)
    console.print("PSS and RSS: this process and its workers summed, peak over the run; worker RSS: the largest one.")
    for run in report.runs:
        steps = ", ".join(f"{k} {v:.1f}" for k, v in run.steps.items())
        console.print(f"{run.name}: seconds by step: {steps}; statuses: {run.statuses}")
    ceiling_ms = 1000 / max(report.single_core.per_second, 1e-9)
    console.print(
        f"CPU ms per document (user + system; the ceiling's parse + extract takes {ceiling_ms:.3f} on one core):"
    )
    for run in report.runs:
        if (per := run.cpu_ms_per_document()) is not None:
            console.print(
                f"  {run.name}: workers {per.workers:.3f} + this process {per.main:.3f}"
                f" + PostgreSQL {per.postgres:.3f} = {per.total:.3f}"
            )
