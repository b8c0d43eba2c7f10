"""Session 14's paradigm sweep in Russian and Ukrainian (60 self-written cells over phone, video and
meeting wordings, plural titles, initiators, dates and negatives: 4 failed before, 1 after), and the
case forms of names ending in -а/-я. Self-written, so an upper bound, not a real-page figure."""

from __future__ import annotations

import datetime as dt

import pytest

from readouts.extract import scan
from readouts.reference import load_reference
from tests.helpers import extract_text, participants_by_actor

DAY = dt.date(2022, 6, 15)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "kind", "pair", "day"),
    [
        # "a talk of the Presidents of Ukraine and Poland took place": the plural title names both sides
        ("Відбулася розмова Президентів України та Польщі.", "phone_call", {"UKR", "POL"}, None),
        # discussed by phone ("обговорив телефоном")
        (
            "Володимир Зеленський обговорив телефоном з Прем'єр-міністром Великої Британії Борисом Джонсоном "
            "оборонну допомогу.",
            "phone_call",
            {"UKR", "GBR"},
            None,
        ),
        ("Зеленський і Дуда телефоном обговорили безпеку.", "phone_call", {"UKR", "POL"}, None),
        # a name ending in -а in the instrumental ("з Анджеєм Дудою")
        ("Минулого четверга Володимир Зеленський зустрівся з Анджеєм Дудою.", "meeting", {"UKR", "POL"}, "2022-06-09"),
    ],
)
def test_ukrainian_wordings(text: str, kind: str, pair: set[str], day: str | None):
    got = extract_text(text, "uk", DAY)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == kind
    assert set(participants_by_actor(got)) == pair
    if day is not None:
        assert str(got.engagement_date) == day


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        ("ru", "встреча с Бараком Обамой", "obama"),
        ("ru", "позиция Обамы", "obama"),
        ("ru", "переговоры с Фумио Кисидой", "kishida"),
        ("ru", "разговор с Ёсихидэ Сугой", "suga"),
        ("uk", "розмова з Обамою", "obama"),
        ("uk", "зустріч із Фуміо Кісідою", "kishida"),
        ("uk", "переговори з Лулою да Сілвою", "lula"),
        ("uk", "позиція Дуди", "duda"),
    ],
)
def test_a_name_ending_in_a_is_found_in_its_case_forms(language: str, text: str, person: str):
    found = [h.entry.value for h in scan(text, load_reference(), language) if h.entry.kind == "leader"]
    assert found and person in found[0]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "державні кошти на оборону"),  # "funds", not a case form of a name
        ("uk", "Кошти на оборону виділено"),  # capitalised, and still no name in the language's words
        ("ru", "обамой"),  # a stem matches only capitalised, with a case ending
        ("ru", "Обам"),
    ],
)
def test_a_stem_alone_or_in_lower_case_names_no_leader(language: str, text: str):
    assert not [h for h in scan(text, load_reference(), language) if h.entry.kind == "leader"]
