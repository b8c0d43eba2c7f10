"""The real-world corpus is what its manifest says: every document licensed, attributed,
labelled, in its split, and none of the reserved kremlin.ru items."""

from __future__ import annotations

import csv
import datetime as dt

from readouts.evaluate import devset_files, read_gold
from tests.helpers import PROJECT_ROOT

CORPUS = PROJECT_ROOT / "tests" / "realworld"
# the manifest's licence label -> what NOTICE must say of it
OPEN_LICENCES = {
    "Public domain (US government work)": "not subject to copyright",
    "CC BY 4.0": "Creative Commons Attribution 4.0 International",
    "OGL v3": "Open Government Licence v3.0",
    "OGL-Canada 2.0": "Open Government Licence – Canada",
    "Licence Ouverte 2.0": "Licence Ouverte / Open Licence 2.0",
    "Open Government Data License 1.0 (Taiwan)": "Open Government Data License, version 1.0",
    "Government of Japan Standard Terms of Use 2.0": "Government of Japan Standard Terms of Use (Ver. 2.0)",
    "KOGL Type 1": "Korea Open Government License Type 1",
}
RESERVED = (dt.date(2025, 2, 1), dt.date(2025, 5, 8))


def _manifest() -> dict[str, dict[str, str]]:
    with (CORPUS / "manifest.tsv").open(encoding="utf-8", newline="") as handle:
        return {row["path"]: row for row in csv.DictReader(handle, delimiter="\t")}


def test_every_document_has_a_gold_file_and_one_manifest_line_with_an_open_licence():
    manifest = _manifest()
    documents = {
        str(path.relative_to(CORPUS)): (split, language)
        for split in ("dev", "blind")
        for language, path, _ in devset_files(CORPUS / split)
    }
    assert len(documents) >= 150
    assert set(documents) == set(manifest)
    for path, (split, _language) in documents.items():
        row = manifest[path]
        assert row["url"].startswith(("http://", "https://")), path
        assert row["licence"].startswith(tuple(OPEN_LICENCES)), f"{path}: {row['licence']}"
        assert row["split"] == split and row["publisher"], path
    notice = (CORPUS / "NOTICE").read_text(encoding="utf-8")
    for licence in {row["licence"] for row in manifest.values()}:
        label = next(label for label in OPEN_LICENCES if licence.startswith(label))
        assert OPEN_LICENCES[label] in notice, f"NOTICE says nothing of {licence}"


def test_gold_files_read_and_kinds_match_the_manifest():
    manifest = _manifest()
    for split in ("dev", "blind"):
        for _language, path, gold_path in devset_files(CORPUS / split):
            (document,) = read_gold(gold_path)
            kind = manifest[str(path.relative_to(CORPUS))]["kind"]
            assert (document.not_readout_kind or "readout") == kind, path
            if document.is_readout:
                assert len(document.participants) >= 2 and document.engagement_type, path


def test_no_reserved_kremlin_item():
    for path, row in _manifest().items():
        if "kremlin.ru" not in row["url"]:
            continue
        published = row["published"]
        if len(published) == 10:
            assert not RESERVED[0] <= dt.date.fromisoformat(published) <= RESERVED[1], path
        else:  # a month only: the whole month must lie outside the window
            assert published[:7] not in {"2025-02", "2025-03", "2025-04", "2025-05"}, path
