"""Reference data and language files: schema, consistency, and every language's phrases."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
import yaml

from readouts.config import load_settings
from readouts.extract import scan
from readouts.reference import (
    ReferenceDataError,
    cjk_letter_count,
    is_cjk,
    is_hangul,
    load_reference,
    validate_language_file,
)

LANGUAGE_FILES = sorted((load_settings().include_dir / "languages").glob("*.yaml"))


@pytest.mark.parametrize("path", LANGUAGE_FILES, ids=lambda p: p.stem)
def test_language_file_is_valid_and_its_cues_are_found(path: Path):
    data = validate_language_file(path, yaml.safe_load(path.read_text(encoding="utf-8")))
    ref = load_reference()
    for etype, cues in data["engagement_cues"].items():
        for cue in cues:
            hits = scan(f"« {cue} »", ref)
            assert any(h.entry.kind == "cue" and h.entry.value == etype for h in hits), (path.stem, cue)


def test_a_malformed_language_file_is_refused_with_its_name(tmp_path: Path):
    bad = tmp_path / "xx.yaml"
    with pytest.raises(ReferenceDataError, match="xx.yaml: missing key"):
        validate_language_file(bad, {"language": "xx"})


def test_leader_terms_do_not_overlap_for_one_office():
    ref = load_reference()
    seen: dict[tuple[str, str], list] = {}
    for terms in ref.leaders.values():
        for term in terms:
            if not term.shared_office:
                seen.setdefault((term.office, term.actor_code), []).append(term)
    for (office, actor), terms in seen.items():
        terms.sort(key=lambda t: t.valid_from)
        for earlier, later in zip(terms, terms[1:], strict=False):
            assert earlier.valid_to is not None and earlier.valid_to <= later.valid_from, (office, actor)


def test_every_leader_term_has_a_known_office_and_ordered_dates():
    ref = load_reference()
    offices = set(ref.languages["en"].data["titles"])
    for terms in ref.leaders.values():
        for term in terms:
            assert term.office in offices, (term.leader_code, "office must be a title code of en.yaml")
            assert term.valid_to is None or term.valid_from < term.valid_to, term.leader_code
            # the corpus reaches back to Taiwan's allies of the 1990s: terms may end before 2000, not before 1945 (a
            # year typed wrong)
            assert term.valid_to is None or term.valid_to >= dt.date(1945, 1, 1), term.leader_code


def test_no_leader_alias_mixes_look_alike_alphabets_in_a_word():
    """A Latin "E" typed in a Cyrillic name ("Eрдоган") looks right and never matches: each word of an alias is
    in one of the Latin, Cyrillic, Greek and Arabic alphabets (a Japanese one may hold a Latin initial,
    "ジョージ・W・ブッシュ")."""
    alphabets = ("LATIN", "CYRILLIC", "GREEK", "ARABIC")
    ref = load_reference()
    for terms in ref.leaders.values():
        for alias in terms[0].aliases:
            for word in alias.split():
                used = {unicodedata.name(ch, "").split(" ")[0] for ch in word if ch.isalpha()}
                assert len(used & set(alphabets)) <= 1, (terms[0].leader_code, alias)


def test_every_leader_actor_is_a_known_actor():
    ref = load_reference()
    for terms in ref.leaders.values():
        for term in terms:
            assert term.actor_code in ref.actors, term.leader_code


def test_title_resolves_to_the_office_holder_on_the_day():
    from readouts.extract import _office_holder

    ref = load_reference()
    assert _office_holder(ref, "chancellor", "DEU", dt.date(2020, 1, 1)).name == "Angela Merkel"
    assert _office_holder(ref, "chancellor", "DEU", dt.date(2023, 1, 1)).name == "Olaf Scholz"
    assert _office_holder(ref, "president", "RUS", dt.date(2010, 1, 1)).name == "Dmitry Medvedev"


def test_names_in_any_script_resolve_to_one_person():
    ref = load_reference()
    for spelling in ("Tokayev", "Tokajew", "Токаев", "Tokaïev", "托卡耶夫", "Токаевым"):
        hits = [h for h in scan(f"met {spelling} today", ref) if h.entry.kind == "leader"]
        assert [h.entry.value for h in hits] == ["tokayev"], spelling


def test_acronyms_match_only_in_capitals():
    ref = load_reference()
    assert [h.entry.value for h in scan("the UN said", ref) if h.entry.kind == "actor"] == ["UN"]
    assert not [h for h in scan("un entretien", ref) if h.entry.kind == "actor"]


def test_leaders_cover_at_least_120_states_since_2000():
    ref = load_reference()
    states = {
        t.actor_code
        for terms in ref.leaders.values()
        for t in terms
        if ref.actors[t.actor_code].kind == "state" and (t.valid_to is None or t.valid_to >= dt.date(2000, 1, 1))
    }
    assert len(states) >= 120
    assert {"EU", "UN", "NATO"} <= {t.actor_code for terms in ref.leaders.values() for t in terms}


def test_country_names_that_are_ordinary_words_are_ignored_where_the_language_says_so():
    ref = load_reference()
    assert not [h for h in scan("タイミングを見て会談した", ref, "ja") if h.entry.kind == "actor"]
    assert [h.entry.value for h in scan("タイ王国のセター首相", ref, "ja") if h.entry.kind == "actor"] == ["THA"]
    assert not [h for h in scan("이를 위한 수단을 논의했다", ref, "ko") if h.entry.kind == "actor"]


@pytest.mark.parametrize(
    ("text", "cjk", "hangul", "count"),
    [
        ("President Macron", False, False, 0),
        ("Президент Путин", False, False, 0),
        ("習近平同拜登通電話", True, False, 9),
        ("岸田総理はバイデン大統領と電話会談", True, False, 17),
        ("윤 대통령은 통화했다", True, True, 9),
        ("Moon 대통령 met Biden", True, True, 3),
        ("Biden’s call – a “first” • …", False, False, 0),  # marks past U+1100 are no letters
        ("会谈。「通话」、𠮷野", True, False, 6),  # CJK marks are not counted; an ideograph past U+FFFF is
    ],
)
def test_one_definition_of_chinese_japanese_and_korean_script(text: str, cjk: bool, hangul: bool, count: int):
    assert is_cjk(text) is cjk
    assert is_hangul(text) is hangul
    assert cjk_letter_count(text) == count


def test_relative_day_words_are_each_word_of_the_language_relative_days():
    ref = load_reference()
    french = ref.languages["fr"]
    assert "hier" in french.relative_day_words
    assert all(" " not in word for word in french.relative_day_words)
    assert {w for phrase in french.data["relative_days"] for w in phrase.lower().split()} <= french.relative_day_words


def test_leading_offices_name_known_offices_of_known_states():
    ref = load_reference()
    offices = set(ref.languages["en"].data["titles"])
    assert ref.leading_offices, "include/reference/leading_office.yaml was not read"
    for actor, office in ref.leading_offices.items():
        assert office in offices and actor in ref.actors, (actor, office)
        assert ref.office_holders(office, actor), f"{actor} has no {office} in the reference"
    assert ref.leading_office("CAN") == "prime_minister" and ref.leading_office("MEX") == "president"
