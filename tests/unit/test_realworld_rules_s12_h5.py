"""Phrase data found on fresh Spanish, Portuguese, French and Indonesian pages of session 12
(White House Spanish remarks, Martí and Agência Brasil items, VOA Indonesia): each case is a
sentence written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import extract_text, participants_by_actor

DAY_2007 = dt.date(2007, 5, 14)
DAY_2015 = dt.date(2015, 3, 6)


@pytest.mark.parametrize(
    "text",
    [
        # a transcript's headline: the leaders' remarks "after meeting" (infinitive), no other cue
        "Declaraciones del Presidente Bush y el Presidente Uribe de Colombia después de reunirse\n"
        "PRESIDENTE BUSH: Gracias. Hablamos de comercio y de seguridad.",
        "Declaraciones del Presidente Bush y el Presidente Uribe de Colombia tras reunirse\n"
        "PRESIDENTE BUSH: Gracias. Hablamos de comercio y de seguridad.",
        "Declaraciones del Presidente Bush y el Presidente Uribe de Colombia luego de reunirse\n"
        "PRESIDENTE BUSH: Gracias. Hablamos de comercio y de seguridad.",
    ],
)
def test_spanish_remarks_after_meeting_report_a_meeting(text: str):
    got = extract_text(text, "es", DAY_2007)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == "meeting"
    assert set(participants_by_actor(got)) == {"USA", "COL"}


@pytest.mark.parametrize(
    "text",
    [
        # "mañana" with a weekday is tomorrow ("por la mañana" alone is the morning)
        "El presidente Bush recibe mañana martes al presidente de Colombia, Álvaro Uribe, en la Casa Blanca.",
        "El presidente Bush recibe pasado mañana al presidente de Colombia, Álvaro Uribe, en la Casa Blanca.",
    ],
)
def test_spanish_tomorrow_with_a_weekday_announces_a_meeting(text: str):
    got = extract_text(text, "es", DAY_2007)
    assert got.outcome == "not_readout"
    assert got.reason == "announces an engagement to come, not one that took place"


def test_spanish_morning_alone_is_no_announcement():
    text = "El presidente Bush recibió por la mañana al presidente de Colombia, Álvaro Uribe, en la Casa Blanca."
    got = extract_text(text, "es", DAY_2007)
    assert got.outcome == "readout", got.reason


def test_portuguese_tomorrow_announces_a_meeting():
    text = "O presidente Lula recebe amanhã no Palácio do Planalto o presidente da Colômbia, Álvaro Uribe."
    got = extract_text(text, "pt", DAY_2007)
    assert got.outcome == "not_readout"
    assert got.reason == "announces an engagement to come, not one that took place"


def test_french_tomorrow_announces_a_meeting():
    text = "Le président Jacques Chirac reçoit demain à l'Élysée le président colombien Álvaro Uribe."
    got = extract_text(text, "fr", dt.date(2006, 5, 2))
    assert got.outcome == "not_readout"
    assert got.reason == "announces an engagement to come, not one that took place"


@pytest.mark.parametrize(
    "text",
    [
        # talks held over dinner: "mengadakan pembicaraan", "makan malam bersama"
        "Presiden Barack Obama mengadakan pembicaraan dengan Perdana Menteri Jepang Shinzo Abe di Gedung Putih, "
        "Kamis (5/3).",
        "Presiden Barack Obama makan malam bersama Perdana Menteri Jepang Shinzo Abe di Gedung Putih, Kamis (5/3).",
    ],
)
def test_indonesian_talks_and_a_dinner_together_report_a_meeting(text: str):
    got = extract_text(text, "id", DAY_2015)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == "meeting"
    assert set(participants_by_actor(got)) == {"USA", "JPN"}
    assert got.engagement_date == dt.date(2015, 3, 5)


def test_a_spanish_leaders_own_words_report_a_call():
    text = (
        "Declaración del Presidente Bush sobre Colombia\n"
        "EL PRESIDENTE BUSH: Esta mañana hablé con el Presidente Uribe de Colombia. "
        "Me puso al día sobre la situación en su país."
    )
    got = extract_text(text, "es", DAY_2007)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == "phone_call"
    assert "COL" in participants_by_actor(got)


def test_spanish_toasts_at_a_dinner_report_a_meeting():
    text = (
        "Declaraciones del Presidente Bush y el Presidente Uribe de Colombia en un intercambio de brindis en la cena\n"
        "PRESIDENTE URIBE: Gracias por su visita, señor Presidente."
    )
    got = extract_text(text, "es", DAY_2007)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == "meeting"
    assert set(participants_by_actor(got)) == {"USA", "COL"}


def test_a_spanish_leader_in_a_capital_to_hold_talks_announces_them():
    text = (
        "El presidente Bush se encuentra en Lima para sostener conversaciones con el presidente Alan García. "
        "Bush se reúne hoy con su homólogo en el Palacio de Gobierno."
    )
    got = extract_text(text, "es", DAY_2007)
    assert got.outcome == "not_readout"
    assert got.reason == "announces an engagement to come, not one that took place"


@pytest.mark.parametrize(
    ("text", "month", "day"),
    [
        # a weekday's bracketed day and month in the report's first line is the engagement's date,
        # not an agency credit of a dateline ("JAKARTA (ANTARA) -")
        (
            "Presiden Joko Widodo hari Kamis (5/3) bertemu dengan Perdana Menteri Jepang Shinzo Abe di Tokyo.",
            "2015-03",
            dt.date(2015, 3, 5),
        ),
        (
            "Presiden Barack Obama bertemu dengan Raja Arab Saudi Salman Rabu (20/4) di Riyadh.",
            "2016-04",
            dt.date(2016, 4, 20),
        ),
    ],
)
def test_a_bracketed_day_and_month_in_the_first_line_is_no_dateline(text: str, month: str, day: dt.date):
    got = extract_text(text, "id", published_month=month)
    assert got.outcome == "readout", got.reason
    assert got.engagement_date == day


def test_an_agency_credit_still_makes_a_dateline():
    text = (
        "JAKARTA, 6 Maret 2015 (ANTARA) - Presiden Joko Widodo bertemu dengan Perdana Menteri Jepang Shinzo Abe "
        "di Tokyo kemarin."
    )
    got = extract_text(text, "id")
    assert got.outcome == "readout", got.reason
    assert got.engagement_date == dt.date(2015, 3, 5)


def test_a_dash_after_the_first_sentence_makes_no_dateline():
    text = (
        "Presiden Barack Obama bertemu dengan Raja Arab Saudi Salman di Riyadh.\n"
        "Presiden Obama bertemu dengan Raja Salman Rabu (20/4) di istana. Mereka - saling sapa dengan hangat."
    )
    got = extract_text(text, "id", published_month="2016-04")
    assert got.outcome == "readout", got.reason
    assert got.engagement_date == dt.date(2016, 4, 20)


def test_an_agency_dateline_with_stops_stays_a_dateline():
    text = (
        "Минск. 14 мая. ИНТЕРФАКС - Президент Белоруссии Александр Лукашенко накануне провёл телефонный "
        "разговор с президентом Венесуэлы Николасом Мадуро."
    )
    got = extract_text(text, "ru", dt.date(2024, 5, 14))
    assert got.outcome == "readout", got.reason
    assert got.engagement_date == dt.date(2024, 5, 13)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "O presidente Lula tem hoje, às 10 horas, reunião de trabalho com o presidente da Argentina, "
            "Néstor Kirchner, no Palácio do Planalto.",
            None,
        ),
        (
            "Brasília - Às 10 horas, o presidente recebe ministros. À tarde, despacha no Palácio do Planalto.",
            "Lula e Néstor Kirchner têm reunião de trabalho em Brasília",
        ),
    ],
)
def test_a_portuguese_days_schedule_announces_the_meeting(text: str, title: str | None):
    got = extract_text(text, "pt", DAY_2007, title=title)
    assert got.outcome == "not_readout"
    assert got.reason == "announces an engagement to come, not one that took place"
