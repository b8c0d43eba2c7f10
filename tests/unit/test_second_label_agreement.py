"""Agreement of a second, independent labelling with the first (``readouts agreement``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from readouts.evaluate import GoldFileError, readout_kappa, second_label_agreement
from readouts.reference import load_reference

MERKEL = {"actor": "DEU", "name": "Angela Merkel"}
MACRON = {"actor": "FRA", "name": "Emmanuel Macron"}
SCHOLZ = {"actor": "DEU", "name": "Olaf Scholz"}


def _readout(participants: list[dict], initiator: str | None = None, kind: str = "phone_call") -> dict:
    return {
        "record_no": None,
        "is_readout": True,
        "not_readout_kind": None,
        "engagement_type": kind,
        "date": "2019-05-02",
        "participants": participants,
        "initiator": initiator,
    }


NEGATIVE = {
    "record_no": None,
    "is_readout": False,
    "not_readout_kind": "no_engagement",
    "engagement_type": None,
    "date": None,
    "participants": [],
    "initiator": None,
}


def _write(root: Path, name: str, document: dict, with_text: bool = True) -> None:
    folder = root / "en"
    folder.mkdir(parents=True, exist_ok=True)
    if with_text:
        (folder / f"{name}.txt").write_text("The page's text.\n", encoding="utf-8")
    (folder / f"{name}.gold.json").write_text(json.dumps({"notes": "", "documents": [document]}), encoding="utf-8")


@pytest.fixture(scope="module")
def ref():
    return load_reference()


def _four_pages(first: Path) -> None:
    _write(first, "a", _readout([MERKEL, MACRON], initiator="FRA"))
    _write(first, "b", _readout([MERKEL, MACRON]))
    _write(first, "c", NEGATIVE)
    _write(first, "d", NEGATIVE)


def test_identical_labels_agree_on_every_field(tmp_path: Path, ref) -> None:
    _four_pages(tmp_path / "first")
    _four_pages(tmp_path / "second")
    report = second_label_agreement(tmp_path / "first", tmp_path / "second", ref)
    assert report.documents == 4
    assert report.mismatches == []
    assert report.overall("readout").accuracy == 1.0
    assert report.overall("participants").f1 == 1.0
    assert report.overall("initiator").f1 == 1.0
    assert readout_kappa(report.overall("readout")) == 1.0


def test_disagreements_are_scored_like_the_extractors(tmp_path: Path, ref) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    _four_pages(first)
    _write(second, "a", _readout([SCHOLZ, MACRON], kind="meeting"), with_text=False)  # other German, no initiator
    _write(second, "b", NEGATIVE, with_text=False)  # a readout read as a negative
    _write(second, "c", NEGATIVE, with_text=False)
    _write(second, "d", NEGATIVE, with_text=False)
    report = second_label_agreement(first, second, ref)
    readout = report.overall("readout")
    assert (readout.right, readout.total, readout.tp, readout.fn, readout.fp) == (3, 4, 1, 1, 0)
    # first yes 2/4, second yes 1/4: chance agreement 0.5, observed 0.75 -> kappa 0.5
    assert readout_kappa(readout) == pytest.approx(0.5)
    participants = report.overall("participants")
    assert (participants.tp, participants.fp, participants.fn) == (1, 1, 3)
    assert report.overall("engagement_type").accuracy == 0.0
    initiator = report.overall("initiator")
    assert (initiator.tp, initiator.fn, initiator.fp) == (0, 1, 0)
    assert {(m.file, m.field) for m in report.mismatches} >= {
        ("en/a.gold.json", "participants"),
        ("en/a.gold.json", "initiator"),
        ("en/b.gold.json", "readout"),
    }


def test_a_second_label_covers_a_sample(tmp_path: Path, ref) -> None:
    _four_pages(tmp_path / "first")
    _write(tmp_path / "second", "c", NEGATIVE, with_text=False)
    report = second_label_agreement(tmp_path / "first", tmp_path / "second", ref)
    assert report.documents == 1
    assert readout_kappa(report.overall("readout")) is None  # one label only: chance agreement is certain


def test_a_second_label_without_a_first_is_an_error(tmp_path: Path, ref) -> None:
    _four_pages(tmp_path / "first")
    _write(tmp_path / "second", "zz", NEGATIVE, with_text=False)
    with pytest.raises(GoldFileError, match="no first label"):
        second_label_agreement(tmp_path / "first", tmp_path / "second", ref)


def test_the_command_prints_agreement_and_refuses_an_empty_second_set(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    _four_pages(first)
    _four_pages(second)
    done = subprocess.run(
        [sys.executable, "-m", "readouts", "agreement", str(first), str(second), "--disagreements"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "readout agreement 1.000, Cohen's kappa 1.000 on 4 documents" in done.stdout
    empty = tmp_path / "empty"
    empty.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "readouts", "agreement", str(first), str(empty)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "holds no" in done.stderr
