"""Parse: raw file bytes -> clean documents (text, title, publication date, language).

Inputs: ``.txt`` (optionally starting with a `` date YYYY-MM-DD Title`` line), ``.html`` /
``.htm`` (beautifulsoup4 + lxml; scripts, styles, iframes and forms are dropped, never
fetched or run), ``.json`` (one object, or an array of objects) and ``.jsonl`` (one
object per line). A JSON record carries ``text`` or ``html`` (one is required) and
optionally ``title``, ``published`` (ISO date), ``url``, ``source`` and ``language``.

A file that cannot be read becomes one document with ``rejected_reason`` set; a bad
record of a ``.jsonl`` file is rejected on its own and the other records go on.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from readouts.models import InboxFile, ParsedDocument
from readouts.reference import Reference

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")
HEADER_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(.*)$")
DROPPED_HTML_TAGS = ("script", "style", "iframe", "noscript", "object", "embed", "form", "nav", "svg", "template")
MIN_TEXT_CHARS = 40


class RejectedInputError(ValueError):
    """The input cannot be read as a document; the message is the manifest reason."""


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode_bytes(raw: bytes) -> str:
    """Bytes -> text: UTF-8 (with or without BOM), else the charset the detector is sure of."""
    if not raw.strip():
        raise RejectedInputError("empty file")
    head = raw[:8192]
    if b"\x00" in head and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        raise RejectedInputError("binary file (NUL bytes), not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None or best.encoding is None:
        raise RejectedInputError("not valid UTF-8 or a known legacy encoding")
    text = str(best)
    controls = sum(1 for ch in text[:4000] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > len(text[:4000]) * 0.05:
        raise RejectedInputError("binary file (control characters), not text")
    return text


def html_to_text(html: str) -> tuple[str, dict[str, str | None]]:
    """Visible text of an HTML page (block elements on their own lines) and its metadata."""
    from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(html, "lxml")
    for tag in soup.find_all(DROPPED_HTML_TAGS):
        tag.decompose()

    def meta(*names: str) -> str | None:
        for name in names:
            tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
            if tag and tag.get("content"):
                return str(tag["content"]).strip()
        return None

    title = meta("og:title")
    if not title and soup.title and soup.title.string:
        title = soup.title.string.strip()
    heading = soup.find("h1")
    if heading:
        heading_text = heading.get_text(" ", strip=True)
        title = title or heading_text
        if heading_text == title:
            heading.decompose()
    published = meta("article:published_time", "date", "dc.date", "publish-date")
    time_tag = soup.find("time")
    if not published and time_tag and time_tag.get("datetime"):
        published = str(time_tag["datetime"])
    for tag in soup.find_all(["header", "footer", "aside"]):
        tag.decompose()
    if soup.title:
        soup.title.decompose()
    text = soup.get_text("\n")
    return text, {
        "title": title,
        "published": published,
        "source": meta("og:site_name", "publisher"),
        "url": meta("og:url"),
        "language": (soup.html.get("lang") if soup.html else None),
    }


def parse_published(value: Any) -> dt.date | None:
    """A publication date from metadata: ISO date or timestamp; anything else is ignored."""
    if not value:
        return None
    match = re.match(r"\s*(\d{4}-\d{2}-\d{2})", str(value))
    if not match:
        return None
    try:
        return dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None


def clean_lines(text: str, ref: Reference) -> list[str]:
    """Normalise whitespace, drop junk lines, cut the page furniture after an end marker."""
    end_markers = tuple(m.lower() for p in ref.languages.values() for m in p.data["page_end_markers"])
    junk_prefixes = tuple(m.lower() for p in ref.languages.values() for m in p.data.get("junk_line_prefixes", []))
    lines: list[str] = []
    for raw_line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = re.sub(r"[ \t\u00a0\u2000-\u200b]+", " ", raw_line).strip()
        lowered = line.lower()
        if lowered.startswith(end_markers):
            break
        if lowered.startswith(junk_prefixes):
            continue
        lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return lines


@functools.lru_cache(maxsize=1)
def _language_detector() -> Any:
    from lingua import LanguageDetectorBuilder

    return (
        LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().with_preloaded_language_models().build()
    )


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language (lingua), or None when it cannot tell."""
    sample = text[:1500]
    if len(sample.strip()) < 20:
        return None
    language = _language_detector().detect_language_of(sample)
    return language.iso_code_639_1.name.lower() if language else None


