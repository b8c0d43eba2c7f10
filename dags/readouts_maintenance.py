"""readouts_maintenance: hand files back for re-processing, then trigger readouts_ingest.

Manual trigger only; this file only wires tasks, the work is in ``readouts.pipeline``.
"""

from __future__ import annotations

import pendulum
from airflow.providers.standard.operators.trigger_dagrun import TriggerDagRunOperator
from airflow.sdk import Param, dag, task

from readouts.alerts import notify_failure
from readouts.config import retry_delay, task_timeout

DAG_DOC = """
### Readout maintenance (manual)

Re-processes files after a fix, without touching the landing folders by hand.

| param | meaning |
|---|---|
| `reason_like` | resubmit quarantined files whose reason contains this text (case-insensitive) |
| `all_quarantined` | resubmit every quarantined file |
| `outdated` | also re-process archived readouts read by an older extractor version than the current one |
| `file_name` | only the quarantined (or outdated) file of this name (the Readouts page's per-file Resubmit) |

`resubmit` moves the chosen files back to the inbox (their `.reason.json` beside them,
hidden; their modification times unchanged, so they are settled at once) and records what
their manifest rows said in `etl.file_manifest_history`. `trigger_ingest` then triggers
a `readouts_ingest` run (run id `maintenance__<this run id>`, a retry never triggers twice),
which processes them with the usual steps, checks and reconciliation; this DAG never
processes the inbox itself, so it cannot overlap an ingest run (`readouts_ingest` runs
one at a time: the triggered run waits for a running one). A re-processed document keeps
its `readout_id`. A large inbox takes several ingest runs (one capped batch each).
"""


@dag(
    dag_id="readouts_maintenance",
    schedule=None,
    start_date=pendulum.datetime(2026, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    doc_md=DAG_DOC,
    tags=["readouts", "maintenance"],
    params={
        "reason_like": Param("", type="string", description="quarantine reason contains (empty: see all_quarantined)"),
        "all_quarantined": Param(False, type="boolean", description="resubmit every quarantined file"),
        "outdated": Param(False, type="boolean", description="re-process readouts of an older extractor"),
        "file_name": Param("", type="string", description="only the file of this name (empty: every chosen file)"),
    },
    default_args={
        "owner": "readouts",
        "retries": 1,
        "retry_delay": retry_delay(),
        "on_failure_callback": notify_failure,
        "execution_timeout": task_timeout(),
    },
)
def readouts_maintenance() -> None:
    @task(doc_md="Move the chosen quarantined (and, if asked, outdated archived) files back to the inbox.")
    def resubmit(**context: object) -> dict:
        from readouts import pipeline

        params = context["params"]
        reason_like = params.get("reason_like") or None
        file_name = params.get("file_name") or None
        quarantined = bool(reason_like or file_name or params.get("all_quarantined"))
        return pipeline.resubmit(
            reason_like, quarantined=quarantined, outdated=bool(params.get("outdated")), file_name=file_name
        )

    trigger_ingest = TriggerDagRunOperator(
        task_id="trigger_ingest",
        trigger_dag_id="readouts_ingest",
        trigger_run_id="maintenance__{{ run_id }}",
        skip_when_already_exists=True,
        conf={"triggered_by": "readouts_maintenance"},
        doc_md="Trigger a `readouts_ingest` run that processes the resubmitted files (it never runs the steps here).",
    )

    resubmit() >> trigger_ingest


readouts_maintenance()
