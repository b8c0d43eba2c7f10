"""Failure callbacks for the DAGs: a clear summary in the task log, batch marked failed."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


def failure_summary(context: dict[str, Any]) -> str:
    ti = context.get("task_instance") or context.get("ti")
    task_id = getattr(ti, "task_id", "?")
    dag_id = getattr(ti, "dag_id", "?")
    run_id = context.get("run_id") or getattr(ti, "run_id", "?")
    error = context.get("exception")
    return f"{dag_id}.{task_id} failed in run {run_id}: {type(error).__name__ if error else 'error'}: {error}"


def notify_failure(context: dict[str, Any]) -> None:
    """on_failure_callback: log what failed and close the run's batch as failed, so that
    the next run can take over its claimed files."""
    summary = failure_summary(context)
    log.error("READOUTS FAILURE: %s", summary)
    ti = context.get("task_instance") or context.get("ti")
    try:
        batch_id = ti.xcom_pull(task_ids="discover") if ti is not None else None
    except Exception as exc:  # the callback must never raise
        log.warning("could not read the batch id: %s", exc)
        return
    if batch_id:
        from readouts.pipeline import mark_batch_failed

        try:
            mark_batch_failed(int(batch_id), summary)
        except Exception as exc:
            log.warning("could not mark batch %s failed: %s", batch_id, exc)
