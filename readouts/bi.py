"""The analysts' starting point: Apache Superset over the ``mart`` views, with the project's
dashboard (``include/bi/``, YAML as Superset exports it) imported.

``./dev bi`` calls :func:`up`: Superset lives in its own virtualenv (``.venv-bi``, pinned
``requirements-bi.txt``: its dependencies need not agree with Airflow's) and keeps its
metadata in SQLite under ``.local/superset/``. ``up`` gives the read-only role
``readouts_bi`` its password (``READOUTS_BI_PASSWORD``, else one generated into
``.local/bi-password``), initialises Superset (``superset db upgrade``, an ``admin`` with a
generated password in ``.local/superset/admin-password``, ``superset init``), imports the
bundle with the warehouse's URI as ``readouts_bi`` written into a temporary copy (the
committed YAML holds no password), starts Superset (gunicorn) on 127.0.0.1 and prints the
dashboard's address and the login. ``python -m readouts.bi stop`` stops it.

Only the standard library, PyYAML and ``readouts.config`` (standard library alone) are
imported at the top: ``bundle`` also runs in Superset's own image (compose profile ``bi``),
where the readouts package's other dependencies are absent.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path

import yaml

from readouts.config import PROJECT_ROOT, generated_secret, load_settings

BUNDLE_PARTS = ("metadata.yaml", "databases", "datasets", "charts", "dashboards")
BI_ROLE = "readouts_bi"
ADMIN_USER = "admin"
DASHBOARD_SLUG = "readouts"


def bundle_dir() -> Path:
    """The dashboard bundle: ``include/bi`` of the configured include folder."""
    return load_settings().include_dir / "bi"


def superset_uri(warehouse_url: str, password: str) -> str:
    """The warehouse's URL as Superset connects to it: the role ``readouts_bi``, psycopg2."""
    from sqlalchemy.engine import make_url

    url = make_url(warehouse_url).set(drivername="postgresql+psycopg2", username=BI_ROLE, password=password)
    return url.render_as_string(hide_password=False)


def write_bundle(uri: str, target: Path, source: Path | None = None) -> Path:
    """A zip of the bundle in ``source`` (default :func:`bundle_dir`) as Superset imports it,
    every database's ``sqlalchemy_uri`` replaced by ``uri``; written to ``target`` (mode 0600:
    it holds a password)."""
    source = source or bundle_dir()
    files = []
    for part in BUNDLE_PARTS:
        path = source / part
        if not path.exists():
            raise FileNotFoundError(f"the Superset bundle in {source} has no {part}")
        files += [path] if path.is_file() else sorted(p for p in path.rglob("*.yaml") if p.is_file())
    target.parent.mkdir(parents=True, exist_ok=True)
    target.touch(mode=0o600)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as bundle:
        for path in files:
            relative = path.relative_to(source).as_posix()
            text = path.read_text(encoding="utf-8")
            if relative.startswith("databases/"):
                config = yaml.safe_load(text)
                config["sqlalchemy_uri"] = uri
                text = yaml.safe_dump(config, sort_keys=False, allow_unicode=True)
            bundle.writestr(f"readout_warehouse/{relative}", text)
    return target


def set_bi_password(warehouse_url: str, password: str) -> None:
    """Give ``readouts_bi`` this password, as the pipeline's role (it manages the BI role)."""
    from readouts import db

    with db.engine(warehouse_url).begin() as conn:
        db.set_role_password(conn, BI_ROLE, password)


