"""The floors of issue #3 on the project's labelled dev set (tests/devset) and on the seeds.

readout/not-readout accuracy >= 0.95, participants F1 >= 0.95, engagement type accuracy
>= 0.95, date exact-match >= 0.90 where gold has a date, initiator F1 >= 0.90: overall
and in each language.
"""

from __future__ import annotations

import functools

import pytest

from readouts.config import PROJECT_ROOT
from readouts.evaluate import DevsetReport, GoldDocument, devset_files, evaluate_devset, evaluate_files
from readouts.reference import load_reference
from tests.helpers import EXPECTED, SEEDS_DIR, expected_date, require_seeds

DEVSET = PROJECT_ROOT / "tests" / "devset"
LANGUAGES = ("en", "de", "ru", "fr", "es", "zh")
FLOORS = {
    "readout": ("accuracy", 0.95),
    "participants": ("f1", 0.95),
    "engagement_type": ("accuracy", 0.95),
    "date": ("accuracy", 0.90),
    "initiator": ("f1", 0.90),
}


@functools.cache
def devset_report() -> DevsetReport:
    return evaluate_devset(DEVSET, load_reference())


def test_the_devset_is_as_large_as_issue_3_asks():
    files = devset_files(DEVSET)
    assert len(files) >= 80
    assert {language for language, _, _ in files} >= set(LANGUAGES)
    assert {path.suffix for _, path, _ in files} >= {".txt", ".html", ".json", ".jsonl"}
    report = devset_report()
    negatives = sum(s.total - s.tp - s.fn for s in (report.score(lang, "readout") for lang in report.languages()))
    assert negatives >= 15


@pytest.mark.parametrize("field_name", list(FLOORS))
@pytest.mark.parametrize("language", [*LANGUAGES, "all"])
def test_floor_on_the_devset(language: str, field_name: str):
    report = devset_report()
    score = report.overall(field_name) if language == "all" else report.score(language, field_name)
    measure, floor = FLOORS[field_name]
    value = getattr(score, measure)
    misses = [m for m in report.mismatches if m.field == field_name and (language == "all" or m.file[:2] == language)]
    assert value >= floor, f"{field_name} {measure} {value:.3f} < {floor} in {language}: {misses}"


def _seed_gold(want: dict) -> GoldDocument:
    return GoldDocument(
        record_no=None,
        is_readout=want["status"] == "loaded",
        not_readout_kind=None,
        engagement_type=want.get("type"),
        date=expected_date(want.get("date")),
        participants=tuple(want.get("participants", {}).items()),
        initiator=want.get("initiator"),
    )


@pytest.mark.parametrize("field_name", list(FLOORS))
def test_floor_on_the_seeds(field_name: str):
    require_seeds()
    items = [(want["language"], SEEDS_DIR / name, [_seed_gold(want)]) for name, want in EXPECTED["seeds"].items()]
    assert items and all(path.is_file() for _, path, _ in items), "a seed named in expected_readouts.yaml is missing"
    report = evaluate_files(items, load_reference())
    measure, floor = FLOORS[field_name]
    assert getattr(report.overall(field_name), measure) >= floor, report.mismatches
