"""Parsing: formats, header line, page junk, and clear reasons for unreadable input."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from readouts.models import InboxFile
from readouts.parse import parse_file, sha256_hex
from readouts.reference import load_reference


def parse(name: str, raw: bytes):
    return parse_file(InboxFile(7, name, name, sha256_hex(raw), len(raw)), raw, load_reference())


def test_txt_header_line_gives_publication_date_and_title():
    [doc] = parse("a.txt", b" date 2021-06-02 Leaders talk\n\nPresident A spoke by phone with President B today.")
    assert doc.published_date == dt.date(2021, 6, 2)
    assert doc.title == "Leaders talk"
    assert doc.text.startswith("President A spoke")
    assert doc.rejected_reason is None


def test_a_yaml_front_matter_gives_title_date_address_and_language():
    raw = (
        "---\n"
        "date: '2023-03-29'\n"
        "published_time: 2023-03-29 18:39:23-04:00\n"
        "source_url: https://example.gov/briefing-room/2023/03/29/readout/\n"
        "lang: en\n"
        'title: "Readout of President\\_Biden\\u2019s Meeting with President Alberto Fern\\xE1\\\n'
        '  ndez of\\_Argentina"\n'
        "---\n"
        " \n"
        "President Joseph R. Biden, Jr. met today with President Alberto Fernández of Argentina.\n"
    ).encode()
    [doc] = parse("wh.md", raw)
    assert doc.rejected_reason is None
    nbsp = "\u00a0"  # YAML's "\\_"
    assert doc.title == f"Readout of President{nbsp}Biden’s Meeting with President Alberto Fernández of{nbsp}Argentina"
    assert doc.published_date == dt.date(2023, 3, 29)
    assert doc.url == "https://example.gov/briefing-room/2023/03/29/readout/"
    assert doc.language_hint == "en"
    assert doc.text.startswith("President Joseph R. Biden") and "source_url" not in doc.text


def test_a_dashed_block_that_is_no_yaml_mapping_stays_text():
    raw = b"---\njust a line: with: colons: [unclosed\n---\nPresident A spoke by phone with President B today."
    [doc] = parse("d.txt", raw)
    assert doc.rejected_reason is None
    assert doc.text.startswith("---\njust a line: with: colons: [unclosed\n---\nPresident A")


def test_txt_without_header_takes_a_short_first_line_as_title():
    [doc] = parse("b.txt", b"Short title\n\nA long enough body of text to count as a document, surely.")
    assert doc.title == "Short title"
    assert doc.published_date is None


def test_page_furniture_after_an_end_marker_is_cut():
    raw = b"Title\n\nThe leaders held talks on trade and energy.\n\nComments :\n\nPost a Comment\nBuy now"
    [doc] = parse("c.txt", raw)
    assert "Comments" not in doc.text and "Buy now" not in doc.text


def test_html_drops_scripts_iframes_and_reads_metadata():
    html = b"""<html lang="de"><head><title>T</title>
    <meta property="article:published_time" content="2024-11-05T10:00:00Z">
    <script>alert('x')</script></head><body><h1>T</h1>
    <p>Bundeskanzler und Praesident trafen sich in Berlin zu Gespraechen.</p>
    <iframe src="http://example.invalid/"></iframe><style>p{}</style></body></html>"""
    [doc] = parse("d.html", html)
    assert "alert" not in doc.text and "p{}" not in doc.text
    assert doc.published_date == dt.date(2024, 11, 5)
    assert doc.language_hint == "de"


def test_html_entities_are_not_expanded_from_external_definitions():
    html = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
    <html><body><p>&xxe; The presidents held talks by phone about trade and energy.</p></body></html>"""
    [doc] = parse("x.html", html)
    assert "root:" not in doc.text


