"""Session 16: rules driven by fresh real pages scored at first sight and by the blind split's
aggregate error counts -- each case here is the project's own sentence of the shape that failed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import extract_text, participants_by_actor


@pytest.mark.parametrize(
    ("text", "day", "readout"),
    [
        # a former prime minister glossed in English inside parentheses: the gloss is the same person
        (
            "9月28日、岸田総理大臣は、訪日中のテリーザ・メイ英国元首相(The Right Hon Theresa May MP, "
            "Former Prime Minister of the United Kingdom)と会談を行いました。",
            dt.date(2022, 9, 28),
            False,
        ),
        # the sitting prime minister glossed the same way: still a meeting of two leaders
        (
            "4月9日、安倍総理大臣は、英国のテリーザ・メイ首相(The Right Hon Theresa May MP, "
            "Prime Minister of the United Kingdom)と会談を行いました。",
            dt.date(2017, 4, 9),
            True,
        ),
    ],
)
def test_a_name_glossed_in_parentheses_is_the_same_mention(text, day, readout):
    got = extract_text(text, "ja", day)
    assert (got.outcome == "readout") is readout
    if readout:
        assert participants_by_actor(got) == {"GBR": "Theresa May", "JPN": "Shinzō Abe"}
