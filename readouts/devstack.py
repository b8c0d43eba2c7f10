"""The local stack behind ``./dev run`` and ``./dev stop``.

``run``: the warehouse (READOUTS_WAREHOUSE_URL, else an embedded PostgreSQL with its
data in ``.local/pgdata``, listening on 127.0.0.1:READOUTS_PG_PORT, default 54329) is
started or reused and migrated; ``airflow standalone`` (home ``.airflow/``, SQLite
metadata, LocalExecutor with 4 slots, UI on 127.0.0.1:READOUTS_AIRFLOW_PORT, default
8080) is started or reused; the project's sample readouts are copied into the inbox;
``readouts_ingest`` is triggered and awaited; the UI address and login, the Readouts
page's address (``plugins/``), the run's counts by status and the first engagements are
printed. Users: ``admin`` and ``viewer`` (who may read the Readouts page, not resubmit),
passwords in ``.airflow/simple_auth_manager_passwords.json.generated``. Re-running reuses what runs.

``run --celery``: the same with the CeleryExecutor, as in ``docker-compose.yml``: Redis
(Debian's ``redis-server``, 127.0.0.1:READOUTS_REDIS_PORT, default 56379, password in
``.airflow/redis.conf``) as the broker, Airflow's metadata in the database ``airflow`` of
the embedded PostgreSQL (also the Celery result backend; READOUTS_AIRFLOW_DB_URL for
another server), and ``airflow db migrate``, ``api-server``, ``scheduler``,
``dag-processor`` and two ``celery worker`` processes (``worker-1``, ``worker-2``, each
with ``[celery] worker_concurrency`` slots) started one by one; a task instance's
hostname names the worker that ran it. ``run --inbox DIR`` copies DIR's files into the
inbox instead of the samples.

Every process started is recorded with its process group in ``.airflow/stack.json``.
``stop``: SIGINT to each group (SIGTERM would orphan ``standalone``'s children), then a
fast shutdown of the embedded PostgreSQL.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from readouts.config import PROJECT_ROOT, generated_secret, load_settings

LOCAL_DIR = PROJECT_ROOT / ".local"
AIRFLOW_HOME = PROJECT_ROOT / ".airflow"
STACK_FILE = AIRFLOW_HOME / "stack.json"
DAG_ID = "readouts_ingest"
CELERY_WORKERS = ("worker-1", "worker-2")
# Celery settings that docker-compose.yml sets to the same values (tests/integration/test_compose.py)
CELERY_SETTINGS = {
    "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
    "AIRFLOW__CELERY__WORKER_CONCURRENCY": "2",
    "AIRFLOW__CELERY__WORKER_PREFETCH_MULTIPLIER": "1",
}


def _pg_port() -> int:
    return int(os.environ.get("READOUTS_PG_PORT", "54329"))


def _airflow_port() -> int:
    return int(os.environ.get("READOUTS_AIRFLOW_PORT", "8080"))


def _redis_port() -> int:
    return int(os.environ.get("READOUTS_REDIS_PORT", "56379"))


def worker_hostname() -> str:
    """``[core] hostname_callable`` of the Celery workers: the worker's name and the host, so
    that a task instance says which of two workers on one machine ran it."""
    return f"{os.environ.get('READOUTS_WORKER_NAME', 'worker')}@{socket.getfqdn()}"


def _base_url() -> str:
    return f"http://127.0.0.1:{_airflow_port()}"


def _embedded():  # noqa: ANN202 - imported lazily: a configured warehouse needs no server
    from readouts.embedded_pg import EmbeddedPostgres

    return EmbeddedPostgres(LOCAL_DIR / "pgdata", _pg_port())


def warehouse() -> str:
    """The configured warehouse URL, or the embedded server's (started if needed)."""
    url = os.environ.get("READOUTS_WAREHOUSE_URL")
    if url:
        print(f"warehouse: {sa.engine.make_url(url).render_as_string(hide_password=True)} (READOUTS_WAREHOUSE_URL)")
        return url
    server = _embedded()
    url = server.start()
    print(f"warehouse: embedded PostgreSQL, data in {server.data_dir}, {url}")
    return url


