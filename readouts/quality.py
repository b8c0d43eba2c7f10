"""Quality: great-expectations suites run inside Postgres (GX SQL data source, never pandas).

Three suites, each result stored in ``etl.quality_result``:

* ``staged_document`` (row level, on ``staging.readout_candidate`` for one batch through a
  column-value partitioner on ``batch_id``): keys not null, dates in range, types in the
  allowed set, participant counts, text length, referential integrity to the dimensions
  (after a reference sync). A critical failure keeps that document out of the warehouse
  (``failed_quality``, the failed checks as its reason); the rest of the batch goes on.
  Severity ``warning`` records the failure and loads anyway.
* ``staged_batch``: the batch itself is consistent (sha256 unique, every staged row has
  its document). A critical failure fails the task (red) and nothing of the batch loads.
* ``warehouse`` (after the load, on the whole warehouse): no orphan facts, exactly one
  engagement per loaded readout, ``mart`` row counts that reconcile with the manifest. A
  critical failure fails the task.

Checks written as SQL use GX's ``UnexpectedRowsExpectation`` (the query lists the
offending rows). GX Data Docs are built to ``<landing>/quality_docs`` unless
READOUTS_GX_DOCS_DIR names another folder.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
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


class WarehouseQualityError(RuntimeError):
    """A critical post-load expectation failed: the warehouse does not add up."""


@dataclass
class QualityReport:
    batch_id: int
    checked_documents: int = 0
    failed_documents: dict[int, list[str]] = field(default_factory=dict)  # manifest_id -> checks
    warnings: list[str] = field(default_factory=list)
    batch_failures: list[str] = field(default_factory=list)


_JOIN = re.compile(r"\bjoin\b", re.IGNORECASE)


def _rows_check(name: str, sql: str, severity: str) -> Any:
    """A check written as SQL: the query lists the offending rows; ``batch_rows`` is the batch.

    GX puts the batch in place of ``{batch}``: a table name, or a parenthesised subquery
    that it aliases itself only when the query has no JOIN. PostgreSQL before 16 refuses a
    subquery in FROM without an alias, so ours always names it (``batch_source``) and every
    check joins, which tells GX to leave the aliasing to us.
    """
    import great_expectations.expectations as gxe

    if not _JOIN.search(sql):
        raise ValueError(f"quality check {name!r} must join (GX aliases the batch itself otherwise)")
    return gxe.UnexpectedRowsExpectation(
        unexpected_rows_query="with batch_rows as (select batch_source.* from {batch} as batch_source) " + sql,
        description=name,
        meta={"check": name},
        severity=severity,
    )


def document_expectations(today: dt.date) -> list[Any]:
    """Row-level checks on ``staging.readout_candidate``; a critical failure quarantines the
    document (``failed_quality``), a warning is recorded and the document loads."""
    import great_expectations.expectations as gxe

    return [
        *(
            gxe.ExpectColumnValuesToNotBeNull(column=column, severity="critical")
            for column in ("manifest_id", "doc_key", "inbox_file_id", "document_sha256", "file_sha256")
        ),
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
        gxe.ExpectColumnValuesToBeBetween(
            column="published_date", min_value=dt.date(1990, 1, 1), max_value=today, severity="warning"
        ),
        gxe.ExpectColumnValuesToBeBetween(column="participant_count", min_value=2, severity="critical"),
        gxe.ExpectColumnValuesToBeBetween(column="text_chars", min_value=40, max_value=200_000, severity="warning"),
        _rows_check(
            "participants_staged_at_least_2",
            "select b.manifest_id from batch_rows as b left join staging.participant as p"
            " on p.batch_id = b.batch_id and p.doc_key = b.doc_key"
            " group by b.manifest_id having count(distinct p.leader_code) < 2",
            "critical",
        ),
        _rows_check(
            "participant_actor_in_dim_actor",
            "select distinct b.manifest_id, p.actor_code from batch_rows as b"
            " inner join staging.participant as p on p.batch_id = b.batch_id and p.doc_key = b.doc_key"
            " where not exists (select 1 from warehouse.dim_actor as a where a.actor_code = p.actor_code)",
            "critical",
        ),
        _rows_check(
            "initiator_in_dim_actor",
            "select b.manifest_id, b.initiator_code from batch_rows as b"
            " left join warehouse.dim_actor as a on a.actor_code = b.initiator_code"
            " where b.initiator_code is not null and a.actor_code is null",
            "critical",
        ),
        _rows_check(
            "mentioned_actor_in_dim_actor",
            "select distinct b.manifest_id, m.code from batch_rows as b"
            " inner join staging.mention as m on m.batch_id = b.batch_id and m.doc_key = b.doc_key"
            " where m.mention_kind = 'actor'"
            " and not exists (select 1 from warehouse.dim_actor as a where a.actor_code = m.code)",
            "warning",
        ),
        _rows_check(
            "mentioned_leader_in_dim_leader",
            "select distinct b.manifest_id, m.code from batch_rows as b"
            " inner join staging.mention as m on m.batch_id = b.batch_id and m.doc_key = b.doc_key"
            " where m.mention_kind = 'leader'"
            " and not exists (select 1 from warehouse.dim_leader as l where l.person_id = m.code)",
            "warning",
        ),
        _rows_check(
            "mention_kind_known",
            "select distinct b.manifest_id, m.mention_kind from batch_rows as b"
            " inner join staging.mention as m on m.batch_id = b.batch_id and m.doc_key = b.doc_key"
            " where m.mention_kind not in ('actor', 'leader')",
            "critical",
        ),
        _rows_check(
            "language_in_dim_language",
            "select b.manifest_id, b.language from batch_rows as b"
            " left join warehouse.dim_language as l on l.iso639_1 = b.language where l.iso639_1 is null",
            "warning",
        ),
    ]


def batch_expectations() -> list[Any]:
    """Checks of the batch as a whole: a critical failure keeps the batch out of the warehouse."""
    import great_expectations.expectations as gxe

    return [
        gxe.ExpectColumnValuesToBeUnique(column="document_sha256", severity="critical"),
        gxe.ExpectColumnValuesToBeUnique(column="manifest_id", severity="critical"),
        _rows_check(
            "staged_rows_have_a_candidate",
            "select s.kind, s.doc_key from ("
            " select 'participant' as kind, batch_id, doc_key from staging.participant"
            " union all select 'topic', batch_id, doc_key from staging.topic"
            " union all select 'mention', batch_id, doc_key from staging.mention"
            " union all select 'figure', batch_id, doc_key from staging.figure) as s"
            " inner join (select distinct batch_id from batch_rows) as this_batch on this_batch.batch_id = s.batch_id"
            " left join staging.document as d on d.batch_id = s.batch_id and d.doc_key = s.doc_key"
            " where d.doc_key is null",
            "critical",
        ),
    ]


def warehouse_expectations() -> list[Any]:
    """The post-load suite, on the whole warehouse (``batch_rows`` is ``warehouse.fact_readout``)."""
    return [
        _rows_check(
            "no_engagement_without_readout",
            "select e.engagement_key from warehouse.fact_engagement as e"
            " left join batch_rows as r on r.engagement_key = e.engagement_key where r.engagement_key is null",
            "critical",
        ),
        _rows_check(
            "no_participant_without_readout",
            "select distinct p.engagement_key, p.leader_key from warehouse.fact_engagement_participant as p"
            " left join batch_rows as r on r.engagement_key = p.engagement_key where r.engagement_key is null",
            "critical",
        ),
        _rows_check(
            "no_fact_of_a_readout_not_loaded",
            "select r.readout_key, m.status from batch_rows as r"
            " left join etl.file_manifest as m on m.manifest_id = r.manifest_id"
            " where m.status is distinct from 'loaded'",
            "critical",
        ),
        _rows_check(
            "no_topic_mention_figure_without_readout",
            "select x.kind, x.readout_key from ("
            " select 'topic' as kind, readout_key from warehouse.fact_readout_topic"
            " union all select 'mention', readout_key from warehouse.fact_readout_mention"
            " union all select 'figure', readout_key from warehouse.fact_readout_figure) as x"
            " left join batch_rows as r on r.readout_key = x.readout_key where r.readout_key is null",
            "critical",
        ),
        _rows_check(
            "loaded_readout_has_one_engagement",
            "select m.manifest_id, count(r.readout_key) as readouts from etl.file_manifest as m"
            " left join batch_rows as r on r.manifest_id = m.manifest_id"
            " where m.status = 'loaded' group by m.manifest_id having count(r.engagement_key) <> 1",
            "critical",
        ),
        _rows_check(
            "mart_readout_rows_equal_manifest_rows",
            "select mart_rows, manifest_rows from (select count(*) as mart_rows from mart.readout) as r"
            " cross join (select count(*) as manifest_rows from etl.file_manifest) as m"
            " where mart_rows <> manifest_rows",
            "critical",
        ),
        _rows_check(
            "mart_loaded_equals_readouts_with_engagement",
            "select loaded, with_engagement, facts from (select count(*) filter (where status = 'loaded')"
            " as loaded, count(engagement_id) as with_engagement from mart.readout) as c"
            " cross join (select count(*) as facts from batch_rows) as n"
            " where loaded <> with_engagement or loaded <> facts",
            "critical",
        ),
        _rows_check(
            "mart_engagement_readout_count_adds_up",
            "select total, facts from (select coalesce(sum(readout_count), 0) as total from mart.engagement) as c"
            " cross join (select count(*) as facts from batch_rows) as n where total <> facts",
            "critical",
        ),
        _rows_check(
            "no_document_left_processing",
            "select m.manifest_id, m.batch_id from etl.file_manifest as m"
            " inner join etl.batch as b on b.batch_id = m.batch_id"
            " where m.status = 'processing' and b.status <> 'running'",
            "warning",
        ),
    ]


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
        suites = (
            ("staged_document", document_expectations(dt.date.today())),
            ("staged_batch", batch_expectations()),
        )
        rows = run_suites(
            batch_id, report, suites, ("staging", "readout_candidate"), partition_by_batch=True, docs_dir=docs_dir
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
    """The post-load suite: no orphan facts, one engagement per loaded readout, marts that
    reconcile with the manifest. Raises WarehouseQualityError on a critical failure."""
    report = QualityReport(batch_id)
    rows = run_suites(
        batch_id,
        report,
        (("warehouse", warehouse_expectations()),),
        ("warehouse", "fact_readout"),
        partition_by_batch=False,
        docs_dir=docs_dir,
    )
    _store_results(rows)
    if report.batch_failures:
        raise WarehouseQualityError(
            f"warehouse checks after batch {batch_id} failed: " + "; ".join(report.batch_failures)
        )
    return report


def docs_dir_default() -> Path:
    """Where Data Docs go: READOUTS_GX_DOCS_DIR, else ``<landing>/quality_docs``."""
    return Path(os.environ.get("READOUTS_GX_DOCS_DIR", load_settings().landing_dir / "quality_docs"))


def run_suites(
    batch_id: int,
    report: QualityReport,
    suites: tuple[tuple[str, list[Any]], ...],
    table: tuple[str, str],
    *,
    partition_by_batch: bool,
    docs_dir: Path | None = None,
) -> list[dict[str, Any]]:
    """Run suites on one table through GX's Postgres data source (the checks run as SQL in
    the server); fill ``report``; build Data Docs; return the rows for etl.quality_result.

    Failures go to ``report.failed_documents`` (critical, suite ``staged_document``),
    ``report.warnings`` (severity warning) or ``report.batch_failures`` (other critical).
    """
    import great_expectations as gx
    from great_expectations.core.partitioners import PartitionerColumnValue
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    source = context.data_sources.add_postgres("warehouse", connection_string=warehouse_url())
    schema, name = table
    asset = source.add_table_asset(name, table_name=name, schema_name=schema)
    if partition_by_batch:
        batch_definition = asset.add_batch_definition(
            "by_batch", partitioner=PartitionerColumnValue(column_name="batch_id"), validate_partitioner=False
        )
        batch_parameters: dict[str, Any] | None = {"batch_id": batch_id}
    else:
        batch_definition = asset.add_batch_definition_whole_table("whole_table")
        batch_parameters = None
    result_format: dict[str, Any] = {"result_format": "COMPLETE", "partial_unexpected_count": 1_000_000}
    if partition_by_batch:
        result_format["unexpected_index_column_names"] = ["manifest_id"]
    rows: list[dict[str, Any]] = []
    for suite_name, expectations in suites:
        suite = context.suites.add(gx.ExpectationSuite(name=suite_name))
        for expectation in expectations:
            suite.add_expectation(expectation)
        validation = context.validation_definitions.add(
            gx.ValidationDefinition(name=suite_name, data=batch_definition, suite=suite)
        )
        outcome = validation.run(batch_parameters=batch_parameters, result_format=result_format)
        for result in outcome.results:
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
    _build_docs(context, docs_dir or docs_dir_default())
    return rows


def _build_docs(context: Any, docs_dir: Path) -> None:
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