def test_jsonl_records_are_documents_and_a_bad_record_is_rejected_alone():
    good = {"text": "President A had a telephone conversation with President B about trade.", "published": "2024-01-02"}
    raw = (json.dumps(good) + "\n{not json\n" + json.dumps({"title": "no body"}) + "\n").encode()
    docs = parse("feed.jsonl", raw)
    assert [d.record_no for d in docs] == [1, 2, 3]
    assert docs[0].rejected_reason is None and docs[0].published_date == dt.date(2024, 1, 2)
    assert "not valid JSON" in docs[1].rejected_reason
    assert "neither" in docs[2].rejected_reason
    assert len({d.document_sha256 for d in docs}) == 3


def test_json_array_is_split_into_records():
    raw = json.dumps([{"text": "x" * 50}, {"html": "<p>" + "y" * 50 + "</p>"}]).encode()
    assert [d.record_no for d in parse("arr.json", raw)] == [1, 2]


@pytest.mark.parametrize(
    ("name", "raw", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"   \n\n ", "empty file"),
        ("bin.txt", b"\x00\x01\x02binary" * 20, "binary"),
        ("bad.json", b'{"text": "cut', "not valid JSON"),
        ("list.json", b"[]", "no records"),
        ("wrong.json", b'{"body": "text under another name"}', "neither"),
        (
            "number.json",
            b'{"text": "enough text to be a document, surely more than forty", "title": 5}',
            "must be a string",
        ),
        ("short.txt", b"Hi.", "too little text"),
        ("doc.pdf", b"%PDF-1.7", "unsupported file type"),
    ],
)
def test_unreadable_input_is_rejected_with_a_reason(name, raw, reason):
    [doc] = parse(name, raw)
    assert doc.rejected_reason and reason in doc.rejected_reason


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("国家主席习近平12日同波兰总理莫拉维茨基通电话。", True),  # a one-line flash: 24 signs say a whole report
        ("岸田総理大臣はポーランドの首相と電話会談を行った。", True),
        ("会谈。", False),
        ("Xi called Duda.", False),
    ],
)
def test_a_short_cjk_report_is_not_too_little_text(text, kept):
    [doc] = parse("flash.txt", text.encode())
    assert (doc.rejected_reason is None) is kept


@pytest.mark.parametrize("encoding", ["cp1251", "gb18030"])
def test_legacy_encodings_are_decoded(encoding):
    text = {
        "cp1251": "Владимир Путин провёл телефонный разговор с Президентом Узбекистана Шавкатом Мирзиёевым.",
        "gb18030": "国家主席习近平同印度总理莫迪通电话，双方讨论了经贸合作和气候问题，并同意保持沟通。",
    }[encoding]
    [doc] = parse("legacy.txt", text.encode(encoding))
    assert doc.rejected_reason is None
    assert text[:12] in f"{doc.title or ''}\n{doc.text}"


def test_html_publication_date_from_the_pubdate_meta_tags():
    from readouts.parse import html_to_text

    for name in ("pubdate", "publishdate"):
        _, meta = html_to_text(
            f'<html><head><meta name="{name}" content="2025-06-05 21:10:00"></head><body>x</body></html>'
        )
        assert meta["published"] == "2025-06-05 21:10:00"


def paragraphs(sentence: str) -> str:
    """A page body long enough to be a document."""
    return "".join(f"<p>{sentence}</p>" for _ in range(4))


DECLARED_PAGES = {
    "koi8-r": "Путин провёл телефонный разговор с Токаевым.",
    "euc-jp": "岸田総理は電話会談を行った。",
    "windows-1252": "Le Président a reçu M. Scholz à l'Élysée.",
    "iso-8859-2": "Prezydent Duda rozmawiał z premierem Fialą.",
    "gb2312": "习近平同普京通电话。",
    "iso-8859-7": "Ο πρωθυπουργός συναντήθηκε με τον πρόεδρο.",
    "big5": "總統與日本首相舉行會談。",
}


