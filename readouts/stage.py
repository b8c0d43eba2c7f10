"""Stage: COPY one batch's extractions into the ``staging`` tables and register them.

The whole batch goes in one transaction: staging rows of an earlier attempt at the
same batch are replaced, every document gets its ``etl.file_manifest`` row, and
documents whose content was seen before are marked as duplicates.
"""

from __future__ import annotations

from collections.abc import Iterable

from readouts import db
from readouts.models import Extraction, ParsedDocument

STAGING_TABLES = ("participant", "topic", "mention", "figure", "document")
DOCUMENT_COLUMNS = (
    "batch_id", "doc_key", "inbox_file_id", "file_name", "record_no", "file_sha256",
    "document_sha256", "outcome", "reason", "language", "title", "published_date",
    "source_name", "url", "engagement_type", "engagement_date", "date_precision",
    "initiator_code", "participant_count", "text_chars", "extractor_version", "publisher_actor_code",
    "date_stated",
)  # fmt: skip


def _clean(value: str | None) -> str | None:
    """Text fit for COPY: Postgres text cannot hold NUL characters."""
    return value.replace("\x00", "") if isinstance(value, str) else value


def stage_batch(batch_id: int, documents: Iterable[tuple[ParsedDocument, Extraction]]) -> dict[str, int]:
    """Write the batch to staging and the manifest; returns document counts by outcome."""
    documents = list(documents)
    counts: dict[str, int] = {}
    with db.engine().begin() as conn:
        for table in STAGING_TABLES:
            conn.exec_driver_sql(f"delete from staging.{table} where batch_id = %s", (batch_id,))
        db.copy_rows(
            conn,
            "staging.document",
            DOCUMENT_COLUMNS,
            (
                (
                    batch_id,
                    doc.doc_key,
                    doc.inbox_file_id,
                    _clean(doc.file_name),
                    doc.record_no,
                    doc.file_sha256,
                    doc.document_sha256,
                    ext.outcome,
                    _clean(ext.reason),
                    ext.language,
                    _clean(ext.title),
                    ext.published_date,
                    _clean(ext.source_name),
                    _clean(doc.url),
                    ext.engagement_type,
                    ext.engagement_date,
                    ext.date_precision,
                    ext.initiator_code,
                    len(ext.participants),
                    ext.text_chars,
                    ext.extractor_version,
                    ext.publisher_actor_code,
                    ext.date_stated,
                )  # fmt: skip
                for doc, ext in documents
            ),
        )
        db.copy_rows(
            conn,
            "staging.participant",
            ("batch_id", "doc_key", "leader_code", "leader_name", "actor_code", "office", "is_initiator", "verified"),
            (
                (batch_id, ext.doc_key, p.leader_code, p.name, p.actor_code, p.office, p.is_initiator, p.verified)
                for _, ext in documents
                for p in ext.participants
            ),
        )
        db.copy_rows(
            conn,
            "staging.topic",
            ("batch_id", "doc_key", "topic_code"),
            ((batch_id, ext.doc_key, t) for _, ext in documents for t in ext.topics),
        )
        db.copy_rows(
            conn,
            "staging.mention",
            ("batch_id", "doc_key", "mention_kind", "code"),
            (
                (batch_id, ext.doc_key, kind, code)
                for _, ext in documents
                for kind, codes in (("actor", ext.mentioned_actors), ("leader", ext.mentioned_leaders))
                for code in codes
            ),
        )
        db.copy_rows(
            conn,
            "staging.figure",
            (
                "batch_id",
                "doc_key",
                "figure_no",
                "metric",
                "value",
                "unit",
                "currency",
                "value_usd",
                "period_text",
                "quote",
                "measure",
                "figure_year",
            ),
            (
                (
                    batch_id,
                    ext.doc_key,
                    n,
                    f.metric,
                    f.value,
                    f.unit,
                    f.currency,
                    f.value_usd,
                    f.period_text,
                    _clean(f.quote),
                    f.measure,
                    f.year,
                )
                for _, ext in documents
                for n, f in enumerate(ext.figures, start=1)
            ),
        )
        db.execute_sql_script(conn, "staging/register_documents.sql", {"batch_id": batch_id})
        for outcome, count in conn.exec_driver_sql(
            "select outcome, count(*) from staging.document where batch_id = %s group by outcome", (batch_id,)
        ):
            counts[outcome] = count
    return counts
