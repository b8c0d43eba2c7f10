"""Session 14's initiator sweep, built on the cue shapes real dev pages use (an inventory of the 96
dev and devset documents with a gold initiator: the side's initiative, request or invitation, a
call received or placed, in the headline or a later sentence) re-written with other sides, names,
positions and languages: 44 self-written cells, 3 failed before, 2 after. An upper bound."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import extract_text

DAY = dt.date(2022, 6, 15)


@pytest.mark.parametrize(
    ("text", "language", "initiator"),
    [
        # the side before the phrase, in the clause after a comma: the nearest side, not the clause's first
        ("岸田総理大臣は、バイデン米国大統領と日本側の発意により電話会談を行いました。", "ja", "JPN"),
        ("岸田総理大臣は、バイデン米国大統領と米国側の発意により電話会談を行いました。", "ja", "USA"),
        # the side in a relative clause after it ("Kishida, who had asked for the call")
        ("President Biden spoke by phone with Prime Minister Kishida, who had asked for the call.", "en", "JPN"),
        ("Prime Minister Kishida spoke by phone with President Biden, who requested the call.", "en", "USA"),
    ],
)
def test_initiator_wordings(text: str, language: str, initiator: str):
    got = extract_text(text, language, DAY)
    assert got.outcome == "readout", got.reason
    assert {p.actor_code for p in got.participants} == {"JPN", "USA"}
    assert got.initiator_code == initiator


_KISHIDA_CALL = "本日、岸田文雄内閣総理大臣は、ジョセフ・バイデン米国大統領と約30分間電話会談を行いました。"
_KISHIDA_TALK = (
    "On June 14, commencing at 9:00 p.m. for approximately 30 minutes, Mr. KISHIDA Fumio, Prime Minister of "
    "Japan, held a telephone talk with H.E. Mr. Joseph R. Biden, President of the United States of America."
)


@pytest.mark.parametrize(
    ("text", "language", "initiator"),
    [
        # the request, wish or call of a side as the predicate of a closing sentence ("…によるものです")
        (_KISHIDA_CALL + "本件電話会談は、先方の要請によるものです。", "ja", "USA"),
        (_KISHIDA_CALL + "この電話会談は、米国側の要望により実施されました。", "ja", "USA"),
        (_KISHIDA_CALL + "本件会談は先方の呼びかけにより行われました。", "ja", "USA"),
        (_KISHIDA_CALL + "本電話会談は、日本側の呼びかけにより行われたものです。", "ja", "JPN"),
        # a visit at a host's invitation ("の招きにより")
        ("岸田総理大臣は、バイデン大統領の招きにより訪米し、首脳会談を行いました。", "ja", "USA"),
        # a proposal "from" a side
        (_KISHIDA_TALK + " This telephone talk was held upon the proposal from the Japanese side.", "en", "JPN"),
    ],
)
def test_initiator_in_the_closing_sentence_of_a_foreign_ministry_page(text: str, language: str, initiator: str):
    got = extract_text(text, language, DAY)
    assert got.outcome == "readout", got.reason
    assert {p.actor_code for p in got.participants} == {"JPN", "USA"}
    assert got.initiator_code == initiator