def _document(
    item: InboxFile, record_no: int | None, doc_sha: str, body: str, meta: dict[str, Any], ref: Reference
) -> ParsedDocument:
    doc = ParsedDocument(
        inbox_file_id=item.inbox_file_id,
        file_name=item.file_name,
        file_sha256=item.file_sha256,
        record_no=record_no,
        document_sha256=doc_sha,
        url=meta.get("url"),
        source_name=meta.get("source"),
        published_date=parse_published(meta.get("published")),
        title=meta.get("title"),
    )
    lines = clean_lines(body, ref)
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is not None:
        header = HEADER_LINE.match(lines[first])
        if header:
            doc.published_date = doc.published_date or parse_published(header.group(1))
            doc.title = doc.title or header.group(2).strip() or None
            del lines[first]
        elif doc.title is None and len(lines[first]) <= 160 and (first + 1 >= len(lines) or not lines[first + 1]):
            doc.title = lines[first]
            del lines[first]
    doc.text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    doc.language_hint = meta.get("language") or detect_language(f"{doc.title or ''}\n{doc.text}")
    if len(doc.text) + len(doc.title or "") < MIN_TEXT_CHARS:
        doc.rejected_reason = f"too little text ({len(doc.text)} characters) to be a readout"
    return doc


def _records_from_json(raw_text: str, suffix: str) -> Iterator[tuple[int | None, Any, str | None]]:
    """(record_no, record, error) for each record of a .json or .jsonl file."""
    if suffix == ".jsonl":
        record_no = 0
        for line in raw_text.splitlines():
            if not line.strip():
                continue
            record_no += 1
            try:
                yield record_no, json.loads(line), None
            except json.JSONDecodeError as exc:
                yield record_no, line, f"record {record_no}: not valid JSON ({exc.msg})"
        if record_no == 0:
            raise RejectedInputError("empty .jsonl file: no records")
        return
    try:
        data = json.loads(raw_text)
    except json.JSONDecodeError as exc:
        raise RejectedInputError(f"not valid JSON ({exc.msg} at line {exc.lineno})") from exc
    except RecursionError as exc:
        raise RejectedInputError("JSON nested too deeply") from exc
    if isinstance(data, list):
        if not data:
            raise RejectedInputError("JSON array with no records")
        for record_no, record in enumerate(data, start=1):
            yield record_no, record, None
    else:
        yield None, data, None


def _record_body(record: Any) -> tuple[str, dict[str, Any]]:
    if not isinstance(record, dict):
        raise RejectedInputError("JSON record is not an object with 'text' or 'html'")
    meta = {k: record.get(k) for k in ("title", "published", "url", "source", "language")}
    for key, value in meta.items():
        if value is not None and not isinstance(value, str):
            raise RejectedInputError(f"JSON field {key!r} must be a string")
    if isinstance(record.get("text"), str) and record["text"].strip():
        return record["text"], meta
    if isinstance(record.get("html"), str) and record["html"].strip():
        text, html_meta = html_to_text(record["html"])
        return text, {k: meta.get(k) or html_meta.get(k) for k in set(meta) | set(html_meta)}
    raise RejectedInputError("JSON record has neither a non-empty 'text' nor 'html' field")


def parse_file(item: InboxFile, raw: bytes, ref: Reference) -> list[ParsedDocument]:
    """All documents of one file; unreadable input yields one rejected document."""
    suffix = Path(item.file_name).suffix.lower()

    def rejected(reason: str, record_no: int | None = None, doc_sha: str | None = None) -> ParsedDocument:
        return ParsedDocument(
            inbox_file_id=item.inbox_file_id,
            file_name=item.file_name,
            file_sha256=item.file_sha256,
            record_no=record_no,
            document_sha256=doc_sha or item.file_sha256,
            rejected_reason=reason,
        )

    if suffix not in SUPPORTED_SUFFIXES:
        return [
            rejected(f"unsupported file type {suffix or '(none)'}; expected one of {', '.join(SUPPORTED_SUFFIXES)}")
        ]
    try:
        text = decode_bytes(raw)
        if suffix == ".txt":
            return [_document(item, None, item.file_sha256, text, {}, ref)]
        if suffix in (".html", ".htm"):
            body, meta = html_to_text(text)
            return [_document(item, None, item.file_sha256, body, meta, ref)]
        documents = []
        for record_no, record, error in _records_from_json(text, suffix):
            canonical = json.dumps(record, sort_keys=True, ensure_ascii=False).encode()
            doc_sha = item.file_sha256 if record_no is None else sha256_hex(canonical)
            if error:
                documents.append(rejected(error, record_no, doc_sha))
                continue
            try:
                body, meta = _record_body(record)
                documents.append(_document(item, record_no, doc_sha, body, meta, ref))
            except RejectedInputError as exc:
                prefix = f"record {record_no}: " if record_no is not None else ""
                documents.append(rejected(prefix + str(exc), record_no, doc_sha))
        return documents
    except RejectedInputError as exc:
        return [rejected(str(exc))]
    except (RecursionError, ValueError) as exc:
        return [rejected(f"unreadable {suffix} file ({type(exc).__name__}: {exc})")]
