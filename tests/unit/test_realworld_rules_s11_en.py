"""Rules from fresh English government pages (session 11, h2), each on a short text written for the rule."""

from __future__ import annotations

import datetime as dt

from tests.helpers import extract_text


def test_a_person_named_twice_before_their_term_as_leader_does_not_take_part():
    text = (
        "Mr. Fumio Kishida, Minister for Foreign Affairs, held a meeting with Dr. Frank-Walter Steinmeier, "
        "Federal Minister for Foreign Affairs of Germany, in Hiroshima. "
        "Minister Kishida welcomed Minister Steinmeier and the two ministers discussed the G7 agenda."
    )
    got = extract_text(text, "en", dt.date(2016, 4, 10))
    assert got.outcome == "not_readout"
    assert got.participants == []
