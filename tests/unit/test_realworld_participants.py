"""Participants and engagement type on real pages (issue #11, part 2): each rule on a short text written
for it, never copied from the corpus."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import extract_text, participants_by_actor


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        ("美國總統川普與普丁通電話。", dt.date(2025, 2, 12), {"USA": "Donald Trump", "RUS": "Vladimir Putin"}),
        ("拜登與德國總理蕭茲通電話，討論烏克蘭局勢。", dt.date(2022, 3, 1), {"USA": "Joe Biden", "DEU": "Olaf Scholz"}),
        ("馬克宏與澤倫斯基在巴黎會晤。", dt.date(2023, 5, 14), {"FRA": "Emmanuel Macron", "UKR": "Volodymyr Zelensky"}),
        ("歐巴馬與梅克爾通電話。", dt.date(2014, 3, 2), {"USA": "Barack Obama", "DEU": "Angela Merkel"}),
    ],
)
def test_taiwans_transliterations_of_leaders_names_are_aliases(text, day, expected):
    got = extract_text(text, "zh", day)
    assert got.outcome == "readout"
    assert participants_by_actor(got) == expected


def test_a_leader_of_a_state_that_recognises_taiwan_is_known_by_taiwans_spelling():
    got = extract_text("總統今天上午接見帛琉共和國總統惠恕仁，雙方就合作交換意見。", "zh", dt.date(2022, 3, 10))
    assert got.outcome == "readout"
    assert got.engagement_type == "meeting"  # "接見": the president received a visitor
    assert participants_by_actor(got) == {"TWN": "Tsai Ing-wen", "PLW": "Surangel Whipps Jr."}


def test_taiwans_word_for_video_makes_a_video_call():
    got = extract_text("美國總統拜登星期二與中國國家主席習近平舉行視訊會談。", "zh", dt.date(2021, 11, 16))
    assert got.engagement_type == "video_call"
    assert participants_by_actor(got) == {"USA": "Joe Biden", "CHN": "Xi Jinping"}


def test_a_presidents_reception_of_a_legislator_is_no_readout():
    got = extract_text("總統今天以視訊方式與美國聯邦眾議員會談。", "zh", dt.date(2022, 3, 1))
    assert got.outcome == "not_readout"


@pytest.mark.parametrize(
    ("text", "expected_type"),
    [
        ("윤석열 대통령은 오늘 기시다 후미오 일본 총리와의 한일 정상통화에서 협력을 논의했다.", "phone_call"),
        ("윤석열 대통령은 기시다 후미오 일본 총리와 화상으로 회담했다.", "video_call"),
    ],
)
def test_korean_summit_call_and_by_video_words(text, expected_type):
    got = extract_text(text, "ko", dt.date(2023, 1, 5))
    assert got.outcome == "readout"
    assert got.engagement_type == expected_type
    assert participants_by_actor(got) == {"KOR": "Yoon Suk Yeol", "JPN": "Fumio Kishida"}
