"""Session 19: rules driven by real pages of the corpus's dev split and by real news probes (closed
licences, kept out of the repository) -- each case here is the project's own sentence of the shape
that failed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import extract_text, participants_by_actor


@pytest.mark.parametrize(
    ("text", "url", "actors"),
    [
        # a government's feed entry: a subjectless heading over its date line, no blank line between
        (
            "Telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev\n14 March 2024",
            "http://en.kremlin.ru/events/president/news/70001",
            {"KAZ", "RUS"},
        ),
        (
            "Телефонный разговор с Президентом Казахстана Касым-Жомартом Токаевым\n14 марта 2024 года",
            "http://kremlin.ru/events/president/news/70001",
            {"KAZ", "RUS"},
        ),
        # the same heading on a news site's page speaks for no one
        (
            "Telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev\n14 March 2024",
            "https://news.example.com/world/70001",
            set(),
        ),
    ],
)
def test_a_subjectless_heading_over_a_date_line_speaks_for_the_sites_leader(text, url, actors):
    result = extract_text(text, "ru" if "Телефонный" in text else "en", dt.date(2024, 3, 14), url=url)
    assert (result.outcome == "readout") == bool(actors)
    assert set(participants_by_actor(result)) == actors
