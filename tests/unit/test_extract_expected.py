"""The extractor on the seeds and on the project's samples: the values issue #2 lists."""

from __future__ import annotations

import pytest

from readouts.extract import extract
from readouts.models import InboxFile
from readouts.parse import parse_file, sha256_hex
from readouts.reference import load_reference
from tests.helpers import EXPECTED, SAMPLES_DIR, SEEDS_DIR, STATUS_OF_OUTCOME, expected_date, require_seeds, split_key


def _extractions(path):
    raw = path.read_bytes()
    ref = load_reference()
    item = InboxFile(1, path.name, str(path), sha256_hex(raw), len(raw))
    return {doc.record_no: extract(doc, ref) for doc in parse_file(item, raw, ref)}


def _check(folder, key, want):
    name, record_no = split_key(key)
    got = _extractions(folder / name)[record_no]
    if want["status"] == "duplicate":
        assert got.outcome == "readout"  # the duplicate is decided against the warehouse, not here
        return
    assert STATUS_OF_OUTCOME[got.outcome] == want["status"], got.reason
    if want["status"] != "loaded":
        assert got.reason
        return
    assert got.engagement_type == want["type"]
    assert got.engagement_date == expected_date(want["date"])
    assert got.date_precision == want["precision"]
    assert got.initiator_code == want["initiator"]
    assert {p.actor_code: p.name for p in got.participants} == want["participants"]
    assert got.language == want["language"]
    assert [p.actor_code for p in got.participants if p.is_initiator] == (
        [want["initiator"]] if want["initiator"] else []
    )
    for person_id in want.get("mentions", []):
        assert person_id in got.mentioned_leaders


@pytest.mark.parametrize("key", sorted(EXPECTED["seeds"]))
def test_seed_extraction(key):
    require_seeds()
    _check(SEEDS_DIR, key, EXPECTED["seeds"][key])


@pytest.mark.parametrize("key", sorted(EXPECTED["samples"]))
def test_sample_extraction(key):
    _check(SAMPLES_DIR, key, EXPECTED["samples"][key])


def test_every_sample_file_has_an_expectation():
    names = {split_key(k)[0] for k in EXPECTED["samples"]}
    assert names == {p.name for p in SAMPLES_DIR.iterdir() if p.is_file()}
