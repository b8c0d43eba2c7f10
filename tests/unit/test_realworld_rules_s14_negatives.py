"""Session 14's sweep of hard negatives and engagements to come (85 self-written cells over the 15
languages: messages, ministers, domestic meetings, video addresses, announcements, and readouts that
mention a meeting to come; 7 failed before, 3 after). Self-written, so an upper bound."""

from __future__ import annotations

import datetime as dt

import pytest

from readouts.extract import split_sentences
from readouts.reference import load_reference
from tests.helpers import extract_text, participants_by_actor

DAY = dt.date(2022, 6, 15)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # "will" before a cue the to-come phrase holds ("akan bertemu dengan" holds "bertemu dengan")
        ("Presiden Joko Widodo akan bertemu dengan Presiden Emmanuel Macron pekan depan.", "id"),
        ("Presiden Joko Widodo akan mengadakan pertemuan dengan Presiden Emmanuel Macron di Paris.", "id"),
        ("O presidente Bolsonaro terá uma conversa telefônica com o presidente Putin na sexta-feira.", "pt"),
        ("O presidente Bolsonaro terá um encontro com o presidente Biden em Los Angeles.", "pt"),
        ("President Biden plans to hold a video call with President Xi next week.", "en"),
    ],
)
def test_an_engagement_to_come_is_no_readout(text: str, language: str):
    got = extract_text(text, language, DAY)
    assert got.outcome == "not_readout"
    assert got.reason == "announces an engagement to come, not one that took place"


def test_a_korean_sentence_ends_after_a_short_verb():
    """ "했다." is a sentence's end, not an abbreviation's dot (the 1-3 letter rule is for Latin words)."""
    text = "윤석열 대통령은 바이든 대통령과 통화를 했다. 두 정상은 다음 달 만나기로 했다. Mr. Smith met Dr. Jones."
    sentences = [text[s.start : s.end] for s in split_sentences(text, load_reference())]
    assert sentences == [
        "윤석열 대통령은 바이든 대통령과 통화를 했다.",
        "두 정상은 다음 달 만나기로 했다.",
        "Mr. Smith met Dr. Jones.",
    ]


@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        # a readout whose second sentence plans the next meeting: the call took place
        (
            "윤석열 대통령은 바이든 대통령과 전화 통화를 했다. 두 정상은 다음 달 만나기로 했다.",
            "ko",
            {"KOR", "USA"},
        ),
        ("윤석열 대통령은 기시다 총리와 통화했다. 양 정상은 다음 주 회담할 예정이다.", "ko", {"KOR", "JPN"}),
    ],
)
def test_a_call_report_that_plans_a_meeting_is_a_readout(text: str, language: str, pair: set[str]):
    got = extract_text(text, language, DAY)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == "phone_call"
    assert set(participants_by_actor(got)) == pair
