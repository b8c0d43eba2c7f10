"""Evaluate the extractor on a labelled dev set (``tests/devset/``, see its README).

Each input file sits beside a ``<stem>.gold.json`` holding what a careful reader says of
every document in it. ``evaluate_devset()`` parses and extracts every file exactly as the
pipeline does, then scores per field and per language:

* **readout**: is it a readout? (accuracy, and precision/recall/F1 with readout positive);
* **participants**: the set of (actor, person) pairs per document, micro-averaged;
  a gold name is resolved to a reference person through its aliases, so "Tokajew" and
  "Kassym-Jomart Tokayev" are one person;
* **engagement_type**, **date**: one label per gold readout (accuracy = share right;
  precision over the documents where the extractor gave a value);
* **initiator**: actor codes, counted only where gold or prediction has one.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from readouts.extract import extract
from readouts.models import Extraction, InboxFile
from readouts.parse import SUPPORTED_SUFFIXES, parse_file, parse_published_month, sha256_hex
from readouts.reference import Reference, normalise

FIELDS = ("readout", "participants", "engagement_type", "date", "initiator")
GOLD_KEYS = {"record_no", "is_readout", "not_readout_kind", "engagement_type", "date", "participants", "initiator"}
NOT_READOUT_KINDS = {"essay", "announcement", "roundup", "no_engagement"}


class GoldFileError(ValueError):
    """A gold file is malformed; the message names the file and the problem."""


@dataclass(frozen=True)
class GoldDocument:
    record_no: int | None
    is_readout: bool
    not_readout_kind: str | None
    engagement_type: str | None
    date: dt.date | None
    participants: tuple[tuple[str, str], ...]  # (actor code, canonical English name)
    initiator: str | None


@dataclass
class Score:
    """Counts for one field in one language: true/false positives, false negatives, and right/total."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    right: int = 0
    total: int = 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.right += other.right
        self.total += other.total

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class Mismatch:
    file: str
    record_no: int | None
    field: str
    gold: Any
    predicted: Any


@dataclass
class DevsetReport:
    scores: dict[str, dict[str, Score]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(Score)))
    mismatches: list[Mismatch] = field(default_factory=list)
    files: int = 0
    documents: int = 0

    def score(self, language: str, field_name: str) -> Score:
        return self.scores[language][field_name]

    def overall(self, field_name: str) -> Score:
        total = Score()
        for per_field in self.scores.values():
            total.add(per_field[field_name])
        return total

    def languages(self) -> list[str]:
        return sorted(self.scores)

    def add_document(
        self, group: str, file: str, record_no: int | None, scored: dict[str, tuple[Score, Any, Any]]
    ) -> None:
        """One document's per-field scores (``score_document``, ``score_second_label``) under its group,
        each field that differs kept as a mismatch."""
        self.documents += 1
        for field_name, (score, gold_value, got_value) in scored.items():
            self.score(group, field_name).add(score)
            if score.fp or score.fn or score.right < score.total:
                self.mismatches.append(Mismatch(file, record_no, field_name, gold_value, got_value))


def _date(value: Any, where: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError) as exc:
        raise GoldFileError(f"{where}: date {value!r} is not an ISO date") from exc


