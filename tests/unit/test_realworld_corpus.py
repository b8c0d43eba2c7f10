"""The real-world corpus is what its manifest says: every document licensed, attributed,
labelled, in its split, and none of the reserved kremlin.ru items."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re

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
    "CC BY 3.0 BR": "Creative Commons Atribuição 3.0 Brasil",
    "La Moncloa Legal Notice": "La Moncloa Legal Notice (Aviso legal)",
    "CC BY 2.5": "Creative Commons Attribution 2.5",
}
RESERVED = (dt.date(2025, 2, 1), dt.date(2025, 5, 8))
MANIFEST_HEADER = "path\turl\tpublisher\tlanguage\tscript\tpublished\tretrieved\tlicence\tsplit\tkind\n"
# the gold of a one-page readout the evaluate tests write: Starmer's call with Macron on 5 November 2024
STARMER_MACRON_CALL = {
    "is_readout": True,
    "not_readout_kind": None,
    "engagement_type": "phone_call",
    "date": "2024-11-05",
    "participants": [{"actor": "GBR", "name": "Keir Starmer"}, {"actor": "FRA", "name": "Emmanuel Macron"}],
    "initiator": None,
}


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


def test_every_page_is_in_the_corpus_once():
    """One page stored twice would count twice, or sit in both splits (its address compared
    without scheme, 'www.', trailing slash and case)."""
    seen: dict[str, str] = {}
    for path, row in _manifest().items():
        address = re.sub(r"^https?://(www\.)?", "", row["url"].strip()).rstrip("/").lower()
        assert address not in seen, (path, seen.get(address))
        seen[address] = path


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


def test_evaluate_gives_each_page_the_address_and_day_its_manifest_line_records(tmp_path):
    """A page's URL and publication date come with it from the feed (the manifest here); the
    extractor resolves "today" against that day. A month-only date gives no day."""
    from readouts.evaluate import evaluate_devset, feed_metadata
    from readouts.reference import load_reference

    corpus = tmp_path / "corpus"
    (corpus / "dev" / "en").mkdir(parents=True)
    text = (
        "Readout of the Prime Minister's call with President Emmanuel Macron\n\n"
        "Prime Minister Keir Starmer spoke to President Emmanuel Macron of France today. "
        "The leaders discussed support for Ukraine.\n"
    )
    (corpus / "dev" / "en" / "call.txt").write_text(text, encoding="utf-8")
    gold = {
        "notes": "test",
        "documents": [{"record_no": None, **STARMER_MACRON_CALL}],
    }
    (corpus / "dev" / "en" / "call.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    line = "\t".join(["dev/en/call.txt", "https://www.gov.uk/government/news/x", "GOV.UK", "en", "Latn", "{}"])
    line += "\t2026-12-03\tOGL v3\tdev\treadout\n"

    (corpus / "manifest.tsv").write_text(MANIFEST_HEADER + line.format("2024-11-05"), encoding="utf-8")
    meta = feed_metadata(corpus / "dev")
    assert [(m.url, m.published) for m in meta.values()] == [
        ("https://www.gov.uk/government/news/x", dt.date(2024, 11, 5))
    ]
    assert evaluate_devset(corpus / "dev", load_reference()).overall("date").accuracy == 1.0

    (corpus / "manifest.tsv").write_text(MANIFEST_HEADER + line.format("2024-11"), encoding="utf-8")
    assert [m.published for m in feed_metadata(corpus / "dev").values()] == [None]
    assert evaluate_devset(corpus / "dev", load_reference()).overall("date").accuracy == 0.0


def test_evaluate_by_publisher_keys_each_page_by_the_host_its_manifest_line_records(tmp_path, capsys):
    """``evaluate --by publisher``: the same scores, grouped by the manifest's host (``www.`` dropped),
    a page without a manifest line under "(no address)", small groups pooled in the summary."""
    from readouts.evaluate import evaluate_devset, print_summary
    from readouts.reference import load_reference

    corpus = tmp_path / "corpus"
    (corpus / "dev" / "en").mkdir(parents=True)
    call = "Prime Minister Keir Starmer spoke by phone with President Emmanuel Macron of France today.\n"
    speech = "The Prime Minister gave a speech on housing today.\n"
    negative = {
        "is_readout": False,
        "not_readout_kind": "no_engagement",
        "engagement_type": None,
        "date": None,
        "participants": [],
        "initiator": None,
    }
    pages = {"a": (call, STARMER_MACRON_CALL), "b": (speech, negative), "c": (call, STARMER_MACRON_CALL)}
    for name, (text, gold) in pages.items():
        (corpus / "dev" / "en" / f"{name}.txt").write_text(text, encoding="utf-8")
        document = {"record_no": None, **gold}
        (corpus / "dev" / "en" / f"{name}.gold.json").write_text(
            json.dumps({"notes": "test", "documents": [document]}), encoding="utf-8"
        )
    rows = [
        "dev/en/a.txt\thttps://www.gov.uk/news/a\tGOV.UK\ten\tLatn\t2024-11-05\t2026-12-03\tOGL v3\tdev\treadout\n",
        "dev/en/b.txt\thttps://pm.gc.ca/en/b\tPMO\ten\tLatn\t2024-11-05\t2026-12-03\tOGL-Canada 2.0\tdev"
        "\tno_engagement\n",
    ]
    (corpus / "manifest.tsv").write_text(MANIFEST_HEADER + "".join(rows), encoding="utf-8")

    by_language = evaluate_devset(corpus / "dev", load_reference())
    by_publisher = evaluate_devset(corpus / "dev", load_reference(), group_by="publisher")
    assert by_language.languages() == ["en"]
    assert by_publisher.languages() == ["(no address)", "gov.uk", "pm.gc.ca"]
    assert [by_publisher.score(g, "readout").total for g in by_publisher.languages()] == [1, 1, 1]
    for field_name in ("readout", "participants", "date"):
        assert vars(by_publisher.overall(field_name)) == vars(by_language.overall(field_name))

    print_summary(by_publisher, label="test", min_documents=1)
    every_host = capsys.readouterr().out
    assert "gov.uk" in every_host and "pm.gc.ca" in every_host and "smaller groups" not in every_host
    print_summary(by_publisher, label="test", min_documents=2)
    pooled = capsys.readouterr().out
    assert "3 smaller groups" in pooled and "gov.uk" not in pooled
