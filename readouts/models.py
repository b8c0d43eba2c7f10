"""Records that flow between the pipeline steps."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any, Literal

DocumentOutcome = Literal["readout", "not_readout", "rejected"]
FINAL_STATUSES = ("loaded", "duplicate", "not_readout", "rejected", "failed_quality")
ENGAGEMENT_TYPES = ("phone_call", "video_call", "meeting")


@dataclass
class InboxFile:
    """A file claimed from the landing inbox for one batch."""

    inbox_file_id: int
    file_name: str
    path: str
    file_sha256: str
    size_bytes: int


@dataclass
class ParsedDocument:
    """One input document (a file, or one record of a .jsonl/.json array) as clean text."""

    inbox_file_id: int
    file_name: str
    file_sha256: str
    record_no: int | None
    document_sha256: str
    text: str = ""
    title: str | None = None
    published_date: dt.date | None = None
    published_month: str | None = None  # "YYYY-MM" or "YYYY": the publication known only to the month or year
    url: str | None = None
    source_name: str | None = None
    language_hint: str | None = None
    rejected_reason: str | None = None

    @property
    def doc_key(self) -> str:
        return f"{self.inbox_file_id}:{self.record_no or 0}"


@dataclass
class Participant:
    leader_code: str
    name: str
    actor_code: str
    office: str
    is_initiator: bool = False
    verified: bool = True


@dataclass
class Figure:
    metric: str  # money or percent
    value: float
    unit: str | None
    currency: str | None
    value_usd: float | None  # at the rate of ``year`` (readouts.extract.figures.price_figures)
    period_text: str | None
    quote: str
    measure: str = "other"  # what it measures: trade_turnover, investment, loan, aid, vaccine_doses, ...
    year: int | None = None  # the year written next to it; after pricing, the year whose rate converted it


@dataclass
class Extraction:
    """What the extractor read from one document."""

    doc_key: str
    outcome: DocumentOutcome
    reason: str | None
    language: str | None
    source_name: str | None
    published_date: dt.date | None
    title: str | None
    engagement_type: str | None = None
    engagement_date: dt.date | None = None
    date_precision: str = "unknown"
    initiator_code: str | None = None
    participants: list[Participant] = field(default_factory=list)
    mentioned_leaders: list[str] = field(default_factory=list)
    mentioned_actors: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    text_chars: int = 0
    extractor_version: str = ""
    publisher_actor_code: str | None = None  # the side that published it (outlet, address, dateline, signature)
    date_stated: bool = False  # the text states the date; False when it is the publication date, as a fallback

    def to_json(self) -> dict[str, Any]:
        data = _field_values(self)
        data["participants"] = [_field_values(p) for p in self.participants]
        data["figures"] = [_field_values(f) for f in self.figures]
        for key in ("mentioned_leaders", "mentioned_actors", "topics"):
            data[key] = list(data[key])
        for key in ("published_date", "engagement_date"):
            if data[key] is not None:
                data[key] = data[key].isoformat()
        return data


def _field_values(record: Any) -> dict[str, Any]:
    """A dataclass's fields, one level deep: ``dataclasses.asdict`` deep-copies every value
    and took about a quarter of a shard's extract time writing the extractions out."""
    return {f.name: getattr(record, f.name) for f in fields(record)}


def _date_or_none(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def parsed_document_to_json(doc: ParsedDocument) -> dict[str, Any]:
    data = _field_values(doc)
    data["published_date"] = doc.published_date.isoformat() if doc.published_date else None
    return data


def parsed_document_from_json(data: dict[str, Any]) -> ParsedDocument:
    return ParsedDocument(**{**data, "published_date": _date_or_none(data.get("published_date"))})
