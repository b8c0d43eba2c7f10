"""Session 13's paradigm sweep in es, pt, fr, de and id: sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import extract_text, participants_by_actor

DAY = dt.date(2022, 6, 15)


@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        # a day word between a call verb and its object ("a appelé hier le président")
        ("Emmanuel Macron a appelé hier le président Volodymyr Zelensky.", "fr", {"FRA", "UKR"}),
        ("Emmanuel Macron a appelé ce matin le président ukrainien Volodymyr Zelensky.", "fr", {"FRA", "UKR"}),
        ("President Biden called yesterday President Volodymyr Zelenskyy.", "en", {"USA", "UKR"}),
    ],
)
def test_a_day_word_between_a_call_verb_and_its_person(text: str, language: str, pair: set[str]):
    got = extract_text(text, language, DAY)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == "phone_call"
    assert set(participants_by_actor(got)) == pair


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Emmanuel Macron a appelé hier à la retenue, après sa visite chez le président Volodymyr Zelensky.", "fr"),
        ("President Biden called yesterday for calm before President Volodymyr Zelenskyy spoke.", "en"),
    ],
)
def test_a_day_word_does_not_make_an_appeal_a_call(text: str, language: str):
    got = extract_text(text, language, DAY)
    assert got.outcome == "not_readout"


@pytest.mark.parametrize(
    ("text", "language", "kind", "pair"),
    [
        (
            "El presidente Pedro Sánchez habló por teléfono con el presidente francés Emmanuel Macron.",
            "es",
            "phone_call",
            {"ESP", "FRA"},
        ),
        (
            "El presidente Andrés Manuel López Obrador sostuvo una llamada telefónica con su homólogo "
            "estadounidense, Joe Biden.",
            "es",
            "phone_call",
            {"MEX", "USA"},
        ),
        (
            "La presidenta Xiomara Castro conversó telefónicamente con el presidente Joe Biden.",
            "es",
            "phone_call",
            {"HND", "USA"},
        ),
        (
            "O presidente Jair Bolsonaro participou de uma videoconferência com o chanceler alemão Olaf Scholz.",
            "pt",
            "video_call",
            {"BRA", "DEU"},
        ),
        (
            "O presidente Marcelo Rebelo de Sousa recebeu o seu homólogo francês, Emmanuel Macron, em Lisboa.",
            "pt",
            "meeting",
            {"PRT", "FRA"},
        ),
        (
            "Le président Emmanuel Macron s'est entretenu par téléphone avec le chancelier Olaf Scholz.",
            "fr",
            "phone_call",
            {"FRA", "DEU"},
        ),
        (
            "Bundeskanzler Scholz telefonierte mit dem französischen Präsidenten Emmanuel Macron.",
            "de",
            "phone_call",
            {"DEU", "FRA"},
        ),
        (
            "Presiden Joko Widodo melakukan pembicaraan telepon dengan Presiden Prancis Emmanuel Macron.",
            "id",
            "phone_call",
            {"IDN", "FRA"},
        ),
        (
            "Presiden Joko Widodo menerima kunjungan Perdana Menteri Australia Anthony Albanese di Istana Bogor.",
            "id",
            "meeting",
            {"IDN", "AUS"},
        ),
    ],
)
def test_the_sweeps_readouts_stay_read(text: str, language: str, kind: str, pair: set[str]):
    got = extract_text(text, language, DAY)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == kind
    assert set(participants_by_actor(got)) == pair


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mañana el presidente Pedro Sánchez se reunirá con el presidente Emmanuel Macron en París.", "es"),
        ("O presidente Jair Bolsonaro enviou uma mensagem de condolências ao presidente Joe Biden.", "pt"),
        ("Le président Emmanuel Macron recevra demain le chancelier Olaf Scholz.", "fr"),
        ("Bundeskanzler Olaf Scholz empfing den französischen Außenminister.", "de"),
        ("Presiden Joko Widodo akan bertemu Presiden Joe Biden besok.", "id"),
    ],
)
def test_the_sweeps_negatives_stay_negative(text: str, language: str):
    assert extract_text(text, language, DAY).outcome == "not_readout"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a call expected ("deve conversar"), a plan with a day to come ("will am Donnerstag ... telefonieren")
        (
            "O presidente Jair Bolsonaro deve conversar por telefone nesta quinta-feira com o presidente Joe Biden.",
            "pt",
        ),
        ("O presidente Jair Bolsonaro deverá telefonar ao presidente Joe Biden na próxima semana.", "pt"),
        ("Bundeskanzler Olaf Scholz will am Donnerstag mit Präsident Joe Biden telefonieren.", "de"),
        ("Bundeskanzler Olaf Scholz will nächste Woche Präsident Emmanuel Macron in Paris treffen.", "de"),
    ],
)
def test_a_call_or_meeting_expected_or_planned_is_none_yet(text: str, language: str):
    assert extract_text(text, language, DAY).outcome == "not_readout"


@pytest.mark.parametrize(
    ("text", "language", "pair", "caller"),
    [
        # Spanish and Portuguese put the day word inside the call verb's phrase ("llamó ayer al")
        ("El presidente Pedro Sánchez llamó ayer al presidente Volodymyr Zelenski.", "es", {"ESP", "UKR"}, "ESP"),
        ("O presidente Jair Bolsonaro ligou ontem para o presidente Joe Biden.", "pt", {"BRA", "USA"}, "BRA"),
        ("O presidente Jair Bolsonaro telefonou ontem ao presidente Joe Biden.", "pt", {"BRA", "USA"}, "BRA"),
    ],
)
def test_a_spanish_or_portuguese_call_verb_with_a_day_word(text: str, language: str, pair: set[str], caller: str):
    got = extract_text(text, language, DAY)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == "phone_call"
    assert set(participants_by_actor(got)) == pair
    assert got.engagement_date == dt.date(2022, 6, 14)
    assert got.initiator_code == caller


def test_a_portuguese_day_word_call_verb_without_a_person_is_no_call():
    text = "O presidente Jair Bolsonaro ligou ontem para me parabenizar, disse o presidente Joe Biden."
    assert extract_text(text, "pt", DAY).outcome == "not_readout"