def celery_env(metadata_url: str) -> dict[str, str]:
    """The CeleryExecutor's settings: Redis on 127.0.0.1 (its password generated into
    ``.airflow/redis.conf``, mode 0600), the metadata database as the result backend."""
    password = generated_secret(AIRFLOW_HOME / "redis_password")
    redis_dir = AIRFLOW_HOME / "redis"
    redis_dir.mkdir(exist_ok=True)
    conf = AIRFLOW_HOME / "redis.conf"
    conf.write_text(
        f'bind 127.0.0.1\nport {_redis_port()}\nrequirepass {password}\nsave ""\nappendonly no\ndir {redis_dir}\n'
    )
    conf.chmod(0o600)
    sa_url = sa.engine.make_url(metadata_url)
    return {
        **CELERY_SETTINGS,
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": sa_url.set(drivername="postgresql+psycopg2").render_as_string(False),
        "AIRFLOW__CELERY__BROKER_URL": f"redis://:{password}@127.0.0.1:{_redis_port()}/0",
        "AIRFLOW__CELERY__RESULT_BACKEND": "db+" + sa_url.set(drivername="postgresql").render_as_string(False),
        "AIRFLOW__API__WORKERS": "1",
    }


def metadata_database() -> str:
    """Airflow's metadata database for the CeleryExecutor (SQLite cannot serve several
    processes): READOUTS_AIRFLOW_DB_URL, else the database ``airflow`` of the embedded server."""
    url = os.environ.get("READOUTS_AIRFLOW_DB_URL")
    if url:
        return url
    server = _embedded()
    server.start()
    server.create_database("airflow")
    return server.url("airflow")


def airflow_env(url: str, celery: bool = False) -> dict[str, str]:
    AIRFLOW_HOME.mkdir(exist_ok=True)
    settings = load_settings()
    env = dict(os.environ)
    env.update(
        {
            "AIRFLOW_HOME": str(AIRFLOW_HOME),
            "AIRFLOW__CORE__DAGS_FOLDER": str(PROJECT_ROOT / "dags"),
            "AIRFLOW__CORE__PLUGINS_FOLDER": str(PROJECT_ROOT / "plugins"),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
            "AIRFLOW__CORE__PARALLELISM": os.environ.get("AIRFLOW__CORE__PARALLELISM", "4"),
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{AIRFLOW_HOME}/airflow.db",
            "AIRFLOW__API__HOST": "127.0.0.1",
            "AIRFLOW__API__PORT": str(_airflow_port()),
            # every component (scheduler, triggerer, dag processor, task runners) must call the
            # api-server on the chosen port, whatever an earlier run wrote into airflow.cfg
            "AIRFLOW__API__BASE_URL": _base_url(),
            "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"{_base_url()}/execution/",
            "AIRFLOW__API_AUTH__JWT_SECRET": generated_secret(AIRFLOW_HOME / "jwt_secret", 64),
            # the simple auth manager's users (passwords generated into .airflow/): an admin, and
            # a viewer who may read the Readouts page but not resubmit files
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": "admin:admin,viewer:viewer",
            "READOUTS_WAREHOUSE_URL": url,
            "READOUTS_LANDING_DIR": str(settings.landing_dir.resolve()),
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        }
    )
    if celery:
        env.update(celery_env(metadata_database()))
    return env


