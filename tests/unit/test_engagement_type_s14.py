"""Session 14's engagement-type sweep (44 self-written cells over en, es, fr, de, pt, id, zh, ja and
ko: meetings beside an earlier call, calls beside a planned meeting, virtual meetings, video
addresses, meals; 3 failed before, 2 after). Self-written, so an upper bound."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import extract_text, participants_by_actor

DAY = dt.date(2023, 6, 15)


@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        # had lunch or dinner with a leader: they met
        ("Emmanuel Macron a déjeuné avec le Premier ministre Mark Rutte à La Haye.", "fr", {"FRA", "NLD"}),
        ("O presidente Lula almoçou com o presidente Emmanuel Macron em Brasília.", "pt", {"BRA", "FRA"}),
        ("El presidente Pedro Sánchez almorzó con el presidente Emmanuel Macron en Madrid.", "es", {"ESP", "FRA"}),
        (
            "Bundeskanzler Olaf Scholz hat Präsident Emmanuel Macron zum Abendessen im Kanzleramt empfangen.",
            "de",
            {"DEU", "FRA"},
        ),
    ],
)
def test_a_meal_with_a_leader_is_a_meeting(text: str, language: str, pair: set[str]):
    got = extract_text(text, language, DAY)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == "meeting"
    assert set(participants_by_actor(got)) == pair
