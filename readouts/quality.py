"""Quality: great-expectations suites on the staged batch, run inside Postgres.

Two kinds of expectation run on ``staging.readout_candidate`` (the documents the batch
means to load), one batch at a time through a column-value partitioner on ``batch_id``:

* **document checks** (row level): a document that fails one is kept out of the
  warehouse with status ``failed_quality`` and the failed checks as its reason; the
  rest of the batch goes on. Severity ``warning`` records the failure and loads anyway.
* **batch checks**: a critical failure means the batch itself is inconsistent; the
  task fails (red in the Airflow UI) and nothing of the batch reaches the warehouse.

Every result is stored in ``etl.quality_result``; GX Data Docs are built to
``<landing>/quality_docs`` unless READOUTS_GX_DOCS_DIR names another folder.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from readouts import db
from readouts.config import load_settings, warehouse_url
from readouts.models import ENGAGEMENT_TYPES

log = logging.getLogger(__name__)


class BatchQualityError(RuntimeError):
    """A critical batch-level expectation failed: the batch must not be loaded."""


@dataclass
class QualityReport:
    batch_id: int
    checked_documents: int = 0
    failed_documents: dict[int, list[str]] = field(default_factory=dict)  # manifest_id -> checks
    warnings: list[str] = field(default_factory=list)
    batch_failures: list[str] = field(default_factory=list)


def document_expectations(today: dt.date) -> list[Any]:
    import great_expectations.expectations as gxe

    return [
        gxe.ExpectColumnValuesToNotBeNull(column="manifest_id", severity="critical"),
        gxe.ExpectColumnValuesToNotBeNull(column="document_sha256", severity="critical"),
        gxe.ExpectColumnValuesToNotBeNull(column="engagement_type", severity="critical"),
        gxe.ExpectColumnValuesToBeInSet(
            column="engagement_type", value_set=list(ENGAGEMENT_TYPES), severity="critical"
        ),
        gxe.ExpectColumnValuesToBeInSet(
            column="date_precision", value_set=["day", "month", "year", "unknown"], severity="critical"
        ),
        gxe.ExpectColumnValuesToBeBetween(
            column="engagement_date", min_value=dt.date(1990, 1, 1), max_value=today, severity="critical"
        ),
        gxe.ExpectColumnValuesToBeBetween(column="participant_count", min_value=2, severity="critical"),
        gxe.ExpectColumnValuesToNotBeNull(column="language", severity="warning"),
        gxe.ExpectColumnValuesToBeBetween(column="text_chars", min_value=40, max_value=200_000, severity="warning"),
    ]


def batch_expectations() -> list[Any]:
    import great_expectations.expectations as gxe

    return [gxe.ExpectColumnValuesToBeUnique(column="document_sha256", severity="critical")]


def _describe(result: Any) -> str:
    config = result.expectation_config
    column = config.kwargs.get("column")
    return f"{config.type}({column})" if column else config.type


def check_batch(batch_id: int, docs_dir: Path | None = None) -> QualityReport:
    """Validate the staged batch; mark failing documents; raise on a critical batch failure."""
    report = QualityReport(batch_id)
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
        rows = _run_gx(batch_id, report, docs_dir)
    with db.engine().begin() as conn:
        if rows:
            conn.execute(
                sa.text(
                    "insert into etl.quality_result (batch_id, suite, expectation, column_name, severity, "
                    "success, unexpected_count, manifest_ids) values (:batch_id, :suite, :expectation, "
                    ":column_name, :severity, :success, :unexpected_count, :manifest_ids)"
                ),
                rows,
            )
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


def _run_gx(batch_id: int, report: QualityReport, docs_dir: Path | None) -> list[dict[str, Any]]:
    import great_expectations as gx
    from great_expectations.core.partitioners import PartitionerColumnValue
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    source = context.data_sources.add_postgres("warehouse", connection_string=warehouse_url())
    asset = source.add_table_asset("readout_candidate", table_name="readout_candidate", schema_name="staging")
    batch_definition = asset.add_batch_definition(
        "by_batch", partitioner=PartitionerColumnValue(column_name="batch_id"), validate_partitioner=False
    )
    result_format = {
        "result_format": "COMPLETE",
        "unexpected_index_column_names": ["manifest_id"],
        "partial_unexpected_count": 1_000_000,
    }
    rows: list[dict[str, Any]] = []
    for suite_name, expectations in (
        ("staged_document", document_expectations(dt.date.today())),
        ("staged_batch", batch_expectations()),
    ):
        suite = context.suites.add(gx.ExpectationSuite(name=suite_name))
        for expectation in expectations:
            suite.add_expectation(expectation)
        validation = context.validation_definitions.add(
            gx.ValidationDefinition(name=suite_name, data=batch_definition, suite=suite)
        )
        outcome = validation.run(batch_parameters={"batch_id": batch_id}, result_format=result_format)
        for result in outcome.results:
            config = result.expectation_config
            ids = sorted(
                {
                    int(r["manifest_id"])
                    for r in result.result.get("unexpected_index_list", []) or []
                    if r.get("manifest_id") is not None
                }
            )
            severity = config.severity.value if hasattr(config.severity, "value") else str(config.severity)
            rows.append(
                {
                    "batch_id": batch_id,
                    "suite": suite_name,
                    "expectation": config.type,
                    "column_name": config.kwargs.get("column"),
                    "severity": severity,
                    "success": bool(result.success),
                    "unexpected_count": result.result.get("unexpected_count"),
                    "manifest_ids": ids,
                }
            )
            if result.success:
                continue
            name = _describe(result)
            if severity == "warning":
                report.warnings.append(f"{name}: {len(ids)} document(s)")
            elif suite_name == "staged_batch":
                report.batch_failures.append(f"{name}: readouts {ids}")
            else:
                for manifest_id in ids:
                    report.failed_documents.setdefault(manifest_id, []).append(name)
    docs_dir = docs_dir or Path(os.environ.get("READOUTS_GX_DOCS_DIR", load_settings().landing_dir / "quality_docs"))
    try:
        context.add_data_docs_site(
            "readouts",
            {
                "class_name": "SiteBuilder",
                "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir)},
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            },
        )
        context.build_data_docs(site_names=["readouts"])
    except Exception as exc:  # docs are a convenience; the results are in etl.quality_result
        log.warning("GX Data Docs not built in %s: %s", docs_dir, exc)
    return rows
