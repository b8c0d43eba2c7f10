"""Rules found on fresh president.gov.ua Ukrainian pages of session 12: each case is a
sentence written for the test."""

from __future__ import annotations

import datetime as dt

from tests.helpers import extract_text, participants_by_actor

DAY_2025 = dt.date(2025, 10, 6)


def test_a_title_that_is_the_reports_first_sentence_is_not_undone_by_a_summit_to_come_below_it():
    # the page's first line (taken for its title) reports the call; the next sentence speaks of
    # a summit that "will take place" and of meetings agreed: the call still took place
    title = (
        "Президент України Володимир Зеленський провів телефонну розмову "
        "з Прем’єр-міністром Норвегії Йонасом Гаром Стере."
    )
    text = (
        "Сторони обговорили саміт, який відбудеться наступного місяця в Осло, "
        "та домовилися про зустрічі з партнерами.\n\n"
        "Глава держави подякував за підтримку."
    )
    got = extract_text(text, "uk", DAY_2025, title=title)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == "phone_call"
    assert participants_by_actor(got) == {"UKR": "Volodymyr Zelensky", "NOR": "Jonas Gahr Støre"}


def test_a_headline_without_a_full_stop_still_takes_the_bodys_announcement():
    # a headline (no full stop) names the talks; the body says they are still to come
    title = "Зеленський і Стере: переговори в Осло"
    text = (
        "Президент України Володимир Зеленський проведе переговори "
        "з Прем’єр-міністром Норвегії Йонасом Гаром Стере наступного тижня."
    )
    got = extract_text(text, "uk", DAY_2025, title=title)
    assert got.outcome == "not_readout"
