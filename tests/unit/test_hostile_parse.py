"""Hostile input at the parser and the inbox scan: each category's behaviour, fast, no database."""

from __future__ import annotations

import json
import os
import random
import time
from pathlib import Path

import pytest

from readouts import intake
from readouts.config import Settings
from readouts.models import InboxFile
from readouts.parse import MAX_HTML_TAGS, MAX_JSON_RECORDS, decode_bytes, parse_file, sha256_hex
from readouts.reference import load_reference

READOUT_RU = "Владимир Путин провёл телефонный разговор с Президентом Республики Узбекистан Шавкатом Мирзиёевым."
READOUT_ZH = "国家主席习近平同俄罗斯总统普京通电话。两国元首就双边关系和共同关心的国际问题交换了意见。"
READOUT_EN = "President Vladimir Putin had a telephone conversation with President Kassym-Jomart Tokayev about trade."


def parse(name: str, raw: bytes):
    return parse_file(InboxFile(3, name, name, sha256_hex(raw), len(raw)), raw, load_reference())


def one(name: str, raw: bytes):
    [doc] = parse(name, raw)
    return doc


# --- empty, binary, broken UTF-8, legacy encodings


@pytest.mark.parametrize("raw", [b"", b" ", b"\n\r\n\t  \n"])
@pytest.mark.parametrize("suffix", [".txt", ".html", ".json", ".jsonl"])
def test_empty_and_blank_files_are_rejected_as_empty(raw, suffix):
    assert one("e" + suffix, raw).rejected_reason == "empty file"


@pytest.mark.parametrize(
    "raw",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        b"\x7fELF\x02\x01\x01\x00" + bytes(500),
        b"ok text\x01\x02\x03\x04\x05\x06\x07\x08" * 40,
    ],
)
def test_binary_content_is_rejected_as_binary(raw):
    assert "binary file" in one("b.txt", raw).rejected_reason


def test_random_bytes_without_nul_are_rejected():
    rng = random.Random(1)
    raw = bytes(rng.randrange(1, 256) for _ in range(4000))
    reason = one("noise.txt", raw).rejected_reason
    assert "invalid UTF-8" in reason or "binary" in reason


@pytest.mark.parametrize("bad", [b"\xff", b"\xc3(", b"\xe2\x82", b"\xf0\x9f\x98", b"\xc0\xaf"])
def test_utf8_text_with_broken_sequences_is_rejected_with_the_offset(bad):
    good = READOUT_RU.encode()
    reason = one("bad.txt", good[:30] + bad + good[30:]).rejected_reason
    assert reason.startswith("invalid UTF-8 (byte 0x")
    assert "offset 30" in reason


@pytest.mark.parametrize(("encoding", "text"), [("cp1251", READOUT_RU), ("gb18030", READOUT_ZH), ("gbk", READOUT_ZH)])
def test_legacy_encodings_are_decoded_and_processed(encoding, text):
    doc = one("legacy.txt", f" date 2024-03-05 T\n\n{text}".encode(encoding))
    assert doc.rejected_reason is None
    assert doc.text == text
    assert doc.language_hint == ("ru" if encoding == "cp1251" else "zh")


def test_ascii_with_a_stray_latin1_byte_reads_as_latin1_not_as_broken_utf8():
    # decision: with no UTF-8 sequence in the file, a lone high byte is a legacy charset
    text = decode_bytes(b"The Caf\xe9 talks lasted an hour and the leaders agreed to meet again soon.")
    assert "Caf" in text and "talks" in text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_decoded(encoding):
    raw = ("\ufeff" if encoding == "utf-16-be" else "") + READOUT_EN
    doc = one("wide.txt", raw.encode(encoding))
    assert doc.rejected_reason is None and "Tokayev" in f"{doc.title} {doc.text}"


# --- HTML: nesting, scripts, entities


def test_deep_nesting_over_the_tag_cap_is_rejected_quickly():
    page = ("<div>" * 100_000 + READOUT_EN + "</div>" * 100_000).encode()
    started = time.monotonic()
    reason = one("deep.html", page).rejected_reason
    assert time.monotonic() - started < 5
    assert "100000 tags" in reason and str(MAX_HTML_TAGS) in reason


def test_unclosed_tags_over_the_cap_are_rejected_quickly():
    page = ("<html><body>" + "<div><p><span><b>" * 50_000 + "never closed").encode()
    started = time.monotonic()
    assert "tags" in one("open.html", page).rejected_reason
    assert time.monotonic() - started < 5


def test_deep_nesting_under_the_cap_is_read_without_recursion_error():
    depth = 5_000
    page = ("<div>" * depth + f"<p>{READOUT_EN}</p>" + "</div>" * depth).encode()
    doc = one("nested.html", page)
    assert doc.rejected_reason is None and "Tokayev" in f"{doc.title} {doc.text}"
    unclosed = one("unclosed.html", ("<div><p><span>" * 3_000 + READOUT_EN).encode())
    assert "Tokayev" in f"{unclosed.title} {unclosed.text}"


