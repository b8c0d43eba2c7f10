"""Failure callbacks for the DAGs: a clear summary in the task log, the batch marked
failed, and, when configured, the summary sent through Airflow notifiers.

Configuration (an Airflow option ``[readouts] <name>``, i.e. the environment variable
``AIRFLOW__READOUTS__<NAME>``, or else ``READOUTS_<NAME>``):

| option | meaning |
|---|---|
| ``alert_http_conn_id`` | an Airflow HTTP connection: the summary is POSTed there as JSON (``HttpNotifier``) |
| ``alert_http_endpoint`` | path appended to that connection's URL (default: none) |
| ``alert_email`` | comma-separated addresses: the summary is e-mailed (``SmtpNotifier``) |
| ``alert_smtp_conn_id`` | the SMTP connection for e-mail (default ``smtp_default``) |

Nothing configured: the summary goes to the task log only. A notifier that fails is
logged and never hides the task's own error.
"""

from __future__ import annotations

import logging
import os
from typing import Any

log = logging.getLogger(__name__)


def _option(name: str, default: str | None = None) -> str | None:
    value = None
    try:
        from airflow.configuration import conf

        value = conf.get("readouts", name, fallback=None)
    except Exception:  # Airflow absent or not configured: the environment decides
        value = None
    return value or os.environ.get(f"READOUTS_{name.upper()}") or default


def _batch_counts(batch_id: int) -> dict[str, int]:
    import sqlalchemy as sa

    from readouts import db

    with db.engine().connect() as conn:
        return dict(
            conn.execute(
                sa.text("select status, count(*) from etl.file_manifest where batch_id = :b group by status"),
                {"b": batch_id},
            ).all()
        )


def failure_details(context: dict[str, Any]) -> dict[str, Any]:
    """What failed, as a dict: DAG, task, run, try, batch, document counts, first error
    line, log URL."""
    ti = context.get("task_instance") or context.get("ti")
    error = context.get("exception")
    batch_id = None
    try:
        batch_id = ti.xcom_pull(task_ids="discover") if ti is not None else None
    except Exception as exc:  # the callback must never raise
        log.warning("could not read the batch id: %s", exc)
    counts: dict[str, int] = {}
    if batch_id:
        try:
            counts = _batch_counts(int(batch_id))
        except Exception as exc:
            log.warning("could not count the documents of batch %s: %s", batch_id, exc)
    first_line = str(error).strip().splitlines()[0] if error and str(error).strip() else ""
    return {
        "dag_id": getattr(ti, "dag_id", None) or getattr(context.get("dag"), "dag_id", "?"),
        "task_id": getattr(ti, "task_id", "?"),
        "run_id": context.get("run_id") or getattr(ti, "run_id", "?"),
        "try_number": getattr(ti, "try_number", None),
        "batch_id": int(batch_id) if batch_id else None,
        "documents_by_status": counts,
        "error": f"{type(error).__name__}: {first_line}" if error else "error (no exception in the context)",
        "log_url": getattr(ti, "log_url", None),
    }


def failure_summary(context: dict[str, Any]) -> str:
    """The summary as text, one fact a line."""
    return format_summary(failure_details(context))


def format_summary(details: dict[str, Any]) -> str:
    counts = ", ".join(f"{k}={v}" for k, v in sorted(details["documents_by_status"].items())) or "none"
    return "\n".join(
        [
            f"Readouts pipeline failure: {details['dag_id']}.{details['task_id']}",
            f"run: {details['run_id']} (try {details['try_number']})",
            f"batch: {details['batch_id'] if details['batch_id'] is not None else 'none'}; documents: {counts}",
            f"error: {details['error']}",
            f"log: {details['log_url'] or 'n/a'}",
        ]
    )


def configured_notifiers(details: dict[str, Any]) -> list[Any]:
    """Airflow notifiers for the configured channels, carrying this failure's summary."""
    notifiers: list[Any] = []
    text = format_summary(details)
    conn_id = _option("alert_http_conn_id")
    if conn_id:
        from airflow.providers.http.notifications.http import HttpNotifier

        notifiers.append(
            HttpNotifier(
                http_conn_id=conn_id,
                endpoint=_option("alert_http_endpoint"),
                method="POST",
                json={"text": text, **details},
                headers={"Content-Type": "application/json"},
            )
        )
    addresses = _option("alert_email")
    if addresses:
        from airflow.providers.smtp.notifications.smtp import SmtpNotifier

        notifiers.append(
            SmtpNotifier(
                to=[a.strip() for a in addresses.split(",") if a.strip()],
                smtp_conn_id=_option("alert_smtp_conn_id", "smtp_default"),
                subject=f"[readouts] {details['dag_id']}.{details['task_id']} failed",
                html_content="<pre>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</pre>",
            )
        )
    return notifiers


def send_notifications(context: dict[str, Any], details: dict[str, Any]) -> int:
    """Send through every configured notifier; returns how many succeeded.

    ``notify`` is called directly, not the notifier's ``__call__``: the latter renders
    its fields as Jinja templates, and an error message may hold braces."""
    sent = 0
    for notifier in configured_notifiers(details):
        try:
            notifier.notify(context)
            sent += 1
        except Exception as exc:
            log.warning("alert through %s failed: %s", type(notifier).__name__, exc)
    return sent


def notify_failure(context: dict[str, Any]) -> None:
    """on_failure_callback: log what failed, close the run's batch as failed (so that the
    next run can take over its claimed files) and send the configured alerts."""
    details = failure_details(context)
    summary = format_summary(details)
    log.error("READOUTS FAILURE\n%s", summary)
    if details["batch_id"]:
        from readouts.pipeline import mark_batch_failed

        try:
            mark_batch_failed(details["batch_id"], summary)
        except Exception as exc:
            log.warning("could not mark batch %s failed: %s", details["batch_id"], exc)
    send_notifications(context, details)