@dataclass
class Superset:
    """A Superset installation: its virtualenv, its home (SQLite metadata, secrets, log, pid)
    and the port it serves on 127.0.0.1."""

    home: Path
    port: int
    venv: Path = PROJECT_ROOT / ".venv-bi"
    config: Path = PROJECT_ROOT / "include" / "bi" / "superset_config.py"

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def dashboard_url(self) -> str:
        return f"{self.base_url}/superset/dashboard/{DASHBOARD_SLUG}/"

    @property
    def pid_file(self) -> Path:
        return self.home / "gunicorn.pid"

    @property
    def log_file(self) -> Path:
        return self.home / "superset.log"

    def installed(self) -> bool:
        return (self.venv / "bin" / "superset").is_file()

    def admin_password(self) -> str:
        return generated_secret(self.home / "admin-password")

    def env(self) -> dict[str, str]:
        self.home.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ)
        env.update(
            {
                "SUPERSET_HOME": str(self.home),
                "SUPERSET_CONFIG_PATH": str(self.config),
                "SUPERSET_SECRET_KEY": generated_secret(self.home / "secret_key", 42),
                "FLASK_APP": "superset",
                "PATH": f"{self.venv / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
            }
        )
        env.pop("PYTHONPATH", None)
        return env

    def _superset(self, *args: str, timeout: float = 600) -> str:
        """Run the ``superset`` command; its output, or an error with the output's tail."""
        command = [str(self.venv / "bin" / "superset"), *args]
        result = subprocess.run(command, env=self.env(), capture_output=True, text=True, timeout=timeout)
        if result.returncode != 0:
            tail = (result.stdout + result.stderr)[-3000:]
            raise RuntimeError(f"superset {' '.join(args)} failed ({result.returncode}):\n{tail}")
        return result.stdout + result.stderr

    def initialise(self) -> None:
        """Metadata tables, the admin user (once), roles and permissions; safe to repeat."""
        if not self.installed():
            raise RuntimeError(f"no Superset in {self.venv}: run ./dev bi (installs requirements-bi.txt there)")
        self._superset("db", "upgrade")
        output = self._superset(
            "fab",
            "create-admin",
            "--username",
            ADMIN_USER,
            "--firstname",
            "Readouts",
            "--lastname",
            "Admin",
            "--email",
            "admin@readouts.invalid",
            "--password",
            self.admin_password(),
        )
        if "already exists" in output:  # keep the password file the login: set it again
            self._superset("fab", "reset-password", "--username", ADMIN_USER, "--password", self.admin_password())
        self._superset("init")

    def import_bundle(self, uri: str, source: Path | None = None) -> None:
        """Import the dashboard bundle with the warehouse at ``uri`` (overwrites what it made before)."""
        with tempfile.TemporaryDirectory(prefix="readouts-bi-") as folder:
            bundle = write_bundle(uri, Path(folder) / "bundle.zip", source)
            self._superset("import-dashboards", "-p", str(bundle), "-u", ADMIN_USER)

    def export_bundle(self, target: Path) -> list[Path]:
        """Superset's own export of its dashboards (``superset export-dashboards``), unpacked
        into ``target`` in the bundle's layout; the files written. Passwords come out masked.
        This is how a dashboard changed in the UI goes back into ``include/bi/``."""
        written = []
        with tempfile.TemporaryDirectory(prefix="readouts-bi-export-") as folder:
            archive = Path(folder) / "export.zip"
            self._superset("export-dashboards", "-f", str(archive))
            with zipfile.ZipFile(archive) as bundle:
                for name in bundle.namelist():
                    relative = Path(*Path(name).parts[1:])  # below the export's root folder
                    if relative.parts and relative.parts[0] in BUNDLE_PARTS:
                        path = target / relative
                        path.parent.mkdir(parents=True, exist_ok=True)
                        path.write_bytes(bundle.read(name))
                        written.append(path)
        return written

    def running_pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text().strip())
            os.kill(pid, 0)
        except (OSError, ValueError):
            return None
        return pid

    def healthy(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.base_url}/health", timeout=5) as response:
                return response.status == 200
        except (urllib.error.URLError, OSError):
            return False

    def start(self, timeout: float = 180) -> None:
        """Serve Superset with gunicorn on 127.0.0.1:``port`` in the background (its own
        process group); returns once ``/health`` answers."""
        if self.running_pid() is not None:
            self.stop()
        with socket.socket() as probe:  # another server there would answer /health in our stead
            if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                raise RuntimeError(f"port {self.port} is taken by another server: set READOUTS_SUPERSET_PORT")
        command = [
            str(self.venv / "bin" / "gunicorn"),
            "--bind",
            f"127.0.0.1:{self.port}",
            "--workers",
            "1",
            "--threads",
            "8",
            "--timeout",
            "120",
            "--pid",
            str(self.pid_file),
            "superset.app:create_app()",
        ]
        with self.log_file.open("ab") as log:
            process = subprocess.Popen(
                command, env=self.env(), stdout=log, stderr=log, stdin=subprocess.DEVNULL, start_new_session=True
            )
        deadline = time.monotonic() + timeout
        while not self.healthy():
            if process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                tail = self.log_file.read_text(errors="replace")[-3000:]
                raise RuntimeError(f"Superset did not come up on {self.base_url}:\n{tail}")
            time.sleep(1)

    def stop(self, timeout: float = 30) -> None:
        """SIGTERM to gunicorn's process group, SIGKILL after ``timeout`` seconds."""
        pid = self.running_pid()
        if pid is None:
            return
        for signum, seconds in ((signal.SIGTERM, timeout), (signal.SIGKILL, 10.0)):
            try:
                os.killpg(pid, signum)
            except ProcessLookupError:
                break
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                try:
                    os.kill(pid, 0)
                except ProcessLookupError:
                    self.pid_file.unlink(missing_ok=True)
                    return
                time.sleep(0.3)
        self.pid_file.unlink(missing_ok=True)


