"""Issue #13: the CeleryExecutor for real, without Docker.

`./dev run --celery` (readouts.devstack) in a copy of the project starts Redis
(Debian's redis-server on 127.0.0.1), Airflow's metadata database in the embedded
PostgreSQL, `airflow db migrate`, the api-server, the scheduler, the dag processor and
two Celery workers (`worker-1`, `worker-2`). Two batches of generated readouts go
through `readouts_ingest`:

1. the first one's mapped `parse_extract` shards must have run on both workers (the
   task instances' hostnames name the worker);
2. during the second one, worker-1's whole process group is killed (SIGKILL) while it
   runs a shard: the scheduler finds the task instance without heartbeat, fails that
   try and retries it on worker-2, and the run succeeds.

A second copy of the project runs the same two batches with the LocalExecutor
(`airflow standalone`): both warehouses' marts must hold the same facts row for row (ids
replaced by the files and readouts they stand for: a CI run once gave other surrogate ids).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from readouts.benchmark import generate_corpus
from readouts.embedded_pg import EmbeddedPostgres, free_port
from readouts.reference import load_reference
from tests.helpers import devstack, devstack_env, project_copy, require_redis
from tests.integration.marts import normalized_marts, reconciles

pytestmark = [pytest.mark.integration, pytest.mark.airflow]

FIRST_FILES, SECOND_FILES = 240, 1200
SETTINGS = {
    "READOUTS_SCHEDULE": "none",  # only the triggered runs: both stacks see the same batches
    "READOUTS_SHARDS": "8",
    "READOUTS_RETRY_DELAY_SECONDS": "3",
    # a lost worker's task instance is failed (and retried) after 20 s without heartbeat
    "AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT": "20",
    "AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT_DETECTION_INTERVAL": "5",
    "AIRFLOW__SCHEDULER__TASK_QUEUED_TIMEOUT": "120",
}


def _corpus(folder: Path, files: int, seed: int, prefix: str) -> Path:
    """Generated readout files, renamed with ``prefix`` so that two corpora never share a name."""
    generate_corpus(folder, files, load_reference(), seed=seed)
    for path in list(folder.iterdir()):
        if not path.name.startswith("."):
            path.rename(folder / f"{prefix}{path.name}")
    return folder


def _metadata(project: Path, pg_port: int) -> sa.Engine:
    return sa.create_engine(EmbeddedPostgres(project / ".local" / "pgdata", pg_port).url("airflow"))


def _warehouse_url(project: Path, pg_port: int) -> str:
    return EmbeddedPostgres(project / ".local" / "pgdata", pg_port).url()


def _shard_tries(engine: sa.Engine, run_id: str) -> list[tuple]:
    """(map_index, try_number, state, hostname) of every try of the run's parse_extract shards."""
    sql = """
        select map_index, try_number, state, hostname from task_instance
        where dag_id = 'readouts_ingest' and task_id = 'parse_extract' and run_id = :r
        union all
        select map_index, try_number, state, hostname from task_instance_history
        where dag_id = 'readouts_ingest' and task_id = 'parse_extract' and run_id = :r
        order by 1, 2
    """
    with engine.connect() as conn:
        return [tuple(row) for row in conn.execute(sa.text(sql), {"r": run_id})]


def _run_ids(engine: sa.Engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.scalars(sa.text("select run_id from dag_run where dag_id = 'readouts_ingest' order by id")))


def _kill_worker_during_a_shard(project: Path, engine: sa.Engine, known_runs: set[str], timeout: float) -> int:
    """Wait until worker-1 runs a shard of a new run, then SIGKILL its whole process group;
    returns the shard's map index."""
    deadline = time.monotonic() + timeout
    sql = sa.text(
        "select map_index from task_instance where dag_id = 'readouts_ingest' and task_id = 'parse_extract' "
        "and state = 'running' and hostname like 'worker-1@%' and not (run_id = any(:known)) limit 1"
    )
    while time.monotonic() < deadline:
        with engine.connect() as conn:
            shard = conn.execute(sql, {"known": list(known_runs)}).scalar()
        if shard is not None:
            stack = json.loads((project / ".airflow" / "stack.json").read_text())
            os.killpg(stack["worker-1"], signal.SIGKILL)
            return shard
        time.sleep(0.2)
    raise AssertionError(f"worker-1 ran no shard of the second batch within {timeout:.0f} s")


