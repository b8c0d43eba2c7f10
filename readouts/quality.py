"""Quality: great-expectations suites run inside Postgres (GX SQL data source, never pandas).

The suites, their validation definitions, checkpoints, the data source and the Data Docs
site are a file-backed GX project kept in the repository, ``include/gx/`` (edit the JSON
there; nothing is rebuilt in code). This module opens that project, runs a checkpoint
per suite and turns the results into the pipeline's decisions; every result is a row of
``etl.quality_result``, and the validations go to one Data Docs site
(``READOUTS_GX_DOCS_DIR``, default ``<landing>/quality_docs``) that keeps every run
(results in ``READOUTS_GX_RESULTS_DIR``, default ``<landing>/quality_results``): built after
each step's checkpoints, or once for a whole backfill (``data_docs_built_once``).

* ``staged_document`` (row level, on ``staging.readout_candidate`` for one batch through a
  column-value partitioner on ``batch_id``): a critical failure keeps that document out
  of the warehouse (``failed_quality``, the failed checks as its reason); the rest of the
  batch goes on. Severity ``warning`` records the failure and loads anyway.
* ``staged_batch``: the batch itself is consistent. A critical failure fails the task
  (red) and nothing of the batch loads.
* ``warehouse`` (after the load, on ``etl.load_scope`` for one batch: what its load
  touched): no engagement without a readout, no fact of a readout that is not loaded, one
  engagement per loaded readout; a warning when a source's daily volume falls far below its
  usual (the last 29 days, through an index). A critical failure fails the task.

Invariants the schema can hold are constraints, not expectations (migration 0006), so no
check here is one that cannot fail. Checks written as SQL are GX
``UnexpectedRowsExpectation``: the query lists the offending rows, every one aliases the
batch (``batch_source``) and joins, which PostgreSQL before 16 needs.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from readouts import db
from readouts.config import load_settings, warehouse_url

log = logging.getLogger(__name__)

DOCS_SITE = "readouts"

# validations whose Data Docs pages wait for one build at the end of a backfill (see data_docs_built_once)
_docs_waiting: contextvars.ContextVar[list[tuple[Path | None, list[Any]]] | None] = contextvars.ContextVar(
    "docs_waiting", default=None
)


class BatchQualityError(RuntimeError):
    """A critical batch-level expectation failed: the batch must not be loaded."""


class WarehouseQualityError(RuntimeError):
    """A critical post-load expectation failed: the warehouse does not add up."""


@dataclass
class QualityReport:
    batch_id: int
    checked_documents: int = 0
    failed_documents: dict[int, list[str]] = field(default_factory=dict)  # manifest_id -> checks
    warnings: list[str] = field(default_factory=list)
    batch_failures: list[str] = field(default_factory=list)


def _describe(config: Any) -> str:
    if config.meta and config.meta.get("check"):
        return str(config.meta["check"])
    column = config.kwargs.get("column")
    return f"{config.type}({column})" if column else config.type


def _unexpected_manifest_ids(result: Any) -> list[int]:
    """The readout ids a failed expectation names: index list (column checks) or rows (SQL checks)."""
    found: set[int] = set()
    for row in result.result.get("unexpected_index_list", []) or []:
        if isinstance(row, dict) and row.get("manifest_id") is not None:
            found.add(int(row["manifest_id"]))
    for row in (result.result.get("details") or {}).get("unexpected_rows", []) or []:
        value = row.get("manifest_id") if isinstance(row, dict) else getattr(row, "manifest_id", None)
        if value is not None:
            found.add(int(value))
    return sorted(found)


def _exception_message(info: Any) -> str | None:
    """The first error message in a result's exception info (flat, or keyed by metric)."""
    if not isinstance(info, dict):
        return None
    if info.get("raised_exception"):
        return str(info.get("exception_message") or "error").splitlines()[0]
    for value in info.values():
        if isinstance(value, dict) and value.get("raised_exception"):
            return str(value.get("exception_message") or "error").splitlines()[0]
    return None