@pytest.mark.parametrize("encoding", sorted(DECLARED_PAGES))
@pytest.mark.parametrize(
    "declaration",
    [
        '<meta charset="{}">',
        '<meta http-equiv="Content-Type" content="text/html; charset={}">',
    ],
)
def test_an_html_page_is_read_in_the_charset_it_declares(encoding, declaration):
    text = DECLARED_PAGES[encoding]
    page = f"<html><head>{declaration.format(encoding)}<title>T</title></head><body>{paragraphs(text)}</body></html>"
    # GB2312 pages are GB18030 in practice (browsers read the label so), and this text fits both
    [doc] = parse("page.html", page.encode("gb18030" if encoding == "gb2312" else encoding))
    assert doc.rejected_reason is None
    assert text in doc.text


def test_a_page_declaring_latin_1_is_read_as_windows_1252_like_a_browser():
    body = paragraphs("\u201cGood talks,\u201d he said.")
    page = f'<html><head><meta charset="iso-8859-1"></head><body>{body}</body></html>'
    [doc] = parse("page.html", page.encode("cp1252"))
    assert "\u201cGood talks,\u201d he said." in doc.text


def test_a_page_resaved_as_utf8_under_an_old_single_byte_declaration_is_read_as_utf8():
    text = "Владимир Путин провёл телефонный разговор с Президентом Казахстана."
    page = f'<html><head><meta charset="windows-1251"></head><body>{paragraphs(text)}</body></html>'
    [doc] = parse("page.html", page.encode("utf-8"))
    assert text in doc.text


@pytest.mark.parametrize(
    ("declared", "raw_body", "expected"),
    [
        # the bytes do not fit the declaration: detection decides, as for an undeclared page
        ("utf-8", "Путин провёл разговор с Президентом Узбекистана Шавкатом Мирзиёевым.".encode("cp1251"), "Путин"),
        # a label no codec knows: detection decides
        ("x-no-such-charset", "Путин провёл разговор с Президентом Узбекистана.".encode("cp1251"), "Путин"),
    ],
)
def test_a_declaration_that_does_not_fit_falls_back_to_detection(declared, raw_body, expected):
    body = b"".join(b"<p>" + raw_body + b"</p>" for _ in range(4))
    page = f'<html><head><meta charset="{declared}"></head><body>'.encode() + body + b"</body></html>"
    [doc] = parse("page.html", page)
    assert doc.rejected_reason is None
    assert expected in doc.text


def test_a_declared_utf8_page_with_broken_utf8_is_still_rejected_as_corrupted():
    body = "Путин провёл разговор с Токаевым о торговле и энергетике.".encode() + b"\xff\xfe" + "конец".encode()
    page = b'<html><head><meta charset="utf-8"></head><body><p>' + body + b"</p></body></html>"
    [doc] = parse("page.html", page)
    assert doc.rejected_reason and "invalid UTF-8" in doc.rejected_reason


def test_hard_wrapped_paragraphs_are_joined_and_other_text_is_left_as_it_is():
    wrapped = (
        "Readout of the call\n\n"
        "Yesterday, President Donald J. Trump and His Majesty King Abdullah II of\n"
        "Jordan held a warm and productive working meeting at the White House.\n"
        "King Abdullah congratulated President Trump on his very successful first\n"
        "weeks in office, and thanked the President for his leadership in the\n"
        "region.\n\n"
        "The two leaders also discussed the situation in Gaza and agreed to stay\n"
        "in close touch on the hostages and the reconstruction of the territory.\n"
    )
    [doc] = parse("w.txt", wrapped.encode())
    first, second = doc.text.split("\n\n")
    assert first.startswith("Yesterday, President Donald J. Trump and His Majesty King Abdullah II of Jordan held")
    assert first.endswith("for his leadership in the region.") and "\n" not in first
    assert second.count("\n") == 0
    lines = "Title line\n\nNews\nVideos\nPhotos\nPresident A met President B in Paris today about trade.\nMore\n"
    [doc] = parse("n.txt", lines.encode())
    assert doc.text == "News\nVideos\nPhotos\nPresident A met President B in Paris today about trade.\nMore"
