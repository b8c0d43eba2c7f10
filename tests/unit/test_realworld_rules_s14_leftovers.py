"""Session 14: failures session 13's helpers saw on dev pages and left, re-written as sentences for
the test (15 cells, 6 failed before, 0 after). Self-written, so an upper bound."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import extract_text, participants_by_actor

DAY = dt.date(2022, 6, 15)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "caller", "day"),
    [
        # a German separable verb: "rief ... an" (phoned), its particle closing the clause
        ("Bundeskanzler Olaf Scholz rief am Montag Präsident Emmanuel Macron an.", "DEU", "2022-06-13"),
        (
            "Präsident Macron rief Bundeskanzler Scholz am Montag an, um über die Ukraine zu sprechen.",
            "FRA",
            "2022-06-13",
        ),
    ],
)
def test_a_german_separable_call_verb(text: str, caller: str, day: str):
    got = extract_text(text, "de", DAY)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == "phone_call"
    assert set(participants_by_actor(got)) == {"DEU", "FRA"}
    assert got.initiator_code == caller
    assert str(got.engagement_date) == day


def test_a_separable_verb_with_another_particle_is_no_call():
    got = extract_text("Bundeskanzler Scholz rief Präsident Macron zur Zurückhaltung auf.", "de", DAY)
    assert got.outcome == "not_readout"


@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        # a call returned: a call, and neither side initiated it
        ("El presidente Pedro Sánchez devolvió la llamada al presidente Emmanuel Macron.", "es", {"ESP", "FRA"}),
        ("President Biden returned the call of President Macron on Monday.", "en", {"USA", "FRA"}),
        ("Emmanuel Macron a rappelé Olaf Scholz lundi.", "fr", {"FRA", "DEU"}),
    ],
)
def test_a_returned_call_is_a_call(text: str, language: str, pair: set[str]):
    got = extract_text(text, language, DAY)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == "phone_call"
    assert set(participants_by_actor(got)) == pair
    if language != "fr":
        assert got.initiator_code is None


def test_a_recalled_visit_at_an_invitation_names_no_initiator_of_this_call():
    text = (
        "President Biden spoke by phone with President Macron. "
        "Biden recalled his visit to Paris at the invitation of President Macron last year."
    )
    got = extract_text(text, "en", DAY)
    assert got.outcome == "readout", got.reason
    assert got.initiator_code is None


def test_a_recalled_word_does_not_hide_this_engagements_invitation():
    text = "At the invitation of President Macron, President Biden visited Paris on Monday and held talks."
    got = extract_text(text, "en", DAY)
    assert got.initiator_code == "FRA"