def test_a_page_past_the_tree_depth_limit_keeps_its_title_and_drops_its_scripts():
    page = (
        "<html><head><title>Telephone conversation</title><script>var SCRIPTED = 1;</script></head><body>"
        + "<font>" * 400
        + f"<p>{READOUT_EN}</p><style>.STYLED {{}}</style>"
    ).encode()
    doc = one("deep.html", page)
    assert doc.rejected_reason is None
    assert doc.title == "Telephone conversation"
    assert "Tokayev" in doc.text and "SCRIPTED" not in doc.text and "STYLED" not in doc.text


def test_scripts_iframes_objects_and_forms_are_neither_run_nor_in_the_text():
    page = f"""<html><head><script src="http://127.0.0.1:9/a.js"></script><title>Call</title></head><body>
    <script>document.write('SCRIPTED')</script><iframe src="http://127.0.0.1:9/f">FRAMED</iframe>
    <object data="file:///etc/passwd">OBJECTED</object><form><input value="FORMED">FORMTEXT</form>
    <noscript>NOSCRIPTED</noscript><img src="http://127.0.0.1:9/x.png" onerror="alert('ERRORED')">
    <p>{READOUT_EN}</p></body></html>""".encode()
    doc = one("active.html", page)
    assert doc.rejected_reason is None
    for marker in ("SCRIPTED", "FRAMED", "OBJECTED", "FORMTEXT", "NOSCRIPTED", "ERRORED", "root:"):
        assert marker not in f"{doc.title}\n{doc.text}"


def test_a_page_of_scripts_only_is_rejected_as_too_little_text():
    page = f"<html><body><script>var s = '{READOUT_EN}';</script></body></html>".encode()
    assert "too little text" in one("script.html", page).rejected_reason


def test_entity_declarations_are_neither_expanded_nor_fetched():
    page = (
        '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
        '<!ENTITY net SYSTEM "http://127.0.0.1:9/dtd"><!ENTITY a "LOL"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        f"<html><body><p>&xxe; &net; &b;</p><p>{READOUT_EN}</p></body></html>"
    ).encode()
    doc = one("xxe.html", page)
    everything = f"{doc.title}\n{doc.text}"
    assert doc.rejected_reason is None
    assert "root:" not in everything and "LOL" not in everything
    assert "ENTITY" not in everything and "]>" not in everything


# --- JSON


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b'{"text": "cut off', "not valid JSON"),
        (b"{'text': 'single quotes'}", "not valid JSON"),
        (b'{"text": "x"}}', "not valid JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"body": "another field name"}', "neither"),
        (b'{"text": 42}', "neither"),
        (b'"a bare string"', "not an object"),
        (b'{"text": "long enough text for a document, more than forty characters", "title": ["x"]}', "string"),
    ],
)
def test_malformed_json_and_wrong_fields_are_rejected_with_a_reason(raw, reason):
    assert reason in one("bad.json", raw).rejected_reason


def test_nul_characters_and_lone_surrogates_are_made_storable():
    raw = json.dumps({"title": "T\u0000", "text": READOUT_EN.replace(" ", " \u0000", 2) + " \ud800"}).encode()
    doc = one("nul.json", raw)
    assert doc.rejected_reason is None
    assert "\x00" not in doc.text + doc.title and "\ud800" not in doc.text
    assert doc.text.endswith("\ufffd")


def test_a_bad_record_of_a_jsonl_feed_is_rejected_alone():
    lines = [json.dumps({"text": READOUT_EN}), "{broken", "[" * 5000 + "]" * 5000, json.dumps({"text": READOUT_RU})]
    docs = parse("feed.jsonl", "\n".join(lines).encode())
    assert [d.record_no for d in docs] == [1, 2, 3, 4]
    assert [d.rejected_reason is None for d in docs] == [True, False, False, True]


def test_ten_thousand_records_are_each_accounted_for_and_fast():
    records = [{"text": f"Bulletin {k}: the city library added new reading rooms for students."} for k in range(10_000)]
    records[99] = {"headline": "wrong field"}
    started = time.monotonic()
    docs = parse("big.json", json.dumps(records).encode())
    assert time.monotonic() - started < 20
    assert [d.record_no for d in docs] == list(range(1, 10_001))
    assert len({d.document_sha256 for d in docs}) == 10_000
    assert [d.record_no for d in docs if d.rejected_reason] == [100]
    assert "neither" in docs[99].rejected_reason


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_a_feed_over_the_record_cap_is_rejected_whole(suffix):
    records = [{"text": f"r{k}"} for k in range(MAX_JSON_RECORDS + 1)]
    raw = (json.dumps(records) if suffix == ".json" else "\n".join(json.dumps(r) for r in records)).encode()
    doc = one("huge" + suffix, raw)
    assert f"{MAX_JSON_RECORDS + 1} records, over the cap of {MAX_JSON_RECORDS}" in doc.rejected_reason


def test_unsupported_types_are_rejected_by_name():
    for name in ("a.pdf", "noext", "a.txt.gz", "a.json~"):
        assert "unsupported file type" in one(name, b"whatever content it has").rejected_reason


