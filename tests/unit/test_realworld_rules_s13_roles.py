"""Participants named by role only and in lists (session 13's paradigm sweep), each cell a short
sentence written for it: an organisation's office-holder by title, plural titles and counterpart
words coordinating several states, a title another title shares its words with."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import extract_text, participants_by_actor

DAY = dt.date(2023, 6, 14)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # an organisation's office is its own, whatever state or place the sentence names after it
        ("en", "President Biden spoke by phone today with the UN Secretary-General about Sudan.", {"USA", "UN"}),
        ("en", "President Biden met today with the NATO Secretary General in Washington.", {"USA", "NATO"}),
        # plural titles and counterpart words: every coordinated state's holder
        (
            "en",
            "President Biden spoke by phone today with the leaders of Latvia, Lithuania and Estonia.",
            {"USA", "LVA", "LTU", "EST"},
        ),
        ("ru", "Владимир Путин провёл телефонный разговор с президентами Франции и Турции.", {"RUS", "FRA", "TUR"}),
        ("ru", "Владимир Путин провёл видеоконференцию с лидерами Франции и Турции.", {"RUS", "FRA", "TUR"}),
        (
            "es",
            "El presidente Gabriel Boric conversó por teléfono con los presidentes de Francia y de Argentina.",
            {"CHL", "FRA", "ARG"},
        ),
        (
            "fr",
            "Le président Macron s'est entretenu par téléphone avec les présidents du Chili et de l'Argentine.",
            {"FRA", "CHL", "ARG"},
        ),
        (
            "pt",
            "O presidente Lula conversou por telefone com os presidentes da França e da Argentina.",
            {"BRA", "FRA", "ARG"},
        ),
        (
            "uk",
            "Володимир Зеленський провів розмову з Президентами Франції, Польщі та Литви.",
            {"UKR", "FRA", "POL", "LTU"},
        ),
        ("uk", "Володимир Зеленський провів зустріч з прем'єр-міністрами Польщі та Литви.", {"UKR", "POL", "LTU"}),
        # a comma after a Turkish subject is no apposition: the title after it is the other person's
        ("tr", "Cumhurbaşkanı Erdoğan, NATO Genel Sekreteri ile telefonda görüştü.", {"TUR", "NATO"}),
        # a title only one state's leader bears
        ("en", "President Biden spoke by phone today with the Taoiseach about trade.", {"USA", "IRL"}),
        # Korean leaves the plural unmarked: the states listed before "정상" are all counterparts'
        ("ko", "윤석열 대통령은 미국, 일본 정상과 화상 회의를 했다.", {"KOR", "USA", "JPN"}),
        ("ko", "윤석열 대통령은 미국 및 일본 정상과 화상 회의를 했다.", {"KOR", "USA", "JPN"}),
        ("tr", "Cumhurbaşkanı Erdoğan, Fransa ve Almanya liderleriyle video konferans yaptı.", {"TUR", "FRA", "DEU"}),
        (
            "tr",
            "Cumhurbaşkanı Erdoğan, Fransa ve Almanya cumhurbaşkanlarıyla video konferans yaptı.",
            {"TUR", "FRA", "DEU"},
        ),
        (
            "id",
            "Presiden Joko Widodo melakukan pembicaraan telepon dengan para pemimpin Prancis dan Jerman.",
            {"IDN", "FRA", "DEU"},
        ),
        ("id", "Presiden Joko Widodo bertemu dengan para presiden Prancis dan Brasil.", {"IDN", "FRA", "BRA"}),
        (
            "de",
            "Bundeskanzler Olaf Scholz hat heute mit den Präsidenten Frankreichs und Polens telefoniert.",
            {"DEU", "FRA", "POL"},
        ),
        ("de", "Bundeskanzler Olaf Scholz hat heute mit dem Präsidenten Frankreichs telefoniert.", {"DEU", "FRA"}),
        # "mandatário" (pt), as "mandatario" (es): a president
        ("pt", "O presidente Lula conversou por telefone com o mandatário argentino.", {"BRA", "ARG"}),
        # "总理" is read both as prime minister and as chancellor: the state before it is each reading's
        ("zh", "国家主席习近平同法国总统和德国总理举行视频会晤。", {"CHN", "FRA", "DEU"}),
    ],
)
def test_a_participant_named_by_role_or_in_a_list(language: str, text: str, expected: set[str]) -> None:
    got = extract_text(text, language, DAY)
    assert got.outcome == "readout"
    assert set(participants_by_actor(got)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "President Biden spoke by phone today with business leaders of Ireland about investment.",
        "President Biden spoke by phone today with the business leaders of Ireland about investment.",
    ],
)
def test_leaders_of_a_trade_are_no_state_leaders(text: str) -> None:
    assert extract_text(text, "en", DAY).outcome == "not_readout"


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the European bodies' heads named by office in the dative (de) and with the Union's full name (tr)
        (
            "de",
            "Bundeskanzlerin Angela Merkel hat heute mit dem Präsidenten des Europäischen Rates telefoniert.",
            {"DEU": "Angela Merkel", "EU": "Charles Michel"},
        ),
        (
            "de",
            "Bundeskanzlerin Angela Merkel hat heute mit dem Präsidenten der EU-Kommission telefoniert.",
            {"DEU": "Angela Merkel", "EU": "Ursula von der Leyen"},
        ),
        (
            "tr",
            "Cumhurbaşkanı Erdoğan, Avrupa Birliği Konseyi Başkanı ile telefonda görüştü.",
            {"TUR": "Recep Tayyip Erdoğan", "EU": "Charles Michel"},
        ),
    ],
)
def test_an_international_bodys_head_by_office_on_the_day(language: str, text: str, expected: dict[str, str]) -> None:
    got = extract_text(text, language, dt.date(2020, 5, 2))
    assert got.outcome == "readout"
    assert participants_by_actor(got) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a former word a whole word long, before a title and its state, in languages written with spaces
        ("uk", "Володимир Зеленський зустрівся з колишнім прем'єр-міністром Великої Британії Борисом Джонсоном."),
        ("ru", "Владимир Путин встретился с бывшим премьер-министром Великобритании."),
        ("tr", "Cumhurbaşkanı Erdoğan, eski ABD Başkanı ile görüştü."),
        # after the title, or after the state word following it
        ("ar", "استقبل الرئيس عبد الفتاح السيسي الرئيس الأمريكي السابق باراك أوباما."),
        ("fa", "ابراهیم رئیسی با باراک اوباما رئیس جمهور سابق آمریکا دیدار کرد."),
    ],
)
def test_a_former_office_holder_is_no_participant(language: str, text: str) -> None:
    assert extract_text(text, language, DAY).outcome == "not_readout"
