"""Session 14's sweep of leaders' names as each language's press spells them (self-written list of
about 300 spellings over uk, ru, ko, ja, zh, fa, tr and ar; the ones missing before are here)."""

from __future__ import annotations

import pytest

from readouts.extract import scan
from readouts.extract.text import to_common_script
from readouts.reference import load_reference


def _leaders_in(text: str, language: str) -> list[str]:
    ref = load_reference()
    common = to_common_script(text, ref.languages.get(language))
    return [h.entry.value for h in scan(common, ref, language) if h.entry.kind == "leader"]


@pytest.mark.parametrize(
    ("language", "spelling", "person"),
    [
        ("uk", "Марк Карні", "carney"),
        ("uk", "Антоніу Кошта", "costa"),
        ("uk", "Шіґеру Ісіба", "ishiba"),
        ("uk", "Крістерссон", "kristersson"),
        ("uk", "Альбанезе", "albanese"),
        ("uk", "Нетаньягу", "netanyahu"),
        ("uk", "Хав'єр Мілей", "milei"),
        ("uk", "Саркозі", "sarkozy"),
        ("uk", "Кемерон", "cameron"),
        ("uk", "Тереза Мей", "may"),
        ("uk", "Ренці", "renzi"),
        ("uk", "Драгі", "draghi"),
        ("uk", "Санчес", "sanchez"),
        ("uk", "Міцотакіс", "mitsotakis"),
        ("uk", "Алієв", "aliyev"),
        ("ru", "Мэй", "may"),
        ("ru", "Педро Санчес", "sanchez"),
        ("ru", "Суга", "suga"),
        ("ru", "Мухаммед бин Салман", "bin-salman"),
        ("ru", "Мохаммед бен Заид", "bin-zayed"),
        # Taiwan's spellings, read through the simplified script the phrase tables are written in
        ("zh", "強森", "johnson"),
        ("zh", "艾爾多安", "erdogan"),
    ],
)
def test_press_spellings_of_leaders_names(language: str, spelling: str, person: str):
    found = _leaders_in(f"x {spelling} x", language)
    assert found and person in found[0]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # bare two-syllable Korean surnames are left out: they sit inside other words
        ("ko", "뉴스가 나왔다"),  # "news" + subject particle, not Suga
        ("ko", "유리창을 닦았다"),  # "window pane", not Li Qiang
        ("ko", "아메리카니즘"),  # not Carney
    ],
)
def test_a_word_holding_a_short_surname_names_no_leader(language: str, text: str):
    assert _leaders_in(text, language) == []
