"""`./dev run`'s stack on ports other than the defaults, twice in one project folder.

The project's tracked files are copied into a temp folder so that the stack's state
(`.local/`, `.airflow/`, `landing/`) is the copy's, not the checkout's; the copy's
`readouts` package is the one imported (PYTHONPATH). Real servers: the embedded
PostgreSQL and `airflow standalone` (scheduler, api-server, dag processor, triggerer).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from readouts.embedded_pg import free_port
from tests.helpers import devstack, devstack_env, project_copy

pytestmark = [pytest.mark.integration, pytest.mark.airflow]


def _devstack(project: Path, command: str, airflow_port: int, pg_port: int) -> subprocess.CompletedProcess:
    return devstack(project, [command], devstack_env(project, airflow_port, pg_port))


@pytest.mark.timeout(2400)
def test_devstack_runs_on_other_ports_twice_in_one_folder_and_explains_a_failure():
    # not under pytest's tmp tree: another pytest session resets it to 0700, locking the
    # embedded server's unprivileged user out of .local/pgdata (see tests/conftest.py)
    base = Path(tempfile.mkdtemp(prefix="readouts-devstack-"))
    base.chmod(0o755)
    project = project_copy(base / "project")
    ports = [(free_port(), free_port()), (free_port(), free_port())]
    try:
        outputs = []
        for airflow_port, pg_port in ports:
            result = _devstack(project, "run", airflow_port, pg_port)
            output = result.stdout + result.stderr
            outputs.append(output)
            assert result.returncode == 0, output[-4000:]
            assert f"Airflow UI: http://127.0.0.1:{airflow_port}" in output
            assert f"@127.0.0.1:{pg_port}/readouts" in output
            assert ": success" in output
        assert "documents processed now, by status: {" in outputs[0]
        assert "restarting it" in outputs[1]  # the first stack was moved, not left beside the second

        # a failing task: the run is red and ./dev run says which task and why
        (project / "landing" / "work").rename(project / "landing" / "work-kept")
        (project / "landing" / "work").write_text("a file where the work folder should be")
        shutil.copy2(project / "include" / "samples" / sorted(os.listdir(project / "include" / "samples"))[0],
                     project / "landing" / "inbox" / "again.txt")  # fmt: skip
        airflow_port, pg_port = ports[1]
        result = _devstack(project, "run", airflow_port, pg_port)
        output = result.stdout + result.stderr
        assert result.returncode == 1, output[-4000:]
        assert "task discover: failed" in output, output[-4000:]
        assert "| error Task failed with exception FileExistsError: [Errno 17] File exists" in output, output[-4000:]
    finally:
        stop = _devstack(project, "stop", *ports[1])
        assert stop.returncode == 0, stop.stdout + stop.stderr
        shutil.rmtree(base, ignore_errors=True)
