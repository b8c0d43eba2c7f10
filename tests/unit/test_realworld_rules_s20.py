"""Session 20: rules driven by fresh real pages of the corpus's dev split and by real news probes
(closed licences, kept out of the repository) -- each case here is the project's own sentence of the
shape that failed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import extract_text, participants_by_actor


@pytest.mark.parametrize(
    ("text", "initiator"),
    [
        # the state named before "...に電話" is no side of the call: the other call of the 15th is
        # background, and "に" belongs to the day
        (
            "岸田首相は17日夜、ロシアのプーチン大統領と約30分間電話会談した。"
            "首相はウクライナのゼレンスキー大統領とも15日に電話で会談している。",
            None,
        ),
        # the called side named by its state first, and a side of the call: the caller stands
        ("岸田首相は17日夜、ロシアのプーチン大統領に電話をかけ、約30分間会談した。", "JPN"),
    ],
)
def test_a_called_state_that_is_no_side_names_no_caller(text, initiator):
    result = extract_text(text, "ja", dt.date(2022, 2, 17), title="岸田首相、プーチン大統領と電話会談")
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"JPN", "RUS"}
    assert result.initiator_code == initiator
