"""The package installs like a package: a wheel, a clean virtualenv, no checkout.

A team puts the project into its own Airflow image with `pip install`; that copy must
carry its SQL, reference data and language files (package data) and pull its runtime
dependencies from `pyproject.toml`. This builds the wheel, installs it into a new
virtualenv (with `requirements.txt` as constraints, so the versions are the tested ones),
and runs `extract` and `migrate` from a folder outside the checkout.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from readouts.config import PROJECT_ROOT

pytestmark = pytest.mark.integration


def _run(command: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 900):
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"{' '.join(command)}:\n{(result.stdout + result.stderr)[-4000:]}"
    return result


@pytest.mark.timeout(1500)
@pytest.mark.parametrize("pg_server", ["pg18"], indirect=True)
def test_an_installed_wheel_extracts_and_migrates_outside_the_checkout(pg_server, tmp_path):
    wheels = tmp_path / "wheels"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(wheels), str(PROJECT_ROOT)], tmp_path)
    (wheel,) = wheels.glob("readout_warehouse-*.whl")
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], tmp_path)
    python = str(venv / "bin" / "python")
    constraints = ["-c", str(PROJECT_ROOT / "requirements.txt")]
    _run([python, "-m", "pip", "install", "--quiet", str(wheel), *constraints], tmp_path)

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("READOUTS_", "PYTHON", "AIRFLOW"))}
    where = _run(
        [python, "-c", "import readouts.config as c; print(c.__file__); print(c.DEFAULT_INCLUDE_DIR)"], elsewhere, env
    )
    module_file, include_dir = where.stdout.split()
    assert Path(module_file).is_relative_to(venv) and Path(include_dir).is_relative_to(venv), where.stdout
    assert not Path(module_file).is_relative_to(PROJECT_ROOT)

    sample = sorted((PROJECT_ROOT / "include" / "samples").glob("*.txt"))[0]
    shutil.copy2(sample, elsewhere / sample.name)
    extracted = _run([python, "-m", "readouts", "extract", sample.name], elsewhere, env)
    document = json.loads(extracted.stdout)
    assert document["outcome"] == "readout" and len(document["participants"]) >= 2, extracted.stdout

    pg_server.create_database("installed_copy")
    url = pg_server.url("installed_copy")
    migrated = _run([python, "-m", "readouts", "migrate"], elsewhere, {**env, "READOUTS_WAREHOUSE_URL": url})
    assert migrated.stdout.startswith("warehouse at revision 0"), migrated.stdout
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        views = conn.exec_driver_sql("select count(*) from information_schema.views where table_schema = 'mart'")
        assert views.scalar_one() >= 5
    engine.dispose()
