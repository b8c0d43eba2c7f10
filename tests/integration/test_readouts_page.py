"""The Readouts page in a real Airflow: `./dev run`'s stack (airflow standalone: api-server,
scheduler, dag processor, triggerer; the embedded PostgreSQL) on free ports, in a copy of
the project, after a run on the samples.

Checked over HTTP against the api-server: the plugin is registered with its app and
navigation link; every route refuses a request with no token (401) or a bad one (403);
a viewer may read the page but not resubmit (403); the page's figures equal the
warehouse's. Then in Debian's Chromium, headless, driven by Playwright: log in on
Airflow's own login page, open the Readouts page, check the numbers it shows against the
warehouse, press Resubmit on a quarantined file and see readouts_maintenance hand it back
and an ingest run process it again. Screenshots go to tests/artifacts/ on every run.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import sqlalchemy as sa

from readouts.embedded_pg import free_port
from tests.helpers import ARTIFACTS_DIR, CHROMIUM, CHROMIUM_ARGS, project_copy, require_chromium
from tests.integration.test_devstack import _devstack

pytestmark = [pytest.mark.integration, pytest.mark.airflow]


def _call(base: str, method: str, path: str, token: str | None = None, body: object = None, cookie: bool = False):
    headers = {"Content-Type": "application/json"}
    if token and cookie:
        headers["Cookie"] = f"_token={token}"
    elif token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(
        base + path, method=method, headers=headers, data=json.dumps(body).encode() if body is not None else None
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def _browse_and_resubmit(base: str, project: Path, target: str, by_status: dict[str, int]) -> str:
    """Log in as admin on Airflow's login page, check the Readouts page against the
    warehouse's counts, press Resubmit on ``target``; returns the maintenance run's id."""
    from playwright.sync_api import sync_playwright

    require_chromium()
    ARTIFACTS_DIR.mkdir(parents=True, exist_ok=True)
    password = json.loads((project / ".airflow" / "simple_auth_manager_passwords.json.generated").read_text())
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_context(viewport={"width": 1280, "height": 1400}).new_page()
            page.set_default_timeout(60_000)
            page.goto(f"{base}/auth/login/")
            page.fill('input[name="username"]', "admin")
            page.fill('input[name="password"]', password["admin"])
            page.click('button[type="submit"]')
            page.wait_for_url(lambda url: "/auth/login" not in url)
            page.screenshot(path=str(ARTIFACTS_DIR / "airflow_after_login.png"))

            page.goto(f"{base}/readouts/")
            assert page.inner_text("h1") == "Readouts"
            shown = {s: sum(int(t) for t in page.locator(f"#batches td.{s}").all_inner_texts()) for s in by_status}
            assert shown == by_status
            assert page.locator("#quarantine tr[data-file]").count() >= 1
            assert page.locator("svg rect").count() >= 1  # the chart drew bars
            page.screenshot(path=str(ARTIFACTS_DIR / "readouts_page.png"), full_page=True)

            page.click(f'button.resubmit[data-file="{target}"]')
            page.wait_for_function("document.getElementById('resubmit-result').textContent.length > 0")
            result = page.inner_text("#resubmit-result")
            page.screenshot(path=str(ARTIFACTS_DIR / "readouts_page_resubmitted.png"), full_page=True)
        finally:
            browser.close()
    found = re.search(r"Triggered readouts_maintenance run (\S+)", result)
    assert found, result
    return found.group(1)


def _token(base: str, project: Path, user: str) -> str:
    passwords = json.loads((project / ".airflow" / "simple_auth_manager_passwords.json.generated").read_text())
    status, body = _call(base, "POST", "/auth/token", body={"username": user, "password": passwords[user]})
    assert status == 201, body
    return json.loads(body)["access_token"]


@pytest.mark.timeout(2400)
def test_the_readouts_page_shows_the_warehouse_and_resubmits_for_an_authorised_user():
    base_dir = Path(tempfile.mkdtemp(prefix="readouts-page-"))
    base_dir.chmod(0o755)
    project = project_copy(base_dir / "project")
    airflow_port, pg_port = free_port(), free_port()
    base = f"http://127.0.0.1:{airflow_port}"
    try:
        result = _devstack(project, "run", airflow_port, pg_port)
        output = result.stdout + result.stderr
        assert result.returncode == 0, output[-4000:]
        assert f"Readouts page: {base}/readouts/" in output
        url = re.search(r"query it: psql (\S+)", output).group(1).replace("postgresql://", "postgresql+psycopg://")
        admin, viewer = _token(base, project, "admin"), _token(base, project, "viewer")

        # the plugin: its app and its link in the UI's navigation
        status, body = _call(base, "GET", "/api/v2/plugins", admin)
        [plugin] = [p for p in json.loads(body)["plugins"] if p["name"] == "readouts"]
        assert plugin["fastapi_apps"][0]["url_prefix"] == "/readouts"
        assert plugin["external_views"][0]["href"] == "/readouts/"

        # no token, a bad token: refused; every route
        for method, path, body in (("GET", "/readouts/", None), ("GET", "/readouts/api/summary", None),
                                   ("POST", "/readouts/api/resubmit", {"all_quarantined": True}),
                                   ("GET", "/readouts/docs/index.html", None)):  # fmt: skip
            assert _call(base, method, path, None, body)[0] == 401, path
            assert _call(base, method, path, "not-a-jwt", body)[0] == 403, path
            assert _call(base, method, path, "not-a-jwt", body, cookie=True)[0] == 403, path

        # the figures equal the warehouse's
        status, body = _call(base, "GET", "/readouts/api/summary", viewer)
        assert status == 200, body
        summary = json.loads(body)
        engine = sa.create_engine(url)
        with engine.connect() as conn:
            by_status = dict(conn.exec_driver_sql("select status, count(*) from mart.readout group by status").all())
            quarantined = sorted(
                conn.exec_driver_sql(
                    "select distinct f.file_name from etl.inbox_file f join etl.file_manifest m using (inbox_file_id) "
                    "where m.status in ('rejected', 'failed_quality') and strpos(f.final_path, '/quarantine/') > 0"
                ).scalars()
            )
            names = conn.exec_driver_sql("select count(*) from warehouse.dim_leader where not verified").scalar_one()
        batches = summary["batches"]  # unpausing the DAG may start a scheduled run beside the triggered one
        assert {s: sum(b[s] for b in batches) for s in by_status} == by_status
        assert sum(b["documents"] for b in batches) == sum(by_status.values())
        assert all(b["reconciled"] for b in batches)
        assert sorted(q["file_name"] for q in summary["quarantine"]) == quarantined and quarantined
        assert {q["suite"] for q in summary["quality"]} == {"staged_document", "staged_batch", "warehouse"}
        assert len(summary["names_to_review"]) <= names
        assert sum(e["engagements"] for e in summary["engagements_by_month"]) > 0

        # the page itself, as the UI's cookie presents the token
        status, page = _call(base, "GET", "/readouts/", admin, cookie=True)
        assert status == 200 and "<h1>Readouts</h1>" in page
        for name in quarantined:
            assert f'data-file="{name}"' in page
        assert _call(base, "GET", "/readouts/docs/index.html", viewer)[0] == 200

        # Resubmit: a viewer may not; an admin presses the button in the browser
        target = quarantined[0]
        assert _call(base, "POST", "/readouts/api/resubmit", viewer, {"file_name": target})[0] == 403
        assert _call(base, "POST", "/readouts/api/resubmit", admin, {"file_name": "no-such-file.txt"})[0] == 404
        status, body = _call(base, "GET", "/api/v2/dags/readouts_ingest/dagRuns", admin)
        ingest_runs_before = json.loads(body)["total_entries"]
        _call(base, "PATCH", "/api/v2/dags/readouts_maintenance", admin, {"is_paused": False})
        run_id = _browse_and_resubmit(base, project, target, by_status)
        deadline = time.monotonic() + 600
        while True:
            status, body = _call(base, "GET", f"/api/v2/dags/readouts_maintenance/dagRuns/{run_id}", admin)
            state = json.loads(body)["state"]
            if state in ("success", "failed"):
                break
            assert time.monotonic() < deadline, state
            time.sleep(3)
        assert state == "success", body
        while True:  # the ingest run it triggered processes the file again
            status, body = _call(base, "GET", f"/api/v2/dags/readouts_ingest/dagRuns/maintenance__{run_id}", admin)
            if status == 200 and json.loads(body)["state"] in ("success", "failed"):
                break
            assert time.monotonic() < deadline, body
            time.sleep(3)
        assert json.loads(body)["state"] == "success", body
        with engine.connect() as conn:
            history = conn.execute(
                sa.text("select count(*) from etl.file_manifest_history where file_name = :f"), {"f": target}
            ).scalar_one()
            batches = conn.exec_driver_sql("select count(*) from etl.batch").scalar_one()
        engine.dispose()
        assert history >= 1 and batches >= 2  # handed back, recorded, and processed by a second batch
        status, body = _call(base, "GET", "/api/v2/dags/readouts_ingest/dagRuns", admin)
        assert json.loads(body)["total_entries"] > ingest_runs_before
    finally:
        stop = _devstack(project, "stop", airflow_port, pg_port)
        assert stop.returncode == 0, stop.stdout + stop.stderr
        shutil.rmtree(base_dir, ignore_errors=True)