def set_up(superset: Superset, warehouse_url: str, password: str) -> None:
    """Everything ``./dev bi`` does once the warehouse runs: the BI role's password, Superset's
    metadata and admin, the bundle imported over the warehouse, Superset serving."""
    set_bi_password(warehouse_url, password)
    superset.initialise()
    superset.import_bundle(superset_uri(warehouse_url, password))
    superset.start()


def local_superset() -> Superset:
    from readouts.devstack import LOCAL_DIR

    return Superset(LOCAL_DIR / "superset", int(os.environ.get("READOUTS_SUPERSET_PORT", "8088")))


def up() -> int:
    from readouts import db
    from readouts.devstack import LOCAL_DIR, warehouse

    url = warehouse()
    db.migrate(url)  # what `./dev run` does first: the mart views and the readouts_bi role exist
    password = os.environ.get("READOUTS_BI_PASSWORD") or generated_secret(LOCAL_DIR / "bi-password")
    superset = local_superset()
    started = time.monotonic()
    set_up(superset, url, password)
    print(f"\nSuperset: {superset.base_url}  (login: {ADMIN_USER} / {superset.admin_password()})")
    print(f"dashboard: {superset.dashboard_url}")
    where = "READOUTS_BI_PASSWORD" if os.environ.get("READOUTS_BI_PASSWORD") else ".local/bi-password"
    print(f"warehouse in Superset: 'Readout Warehouse', as {BI_ROLE} (password: {where})")
    print(f"ready in {time.monotonic() - started:.0f} s; log {superset.log_file}; stop it with ./dev bi stop")
    with db.engine(url).connect() as conn:
        if not conn.exec_driver_sql("select exists (select from mart.readout)").scalar_one():
            print("note: the warehouse holds no readout yet: `./dev run` loads the samples")
    return 0


def stop() -> int:
    superset = local_superset()
    if superset.running_pid() is None:
        print("Superset: not running")
        return 0
    superset.stop()
    print("Superset stopped")
    return 0


def export(target: Path) -> int:
    written = local_superset().export_bundle(target)
    print(f"{len(written)} files of Superset's export in {target}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m readouts.bi", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("up", help="set up and start Superset with the dashboard over the warehouse")
    commands.add_parser("stop", help="stop the Superset that `up` started")
    exported = commands.add_parser("export", help="Superset's export of its dashboards, as YAML files in a folder")
    exported.add_argument("--out", type=Path, default=Path(".local/superset/export"), help="e.g. include/bi")
    bundle = commands.add_parser("bundle", help="write the bundle as a zip, with the warehouse URI given")
    bundle.add_argument("--uri", required=True, help="SQLAlchemy URI of the warehouse as readouts_bi")
    bundle.add_argument("--out", required=True, type=Path)
    bundle.add_argument("--source", type=Path, default=None, help="bundle folder (default include/bi)")
    args = parser.parse_args(argv)
    if args.command == "up":
        return up()
    if args.command == "stop":
        return stop()
    if args.command == "export":
        return export(args.out)
    write_bundle(args.uri, args.out, args.source)
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
