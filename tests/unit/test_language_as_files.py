"""A language is added as data files alone: its sentence marks, percent words and the
particles of its names come from include/languages/ and include/reference/, never code.

The test copies the project's include/ folder, adds two languages the project does not
have (Hindi, whose sentences end with the danda "।", and Dutch, whose names hold "ter"),
and reads short texts written for the test with a reference loaded from that copy.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
import yaml

from readouts.config import DEFAULT_INCLUDE_DIR
from readouts.extract import extract
from readouts.extract.figures import find_figures
from readouts.extract.text import split_sentences
from readouts.models import ParsedDocument
from readouts.reference import Reference, load_reference

HINDI = {
    "language": "hi",
    "name": "हिन्दी",
    "word_boundaries": True,
    "engagement_cues": {"phone_call": ["फोन पर बात"], "video_call": ["वीडियो कॉन्फ्रेंस"], "meeting": ["मुलाकात"]},
    "initiator_patterns": ["{actor} के अनुरोध पर"],
    "titles": {"prime_minister": ["प्रधानमंत्री"], "president": ["राष्ट्रपति"]},
    "page_end_markers": ["संबंधित खबरें"],
    "not_readout_cues": ["मुलाकात करेंगे"],
    "date_patterns": [r"\b\d{1,2}\s+{month}(?:\s+\d{4})?(?!\w)"],
    "year_template": "{text} {year}",
    "number_scales": {"करोड़": 1.0e7},
    "decimal_separator": ".",
    "sentence_ends": ["।"],
    "percent_words": ["प्रतिशत"],
}

DUTCH = {
    "language": "nl",
    "name": "Nederlands",
    "engagement_cues": {
        "phone_call": ["telefoongesprek", "telefonisch"],
        "video_call": ["videogesprek"],
        "meeting": ["ontmoette"],
    },
    "initiator_patterns": ["op verzoek van {actor}"],
    "titles": {"prime_minister": ["premier", "minister-president"], "president": ["president"]},
    "page_end_markers": ["lees ook"],
    "not_readout_cues": ["zal ontmoeten"],
    "date_patterns": [r"\b\d{1,2}\s+{month}(?:\s+\d{4})?(?!\w)"],
    "year_template": "{text} {year}",
    "number_scales": {"miljoen": 1.0e6, "miljard": 1.0e9},
    "decimal_separator": ",",
    "percent_words": ["procent"],
}


@pytest.fixture(scope="module")
def include_with_new_languages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    include = tmp_path_factory.mktemp("include") / "include"
    shutil.copytree(DEFAULT_INCLUDE_DIR / "languages", include / "languages")
    shutil.copytree(DEFAULT_INCLUDE_DIR / "reference", include / "reference")
    for profile in (HINDI, DUTCH):
        path = include / "languages" / f"{profile['language']}.yaml"
        path.write_text(yaml.safe_dump(profile, allow_unicode=True), encoding="utf-8")
    (include / "reference" / "actor_words" / "nl.yaml").write_text("FRA: [franse, parijs]\n", encoding="utf-8")
    particles = include / "reference" / "name_particles.yaml"
    words = yaml.safe_load(particles.read_text(encoding="utf-8"))
    particles.write_text(yaml.safe_dump([*words, "ter"], allow_unicode=True), encoding="utf-8")
    return include


@pytest.fixture(scope="module")
def ref(include_with_new_languages: Path) -> Reference:
    return load_reference(include_with_new_languages)


HINDI_TEXT = "प्रधानमंत्री ने राष्ट्रपति से फोन पर बात की। दोनों नेताओं ने व्यापार पर चर्चा की। व्यापार 12 प्रतिशत बढ़ा।"


def test_a_new_languages_sentence_mark_cuts_sentences(ref: Reference):
    sentences = [HINDI_TEXT[s.start : s.end] for s in split_sentences(HINDI_TEXT, ref)]
    assert len(sentences) == 3
    assert sentences[1].startswith("दोनों")
    # the project's own reference has no danda: the same text is one sentence
    assert len(split_sentences(HINDI_TEXT, load_reference())) == 1


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [("hi", HINDI_TEXT, 12.0), ("nl", "De handel groeide vorig jaar met 7,5 procent.", 7.5)],
)
def test_a_new_languages_percent_words_read_percentages(ref: Reference, language: str, text: str, value: float):
    [figure] = find_figures(text, language, ref)
    assert (figure.metric, figure.value, figure.unit) == ("percent", value, "percent")
    assert find_figures(text, language, load_reference()) == []  # the project's own files don't know the word


def test_a_new_languages_titles_and_name_particles_read_a_name_the_reference_lacks(ref: Reference):
    """Without "ter" in name_particles.yaml the name breaks off and no second leader is found."""
    text = (
        "De premier van Nauru, Jan ter Horst, voerde dinsdag een telefoongesprek met de Franse president "
        "Emmanuel Macron. De twee leiders spraken over de handel."
    )
    doc = ParsedDocument(
        inbox_file_id=1,
        file_name="nl.txt",
        file_sha256="0" * 64,
        record_no=None,
        document_sha256="0" * 64,
        text=text,
        published_date=dt.date(2024, 4, 11),
        language_hint="nl",
    )
    result = extract(doc, ref)
    assert result.outcome == "readout", result.reason
    assert result.engagement_type == "phone_call"
    assert {p.actor_code: p.name for p in result.participants} == {"NRU": "Jan ter Horst", "FRA": "Emmanuel Macron"}