def _api(method: str, path: str, body: Any = None, token: str | None = None) -> Any:
    request = urllib.request.Request(
        _base_url() + path,
        method=method,
        data=json.dumps(body).encode() if body is not None else None,
        headers={"Content-Type": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def _healthy() -> bool:
    try:
        health = _api("GET", "/api/v2/monitor/health")
    except (urllib.error.URLError, OSError, ValueError):
        return False
    return health.get("scheduler", {}).get("status") == "healthy"


def _stack() -> dict[str, int]:
    """The process groups started by an earlier run that are still alive, by name."""
    try:
        recorded = json.loads(STACK_FILE.read_text())
    except (OSError, ValueError):
        try:  # a stack started by an earlier version of this module: its one process group
            recorded = {"standalone": int((AIRFLOW_HOME / "standalone.pid").read_text())}
        except (OSError, ValueError):
            return {}
    alive = {}
    for name, group in recorded.items():
        try:
            os.killpg(group, 0)
        except OSError:
            continue
        alive[name] = group
    return alive


def _settings_fingerprint(env: dict[str, str]) -> str:
    """What the running Airflow was started with: every AIRFLOW__* and READOUTS_* setting."""
    chosen = {k: v for k, v in sorted(env.items()) if k.startswith(("AIRFLOW__", "READOUTS_"))}
    return hashlib.sha256(json.dumps(chosen).encode()).hexdigest()


def _spawn(name: str, command: list[str], env: dict[str, str]) -> subprocess.Popen:
    """Start one process of the stack in its own process group, its output in ``.airflow/logs/<name>.log``."""
    log_path = AIRFLOW_HOME / "logs" / f"{name}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("ab") as log:
        process = subprocess.Popen(
            command,
            env=env,
            cwd=PROJECT_ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # noqa: PLW1509
        )
    stack = _stack()
    stack[name] = process.pid
    STACK_FILE.write_text(json.dumps(stack))
    print(f"  {name}: pid {process.pid}, log {log_path}")
    return process


def _airflow(*args: str) -> list[str]:
    return [str(Path(sys.executable).parent / "airflow"), *args]


def _wait(what: str, ready: Any, processes: list[subprocess.Popen], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        for process in processes:
            if process.poll() is not None:
                raise SystemExit(f"{what}: a process exited ({process.args[:3]}, code {process.returncode}); "
                                 f"see {AIRFLOW_HOME / 'logs'}")  # fmt: skip
        if time.monotonic() > deadline:
            raise SystemExit(f"{what}: not ready within {timeout:.0f} s; see {AIRFLOW_HOME / 'logs'}")
        time.sleep(2)


def _worker_ready(name: str) -> bool:
    log = AIRFLOW_HOME / "logs" / f"{name}.log"
    return (
        log.exists() and f"{name}@" in log.read_text(errors="replace") and " ready." in log.read_text(errors="replace")
    )


def start_airflow(env: dict[str, str], timeout: float = 300) -> None:
    fingerprint_file = AIRFLOW_HOME / "stack.settings"
    fingerprint = _settings_fingerprint(env)
    celery = env.get("AIRFLOW__CORE__EXECUTOR") == "CeleryExecutor"
    expected = {"redis", "api-server", "scheduler", "dag-processor", *CELERY_WORKERS} if celery else {"standalone"}
    same_settings = fingerprint_file.exists() and fingerprint_file.read_text() == fingerprint
    if same_settings and set(_stack()) >= expected and _healthy():
        print(f"airflow: already running at {_base_url()}")
        return
    if _stack():  # started earlier with other settings (a port, a variable, the executor)
        print("airflow: the running stack was started with other settings; restarting it")
        stop_airflow()
    fingerprint_file.write_text(fingerprint)
    if not celery:
        print("airflow: starting `airflow standalone` (LocalExecutor) ...")
        processes = [_spawn("standalone", _airflow("standalone"), env)]
        _wait("airflow standalone", _healthy, processes, timeout)
        return
    print("airflow: starting Redis and Airflow with the CeleryExecutor ...")
    processes = [_spawn("redis", ["redis-server", str(AIRFLOW_HOME / "redis.conf")], env)]
    migrate = subprocess.run(_airflow("db", "migrate"), env=env, cwd=PROJECT_ROOT, capture_output=True, text=True)
    if migrate.returncode != 0:
        raise SystemExit(f"airflow db migrate failed:\n{(migrate.stdout + migrate.stderr)[-3000:]}")
    processes += [_spawn(name, _airflow(name), env) for name in ("api-server", "scheduler", "dag-processor")]
    for worker in CELERY_WORKERS:
        worker_env = {
            **env,
            "READOUTS_WORKER_NAME": worker,
            "AIRFLOW__CORE__HOSTNAME_CALLABLE": "readouts.devstack.worker_hostname",
        }
        command = _airflow("celery", "worker", "--celery-hostname", f"{worker}@%h", "--skip-serve-logs")
        processes.append(_spawn(worker, command, worker_env))
    _wait("airflow", _healthy, processes, timeout)
    _wait("celery workers", lambda: all(_worker_ready(w) for w in CELERY_WORKERS), processes, timeout)


def _token() -> tuple[str, str]:
    password_file = AIRFLOW_HOME / "simple_auth_manager_passwords.json.generated"
    password = json.loads(password_file.read_text())["admin"]
    token = _api("POST", "/auth/token", {"username": "admin", "password": password})["access_token"]
    return password, token


def trigger_and_wait(token: str, timeout: float = 900) -> tuple[str, str]:
    deadline = time.monotonic() + timeout
    while True:
        try:
            _api("GET", f"/api/v2/dags/{DAG_ID}", token=token)
            break
        except urllib.error.HTTPError as exc:
            if exc.code != 404 or time.monotonic() > deadline:
                raise
            time.sleep(2)
    _api("PATCH", f"/api/v2/dags/{DAG_ID}", {"is_paused": False}, token=token)
    run_id = f"manual__devstack_{time.strftime('%Y%m%dT%H%M%S')}"
    _api("POST", f"/api/v2/dags/{DAG_ID}/dagRuns", {"dag_run_id": run_id, "logical_date": None}, token=token)
    print(f"airflow: triggered {DAG_ID} run {run_id}, waiting ...")
    while True:
        state = _api("GET", f"/api/v2/dags/{DAG_ID}/dagRuns/{run_id}", token=token)["state"]
        if state in ("success", "failed"):
            return run_id, state
        if time.monotonic() > deadline:
            raise SystemExit(f"run {run_id} still {state} after {timeout:.0f} s")
        time.sleep(2)


def copy_samples(source: Path | None = None) -> int:
    """Copy the project's sample readouts, or the files of ``source``, into the inbox."""
    settings = load_settings()
    settings.inbox_dir.mkdir(parents=True, exist_ok=True)
    folder = source or settings.include_dir / "samples"
    files = sorted(path for path in folder.iterdir() if path.is_file())
    for path in files:
        shutil.copy2(path, settings.inbox_dir / path.name)
    print(f"inbox: copied {len(files)} {'sample ' if source is None else ''}readout file(s) into {settings.inbox_dir}")
    return len(files)


def report(url: str, since: float) -> None:
    """Counts of the documents processed by the runs started since ``since`` (epoch
    seconds): unpausing the DAG may start its scheduled run before the triggered one."""
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        counts = conn.execute(
            sa.text(
                "select m.status, count(*) from etl.file_manifest m join etl.batch b using (batch_id) "
                "where b.started_at >= to_timestamp(:t) group by m.status order by m.status"
            ),
            {"t": since},
        ).all()
        totals = conn.exec_driver_sql("select status, count(*) from mart.readout group by status order by status").all()
        engagements = conn.exec_driver_sql(
            "select engagement_id, engagement_date, engagement_type, initiator_code, actor_codes, leader_names "
            "from mart.engagement order by engagement_date desc nulls last, engagement_id limit 10"
        ).all()
    engine.dispose()
    print("\ndocuments processed now, by status:", dict(counts) or "(no new files)")
    print("all documents ever, by status:     ", dict(totals))
    print("\nmart.engagement (first rows):")
    for row in engagements:
        date = row.engagement_date.isoformat() if row.engagement_date else "(unknown)"
        initiator = f" initiated by {row.initiator_code}" if row.initiator_code else ""
        print(f"  #{row.engagement_id:<4} {date:<10} {row.engagement_type:<10} {'+'.join(row.actor_codes):<8} "
              f"{', '.join(row.leader_names)}{initiator}")  # fmt: skip


def run(celery: bool = False, inbox: Path | None = None) -> int:
    from readouts import db

    if celery and not shutil.which("redis-server"):
        raise SystemExit("error: --celery needs Redis: install Debian's redis-server (./dev does it when root)")
    if inbox is not None and not inbox.is_dir():
        raise SystemExit(f"error: --inbox {inbox}: not a folder")
    url = warehouse()
    print(f"warehouse: migrated to {db.migrate(url)}")
    env = airflow_env(url, celery=celery)
    os.environ.update({k: env[k] for k in ("READOUTS_WAREHOUSE_URL", "READOUTS_LANDING_DIR")})
    start_airflow(env)
    password, token = _token()
    since = time.time()
    copy_samples(inbox)
    run_id, state = trigger_and_wait(token)
    print(f"\nAirflow UI: {_base_url()}  (login: admin / {password})")
    print(f"Readouts page: {_base_url()}/readouts/  (in the UI's navigation: Browse > Readouts)")
    print(f"run {run_id}: {state}")
    if state != "success":
        failed_tasks(token, run_id)
    report(url, since)
    print("\nquery it: psql " + sa.engine.make_url(url).set(drivername="postgresql").render_as_string(False))
    print("stop it:  ./dev stop")
    return 0 if state == "success" else 1


def failed_tasks(token: str, run_id: str, lines: int = 30) -> None:
    """Print the failed task instances of a run and the last lines of each one's log."""
    instances = _api("GET", f"/api/v2/dags/{DAG_ID}/dagRuns/{run_id}/taskInstances", token=token)
    for instance in instances.get("task_instances", []):
        if instance.get("state") not in ("failed", "upstream_failed"):
            continue
        task_id, attempt = instance["task_id"], max(int(instance.get("try_number") or 1), 1)
        print(f"\ntask {task_id}: {instance['state']} (try {attempt})")
        if instance["state"] != "failed":
            continue
        logs = sorted(
            (AIRFLOW_HOME / "logs").glob(f"dag_id={DAG_ID}/run_id={run_id}/task_id={task_id}/**/attempt=*.log")
        )
        if not logs:
            print(f"  (no log file under {AIRFLOW_HOME / 'logs'})")
            continue
        tail = logs[-1].read_text(errors="replace").splitlines()[-lines:]
        print(f"  last {len(tail)} lines of {logs[-1]}:")
        for line in tail:
            print(f"  | {_log_line(line)}")


def _log_line(line: str) -> str:
    """A structured (JSON) log line as 'level event', others as they are."""
    try:
        record = json.loads(line)
    except ValueError:
        return line
    if not isinstance(record, dict):
        return line
    errors = record.get("error_detail") or []
    causes = [f"{e.get('exc_type')}: {e.get('exc_value')}" for e in errors if isinstance(e, dict)]
    return " ".join([f"{record.get('level', '')} {record.get('event', '')}".strip(), *causes])


def stop_airflow() -> None:
    """SIGINT to every process group of the stack (workers finish or give back their tasks),
    SIGKILL to what is left after 60 s."""
    stack = _stack()
    for name, group in stack.items():
        try:
            os.killpg(group, signal.SIGINT)
        except ProcessLookupError:
            continue
        print(f"airflow: SIGINT sent to {name} (process group {group})")
    deadline = time.monotonic() + 60
    while stack and time.monotonic() < deadline:
        time.sleep(1)
        stack = _stack()
    for group in stack.values():
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, signal.SIGKILL)
    STACK_FILE.unlink(missing_ok=True)
    (AIRFLOW_HOME / "standalone.pid").unlink(missing_ok=True)
    print("airflow: stopped")


def stop() -> int:
    stop_airflow()
    # the embedded server holds the warehouse, or (run --celery with a warehouse of your own) Airflow's metadata
    if (LOCAL_DIR / "pgdata").exists() and _embedded().postmaster_pid() is not None:
        _embedded().stop()
        print("embedded PostgreSQL stopped")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="./dev", description="the local stack")
    commands = parser.add_subparsers(dest="command")
    run_parser = commands.add_parser("run", help="start (or reuse) the stack and ingest the samples")
    run_parser.add_argument("--celery", action="store_true", help="CeleryExecutor: Redis and two workers")
    run_parser.add_argument("--inbox", type=Path, help="ingest this folder's files instead of the samples")
    commands.add_parser("stop", help="stop what run started")
    args = parser.parse_args(argv or ["run"])
    if args.command == "stop":
        return stop()
    return run(celery=args.celery, inbox=args.inbox)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
