"""readouts_ingest: new readout files in the landing inbox -> the Postgres warehouse.

This file only wires tasks; the work is done by the ``readouts`` package.
"""

from __future__ import annotations

import pendulum
from airflow.sdk import Asset, dag, task

from readouts.alerts import notify_failure
from readouts.config import ingest_schedule, retry_delay, task_timeout

MARTS = Asset("readouts://warehouse/mart")
PLOVER_EXPORT = Asset("readouts://exports/plover")

DAG_DOC = """
### Readout ingest

Picks up new readout files from the landing inbox (`$READOUTS_LANDING_DIR/inbox`:
`.txt`/`.md`, `.html`/`.htm`, `.json`, `.jsonl`), reads who spoke with whom, when and how,
checks the batch with great-expectations and loads the warehouse's star schema.

| task | what it does | when it is red |
|---|---|---|
| `discover` | opens a batch, claims settled new files (name + sha256), oldest first, capped | no warehouse |
| `plan_shards` | splits the files into shards by bytes (`READOUTS_SHARD_BYTES`) | no warehouse |
| `parse_extract` | **mapped, one per shard**: decodes, cleans, detects language, extracts | never for a bad document |
| `stage` | COPY into `staging`, one manifest row per document, duplicates marked | the warehouse refused the COPY |
| `quality` | GX suites on the staged batch; failing documents -> `failed_quality` | a critical **batch** check failed |
| `load` | one transaction: dims, facts, engagements, statuses; post-load suite | merge failed, or a post-load check |
| `archive` | files -> `archive/` or `quarantine/` (+ `.reason.json`); reconciliation | a file is not accounted for |
| `export_plover` | the day's new and changed engagements as PLOVER events (`exports/plover/`) | no warehouse |

The shards' `parse_extract` instances run side by side on whatever slots the executor
has (each its own process) and exchange only the batch id and their shard number through
XCom; their documents go through files in `work/batch-N/` (`shards.json`, the staging
rows `staging-<shard>.<table>.copy`). `stage`, `quality`
and `load` stay one set-based step for the whole batch; `stage` streams the shards' rows to
the server and ids follow claim order: the warehouse is the same whatever the number of shards.
With the CeleryExecutor (the compose stack, `./dev run --celery`) the shards spread over
the workers, which must share `$READOUTS_LANDING_DIR`; a shard whose worker is lost stops
heartbeating, is failed by the scheduler and retried once after
`READOUTS_RETRY_DELAY_SECONDS` on another worker, and rewrites its files.

Warnings of the suites are in `etl.quality_result` and the task log; the run stays
green. Failed runs alert through `readouts.alerts` (task log, webhook, e-mail).
Quarantined files go back through the `readouts_maintenance` DAG.

Every document ends in `etl.file_manifest` (and `mart.readout`) as `loaded`,
`duplicate`, `not_readout`, `rejected` or `failed_quality`. A run with no new files is
green and loads nothing. The `archive` task updates the
asset `readouts://warehouse/mart` so downstream DAGs can run on fresh data; `export_plover`
rewrites the day's PLOVER file (`$READOUTS_LANDING_DIR/exports/plover/YYYY-MM-DD.jsonl`,
UTC day of the run) and updates the asset `readouts://exports/plover`.

**Never stuck.** A document on which `parse` or `extract` fails unexpectedly is
`rejected` alone with the reason `internal error in <step>: <type>: <message>` (the
traceback is in the task log; `archive` returns the count as `internal_errors`) and the
batch goes on; after a fix, `readouts_maintenance` (or `readouts resubmit --all`) hands it
back. **One batch per run** (at most `READOUTS_BATCH_MAX_FILES` files and
`READOUTS_BATCH_MAX_BYTES` bytes): a larger inbox is taken over the next runs, oldest files
first (the CLI's `ingest` loops batches itself). Every task has an `execution_timeout`
(`READOUTS_TASK_TIMEOUT_MINUTES`) and every warehouse session a `statement_timeout`
(`READOUTS_STATEMENT_TIMEOUT_SECONDS`): a hung step fails and alerts, and the next run
takes the batch's files over. Every task is safe to retry after a failure at any point:
the files and the warehouse's marts end as after a run that never failed.
"""


@dag(
    dag_id="readouts_ingest",
    schedule=ingest_schedule(),
    start_date=pendulum.datetime(2026, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    doc_md=DAG_DOC,
    tags=["readouts", "ingest"],
    default_args={
        "owner": "readouts",
        "retries": 1,
        "retry_delay": retry_delay(),
        "on_failure_callback": notify_failure,
        "execution_timeout": task_timeout(),
    },
)
def readouts_ingest() -> None:
    @task(doc_md="Open a batch and claim the settled new files of the inbox. Returns the batch id.")
    def discover(**context: object) -> int:
        from readouts import pipeline

        return pipeline.discover(run_id=f"airflow:{context['run_id']}")

    @task(doc_md="Split the batch's files into shards by bytes (`work/batch-N/shards.json`); returns their numbers.")
    def plan_shards(batch_id: int) -> list[int]:
        from readouts import pipeline

        return pipeline.plan_shards(batch_id)

    @task(
        doc_md="One shard (a mapped task instance per shard): decode its files into clean documents, then "
        "extract engagement, participants, date, initiator, topics and figures "
        "as each is read, and write its staging rows (`work/batch-N/staging-<shard>.<table>.copy`). "
        "Returns the shard's counts."
    )
    def parse_extract(batch_id: int, shard: int) -> dict:
        from readouts import pipeline

        return pipeline.parse_extract_shard(batch_id, shard)

    @task(doc_md="COPY the batch into `staging` and register each document in `etl.file_manifest`.")
    def stage(batch_id: int) -> int:
        from readouts import pipeline

        pipeline.stage(batch_id)
        return batch_id

    @task(
        doc_md="great-expectations checkpoints of the project's GX project (`include/gx/`) on the staged batch; "
        "results in `etl.quality_result` and the Data Docs site (each validation's page is in the task log)."
    )
    def quality(batch_id: int) -> int:
        from readouts import pipeline

        pipeline.quality(batch_id)
        return batch_id

    @task(
        doc_md="Merge the batch into dimensions and facts and resolve its readouts into engagements (merges "
        "recorded in etl.engagement_merge) in one transaction, then run the post-load suite."
    )
    def load(batch_id: int) -> int:
        from readouts import pipeline

        pipeline.load(batch_id)
        return batch_id

    @task(outlets=[MARTS], doc_md="Move files to archive/quarantine, close the batch, reconcile counts.")
    def archive(batch_id: int) -> dict:
        from readouts import pipeline

        return pipeline.archive(batch_id)

    @task(
        outlets=[PLOVER_EXPORT],
        doc_md="Write the day's new and changed engagements as PLOVER CONSULT events to "
        "`exports/plover/YYYY-MM-DD.jsonl` (UTC day of the run; re-running rewrites the same file).",
    )
    def export_plover(reconciled: dict, **context: object) -> dict:
        import pendulum as _pendulum

        from readouts.export import export_day

        run = context.get("dag_run")
        day = (getattr(run, "run_after", None) or _pendulum.now("UTC")).date()
        summary = export_day(day)
        return {"path": str(summary.path), "events": summary.events, "undated": summary.undated}

    batch_id = discover()
    shards = parse_extract.partial(batch_id=batch_id).expand(shard=plan_shards(batch_id))
    staged = stage(batch_id)
    shards >> staged
    export_plover(archive(load(quality(staged))))


readouts_ingest()
