"""Stage: COPY one batch's extractions into the ``staging`` tables and register them.

The rows are written where the documents are extracted: each shard's job writes one
file per staging table in COPY's text format (``write_staging_files``), so the step
that runs once per batch only streams those files to the server (``stage_batch``)
instead of building every row in one process.

The whole batch goes in one transaction: staging rows of an earlier attempt at the
same batch are replaced, every document gets its ``etl.file_manifest`` row, and
documents whose content was seen before are marked as duplicates.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from readouts import db
from readouts.models import Extraction, ParsedDocument

DOCUMENT_COLUMNS = (
    "batch_id", "doc_key", "inbox_file_id", "file_name", "record_no", "file_sha256",
    "document_sha256", "outcome", "reason", "language", "title", "published_date",
    "source_name", "url", "engagement_type", "engagement_date", "date_precision",
    "initiator_code", "participant_count", "text_chars", "extractor_version", "publisher_actor_code",
    "date_stated",
)  # fmt: skip
# the staging tables in COPY order (the document first: the others reference it) and their columns
STAGING_COLUMNS: dict[str, tuple[str, ...]] = {
    "document": DOCUMENT_COLUMNS,
    "participant": (
        "batch_id", "doc_key", "leader_code", "leader_name", "actor_code", "office", "is_initiator", "verified",
    ),
    "topic": ("batch_id", "doc_key", "topic_code"),
    "mention": ("batch_id", "doc_key", "mention_kind", "code"),
    "figure": (
        "batch_id", "doc_key", "figure_no", "metric", "value", "unit", "currency", "value_usd", "period_text",
        "quote", "measure", "figure_year",
    ),
}  # fmt: skip


def _clean(value: str | None) -> str | None:
    """Text fit for COPY: Postgres text cannot hold NUL characters."""
    return value.replace("\x00", "") if isinstance(value, str) else value


def staging_rows(batch_id: int, doc: ParsedDocument, ext: Extraction) -> Iterator[tuple[str, Sequence[Any]]]:
    """The staging rows of one extracted document, as ``(table, row)`` in ``STAGING_COLUMNS`` order.

    A document read as anything but a readout is staged as its document row alone: its outcome and
    reason go to the manifest, and no check or load reads the participants, topics, mentions or
    figures of a document that is not a readout (a third of the generated corpus's detail rows).
    """
    yield (
        "document",
        (
            batch_id, doc.doc_key, doc.inbox_file_id, _clean(doc.file_name), doc.record_no, doc.file_sha256,
            doc.document_sha256, ext.outcome, _clean(ext.reason), ext.language, _clean(ext.title),
            ext.published_date, _clean(ext.source_name), _clean(doc.url), ext.engagement_type,
            ext.engagement_date, ext.date_precision, ext.initiator_code, len(ext.participants), ext.text_chars,
            ext.extractor_version, ext.publisher_actor_code, ext.date_stated,
        ),
    )  # fmt: skip
    if ext.outcome != "readout":
        return
    for p in ext.participants:
        yield "participant", (batch_id, ext.doc_key, p.leader_code, p.name, p.actor_code, p.office,
                              p.is_initiator, p.verified)  # fmt: skip
    for topic in ext.topics:
        yield "topic", (batch_id, ext.doc_key, topic)
    for kind, codes in (("actor", ext.mentioned_actors), ("leader", ext.mentioned_leaders)):
        for code in codes:
            yield "mention", (batch_id, ext.doc_key, kind, code)
    for n, f in enumerate(ext.figures, start=1):
        yield "figure", (batch_id, ext.doc_key, n, f.metric, f.value, f.unit, f.currency, f.value_usd,
                         f.period_text, _clean(f.quote), f.measure, f.year)  # fmt: skip


def staging_file(folder: Path, shard: int, table: str) -> Path:
    """Where one shard's rows for one staging table are written."""
    return folder / f"staging-{shard}.{table}.copy"


def write_staging_files(
    batch_id: int, shard: int, documents: Iterable[tuple[ParsedDocument, Extraction]], folder: Path
) -> None:
    """Write the shard's staging rows, one COPY text file per table (each written to a
    temporary name and renamed, so a retried shard replaces them whole)."""
    paths = {table: staging_file(folder, shard, table) for table in STAGING_COLUMNS}
    temps = {table: path.with_name(path.name + ".tmp") for table, path in paths.items()}
    handles = {table: temp.open("w", encoding="utf-8", newline="") for table, temp in temps.items()}
    try:
        for doc, ext in documents:
            for table, row in staging_rows(batch_id, doc, ext):
                handles[table].write(db.copy_text_line(row))
    finally:
        for handle in handles.values():
            handle.close()
    for table, temp in temps.items():
        temp.replace(paths[table])


def stage_batch(batch_id: int, folder: Path, shards: int) -> dict[str, int]:
    """Write the batch's staging files (``shards`` shards' worth) to staging and register
    every document in the manifest; returns document counts by outcome."""
    counts: dict[str, int] = {}
    with db.engine().begin() as conn:
        for table in reversed(STAGING_COLUMNS):
            conn.exec_driver_sql(f"delete from staging.{table} where batch_id = %s", (batch_id,))
        for table, columns in STAGING_COLUMNS.items():
            db.copy_text_files(
                conn, f"staging.{table}", columns, [staging_file(folder, n, table) for n in range(shards)]
            )
            if table == "document":
                # before the other tables' rows are checked against it (a foreign key look-up
                # per row): planned while autovacuum had left the table looking empty, that
                # look-up scanned the whole table per row (18.8 s for one batch's mentions)
                conn.exec_driver_sql("analyze staging.document")
        db.execute_sql_script(conn, "staging/register_documents.sql", {"batch_id": batch_id})
        for outcome, count in conn.exec_driver_sql(
            "select outcome, count(*) from staging.document where batch_id = %s group by outcome", (batch_id,)
        ):
            counts[outcome] = count
    return counts