@pytest.mark.timeout(2400)
def test_two_celery_workers_share_the_shards_survive_a_lost_worker_and_equal_the_local_executor():
    require_redis()
    base = Path(tempfile.mkdtemp(prefix="readouts-celery-"))
    base.chmod(0o755)  # the embedded server's unprivileged user must reach .local/pgdata
    first = _corpus(base / "first", FIRST_FILES, seed=11, prefix="a-")
    second = _corpus(base / "second", SECOND_FILES, seed=12, prefix="b-")
    celery_project, local_project = project_copy(base / "celery"), project_copy(base / "local")
    celery_ports = (free_port(), free_port())
    celery_env = devstack_env(celery_project, *celery_ports, READOUTS_REDIS_PORT=str(free_port()), **SETTINGS)
    local_ports = (free_port(), free_port())
    local_env = devstack_env(local_project, *local_ports, **SETTINGS)
    try:
        # 1. the first batch: the shards spread over both workers
        result = devstack(celery_project, ["run", "--celery", "--inbox", str(first)], celery_env)
        output = result.stdout + result.stderr
        assert result.returncode == 0, output[-4000:]
        assert "worker-1: pid" in output and "worker-2: pid" in output and ": success" in output
        metadata = _metadata(celery_project, celery_ports[1])
        (first_run,) = _run_ids(metadata)
        tries = _shard_tries(metadata, first_run)
        assert len(tries) == int(SETTINGS["READOUTS_SHARDS"]), tries
        assert all(state == "success" and number == 1 for _, number, state, _ in tries), tries
        assert {host.split("@")[0] for *_, host in tries} == {"worker-1", "worker-2"}, tries

        # 2. the second batch: worker-1 is killed in the middle of a shard, which is retried on worker-2
        process = subprocess.Popen(
            [sys.executable, "-m", "readouts.devstack", "run", "--celery", "--inbox", str(second)],
            cwd=celery_project,
            env=celery_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            killed_shard = _kill_worker_during_a_shard(celery_project, metadata, {first_run}, timeout=600)
            output, _ = process.communicate(timeout=900)
        finally:
            if process.poll() is None:
                process.kill()
        assert process.returncode == 0, output[-4000:]
        (second_run,) = set(_run_ids(metadata)) - {first_run}
        tries = _shard_tries(metadata, second_run)
        killed = [t for t in tries if t[0] == killed_shard]
        assert killed[0][1] == 1 and killed[0][2] in ("failed", "up_for_retry"), killed
        assert killed[0][3].startswith("worker-1@"), killed
        assert killed[-1][1] >= 2 and killed[-1][2] == "success" and killed[-1][3].startswith("worker-2@"), killed
        finished = {index for index, _, state, _ in tries if state == "success"}
        assert finished == set(range(int(SETTINGS["READOUTS_SHARDS"]))), tries
        celery_url = _warehouse_url(celery_project, celery_ports[1])
        reconciles(celery_url)  # every document in a final status
        celery_marts = normalized_marts(celery_url)
        metadata.dispose()
    finally:
        devstack(celery_project, ["stop"], celery_env, timeout=300)

    try:
        # 3. the same two batches with the LocalExecutor
        for folder in (first, second):
            result = devstack(local_project, ["run", "--inbox", str(folder)], local_env)
            assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]
        local_marts = normalized_marts(_warehouse_url(local_project, local_ports[1]))
    finally:
        devstack(local_project, ["stop"], local_env, timeout=300)
        shutil.rmtree(base, ignore_errors=True)
    for view, rows in celery_marts.items():
        assert rows == local_marts[view], view