def test_parse_file_never_raises(monkeypatch):
    from readouts import parse as parse_module

    def boom(html: str):
        raise KeyError("a library bug")

    monkeypatch.setattr(parse_module, "html_to_text", boom)
    assert "unreadable .html file (KeyError" in one("x.html", b"<p>text</p>").rejected_reason


# --- the inbox scan: names, links, pipes, files being written


def settings_for(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "landing", tmp_path, "@daily", 30.0, 1000)


def aged(path: Path, seconds: float = 3600) -> Path:
    past = time.time() - seconds
    os.utime(path, (past, past), follow_symlinks=False)
    return path


def put(path: Path, text: str = "x") -> Path:
    path.write_text(text, encoding="utf-8")
    return aged(path)


def test_scan_leaves_fresh_hidden_and_special_files_and_records_links(tmp_path):
    settings = settings_for(tmp_path)
    intake.ensure_landing(settings)
    inbox, outside = settings.inbox_dir, tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text("outside the inbox")
    put(inbox / "ready.txt")
    inbox.joinpath("fresh.txt").write_text("still being written")
    put(inbox / ".partial.txt")
    os.mkfifo(inbox / "pipe.txt")
    aged(inbox / "pipe.txt")
    for name, target in [("to_file.txt", secret), ("to_dir", outside), ("dangling.txt", outside / "none")]:
        os.symlink(target, inbox / name)
        aged(inbox / name)
    for name in ("-rf.txt", "a..b.txt", "with space.txt", "通话.txt"):
        put(inbox / name, name)

    found = {f.file_name: f for f in intake.scan_inbox(settings)}
    assert sorted(found) == sorted(
        ["ready.txt", "to_file.txt", "to_dir", "dangling.txt", "-rf.txt", "a..b.txt", "with space.txt", "通话.txt"]
    )
    assert found["to_file.txt"].size_bytes == 0
    assert found["to_file.txt"].file_sha256 != found["dangling.txt"].file_sha256
    assert found["ready.txt"].file_sha256 == sha256_hex(b"x")
    # the fresh file is picked up once it has settled
    aged(inbox / "fresh.txt")
    assert "fresh.txt" in {f.file_name for f in intake.scan_inbox(settings)}


def test_a_rescan_hashes_only_files_that_changed(tmp_path, monkeypatch):
    settings = settings_for(tmp_path)
    intake.ensure_landing(settings)
    for name in ("a.txt", "b.txt"):
        put(settings.inbox_dir / name, name)
    hashed: list[str] = []
    file_sha256 = intake._file_sha256
    monkeypatch.setattr(intake, "_file_sha256", lambda path: hashed.append(path.name) or file_sha256(path))
    first = {f.file_name: f.file_sha256 for f in intake.scan_inbox(settings)}
    assert sorted(hashed) == ["a.txt", "b.txt"]
    hashed.clear()
    assert {f.file_name: f.file_sha256 for f in intake.scan_inbox(settings)} == first
    assert hashed == []
    # rewritten with the same size and an old timestamp: its change time still tells
    put(settings.inbox_dir / "b.txt", "B.txt")
    second = {f.file_name: f.file_sha256 for f in intake.scan_inbox(settings)}
    assert hashed == ["b.txt"]
    assert second == {"a.txt": first["a.txt"], "b.txt": sha256_hex(b"B.txt")}


def test_a_far_future_timestamp_does_not_hold_a_file_forever(tmp_path):
    settings = settings_for(tmp_path)
    intake.ensure_landing(settings)
    path = settings.inbox_dir / "skewed.txt"
    path.write_text("x")
    future = time.time() + 30 * 86400
    os.utime(path, (future, future))
    assert [f.file_name for f in intake.scan_inbox(settings)] == ["skewed.txt"]


def test_names_not_utf8_or_too_long_are_renamed_in_the_inbox(tmp_path):
    settings = settings_for(tmp_path)
    intake.ensure_landing(settings)
    raw_name = "caf\xe9.txt".encode("latin-1")
    with open(os.path.join(os.fsencode(settings.inbox_dir), raw_name), "wb") as handle:
        handle.write(b"x")
    long_a, long_b = "a" * 250 + "1.txt", "a" * 250 + "2.txt"
    for name in (long_a, long_b):
        (settings.inbox_dir / name).write_text(name)
    for path in settings.inbox_dir.iterdir():
        aged(path)
    names = sorted(f.file_name for f in intake.scan_inbox(settings))
    assert "caf\\xe9.txt" in names
    longs = [n for n in names if n.startswith("aaa")]
    assert len(longs) == 2 and all(len(f".{n}.reason.json.12345".encode()) <= 255 for n in longs)
    assert longs == sorted([intake.inbox_name(long_a), intake.inbox_name(long_b)])
    assert sorted(p.name for p in settings.inbox_dir.iterdir()) == names


def test_quarantine_target_stays_inside_and_never_reuses_a_link(tmp_path):
    folder = tmp_path / "quarantine"
    folder.mkdir()
    os.symlink(tmp_path / "elsewhere.json", folder / "x.txt.reason.json")
    target = intake._unique_target(folder, "x.txt")
    assert target == folder / "x.1.txt"
    assert intake._unique_target(folder, "../../etc/passwd") == folder / "etc" / "passwd"
