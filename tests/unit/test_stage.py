"""The staging rows a shard's job writes for one extracted document (no database)."""

from __future__ import annotations

import datetime as dt

from readouts.models import Extraction, ParsedDocument, Participant
from readouts.stage import STAGING_COLUMNS, staging_rows


def _extraction(outcome: str, reason: str | None) -> tuple[ParsedDocument, Extraction]:
    doc = ParsedDocument(7, "call.txt", "a" * 64, None, "b" * 64, text="...", title="A call")
    ext = Extraction(
        doc.doc_key, outcome, reason, "en", None, dt.date(2024, 5, 2), "A call",  # type: ignore[arg-type]
        engagement_type="phone", participants=[
            Participant("fra-president-macron", "Emmanuel Macron", "FRA", "president"),
            Participant("deu-chancellor-scholz", "Olaf Scholz", "DEU", "chancellor"),
        ],
        mentioned_leaders=["Q3052772"], mentioned_actors=["UKR"], topics=["security"],
    )  # fmt: skip
    return doc, ext


def test_a_readout_is_staged_with_its_participants_topics_and_mentions():
    rows = list(staging_rows(3, *_extraction("readout", None)))
    tables = [table for table, _ in rows]
    assert tables == ["document", "participant", "participant", "topic", "mention", "mention"]
    assert all(len(row) == len(STAGING_COLUMNS[table]) for table, row in rows)
    assert {row[0] for _, row in rows} == {3} and {row[1] for _, row in rows} == {"7:0"}


def test_a_document_that_is_not_a_readout_is_staged_as_its_document_row_alone():
    rows = list(staging_rows(3, *_extraction("not_readout", "announces an engagement to come")))
    assert [table for table, _ in rows] == ["document"]
    document = dict(zip(STAGING_COLUMNS["document"], rows[0][1], strict=True))
    assert document["outcome"] == "not_readout" and document["reason"] == "announces an engagement to come"
    assert document["participant_count"] == 2  # what the extractor found is still counted on the document
