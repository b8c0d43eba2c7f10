"""Session 15: rules driven by fresh real pages scored at first sight (kremlin.ru feed entries, MOFA
pages, VOA items) -- each case here is the project's own sentence of the shape that failed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import extract_text, participants_by_actor


@pytest.mark.parametrize(
    ("text", "initiator"),
    [
        # the request was for raising a matter with a third leader, not for the call
        (
            "5月1日、安倍総理は文大統領と電話会談を行った。文大統領から、安倍総理からの要請を踏まえ、"
            "金正恩委員長に対して拉致問題を提起した旨説明があった。",
            None,
        ),
        # the same words in the sentence that reports the call: its initiator
        ("5月1日、文大統領からの要請を踏まえ、安倍総理は文大統領と電話会談を行った。", "KOR"),
    ],
)
def test_a_request_for_another_matter_names_no_initiator(text, initiator):
    got = extract_text(text, "ja", dt.date(2018, 5, 1))
    assert got.outcome == "readout"
    assert participants_by_actor(got) == {"JPN": "Shinzō Abe", "KOR": "Moon Jae-in"}
    assert got.initiator_code == initiator


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # katakana spellings of leaders as Japan's foreign ministry writes them, with a bare title
        ("6月8日、ハワード首相は、森総理との日豪首脳会談を行った。", dt.date(2000, 6, 8), {"AUS": "John Howard"}),
        ("安倍総理は、ユドヨノ大統領と首脳会談を行った。", dt.date(2013, 1, 18), {"IDN": "Susilo Bambang Yudhoyono"}),
        ("小泉総理は、タクシン首相と電話会談を行った。", dt.date(2005, 3, 1), {"THA": "Thaksin Shinawatra"}),
        ("小泉総理は、ムシャラフ大統領と会談を行った。", dt.date(2005, 4, 30), {"PAK": "Pervez Musharraf"}),
        ("安倍総理は、ルセフ大統領と電話会談を行った。", dt.date(2014, 8, 1), {"BRA": "Dilma Rousseff"}),
        ("安倍総理は、ヤツェニュク首相と会談を行った。", dt.date(2014, 7, 17), {"UKR": "Arseniy Yatsenyuk"}),
    ],
)
def test_katakana_spellings_of_leaders_with_a_bare_title(text, day, expected):
    got = extract_text(text, "ja", day)
    assert got.outcome == "readout"
    others = {k: v for k, v in participants_by_actor(got).items() if k != "JPN"}
    assert others == expected
