"""Session 17: rules driven by real news probes (closed licences, kept out of the repository) and by
fresh real pages scored at first sight -- each case here is the project's own sentence of the shape
that failed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize(
    ("text", "day", "readout"),
    [
        # the German present with a weekday is the future in a report's body
        (
            "Bundeskanzlerin Angela Merkel empfängt am Donnerstag den italienischen Ministerpräsidenten Giuseppe Conte "
            "im Kanzleramt. Es ist Contes erster Besuch in Berlin.",
            dt.date(2019, 6, 11),
            False,
        ),
        (
            "Merkel trifft Conte\nKanzlerin Angela Merkel trifft am Freitag (10.00 Uhr) den italienischen "
            "Ministerpräsidenten Giuseppe Conte.",
            dt.date(2019, 6, 11),
            False,
        ),
        # the past with a weekday is a report
        (
            "Bundeskanzlerin Angela Merkel empfing am Donnerstag den italienischen Ministerpräsidenten Giuseppe Conte "
            "im Kanzleramt.",
            dt.date(2019, 6, 15),
            True,
        ),
    ],
)
def test_german_present_with_a_weekday_is_to_come(text, day, readout):
    got = extract_text(text, "de", day)
    assert (got.outcome == "readout") is readout
