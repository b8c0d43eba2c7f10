"""The failure callback: the summary it logs, and the webhook it POSTs through Airflow's
HttpNotifier to a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import json
import logging
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import pytest

from readouts import alerts


class FailedTask:
    """The task-instance fields the callback reads (no batch: xcom_pull finds none)."""

    dag_id = "readouts_ingest"
    task_id = "quality"
    run_id = "manual__2026-01-05"
    try_number = 2
    log_url = "http://127.0.0.1:8080/dags/readouts_ingest/runs/manual__2026-01-05/tasks/quality"

    def xcom_pull(self, task_ids: str) -> Any:
        return None


def _context() -> dict[str, Any]:
    error = RuntimeError("batch 7 failed critical batch checks {sha256 unique}\nsecond line")
    return {"task_instance": FailedTask(), "run_id": FailedTask.run_id, "exception": error}


def test_summary_names_dag_task_run_batch_error_and_log():
    text = alerts.failure_summary(_context())
    assert "readouts_ingest.quality" in text
    assert "run: manual__2026-01-05 (try 2)" in text
    assert "batch: none; documents: none" in text
    assert "error: RuntimeError: batch 7 failed critical batch checks {sha256 unique}" in text
    assert "second line" not in text
    assert "log: http://127.0.0.1:8080/dags/readouts_ingest" in text


@pytest.fixture
def webhook_server():
    received: list[dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the http.server API
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append({"path": self.path, "body": json.loads(body)})
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server, received
    server.shutdown()
    server.server_close()


def test_webhook_gets_the_summary(webhook_server, monkeypatch, caplog):
    server, received = webhook_server
    host, port = server.server_address
    monkeypatch.setenv("AIRFLOW_CONN_READOUTS_ALERT", f"http://{host}:{port}")
    monkeypatch.setenv("READOUTS_ALERT_HTTP_CONN_ID", "readouts_alert")
    monkeypatch.setenv("READOUTS_ALERT_HTTP_ENDPOINT", "hooks/readouts")
    monkeypatch.delenv("READOUTS_ALERT_EMAIL", raising=False)
    with caplog.at_level(logging.ERROR, logger="readouts.alerts"):
        alerts.notify_failure(_context())
    assert "READOUTS FAILURE" in caplog.text
    assert len(received) == 1
    assert received[0]["path"] == "/hooks/readouts"
    body = received[0]["body"]
    assert body["dag_id"] == "readouts_ingest" and body["task_id"] == "quality"
    assert body["error"].startswith("RuntimeError: batch 7 failed")
    assert "readouts_ingest.quality" in body["text"]


def test_nothing_configured_sends_nothing(monkeypatch):
    for name in ("ALERT_HTTP_CONN_ID", "ALERT_EMAIL"):
        monkeypatch.delenv(f"READOUTS_{name}", raising=False)
    assert alerts.configured_notifiers(alerts.failure_details(_context())) == []


def test_email_notifier_is_airflows_smtp_notifier(monkeypatch):
    monkeypatch.delenv("READOUTS_ALERT_HTTP_CONN_ID", raising=False)
    monkeypatch.setenv("READOUTS_ALERT_EMAIL", "ops@example.org, oncall@example.org")
    (notifier,) = alerts.configured_notifiers(alerts.failure_details(_context()))
    from airflow.providers.smtp.notifications.smtp import SmtpNotifier

    assert isinstance(notifier, SmtpNotifier)
    assert notifier.to == ["ops@example.org", "oncall@example.org"]
    assert "readouts_ingest.quality" in notifier.subject