def _store_results(rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    with db.engine().begin() as conn:
        conn.execute(
            sa.text(
                "insert into etl.quality_result (batch_id, suite, expectation, column_name, severity, "
                "success, unexpected_count, manifest_ids) values (:batch_id, :suite, :expectation, "
                ":column_name, :severity, :success, :unexpected_count, :manifest_ids)"
            ),
            rows,
        )


def check_batch(batch_id: int, docs_dir: Path | None = None, ref: Any = None) -> QualityReport:
    """Validate the staged batch; mark failing documents; raise on a critical batch failure.

    The reference files are synced into the dimensions first (the same idempotent upsert
    the load runs) so that referential checks see today's actors, leaders and languages.
    """
    from readouts.load import sync_reference_now

    report = QualityReport(batch_id)
    sync_reference_now(ref)
    with db.engine().connect() as conn:
        report.checked_documents = conn.execute(
            sa.text("select count(*) from staging.readout_candidate where batch_id = :b"), {"b": batch_id}
        ).scalar_one()
        unstaged = conn.execute(
            sa.text(
                "select count(*) from etl.inbox_file f where f.batch_id = :b and f.state = 'claimed' "
                "and not exists (select 1 from staging.document d where d.batch_id = :b "
                "and d.inbox_file_id = f.inbox_file_id)"
            ),
            {"b": batch_id},
        ).scalar_one()
    if unstaged:
        report.batch_failures.append(f"{unstaged} claimed file(s) have no staged document")
    rows: list[dict[str, Any]] = []
    if report.checked_documents:
        rows = run_suites(
            batch_id, report, ("staged_document", "staged_batch"), partition_by_batch=True, docs_dir=docs_dir
        )
    _store_results(rows)
    with db.engine().begin() as conn:
        for manifest_id, checks in report.failed_documents.items():
            conn.execute(
                sa.text(
                    "update staging.document set outcome = 'failed_quality', reason = :r "
                    "where batch_id = :b and manifest_id = :m"
                ),
                {"r": "failed quality checks: " + ", ".join(checks), "b": batch_id, "m": manifest_id},
            )
    if report.batch_failures:
        raise BatchQualityError(
            f"batch {batch_id} failed critical batch checks, nothing loaded: " + "; ".join(report.batch_failures)
        )
    return report


def check_warehouse(batch_id: int, docs_dir: Path | None = None) -> QualityReport:
    """The post-load suite on what the batch's load touched (``etl.load_scope``: its
    documents, the engagements resolution looked at, the readouts of the resolved region):
    no orphan engagement, no fact of a readout not loaded, one engagement per loaded
    readout; so its cost grows with the batch, not the warehouse. Raises
    WarehouseQualityError on a critical failure."""
    report = QualityReport(batch_id)
    rows = run_suites(batch_id, report, ("warehouse",), partition_by_batch=True, docs_dir=docs_dir)
    _store_results(rows)
    if report.batch_failures:
        raise WarehouseQualityError(
            f"warehouse checks after batch {batch_id} failed: " + "; ".join(report.batch_failures)
        )
    return report


def docs_dir_default() -> Path:
    """Where Data Docs go: READOUTS_GX_DOCS_DIR, else ``<landing>/quality_docs``."""
    return Path(os.environ.get("READOUTS_GX_DOCS_DIR", load_settings().landing_dir / "quality_docs"))


def results_dir_default() -> Path:
    """Where validation results accumulate: READOUTS_GX_RESULTS_DIR, else ``<landing>/quality_results``."""
    return Path(os.environ.get("READOUTS_GX_RESULTS_DIR", load_settings().landing_dir / "quality_results"))


def gx_context(docs_dir: Path | None = None) -> Any:
    """The project's GX file context (``include/gx``), bound to this warehouse and these folders."""
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(
        context_root_dir=str(load_settings().include_dir / "gx"),
        runtime_environment={
            "READOUTS_WAREHOUSE_URL": warehouse_url(),
            "READOUTS_GX_DOCS_DIR": str((docs_dir or docs_dir_default()).resolve()),
            "READOUTS_GX_RESULTS_DIR": str(results_dir_default().resolve()),
        },
    )
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    return context


def run_suites(
    batch_id: int,
    report: QualityReport,
    suites: tuple[str, ...],
    *,
    partition_by_batch: bool,
    docs_dir: Path | None = None,
) -> list[dict[str, Any]]:
    """Run the checkpoints of ``suites`` (the checks run as SQL in the server); fill
    ``report``; return the rows for etl.quality_result. The results' pages are added to
    the Data Docs site (at once, or at the end of a ``data_docs_built_once`` block); the
    task log names the page of each validation.

    Failures go to ``report.failed_documents`` (critical, suite ``staged_document``),
    ``report.warnings`` (severity warning) or ``report.batch_failures`` (other critical).
    """
    from great_expectations.core.run_identifier import RunIdentifier
    from great_expectations.data_context.types.resource_identifiers import ExpectationSuiteIdentifier

    context = gx_context(docs_dir)
    batch_parameters = {"batch_id": batch_id} if partition_by_batch else None
    rows: list[dict[str, Any]] = []
    pages: list[Any] = []
    for suite_name in suites:
        outcome = context.checkpoints.get(suite_name).run(
            batch_parameters=batch_parameters,
            expectation_parameters={"today": dt.date.today().isoformat()},
            run_id=RunIdentifier(run_name=f"batch-{batch_id}"),
        )
        for identifier, validation in outcome.run_results.items():
            pages += [identifier, ExpectationSuiteIdentifier(name=validation.suite_name)]
            # the page's address, also when it is built later (at the end of a backfill)
            pages_of_site = context.get_docs_sites_urls(
                resource_identifier=identifier, site_names=[DOCS_SITE], only_if_exists=False
            )
            for url in pages_of_site:
                log.info("GX %s for batch %s: %s", suite_name, batch_id, url.get("site_url"))
            rows.extend(_read_results(batch_id, suite_name, validation.results, report, partition_by_batch))
    waiting = _docs_waiting.get()
    if waiting is None:
        context.build_data_docs(site_names=[DOCS_SITE], resource_identifiers=pages)
    else:
        waiting.append((docs_dir, pages))
    context.data_sources.get("warehouse").get_engine().dispose()  # GX keeps its pool otherwise
    return rows


@contextlib.contextmanager
def data_docs_built_once() -> Iterator[None]:
    """Within the block, checkpoints store their validations but the Data Docs site is not
    rebuilt after each step; leaving the block builds it once with the pages of every
    validation the block ran (after a failure too, so a failed batch's page is there).
    A backfill of many batches (the CLI's ``ingest``) then builds the site once instead
    of twice per batch: GX's site builder compiles its page templates anew on every build,
    about 0.5 s each on the benchmark machine."""
    waiting: list[tuple[Path | None, list[Any]]] = []
    token = _docs_waiting.set(waiting)
    try:
        yield
    except BaseException:
        try:
            _build_waiting_docs(waiting)
        except Exception:  # the block's own failure is the one to report
            log.exception("Data Docs of the failed run not built")
        raise
    else:
        _build_waiting_docs(waiting)
    finally:
        _docs_waiting.reset(token)


def _build_waiting_docs(waiting: list[tuple[Path | None, list[Any]]]) -> None:
    for docs_dir in dict.fromkeys(folder for folder, _ in waiting):
        pages = list(dict.fromkeys(page for folder, ids in waiting if folder == docs_dir for page in ids))
        gx_context(docs_dir).build_data_docs(site_names=[DOCS_SITE], resource_identifiers=pages)


def _read_results(
    batch_id: int, suite_name: str, results: list[Any], report: QualityReport, partition_by_batch: bool
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for result in results:
        config = result.expectation_config
        ids = _unexpected_manifest_ids(result) if partition_by_batch else []
        severity = config.severity.value if hasattr(config.severity, "value") else str(config.severity)
        name = _describe(config)
        unexpected = result.result.get("unexpected_count", result.result.get("observed_value"))
        error = _exception_message(result.exception_info) if not result.success else None
        rows.append(
            {
                "batch_id": batch_id,
                "suite": suite_name,
                "expectation": name if config.meta.get("check") else config.type,
                "column_name": config.kwargs.get("column"),
                "severity": severity,
                "success": bool(result.success),
                "unexpected_count": unexpected if isinstance(unexpected, int) else None,
                "manifest_ids": ids,
            }
        )
        if result.success:
            continue
        if error:
            # an expectation that could not run is never a pass: a batch failure
            report.batch_failures.append(f"{name}: could not run: {error}")
            continue
        if severity == "warning":
            count = len(ids) if ids else unexpected
            report.warnings.append(f"{name}: {count} row(s)")
        elif suite_name == "staged_document" and ids:
            for manifest_id in ids:
                report.failed_documents.setdefault(manifest_id, []).append(name)
        else:
            report.batch_failures.append(f"{name}: {unexpected} unexpected row(s) {ids or ''}".rstrip())
    return rows
