"""Rules found on fresh president.gov.ua Ukrainian pages of session 12: each case is a
sentence written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

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


DAY_2025_07 = dt.date(2025, 7, 9)


def test_an_audience_with_a_monarch_is_a_meeting():
    text = "Президент України Володимир Зеленський мав аудієнцію в Короля Данії Фредеріка X у Копенгагені."
    got = extract_text(text, "uk", DAY_2025)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == "meeting"
    assert set(participants_by_actor(got)) == {"UKR", "DNK"}


@pytest.mark.parametrize(
    "text",
    [
        "Президент України Володимир Зеленський зустрівся з Папою Левом XIV у Ватикані.",
        "Президент України Володимир Зеленський мав аудієнцію в Папи Римського Лева XIV.",
    ],
)
def test_the_pope_named_in_ukrainian_cases(text: str):
    got = extract_text(text, "uk", DAY_2025_07)
    assert got.outcome == "readout", got.reason
    assert participants_by_actor(got) == {"UKR": "Volodymyr Zelensky", "VAT": "Pope Leo XIV"}


def test_a_joint_conversation_with_several_leaders_is_an_engagement():
    text = (
        "Володимир Зеленський провів спільну розмову з Президентом Фінляндії Александром Стуббом "
        "і Прем’єр-міністеркою Данії Метте Фредеріксен."
    )
    got = extract_text(text, "uk", DAY_2025)
    assert got.outcome == "readout", got.reason
    assert set(participants_by_actor(got)) == {"UKR", "FIN", "DNK"}


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a plural title before coordinated states: each state's holder of the office
        ("Президенти України та Франції провели телефонну розмову.", {"UKR", "FRA"}),
        ("Прем’єр-міністри Великої Британії й Канади провели телефонну розмову.", {"GBR", "CAN"}),
        # plural counterparts after the leader: the same office in each coordinated state
        (
            "Президент України Володимир Зеленський зустрівся з колегами з Литви, Латвії та Естонії.",
            {"UKR", "LTU", "LVA", "EST"},
        ),
    ],
)
def test_ukrainian_plural_titles_take_every_coordinated_state(text: str, actors: set[str]):
    got = extract_text(text, "uk", DAY_2025)
    assert got.outcome == "readout", got.reason
    assert set(participants_by_actor(got)) == actors


def test_the_kremlin_adjective_names_russia_for_a_counterpart():
    text = "Президент США Джо Байден поговорив телефоном з кремлівським лідером."
    got = extract_text(text, "uk", dt.date(2023, 3, 1))
    assert got.outcome == "readout", got.reason
    assert participants_by_actor(got) == {"USA": "Joe Biden", "RUS": "Vladimir Putin"}


@pytest.mark.parametrize(
    ("joined", "actor"),
    [
        ("До розмови долучився Генеральний секретар НАТО Марк Рютте.", "NATO"),
        ("Також у розмові взяв участь Прем’єр-міністр Великої Британії Кір Стармер.", "GBR"),
    ],
)
def test_a_leader_said_to_join_the_call_in_the_singular_took_part(joined: str, actor: str):
    text = (
        "Президент України Володимир Зеленський провів телефонну розмову "
        f"з Президентом Франції Емманюелем Макроном. {joined}"
    )
    got = extract_text(text, "uk", DAY_2025)
    assert got.outcome == "readout", got.reason
    assert set(participants_by_actor(got)) == {"UKR", "FRA", actor}


@pytest.mark.parametrize(
    "text",
    [
        # the crown prince's title in the instrumental, no name
        "Президент України Володимир Зеленський провів телефонну розмову зі Спадкоємним принцом Саудівської Аравії.",
        # the name in its Ukrainian spelling, declined, no title
        "Володимир Зеленський провів телефонну розмову з Мухаммадом бін Салманом.",
    ],
)
def test_the_saudi_crown_prince_in_ukrainian_cases(text: str):
    got = extract_text(text, "uk", dt.date(2026, 3, 7))
    assert got.outcome == "readout", got.reason
    assert participants_by_actor(got) == {"UKR": "Volodymyr Zelensky", "SAU": "Mohammed bin Salman"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a title that names its state within itself, with no name beside it
        ("Президент України Петро Порошенко провів телефонну розмову з Головою КНР.", "uk"),
        ("Президент России Владимир Путин провел телефонный разговор с Председателем КНР.", "ru"),
    ],
)
def test_a_title_naming_its_state_within_itself(text: str, language: str):
    got = extract_text(text, language, dt.date(2016, 6, 1))
    assert got.outcome == "readout", got.reason
    assert participants_by_actor(got)["CHN"] == "Xi Jinping"


@pytest.mark.parametrize(
    "text",
    [
        "Очільник Білого дому провів телефонну розмову з президентом Росії Володимиром Путіним.",
        "Президент США Джо Байден провів телефонну розмову з господарем Кремля.",
    ],
)
def test_ukrainian_epithets_of_the_us_and_russian_presidents(text: str):
    got = extract_text(text, "uk", dt.date(2021, 6, 7))
    assert got.outcome == "readout", got.reason
    assert participants_by_actor(got) == {"USA": "Joe Biden", "RUS": "Vladimir Putin"}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # multi-word titles in their oblique cases, each word declined
        ("Президент України Петро Порошенко провів телефонну розмову з Президентом Європейської комісії.", "EU"),
        ("Президент України Петро Порошенко зустрівся з Великим герцогом Люксембургу.", "LUX"),
        ("Президент України Петро Порошенко зустрівся з головою Євроради.", "EU"),
    ],
)
def test_ukrainian_multi_word_titles_in_oblique_cases(text: str, actor: str):
    got = extract_text(text, "uk", dt.date(2016, 6, 1))
    assert got.outcome == "readout", got.reason
    assert set(participants_by_actor(got)) == {"UKR", actor}
