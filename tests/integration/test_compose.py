"""docker-compose.yml without Docker: its commands, with its environment, on real servers here.

There is no Docker engine on the machines this project is built on, so the compose file
would drift from what works unless something runs it. These tests read
`docker-compose.yml` and `docker/.env.example` (not a copy of either), interpolate the
variables the way Compose does (`${VAR}`, `${VAR:-default}`, `${VAR:?error}`, `$$`),
and run the services' commands with that environment against real servers started
here. What cannot exist outside a container is mapped, and only that: service host
names to 127.0.0.1 and a free port each, the image's folders (`/opt/readouts`,
`/opt/airflow`) to a temp folder holding this checkout's `dags/`, `plugins/` and
`include/`, and the image's `python`/`airflow` to this virtualenv's.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
import yaml
from dotenv import dotenv_values

from readouts.config import PROJECT_ROOT
from readouts.embedded_pg import EmbeddedPostgres, free_port
from tests.helpers import require_superset

pytestmark = [pytest.mark.integration, pytest.mark.airflow]

COMPOSE = PROJECT_ROOT / "docker-compose.yml"
ENV_EXAMPLE = PROJECT_ROOT / "docker" / ".env.example"
_VARIABLE = re.compile(r"\$(?:\$|\{(?P<name>\w+)(?:(?P<op>:?[-?])(?P<arg>[^}]*))?\}|(?P<bare>\w+))")


class MissingVariableError(ValueError):
    """A ``${VAR:?message}`` whose variable is unset or empty: Compose refuses to start."""


def interpolate(value: str, env: dict[str, str]) -> str:
    """Compose's interpolation of one string (the subset docker-compose.yml uses)."""

    def one(match: re.Match[str]) -> str:
        if match.group(0) == "$$":
            return "$"
        name = match.group("name") or match.group("bare")
        op, arg, current = match.group("op"), match.group("arg"), env.get(name)
        if op in (":-", "-"):
            return current if current or (op == "-" and current is not None) else arg
        if op in (":?", "?") and (current is None or (op == ":?" and current == "")):
            raise MissingVariableError(f"{name}: {arg}")
        return current or ""

    return _VARIABLE.sub(one, value)


def _resolve(node: Any, env: dict[str, str]) -> Any:
    if isinstance(node, str):
        return interpolate(node, env)
    if isinstance(node, list):
        return [_resolve(item, env) for item in node]
    if isinstance(node, dict):
        return {key: _resolve(value, env) for key, value in node.items()}
    return node


def compose_services(env: dict[str, str]) -> dict[str, Any]:
    """The services of docker-compose.yml (anchors merged), interpolated with ``env``."""
    return _resolve(yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))["services"], env)


def example_env() -> dict[str, str]:
    return {key: value or "" for key, value in dotenv_values(ENV_EXAMPLE).items()}


def filled_env() -> dict[str, str]:
    """docker/.env.example as a user fills it: every empty secret given a generated value."""
    env = example_env()
    for key, value in env.items():
        if value == "" and key != "COMPOSE_PROFILES":
            env[key] = secrets.token_hex(16) if key != "AIRFLOW_FERNET_KEY" else _fernet_key()
    return env


def _fernet_key() -> str:
    from cryptography.fernet import Fernet

    return Fernet.generate_key().decode()


def test_the_example_env_file_unchanged_cannot_start_the_stack():
    """No usable secret is committed: every guard (`:?`) stops a stack started with the example."""
    with pytest.raises(MissingVariableError):
        compose_services(example_env())
    secrets_in_example = {k: v for k, v in example_env().items() if re.search(r"PASSWORD|SECRET|KEY", k) and v}
    assert secrets_in_example == {}, "docker/.env.example must not hold a usable secret"
    guarded = set(re.findall(r"\$\{(\w+):\?", yaml.safe_dump(yaml.safe_load(COMPOSE.read_text(encoding="utf-8")))))
    assert guarded <= set(example_env()), f"guarded variables missing from .env.example: {guarded - set(example_env())}"