def read_gold(path: Path) -> list[GoldDocument]:
    """The gold documents of one ``.gold.json`` file, checked against the dev-set contract."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldFileError(f"{path}: cannot read ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list) or not data["documents"]:
        raise GoldFileError(f"{path}: expected an object with a non-empty 'documents' list")
    documents = []
    for n, doc in enumerate(data["documents"], start=1):
        where = f"{path} document {n}"
        if not isinstance(doc, dict) or set(doc) != GOLD_KEYS:
            raise GoldFileError(f"{where}: keys must be exactly {sorted(GOLD_KEYS)}")
        if doc["is_readout"] and len(doc["participants"]) < 2:
            raise GoldFileError(f"{where}: a readout needs at least two participants")
        if not doc["is_readout"] and doc["not_readout_kind"] not in NOT_READOUT_KINDS:
            raise GoldFileError(f"{where}: not_readout_kind must be one of {sorted(NOT_READOUT_KINDS)}")
        participants = tuple((p["actor"], p["name"]) for p in doc["participants"])
        if doc["initiator"] is not None and doc["initiator"] not in {a for a, _ in participants}:
            raise GoldFileError(f"{where}: initiator {doc['initiator']!r} is not a participant's actor")
        documents.append(
            GoldDocument(
                record_no=doc["record_no"],
                is_readout=bool(doc["is_readout"]),
                not_readout_kind=doc["not_readout_kind"],
                engagement_type=doc["engagement_type"],
                date=_date(doc["date"], where),
                participants=participants,
                initiator=doc["initiator"],
            )
        )
    return documents


def devset_files(root: Path) -> list[tuple[str, Path, Path]]:
    """(language, input file, gold file) for every input file under ``root/<language>/``."""
    found = []
    for path in sorted(root.glob("*/*")):
        if path.suffix.lower() in SUPPORTED_SUFFIXES and not path.name.endswith(".gold.json"):
            gold = path.with_name(path.name[: -len(path.suffix)] + ".gold.json")
            if not gold.exists():
                raise GoldFileError(f"{path}: no gold file {gold.name}")
            found.append((path.parent.name, path, gold))
    return found


def _plain(name: str) -> str:
    """A name lower-cased and without diacritics, for matching gold names to aliases."""
    decomposed = unicodedata.normalize("NFKD", normalise(name))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class _PersonKeys:
    """Gold names and predicted participants reduced to one key per person."""

    def __init__(self, ref: Reference) -> None:
        self.by_alias: dict[str, set[str]] = defaultdict(set)
        for person_id, terms in ref.leaders.items():
            for alias in terms[0].aliases:
                self.by_alias[_plain(alias)].add(person_id)

    def gold(self, actor: str, name: str) -> tuple[str, str]:
        """A reference person by alias, accents aside ("Erdogan" is "Erdoğan"); else the
        surname (last word), so "Mia Mottley" and "Mia Amor Mottley" captured unverified are
        one person."""
        people = self.by_alias.get(_plain(name), set())
        if len(people) == 1:
            return actor, next(iter(people))
        return actor, f"name:{normalise(name).split()[-1] if name.split() else ''}"

    def predicted(self, leader_code: str, name: str, actor: str, verified: bool) -> tuple[str, str]:
        if verified:
            return actor, leader_code.split(":", 1)[0]
        return self.gold(actor, name)


def _set_score(gold: set[Any], predicted: set[Any]) -> Score:
    return Score(tp=len(gold & predicted), fp=len(predicted - gold), fn=len(gold - predicted))


def _label_score(gold: Any, predicted: Any) -> Score:
    """One label per gold readout: right when equal; precision counts only given values."""
    score = Score(total=1, right=int(gold == predicted))
    if predicted is not None:
        score.tp, score.fp = int(gold == predicted), int(gold != predicted)
    if gold is not None and gold != predicted:
        score.fn = 1
    return score


@dataclass(frozen=True)
class _Answer:
    """What one reader (the extractor, or a second labeller) says of a document, reduced to the
    scored values: participants as person keys, and the readout label shown in a mismatch."""

    is_readout: bool
    shown: Any
    people: frozenset[tuple[str, str]]
    engagement_type: str | None
    date: dt.date | None
    initiator: str | None


def _extractor_answer(got: Extraction, keys: _PersonKeys) -> _Answer:
    is_readout = got.outcome == "readout"
    return _Answer(
        is_readout=is_readout,
        shown=f"{got.outcome}: {got.reason}" if got.reason else got.outcome,
        people=frozenset(
            keys.predicted(p.leader_code, p.name, p.actor_code, p.verified) for p in got.participants if is_readout
        ),
        engagement_type=got.engagement_type if is_readout else None,
        date=got.engagement_date if is_readout else None,
        initiator=got.initiator_code if is_readout else None,
    )


def _gold_answer(second: GoldDocument, keys: _PersonKeys) -> _Answer:
    return _Answer(
        is_readout=second.is_readout,
        shown=second.is_readout if second.is_readout else f"False: {second.not_readout_kind}",
        people=frozenset(keys.gold(actor, name) for actor, name in second.participants),
        engagement_type=second.engagement_type,
        date=second.date,
        initiator=second.initiator,
    )


def _score_answer(gold: GoldDocument, got: _Answer, keys: _PersonKeys) -> dict[str, tuple[Score, Any, Any]]:
    out: dict[str, tuple[Score, Any, Any]] = {}
    readout = Score(total=1, right=int(gold.is_readout == got.is_readout))
    readout.tp = int(gold.is_readout and got.is_readout)
    readout.fp = int(got.is_readout and not gold.is_readout)
    readout.fn = int(gold.is_readout and not got.is_readout)
    out["readout"] = (readout, gold.is_readout, got.shown)
    gold_people = {keys.gold(actor, name) for actor, name in gold.participants}
    out["participants"] = (_set_score(gold_people, set(got.people)), sorted(gold_people), sorted(got.people))
    if gold.is_readout:
        out["engagement_type"] = (
            _label_score(gold.engagement_type, got.engagement_type),
            gold.engagement_type,
            got.engagement_type,
        )
        if gold.date is not None:
            out["date"] = (_label_score(gold.date, got.date), gold.date, got.date)
    if gold.initiator is not None or got.initiator is not None:
        initiator = _set_score({gold.initiator} - {None}, {got.initiator} - {None})
        initiator.total, initiator.right = 1, int(gold.initiator == got.initiator)
        out["initiator"] = (initiator, gold.initiator, got.initiator)
    return out


def score_document(gold: GoldDocument, got: Extraction, keys: _PersonKeys) -> dict[str, tuple[Score, Any, Any]]:
    """Per field: (score, gold value, predicted value) for one document."""
    return _score_answer(gold, _extractor_answer(got, keys), keys)


def score_second_label(
    first: GoldDocument, second: GoldDocument, keys: _PersonKeys
) -> dict[str, tuple[Score, Any, Any]]:
    """Per field: (score, first label, second label) for one document labelled twice: the second
    reader's answer scored against the first exactly as the extractor's is against gold."""
    return _score_answer(first, _gold_answer(second, keys), keys)


@dataclass(frozen=True)
class FeedMetadata:
    """What a feed delivers beside a page: its address and, when known to the day or the
    month, its publication date (a corpus's ``manifest.tsv`` records both)."""

    url: str | None
    published: dt.date | None
    published_month: str | None = None  # "YYYY-MM" or "YYYY" when the date is known only to the month or year


def feed_metadata(root: Path) -> dict[Path, FeedMetadata]:
    """Address and publication date of each file of a corpus with a ``manifest.tsv`` (in
    ``root`` or its parent, with ``path``, ``url`` and ``published`` columns; paths relative
    to the manifest). A publication date known only to the month gives the month (a day of
    the month in the text resolves in it); one known only to the year gives the year (the office-holders
    of that year, no day)."""
    for folder in (root, root.parent):
        manifest = folder / "manifest.tsv"
        if manifest.exists():
            break
    else:
        return {}
    found: dict[Path, FeedMetadata] = {}
    with manifest.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            try:
                published = dt.date.fromisoformat(row["published"]) if len(row["published"]) == 10 else None
            except ValueError:
                published = None
            month = parse_published_month(row["published"])
            found[(folder / row["path"]).resolve()] = FeedMetadata(row.get("url") or None, published, month)
    return found


GROUPINGS = ("language", "publisher")


def publisher_host(url: str | None) -> str:
    """The host a page was retrieved from, without ``www.`` ("(no address)" when the feed gave none):
    the publisher a score by publisher groups under."""
    host = urlsplit(url).hostname if url else None
    if not host:
        return "(no address)"
    return host.removeprefix("www.")


def evaluate_devset(root: Path, ref: Reference, group_by: str = "language") -> DevsetReport:
    """Parse, extract and score every file of the dev set under ``root``; a file listed in a
    corpus manifest gets the address and publication date the manifest gives it, as a feed
    delivers them beside the page (the page itself keeps precedence). ``group_by="publisher"``
    keys the report's scores by the host the manifest records instead of by language."""
    metadata = feed_metadata(root)
    items = [(group, path, read_gold(gold)) for group, path, gold in _grouped_files(root, metadata, group_by)]
    return evaluate_files(items, ref, metadata)


def _grouped_files(root: Path, metadata: dict[Path, FeedMetadata], group_by: str) -> list[tuple[str, Path, Path]]:
    """(group, input file, gold file) of every file under ``root``: the group is the language folder, or
    with ``group_by="publisher"`` the host the manifest (``metadata``) records for the file."""
    if group_by not in GROUPINGS:
        raise ValueError(f"group_by must be one of {GROUPINGS}, not {group_by!r}")
    found = []
    for language, path, gold in devset_files(root):
        feed = metadata.get(path.resolve())
        found.append((language if group_by == "language" else publisher_host(feed.url if feed else None), path, gold))
    return found


def evaluate_files(
    items: list[tuple[str, Path, list[GoldDocument]]],
    ref: Reference,
    metadata: dict[Path, FeedMetadata] | None = None,
) -> DevsetReport:
    """Parse, extract and score (group, input file, its gold documents) items; the group is the
    language unless the caller keys them otherwise (``evaluate_devset``'s ``group_by``)."""
    report = DevsetReport()
    keys = _PersonKeys(ref)
    for n, (language, path, golds) in enumerate(items, start=1):
        gold_docs = {g.record_no: g for g in golds}
        raw = path.read_bytes()
        item = InboxFile(n, path.name, str(path), sha256_hex(raw), len(raw))
        documents = parse_file(item, raw, ref)
        feed = (metadata or {}).get(path.resolve())
        if feed is not None:
            for doc in documents:
                doc.url = doc.url or feed.url
                doc.published_date = doc.published_date or feed.published
                doc.published_month = doc.published_month or feed.published_month
        extractions = {doc.record_no: extract(doc, ref) for doc in documents}
        if set(extractions) != set(gold_docs):
            raise GoldFileError(
                f"{path}: gold has records {sorted(gold_docs, key=str)} but the file holds "
                f"{sorted(extractions, key=str)}"
            )
        report.files += 1
        for record_no, gold in gold_docs.items():
            scored = score_document(gold, extractions[record_no], keys)
            report.add_document(language, f"{language}/{path.name}", record_no, scored)
    return report


def second_label_agreement(
    first_root: Path, second_root: Path, ref: Reference, group_by: str = "language"
) -> DevsetReport:
    """How far a second, independent labelling agrees with the first: every ``.gold.json`` under
    ``second_root/<language>/`` is scored against the file of the same name under
    ``first_root/<language>/`` with the extractor's measures (the first labels in the gold role).
    The second labelling may cover a sample; a second label with no first one is an error.
    ``group_by="publisher"`` keys the scores by the host ``first_root``'s manifest records."""
    groups = {
        gold.resolve(): group for group, _, gold in _grouped_files(first_root, feed_metadata(first_root), group_by)
    }
    report = DevsetReport()
    keys = _PersonKeys(ref)
    for second_path in sorted(second_root.glob("*/*.gold.json")):
        first_path = (first_root / second_path.parent.name / second_path.name).resolve()
        if first_path not in groups:
            raise GoldFileError(f"{second_path}: no first label {first_path}")
        firsts = {g.record_no: g for g in read_gold(first_path)}
        seconds = {g.record_no: g for g in read_gold(second_path)}
        if set(firsts) != set(seconds):
            raise GoldFileError(
                f"{second_path}: records {sorted(seconds, key=str)}, first label has {sorted(firsts, key=str)}"
            )
        report.files += 1
        for record_no, first in firsts.items():
            scored = score_second_label(first, seconds[record_no], keys)
            report.add_document(groups[first_path], f"{second_path.parent.name}/{second_path.name}", record_no, scored)
    return report


def readout_kappa(score: Score) -> float | None:
    """Cohen's kappa of two readers' readout labels (the readout field's counts: the second reader's
    yes/no against the first's), ``None`` when agreement by chance is certain (one label only)."""
    if not score.total:
        return None
    observed = score.right / score.total
    first_yes = (score.tp + score.fn) / score.total
    second_yes = (score.tp + score.fp) / score.total
    chance = first_yes * second_yes + (1 - first_yes) * (1 - second_yes)
    if chance >= 1:
        return None
    return (observed - chance) / (1 - chance)


HEADLINE = {  # field -> the measure the floors use, and its column heading
    "readout": ("accuracy", "readout acc."),
    "participants": ("f1", "participants F1"),
    "engagement_type": ("accuracy", "type acc."),
    "date": ("accuracy", "date exact"),
    "initiator": ("f1", "initiator F1"),
}


def print_summary(report: DevsetReport, label: str, min_documents: int = 5, subject: str = "Extractor") -> None:
    """One row per group (publisher) with at least ``min_documents`` documents, the smaller ones
    pooled: readout accuracy, participants F1, type accuracy, date exact and initiator F1, each with
    its count, the worst readout accuracy first."""
    from rich.console import Console
    from rich.table import Table

    big = [g for g in report.languages() if report.score(g, "readout").total >= min_documents]
    pooled = DevsetReport()
    for group in report.languages():
        if group not in big:
            for field_name in FIELDS:
                pooled.score("pooled", field_name).add(report.score(group, field_name))
    rows = [(g, report.scores[g]) for g in sorted(big, key=lambda g: report.score(g, "readout").accuracy)]
    if pooled.scores:
        rows.append((f"{len(report.languages()) - len(big)} smaller groups", pooled.scores["pooled"]))
    rows.append(("all", {f: report.overall(f) for f in FIELDS}))
    table = Table(title=f"{subject} on {label}: {report.files} files, {report.documents} documents")
    table.add_column("group")
    for field_name in FIELDS:
        table.add_column(HEADLINE[field_name][1], justify="right")
    for group, scores in rows:
        cells = []
        for field_name in FIELDS:
            s = scores[field_name]
            n = s.total if field_name != "participants" else s.tp + s.fn
            value = getattr(s, HEADLINE[field_name][0])
            cells.append(f"{value:.3f} ({n})" if n else "-")
        table.add_row(group, *cells, style="bold" if group == "all" else None)
    Console(width=max(Console().width, 130)).print(table)


def print_report(
    report: DevsetReport, show_mismatches: bool = False, label: str = "the dev set", subject: str = "Extractor"
) -> None:
    """Per field and language: precision, recall, F1 and accuracy, as a table on the terminal."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title=f"{subject} on {label}: {report.files} files, {report.documents} documents")
    table.add_column("field")
    table.add_column("language")
    for name in ("precision", "recall", "F1", "accuracy", "n"):
        table.add_column(name, justify="right")
    for field_name in FIELDS:
        rows = [(lang, report.score(lang, field_name)) for lang in report.languages()]
        rows.append(("all", report.overall(field_name)))
        for lang, s in rows:
            n = s.total if field_name != "participants" else s.tp + s.fn
            style = "bold" if lang == "all" else None
            table.add_row(
                field_name, lang, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}",
                f"{s.accuracy:.3f}" if s.total else "-", str(n), style=style,
            )  # fmt: skip
        table.add_section()
    console.print(table)
    if show_mismatches:
        for m in report.mismatches:
            record = f"#{m.record_no}" if m.record_no is not None else ""
            console.print(f"[yellow]{m.file}{record}[/] {m.field}: gold={m.gold!r} got={m.predicted!r}", markup=True)
