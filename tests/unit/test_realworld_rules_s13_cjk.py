"""Rules found by session 13's paradigm sweep of Chinese (both scripts), Japanese and Korean
phrase families, and on its fresh pages: each case is a sentence written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import extract_text, participants_by_actor

DAY_2020 = dt.date(2020, 9, 18)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a former prime minister named after his name ("安倍前首相"), in traditional characters
        ("zh", "蔡總統今日接見安倍前首相，雙方就臺日關係交換意見。"),
        # greetings conveyed on behalf of a former prime minister at a vice president's dinner
        ("zh", "副總統今晚設宴款待日本前首相森喜朗一行，森前首相並代表安倍前首相向蔡總統表達問候。"),
        # "former" before the state and the title ("前美國總統")
        ("zh", "蔡總統今日接見前美國總統柯林頓。"),
        # Korean: "전" before the state and the title, after the name
        ("ko", "문재인 대통령은 오늘 아베 신조 전 일본 총리를 접견했다."),
        # Korean press's hanja "前" before the title
        ("ko", "문재인 대통령은 오늘 아베 前 총리를 접견했다."),
        # Japanese: "前" before the state and the title, after the name
        ("ja", "菅総理大臣は本日、メルケル前ドイツ首相と会談した。"),
    ],
)
def test_a_leader_named_as_former_takes_no_part(language: str, text: str):
    got = extract_text(text, language, DAY_2020)
    assert got.outcome == "not_readout", participants_by_actor(got)


@pytest.mark.parametrize(
    ("language", "text", "actors"),
    [
        ("ja", "菅総理大臣は本日、メルケル・ドイツ首相と会談した。", {"JPN", "DEU"}),
        # "전" meaning "before" ahead of a sitting leader's name
        ("ko", "문재인 대통령은 회담 전 메르켈 독일 총리와 통화했다.", {"KOR", "DEU"}),
        ("ko", "문재인 대통령은 오늘 메르켈 독일 총리와 통화했다.", {"KOR", "DEU"}),
    ],
)
def test_a_sitting_leader_beside_a_former_word_keeps_the_readout(language: str, text: str, actors: set[str]):
    got = extract_text(text, language, DAY_2020)
    assert got.outcome == "readout", got.reason
    assert set(participants_by_actor(got)) == actors