def test_the_compose_stack_and_dev_run_celery_share_their_celery_settings():
    """`./dev run --celery` (tested in test_celery.py) stands for the compose stack: same
    executor, same worker slots and prefetch, a Redis broker, the metadata DB as result backend."""
    from readouts.devstack import CELERY_SETTINGS

    services = compose_services(filled_env())
    airflow_services = [s for s in services.values() if "AIRFLOW__CORE__EXECUTOR" in (s.get("environment") or {})]
    assert len(airflow_services) >= 5  # init, api-server, scheduler, dag processor, worker, triggerer
    for service in airflow_services:
        environment = service["environment"]
        assert {k: environment.get(k) for k in CELERY_SETTINGS} == CELERY_SETTINGS
        assert environment["AIRFLOW__CELERY__BROKER_URL"].startswith("redis://")
        assert environment["AIRFLOW__CELERY__RESULT_BACKEND"].startswith("db+postgresql://")
        assert environment["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"].startswith("postgresql+psycopg2://")


class _Stack:
    """The servers the compose services reach, started here on 127.0.0.1."""

    def __init__(self, root: Path, env: dict[str, str]) -> None:
        self.root = root
        self.env = env
        self.ports = {
            "airflow-db": free_port(),
            "warehouse-db": free_port(),
            "airflow-apiserver": free_port(),
            "superset-db": free_port(),
        }
        self.servers: list[EmbeddedPostgres] = []
        self.bases: list[Path] = []
        self.opt = root / "opt"
        for name in ("dags", "plugins", "include", "readouts"):
            (self.opt / "readouts").mkdir(parents=True, exist_ok=True)
            (self.opt / "readouts" / name).symlink_to(PROJECT_ROOT / name)
        (self.opt / "airflow").mkdir(parents=True)

    def start_database(self, service: str, spec: dict[str, Any]) -> None:
        """What the postgres image does with POSTGRES_USER/PASSWORD/DB: a superuser and its database."""
        # not under pytest's tmp tree: another pytest session resets it to 0700, locking the
        # server's unprivileged user out of its data (see tests/conftest.py)
        base = Path(tempfile.mkdtemp(prefix=f"readouts-compose-{service}-"))
        base.chmod(0o755)
        self.bases.append(base)
        server = EmbeddedPostgres(base / "data", self.ports[service])
        server.start()
        self.servers.append(server)
        user, password, database = (
            spec["environment"][k] for k in ("POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DB")
        )
        admin = sa.create_engine(server.admin_url(), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql(f'create role "{user}" login superuser')
            conn.exec_driver_sql(f'drop database if exists "{database}"')  # EmbeddedPostgres made "readouts"
            conn.exec_driver_sql(f'create database "{database}" owner "{user}"')
            from readouts.db import set_role_password

            set_role_password(conn, user, password)
        admin.dispose()
        # the image then runs the scripts mounted into /docker-entrypoint-initdb.d, as POSTGRES_USER
        for volume in spec.get("volumes", []):
            source, _, target = volume.partition(":")
            if target.startswith("/docker-entrypoint-initdb.d/"):
                script = PROJECT_ROOT / source.removeprefix("./")
                env = {**os.environ, **spec["environment"], "PGHOST": "127.0.0.1", "PGPORT": str(server.port)}
                env["PGPASSWORD"] = password
                result = subprocess.run(["bash", str(script)], env=env, capture_output=True, text=True, timeout=60)
                assert result.returncode == 0, f"{script}: {result.stdout}{result.stderr}"

    def localise(self, text: str) -> str:
        """Service names to 127.0.0.1:<port>, image folders to the temp folder."""
        for service, port in self.ports.items():
            internal = "8080" if service == "airflow-apiserver" else "5432"
            text = text.replace(f"{service}:{internal}", f"127.0.0.1:{port}")
        return text.replace("/opt/readouts", str(self.opt / "readouts")).replace(
            "/opt/airflow", str(self.opt / "airflow")
        )

    def process_env(self, service_env: dict[str, str]) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "READOUTS_"))}
        env.update({key: self.localise(str(value)) for key, value in service_env.items()})
        env["AIRFLOW_HOME"] = str(self.opt / "airflow")  # the image's AIRFLOW_HOME
        env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
        return env

    def stop(self) -> None:
        for server in self.servers:
            server.stop()
        for base in self.bases:
            shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def stack(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("airflow-init runs as root (user 0:0) and chowns the landing folders; run the tests as root")
    env = filled_env()
    services = compose_services(env)
    stack = _Stack(tmp_path, env)
    try:
        stack.start_database("airflow-db", services["airflow-db"])
        stack.start_database("warehouse-db", services["warehouse-db"])
        yield stack, services
    finally:
        stack.stop()


def _run_command(stack: _Stack, command: list[str], service_env: dict[str, str], timeout: float = 600):
    command = [stack.localise(part) for part in command]
    return subprocess.run(
        command, env=stack.process_env(service_env), capture_output=True, text=True, timeout=timeout, cwd=stack.root
    )


@pytest.mark.timeout(900)
def test_airflow_init_exits_0_and_leaves_airflow_and_the_warehouse_ready(stack):
    stack, services = stack
    init = services["airflow-init"]
    assert init["command"][:2] == ["bash", "-c"]
    result = _run_command(stack, init["command"], init["environment"])
    assert result.returncode == 0, (result.stdout + result.stderr)[-5000:]
    assert "==> Init complete" in result.stdout

    warehouse = stack.localise(init["environment"]["READOUTS_WAREHOUSE_URL"])
    engine = sa.create_engine(warehouse)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("select count(*) from mart.readout").scalar_one() == 0
        # the pipeline's role owns the warehouse and is no superuser
        assert conn.exec_driver_sql("select rolsuper from pg_roles where rolname = current_user").scalar_one() is False
        owner = conn.exec_driver_sql(
            "select pg_get_userbyid(datdba) from pg_database where datname = current_database()"
        )
        assert owner.scalar_one() == conn.exec_driver_sql("select current_user").scalar_one()
    engine.dispose()
    bi = sa.engine.make_url(warehouse).set(username="readouts_bi", password=stack.env["READOUTS_BI_PASSWORD"])
    engine = sa.create_engine(bi)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("select count(*) from mart.engagement").scalar_one() == 0
    engine.dispose()
    metadata = sa.create_engine(stack.localise(init["environment"]["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]))
    with metadata.connect() as conn:
        users = conn.exec_driver_sql("select username from ab_user").scalars().all()
    metadata.dispose()
    assert users == [stack.env["AIRFLOW_ADMIN_USERNAME"]]

    # run again: the init is idempotent (compose re-runs it after upgrades)
    again = _run_command(stack, init["command"], init["environment"])
    assert again.returncode == 0, (again.stdout + again.stderr)[-5000:]

    # the other services' commands and checks that can run here, with their environment
    pg_checks = [services[name]["healthcheck"]["test"] for name in ("airflow-db", "warehouse-db")]
    for service, test in zip(("airflow-db", "warehouse-db"), pg_checks, strict=True):
        assert test[0] == "CMD"
        port = stack.ports[service]
        result = _run_command(stack, [*test[1:], "-h", "127.0.0.1", "-p", str(port)], {})
        assert result.returncode == 0, f"{service} healthcheck: {result.stdout}{result.stderr}"
    for name in ("airflow-dag-processor", "airflow-triggerer"):
        test = services[name]["healthcheck"]["test"]
        assert test[0] == "CMD-SHELL" and "airflow jobs check" in test[1]
        # no job has run yet: the check must run and report that (exit 1), not fail to parse
        result = _run_command(stack, ["bash", "-c", test[1]], {**services[name]["environment"], "HOSTNAME": "here"})
        assert result.returncode == 1 and "No alive jobs found" in result.stdout + result.stderr, result.stderr[-2000:]
    worker = services["airflow-worker"]
    result = _run_command(stack, ["airflow", *worker["command"].split(), "--help"], worker["environment"])
    assert result.returncode == 0, result.stderr[-2000:]
    app = re.search(r"--app (\S+)", worker["healthcheck"]["test"][1]).group(1)
    module, _, attribute = app.rpartition(".")
    result = _run_command(
        stack,
        [sys.executable, "-c", f"import {module} as m; print(type(m.{attribute}).__name__)"],
        worker["environment"],
    )
    assert result.returncode == 0 and "Celery" in result.stdout, result.stderr[-2000:]
    for name in ("airflow-apiserver", "airflow-scheduler", "airflow-triggerer", "airflow-dag-processor"):
        command = services[name]["command"].split()
        result = _run_command(stack, ["airflow", *command, "--help"], services[name]["environment"])
        assert result.returncode == 0, f"{name}: {result.stderr[-2000:]}"
    shutil.rmtree(stack.opt / "airflow" / "logs", ignore_errors=True)


# What docker/superset.Dockerfile sets with ENV; the image's Python is the one in .venv-bi.
SUPERSET_IMAGE_ENV = {
    "FLASK_APP": "superset",
    "SUPERSET_CONFIG_PATH": "/opt/readouts/include/bi/superset_config.py",
    "PYTHONPATH": "/opt/readouts",
}


@pytest.mark.timeout(900)
def test_superset_init_imports_the_dashboard_over_the_warehouse_as_the_bi_role(stack):
    stack, services = stack
    venv = require_superset()
    init = services["airflow-init"]  # makes the readouts_bi role and the mart views
    result = _run_command(stack, init["command"], init["environment"])
    assert result.returncode == 0, (result.stdout + result.stderr)[-5000:]
    stack.start_database("superset-db", services["superset-db"])

    spec = services["superset-init"]
    assert spec["command"][:2] == ["bash", "-c"] and spec["profiles"] == ["bi"]
    command = ["bash", "-c", f'export PATH="{venv / "bin"}:$PATH"\n{spec["command"][2]}']
    env = {**spec["environment"], **SUPERSET_IMAGE_ENV, "SUPERSET_HOME": str(stack.root / "superset-home")}
    for attempt in ("first", "again"):  # compose re-runs it after upgrades: idempotent
        result = _run_command(stack, command, env)
        assert result.returncode == 0, (attempt, (result.stdout + result.stderr)[-5000:])
        assert "==> Superset init complete" in result.stdout, attempt

    metadata = sa.create_engine(stack.localise(spec["environment"]["SUPERSET_METADATA_URL"]))
    with metadata.connect() as conn:
        dashboards = conn.exec_driver_sql("select slug, dashboard_title from dashboards").all()
        charts = conn.exec_driver_sql("select count(*) from slices").scalar_one()
        [(name, uri, stored_password)] = conn.exec_driver_sql(
            "select database_name, sqlalchemy_uri, password from dbs"
        ).all()
    metadata.dispose()
    assert dashboards == [("readouts", "Readout Warehouse")]
    assert charts == len(list((PROJECT_ROOT / "include" / "bi" / "charts").glob("*.yaml")))
    port = stack.ports["warehouse-db"]
    assert name == "Readout Warehouse"
    # the warehouse as readouts_bi; Superset keeps the password apart, encrypted
    assert uri == f"postgresql+psycopg2://readouts_bi:XXXXXXXXXX@127.0.0.1:{port}/readouts"
    assert stored_password and stack.env["READOUTS_BI_PASSWORD"] not in stored_password
