"""Reference data (leaders, actors, topics, sources, rates) and per-language phrase files.

Everything here is read from versioned data files under ``include/``; country names in
many languages come from pycountry's translations. ``load_reference()`` builds
Aho-Corasick automata over the phrases (one per supported language, holding its phrases
and every name, and one of all phrases), so that a document is scanned once whatever the
number of aliases.
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import ahocorasick
import pycountry
import yaml

from readouts.config import load_settings

LANGUAGE_FILE_KEYS = {
    "language": str,
    "name": str,
    "engagement_cues": dict,
    "initiator_patterns": list,
    "titles": dict,
    "page_end_markers": list,
    "not_readout_cues": list,
    "date_patterns": list,
    "year_template": str,
    "number_scales": dict,
    "decimal_separator": str,
}
OPTIONAL_LANGUAGE_KEYS = {
    "naming_pronouns": list,
    "future_clause_joiners": list,
    "person_joiners": list,
    "first_person_subjects": list,
    "same_day_words": list,
    "generic_call_cues": list,
    "interview_words": list,
    "word_boundaries": bool,
    "states_after_titles": bool,
    "name_suffixes": list,
    "junk_line_prefixes": list,
    "furniture_lines": list,
    "pycountry_locale": str,
    "home_actor": str,
    "genre_markers": list,
    "schedule_headers": list,
    "relative_days": dict,
    "non_leader_titles": list,
    "latter_words": list,
    "era_years": dict,
    "solar_hijri_months": dict,
    "lunar_hijri_months": dict,
    "ignored_country_names": list,
    "script_conversion": str,
    "own_invitation_phrases": list,
    "thanks_for_invitation_phrases": list,
    "guest_thanks_for_invitation_phrases": list,
    "time_zone_words": list,
    "event_ahead_openers": list,
    "report_denial_phrases": list,
    "statement_verbs": list,
    "past_weekday_words": list,
    "since_date_words": list,
    "since_date_suffixes": list,
    "attributive_date_before": str,
    "attributive_date_after": str,
    "caller_named_uninflected": bool,
    "previous_month_words": list,
    "previous_week_words": list,
    "converted_home_actor": str,
    "three_digit_era_base": int,
    "junk_line_suffixes": list,
    "percent_words": list,
    "counterpart_words": list,
    "plural_title_forms": list,
    "coordinating_words": list,
    "title_states": dict,
    "sentence_ends": list,
    "sentence_ends_unspaced": list,
    "months_before_day": list,
    "lower_case_abbreviations": list,
    "figure_measures": dict,
    "own_side_words": list,
    "other_side_words": list,
    "party_slot_blockers": list,
    "party_gap_words": list,
    "party_naming_words": list,
    "returned_call_patterns": list,
    "called_side_patterns": list,
    "several_engagement_phrases": list,
    "pair_session_phrases": list,
    "recall_openers": list,
    "release_header_lines": list,
    "greeting_phrases": list,
    "monarch_address_phrases": list,
    "held_predicates": list,
    "weekday_postpositions": list,
    "arrival_phrases": list,
    "visit_cues": list,
    "title_name_actor_links": list,
    "numeral_digits": dict,
    "month_name_locales": list,
    "month_name_extras": dict,
    "weekday_name_extras": dict,
    "numeral_date_units": list,
    "successive_words": list,
    "counterpart_continuation_openers": list,
    "principal_links": list,
    "further_meeting_verbs": list,
    "place_prepositions": list,
    "cues_before_a_person": list,
    "cues_before_a_marked_person": list,
    "cues_before_a_second_person": list,
    "cues_after_a_person": list,
    "object_prefixes": list,
    "word_proclitics": list,
    "elect_words": list,
    "former_words": list,
    "former_words_after": list,
    "former_word_exceptions": list,
    "multilateral_words": list,
    "recall_words": list,
    "request_matter_words": list,
    "unnamed_leaders_words": list,
    "debriefing_words": list,
    "invited_elsewhere_words": list,
    "visit_invitation_words": list,
    "meeting_headings": list,
    "name_blockers": list,
    "possessive_endings": list,
    "institution_suffixes": list,
    "object_articles": list,
    "object_pronouns": list,
    "participant_list_cues": list,
    "address_words": list,
    "address_suffixes": list,
    "name_enders": list,
    "topic_markers": list,
    "mentions_after_cue": bool,
    "subject_after_verb": bool,
    "state_forms": list,
    "title_state_abbreviations": dict,
    "state_name_particles": list,
    "earlier_engagement_words": list,
    "earlier_counterpart_joiners": list,
    "official_agent_markers": list,
    "official_agent_prepositions": list,
    "official_agent_preposition_blockers": list,
    "leaders_nouns": list,
    "state_pair_separators": list,
    "medium_open_cues": list,
    "name_attributive_nouns": list,
    "leader_ceremony_nouns": list,
    "future_engagement_words": list,
    "future_after_cue_words": list,
    "several_times_phrases": list,
    "relative_pronouns": list,
    "statement_cues": list,
    "definite_articles": list,
    "another_counterpart_words": list,
    "spokesperson_words": list,
    "press_briefing_titles": list,
    "possessed_officials": list,
    "leader_counterpart_words": list,
    "one_of_them_words": list,
    "cue_free_phrases": list,
    "side_initial_suffixes": list,
    "reaction_words": list,
    "reaction_words_window": int,
    "principal_after_official": bool,
    "party_gap_chars": int,
    "interposed_qualifiers": list,
    "arrangement_date_words": list,
    "request_matter_verbs": list,
    "to_come_topic_words": list,
    "after_engagement_words": list,
    "conference_visit_phrases": list,
    "bare_future_markers": list,
    "bare_future_marker_verbs": list,
    "sentence_recall_words": list,
    "death_title_phrases": list,
    "new_invitation_words": list,
    "organisation_nouns": list,
    "consort_titles": list,
    "state_initials": dict,
    "pair_leader_nouns": list,
    "leader_group_phrases": dict,
    "leader_group_blockers": list,
    "speech_title_openers": list,
    "interposed_durations": list,
    "day_phrase_openers": list,
    "bare_titles_not_of": dict,
    "headline_plan_phrases": list,
    "headline_plan_blockers": list,
    "reading_glosses": str,
    "separable_verb_cues": list,
}


# A generic leader's title ("mandatario"): the office it names is the state's leading one (Reference.leading_office)
LEADER_OFFICE = "leader"
LEADING_OFFICE_ORDER = ("president", "prime_minister", "chancellor", "monarch")


class ReferenceDataError(ValueError):
    """A reference or language file is malformed; the message names the file and key."""


@dataclass(frozen=True)
class LeaderTerm:
    """One person in one office for one period: a row of ``warehouse.dim_leader``."""

    leader_code: str
    person_id: str
    name: str
    office: str
    actor_code: str
    valid_from: dt.date
    valid_to: dt.date | None
    aliases: tuple[str, ...]
    shared_office: bool = False  # a collective office (Bosnia's presidency): no overlap check

    def holds_office_on(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day < self.valid_to)


@dataclass(frozen=True)
class Actor:
    code: str
    name: str
    kind: str


@dataclass(frozen=True)
class Entry:
    """What a matched phrase means: its kind, its value and the language it came from."""

    kind: str  # leader, actor, title, non_leader_title, counterpart, cue, not_readout, topic, source, participant_list
    value: str
    language: str | None
    exact: str | None = None  # an acronym (UN, EU) matches only in this exact form
    country_name: bool = False  # a state's name from pycountry, not a word of the actor_words files
    stem: bool = False  # a Cyrillic name's stem ("Дуд" of "Дуда"): matches capitalised, with a case ending only


@dataclass(eq=False)  # hashed by identity: one profile per language and load
class LanguageProfile:
    code: str
    data: dict[str, Any]
    initiator_regexes: list[re.Pattern[str]]
    date_regexes: list[re.Pattern[str]]
    initiator_literals: list[str] = field(default_factory=list)  # a fixed part of each: a cheap pre-check
    # each pattern's "{party}": None without one, else what must follow the called side ("" or "に電話")
    initiator_party: list[str | None] = field(default_factory=list)
    returned_call_regexes: list[re.Pattern[str]] = field(default_factory=list)  # "returned X's call": no initiator
    returned_call_literals: list[str] = field(default_factory=list)  # a fixed part of each: a cheap pre-check
    called_side_regexes: list[re.Pattern[str]] = field(default_factory=list)  # "X received the call": the other
    called_side_literals: list[str] = field(default_factory=list)  # a fixed part of each: a cheap pre-check
    month_numbers: dict[str, int] = field(default_factory=dict)  # CLDR month names (lower case, no dot) -> 1-12
    weekday_numbers: dict[str, int] = field(default_factory=dict)  # CLDR weekday names -> 0 (Monday) - 6
    day_before_month: bool = True  # in the language's numeric dates (CLDR short date pattern)
    relative_day_words: frozenset[str] = frozenset()  # each word of the ``relative_days`` ("hier", "ce", "matin")


@dataclass(eq=False)  # hashed by identity: one per load, a key for caches built on it
class Reference:
    leaders: dict[str, list[LeaderTerm]]  # person_id -> terms
    actors: dict[str, Actor]
    topics: dict[str, str]  # code -> label
    sources: dict[str, dict[str, Any]]
    languages: dict[str, LanguageProfile]
    usd_per_unit_by_year: dict[int, dict[str, float]]  # reference/fx_rates.yaml: year -> currency -> USD
    currency_by_word: dict[str, str]  # currency word or symbol (lower case) -> ISO 4217 code
    automata: dict[str | None, Any] = field(repr=False)  # language -> Aho-Corasick automaton (None: all)
    name_suffixes: tuple[str, ...] = ()
    name_particles: frozenset[str] = frozenset()  # reference/name_particles.yaml
    patronymic_particles: tuple[str, ...] = ()  # reference/patronymic_particles.yaml
    family_name_first: frozenset[str] = frozenset()  # reference/family_name_first.yaml: actor codes
    leading_offices: dict[str, str] = field(default_factory=dict)  # reference/leading_office.yaml: actor -> office
    # reference/leader_groups.yaml: group -> its members (actor code, office; LEADER_OFFICE for the leading one)
    leader_groups: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    # reference/script_marks.yaml and the language files' additions
    sentence_break: re.Pattern[str] = field(default_factory=lambda: sentence_break_regex(".!?", ""), repr=False)
    # the language files' ``months_before_day``: "on April 6. In this connection" ends a sentence at the day's dot
    months_before_day: frozenset[str] = frozenset()
    # every language file's ``lower_case_abbreviations`` ("ca.", "гг."): a sentence never ends on them
    lower_case_abbreviations: frozenset[str] = frozenset()
    percent_signs: tuple[str, ...] = ("%",)
    figures_language_when_unlisted: str | None = None
    # reference/web_domains.yaml: the side behind a page's address
    top_level_domain_actors: dict[str, str] = field(default_factory=dict)
    domain_actors: dict[str, str] = field(default_factory=dict)
    government_host_labels: frozenset[str] = frozenset()
    generic_top_level_domains: frozenset[str] = frozenset()
    holders_by_office: dict[tuple[str, str], list[LeaderTerm]] = field(default_factory=dict, repr=False, init=False)

    def __post_init__(self) -> None:
        for terms in self.leaders.values():
            for term in terms:
                self.holders_by_office.setdefault((term.office, term.actor_code), []).append(term)

    def usd_rate(self, currency: str, year: int | None) -> tuple[float, int] | None:
        """US dollars per unit of ``currency`` in ``year`` (the nearest year of the table when
        it lies outside; the latest year when unknown), with the year whose rate it is; None
        for a currency the table lacks."""
        years = sorted(self.usd_per_unit_by_year)
        if not years:
            return None
        chosen = years[-1] if year is None else min(years, key=lambda y: (abs(y - year), -y))
        rate = self.usd_per_unit_by_year[chosen].get(currency)
        return (rate, chosen) if rate is not None else None

    def phrase_automaton(self, language: str | None) -> Any:
        """The automaton of a supported language's phrases and of names; else of every phrase."""
        return self.automata.get(language) or self.automata[None]

    def office_holders(self, office: str, actor_code: str) -> list[LeaderTerm]:
        if office == LEADER_OFFICE:
            office = self.leading_office(actor_code)
        return self.holders_by_office.get((office, actor_code), [])

    def leading_office(self, actor_code: str) -> str:
        """The office a generic leader's title means for a state ("el mandatario canadiense": Canada's
        prime minister): the one ``leading_office.yaml`` names, else the first of
        ``LEADING_OFFICE_ORDER`` the state has holders of."""
        listed = self.leading_offices.get(actor_code)
        if listed is not None:
            return listed
        return next(
            (o for o in LEADING_OFFICE_ORDER if (o, actor_code) in self.holders_by_office), LEADING_OFFICE_ORDER[0]
        )

    def holders_of_office(self, office: str) -> list[LeaderTerm]:
        """Every term of an office, whichever actor it belongs to."""
        return self._holders_of_office.get(office, [])

    @functools.cached_property
    def _holders_of_office(self) -> dict[str, list[LeaderTerm]]:
        by_office: dict[str, list[LeaderTerm]] = {}
        for (office, _), terms in self.holders_by_office.items():
            by_office.setdefault(office, []).extend(terms)
        return by_office

    def has_leaders(self, actor_code: str) -> bool:
        """Whether the reference knows any office-holder of this actor."""
        return actor_code in self._actors_with_leaders

    @functools.cached_property
    def _actors_with_leaders(self) -> frozenset[str]:
        return frozenset(actor for _, actor in self.holders_by_office)

    def office_actors(self, office: str) -> set[str]:
        """Every actor an office has belonged to."""
        return {actor for held, actor in self.holders_by_office if held == office}


ZWNJ = "\u200c"  # zero-width non-joiner
_APOSTROPHES = ("\u2019", "\u02bc", "\u2018", "\u02b9")  # typographic apostrophes and the prime ʹ, read as "'"
# names in 'Abd al- joined or spaced (عبدالله, عبد الله)
_ABD_SPACED, _ABD_JOINED = "\u0639\u0628\u062f \u0627\u0644", "\u0639\u0628\u062f\u0627\u0644"
# Arabic-script letters read as one in text and phrases alike (one letter for one, so offsets stay):
# the Persian yeh and kaf as the Arabic ones (رئیس, رئيس; Dari and older Persian pages mix them),
# alif with hamza or madda as bare alif (أوباما, اوباما; إيران, ايران), and alif maqsura as yeh, the
# Egyptian spelling of a final yeh (حسنى مبارك, حسني مبارك)
_FOLDED_LETTERS = (
    ("\u06cc", "\u064a"),
    ("\u06a9", "\u0643"),
    ("\u0623", "\u0627"),
    ("\u0625", "\u0627"),
    ("\u0622", "\u0627"),
    ("\u0671", "\u0627"),
    ("\u0649", "\u064a"),
    ("\u0451", "\u0435"),  # Cyrillic ё written as е ("Мирзиеев", "Горбачев")
    ("\u0629", "\u0647"),  # Arabic teh marbuta written as heh ("تلبيه لدعوة" for "تلبية لدعوة")
)


def arabic_script_spellings(key: str) -> set[str]:
    """The other spellings pages use for a phrase in Arabic script, each looked for as the phrase:
    without its zero-width non-joiners or with spaces for them (گفت‌وگو, گفتوگو, گفت وگو), and 'Abd
    al- joined or spaced. Empty for a phrase with none of these. (Letters written two ways, such as
    the Persian and the Arabic yeh, are folded into one by ``normalise`` instead.)"""
    spellings = {key}
    if ZWNJ in key:
        spellings |= {key.replace(ZWNJ, ""), key.replace(ZWNJ, " ")}
    if _ABD_SPACED in key or _ABD_JOINED in key:
        spellings |= {s.replace(_ABD_SPACED, _ABD_JOINED) for s in spellings}
        spellings |= {s.replace(_ABD_JOINED, _ABD_SPACED) for s in spellings}
    spellings.discard(key)
    return spellings


def fold_letters(text: str) -> str:
    """The text with the letters ``normalise`` folds read as one (ی as ي, ک as ك, أ إ آ ٱ as ا, ى as ي, ة as ه,
    ё as е), case kept."""
    for variant, letter in _FOLDED_LETTERS:
        if variant in text:
            text = text.replace(variant, letter)
    return text


def with_folded_spellings(data: dict[str, Any]) -> dict[str, Any]:
    """A language file's phrases with their folded spellings beside them: a phrase list gains
    the folded form of each phrase that has one, a table of phrases (``relative_days``) the
    folded form of each key. Steps that look for a phrase in ``normalise``d text then find "أول
    أمس" and "الجانب الآخر" written with or without hamza and madda, while those reading the
    text as written still find them as listed. Patterns (``*_patterns``) are built elsewhere
    from normalised text and are left as they are."""
    folded: dict[str, Any] = {}
    for key, value in data.items():
        if key.endswith("_patterns"):
            folded[key] = value
        elif isinstance(value, list) and any(isinstance(v, str) and fold_letters(v) != v for v in value):
            extra = [fold_letters(v) for v in value if isinstance(v, str) and fold_letters(v) not in value]
            folded[key] = value + list(dict.fromkeys(extra))
        elif isinstance(value, dict) and any(isinstance(k, str) and fold_letters(k) != k for k in value):
            folded[key] = {**{fold_letters(k): v for k, v in value.items() if isinstance(k, str)}, **value}
        else:
            folded[key] = value
    return folded


_ONE_LETTER_LOWER = {"İ": "i"}  # letters whose lower case is longer, as one letter


@functools.lru_cache(maxsize=32)  # one document's text is normalised by several steps
def normalise(text: str) -> str:
    """Lower-case text the way every phrase key is lower-cased, keeping offsets stable."""
    lowered = text.lower()
    if len(lowered) != len(text):
        # one letter for one: Turkish capital dotted "İ" ("PUTİN") lowers to two ("i" and a combining dot)
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else _ONE_LETTER_LOWER.get(ch, ch) for ch in text)
    for apostrophe in _APOSTROPHES:  # str.replace: a dict-based str.translate costs 25 times more here
        if apostrophe in lowered:
            lowered = lowered.replace(apostrophe, "'")
    return fold_letters(lowered)


def is_cjk(text: str) -> bool:
    """Chinese, Japanese or Korean script: phrases in it match inside longer runs of letters
    (no spaces between Chinese and Japanese words; Korean particles are written onto the
    word: 대통령과, 푸틴은)."""
    return bool(text) and _script_letters(*_CJK_SCRIPTS).search(text) is not None


def cjk_letter_count(text: str) -> int:
    """How many Chinese, Japanese or Korean signs a text has (each says about as much as a short word)."""
    if not text:
        return 0
    return sum(map(len, _script_letters(*_CJK_SCRIPTS).findall(text)))


def is_hangul(text: str) -> bool:
    """Whether a text has a Korean syllable or letter (대통령, 회담전)."""
    return _script_letters("HANGUL").search(text) is not None


_FIRST_CJK = 0x1100  # Hangul Jamo, the first block whose letters' names begin with CJK, HIRAGANA, KATAKANA or HANGUL
_CJK_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")


@functools.cache
def _script_letters(*scripts: str) -> re.Pattern[str]:
    """A run of the letters whose Unicode names begin with one of ``scripts`` ("CJK UNIFIED IDEOGRAPH-4E60":
    CJK), as one character class built from the names once (a quarter of a second): a text's letters are then
    looked at by the regex engine, not one by one in Python ("’" and "–" put most English texts past U+1100)."""
    spans: list[tuple[int, int]] = []
    for code in range(_FIRST_CJK, sys.maxunicode + 1):
        if unicodedata.name(chr(code), "").startswith(scripts):
            if spans and spans[-1][1] == code - 1:
                spans[-1] = (spans[-1][0], code)
            else:
                spans.append((code, code))
    return re.compile("[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in spans) + "]+")


_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff'’-]+")
A_STEM_MIN_LETTERS = 4  # "Дуда", "Лула": a shorter name's stem would be too short to tell apart


def _cyrillic_a_stem(alias: str) -> str | None:
    """A Cyrillic name ending in -а/-я without that ending ("Анджей Дуда" -> "Анджей Дуд"), or None:
    Russian and Ukrainian decline such names by replacing it ("Дудой", "Дудою", "Обамы", "Кісідою"),
    so the aliases as written never match those forms; the name suffixes complete the stem."""
    last = alias.rsplit(" ", 1)[-1]
    if len(last) < A_STEM_MIN_LETTERS or last[-1] not in "аяАЯ" or not _CYRILLIC_WORD.fullmatch(last):
        return None
    return alias[:-1]


def _read_yaml(path: Path) -> Any:
    """A YAML file through libyaml's safe loader (PyYAML's C binding: 10 times the pure-Python speed)."""
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=yaml.CSafeLoader)
    except yaml.YAMLError as exc:
        raise ReferenceDataError(f"{path}: not valid YAML ({exc})") from exc


def validate_language_file(path: Path, data: Any) -> dict[str, Any]:
    """Check a language file's keys and types; raise ReferenceDataError naming the problem."""
    if not isinstance(data, dict):
        raise ReferenceDataError(f"{path}: expected a mapping at top level")
    for key, kind in LANGUAGE_FILE_KEYS.items():
        if key not in data:
            raise ReferenceDataError(f"{path}: missing key {key!r}")
        if not isinstance(data[key], kind):
            raise ReferenceDataError(f"{path}: {key!r} must be a {kind.__name__}")
    for key, kind in OPTIONAL_LANGUAGE_KEYS.items():
        if key in data and not isinstance(data[key], kind):
            raise ReferenceDataError(f"{path}: {key!r} must be a {kind.__name__}")
    unknown = set(data) - set(LANGUAGE_FILE_KEYS) - set(OPTIONAL_LANGUAGE_KEYS)
    if unknown:
        raise ReferenceDataError(f"{path}: unknown keys {sorted(unknown)}")
    if data["language"] != path.stem:
        raise ReferenceDataError(f"{path}: 'language' must equal the file name ({path.stem})")
    for etype in data["engagement_cues"]:
        if etype not in ("phone_call", "video_call", "meeting", "conversation"):
            raise ReferenceDataError(f"{path}: unknown engagement type {etype!r}")
    for pattern in data["initiator_patterns"]:
        if "{actor}" not in pattern:
            raise ReferenceDataError(f"{path}: initiator pattern without {{actor}}: {pattern!r}")
    return data


# marks that end an initiator slot: Latin, CJK and Arabic-script punctuation ("،" "؛" "؟")
_SLOT_ENDS = ".,;:!?\\n。，；،؛؟"


PARTY_SLOT = "{party}"  # the called side of a caller pattern ("{actor} called {party}"), after {actor}


WHEN_SLOT = "{when}"  # a few words of time between a verb and its object ("telefonou nesta segunda-feira (26) para")
# ... or set off by commas ("تلقى ... اتصالا هاتفيا، الاثنين، من الرئيس")
_WHEN_GAP = rf"(?:[^{_SLOT_ENDS}]{{0,40}}?|[,،][^{_SLOT_ENDS}]{{1,30}}[,،])"
# what the side said before its verb, commas included, within the sentence ("ルッテ首相から,
# …日本の知見に学びたく電話した旨述べました": Rutte said he had called)
CLAUSE_SLOT = "{clause}"
_CLAUSE_GAP = r"[^.!?\n。！？]{0,200}?"


def _gapped(piece: str) -> str:
    """A fixed part of an initiator pattern as a regex, its ``{when}`` and ``{clause}`` slots as gaps."""
    return _CLAUSE_GAP.join(
        _WHEN_GAP.join(re.escape(word) for word in part.split(WHEN_SLOT)) for part in piece.split(CLAUSE_SLOT)
    )


_LAST_ACTOR_SLOT = rf"(?P<actor>[^{_SLOT_ENDS}]{{1,60}})"  # a slot that ends its pattern ("at the request of {actor}")


def actor_slot_is_last(regex: re.Pattern[str]) -> bool:
    """Whether an initiator regex ends with its actor slot ("at the invitation of {actor}"), no fixed text closing it
    ("أجرى {actor} اتصالا هاتفيا ب", "{actor} called {party}")."""
    return regex.pattern.endswith(_LAST_ACTOR_SLOT)


def _initiator_regex(pattern: str, boundaries: bool) -> re.Pattern[str]:
    """The pattern as a regex over ``normalise``d text (its letters folded the same way)."""
    before, after = (normalise(part) for part in pattern.split(PARTY_SLOT, 1)[0].split("{actor}", 1))
    slot = rf"(?P<actor>[^{_SLOT_ENDS}]{{1,60}}?)" if after.strip() else _LAST_ACTOR_SLOT
    next_word = after.split()[0] if after[:1].isspace() and after.strip() else ""
    if next_word and "{" not in next_word:  # "تماس تلفنی {actor} با": the slot is no "با ..." of its own
        slot = slot.replace("(?P<actor>", rf"(?P<actor>(?!\s?{re.escape(next_word)}\b)", 1)
    lead = r"(?<!\w)" if boundaries else ""
    head = _gapped(before)  # "received a call{when} from {actor}"
    tail = _gapped(after)
    end = r"(?!\w)" if boundaries and after[-1:].isascii() and after[-1:].isalpha() else ""  # not "initiatives"
    return re.compile(lead + head + slot + tail + end, re.IGNORECASE)


def _party_tail(pattern: str) -> str | None:
    """What must follow the called side of a caller pattern ("" for "{actor} called {party}",
    "に電話" for "{actor}から{party}に電話"), or None for a pattern without one."""
    if PARTY_SLOT not in pattern:
        return None
    return normalise(pattern.split(PARTY_SLOT, 1)[1])


def _initiator_literal(pattern: str) -> str:
    """The longest fixed part of an initiator pattern (before or after {actor}, or after
    {party}), normalised: no regex runs on a text that does not contain it."""
    head, _, tail = pattern.partition(PARTY_SLOT)
    before, after = head.split("{actor}", 1)
    pieces = [piece for part in (before, after, tail) for piece in re.split(r"\{(?:when|clause)\}", part)]
    return normalise(max(pieces, key=lambda side: len(side.strip())).strip())


def _calendar_names(code: str, data: dict[str, Any]) -> tuple[dict[str, int], dict[str, int]]:
    """Month and weekday names of a language with their numbers: CLDR's (through babel: wide and
    abbreviated, in running text and standing alone) for the language and for the regional
    locales it also writes (``month_name_locales``: Arabic's Levantine "أيلول", "تشرين الأول" and
    Maghrebi "جانفي", "شتنبر" beside "سبتمبر") and the spellings it lists (``month_name_extras``,
    ``weekday_name_extras``), lower-cased, each also with the letters
    ``normalise`` folds read as one ("اكتوبر" beside "أكتوبر"), as date phrases are read, and with
    a zero-width non-joiner also written as a space or left out ("سه شنبه", "سه‌شنبه", "سهشنبه")."""
    from babel import Locale

    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for name in [code, *data.get("month_name_locales", [])]:
        locale = Locale.parse(name)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, month in locale.months[context][width].items():
                    months.setdefault(month.lower().rstrip("."), number)
                for number, day in locale.days[context][width].items():
                    weekdays.setdefault(day.lower().rstrip("."), number)
    # spellings CLDR lacks (English "sept", Spanish "setiembre", Ukrainian genitive "вівторка")
    for extra, number in data.get("month_name_extras", {}).items():
        months.setdefault(str(extra).lower(), int(number))
    for extra, number in data.get("weekday_name_extras", {}).items():
        weekdays.setdefault(str(extra).lower(), int(number))
    for compound in list(weekdays):  # a weekday named by another one and a word before it ("پنجشنبه"): also spaced
        base = next((w for w in weekdays if w != compound and compound.endswith(w) and len(w) > 1), None)
        if base is not None and compound[: -len(base)].strip("\u200c ").isalpha():
            weekdays.setdefault(compound[: -len(base)].strip("\u200c ") + " " + base, weekdays[compound])
    for table in (months, weekdays):
        for written, number in list(table.items()):
            # a zero-width non-joiner (Persian "سه‌شنبه") is often written as a space or left out
            for spelling in (written, written.replace("\u200c", " "), written.replace("\u200c", "")):
                table.setdefault(spelling, number)
                table.setdefault(fold_letters(spelling), number)
    return months, weekdays


def _date_regexes(code: str, data: dict[str, Any]) -> list[re.Pattern[str]]:
    """The language's date patterns with its month and weekday names put in, their letters
    folded as ``normalise`` folds them: they are matched against text so folded
    ("أول أمس" and "اول امس", "الإثنين" and "الاثنين" alike)."""
    months, weekdays = _calendar_names(code, data)
    months_alt = "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True))
    days_alt = "|".join(sorted((re.escape(d) for d in weekdays), key=len, reverse=True))
    return [
        re.compile(
            fold_letters(p.replace("{month}", f"(?:{months_alt})\\.?").replace("{weekday}", f"(?:{days_alt})")),
            re.IGNORECASE,
        )
        for p in data["date_patterns"]
    ]


def _calendar(code: str, data: dict[str, Any]) -> tuple[dict[str, int], dict[str, int], bool]:
    """Month and weekday names of a language with their numbers (``_calendar_names``), and
    whether its numeric dates put the day first."""
    from babel import Locale

    months, weekdays = _calendar_names(code, data)
    short = Locale.parse(code).date_formats["short"].pattern
    return months, weekdays, short.find("d") < short.find("M")


def _country_names(locale: str | None) -> dict[str, set[str]]:
    """Country names (ISO alpha-3 -> names) in one language, from pycountry."""
    translate = (
        (lambda s: s)
        if locale is None
        else gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale], fallback=True).gettext
    )
    names: dict[str, set[str]] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.setdefault(country.alpha_3, set()).add(translate(value))
    return names


def _leader_entries(leaders_dir: Path) -> list[tuple[dict[str, Any], Path]]:
    """Every person of every ``leaders/*.yaml`` file, with the file it came from."""
    entries = []
    for path in sorted(leaders_dir.glob("*.yaml")):
        people = _read_yaml(path) or []
        if not isinstance(people, list):
            raise ReferenceDataError(f"{path}: expected a list of people")
        for person in people:
            missing = {"id", "name", "terms"} - set(person)
            if missing:
                raise ReferenceDataError(f"{path}: {person.get('id', person)!r} lacks {sorted(missing)}")
            entries.append((person, path))
    return entries


def _actor_words(path: Path) -> dict[str, list[str]]:
    """Actor code -> words of one language (``reference/actor_words/<language>.yaml``)."""
    if not path.exists():
        return {}
    data = _read_yaml(path) or {}
    if not isinstance(data, dict) or not all(isinstance(v, list) for v in data.values()):
        raise ReferenceDataError(f"{path}: expected a mapping of actor code to a list of words")
    return data


def _phrase_automata(phrases: dict[str, list[Entry]], languages: list[str]) -> dict[str | None, Any]:
    """One automaton per supported language (its phrases and the names, which belong to no
    language) and one of every phrase for text in any other language.

    A value is ``(key length, CJK key, entries)``; a language's automaton holds only the
    entries of that language or of none, so a phrase of another language never even matches.
    """
    shapes = {key: (len(key), is_cjk(key)) for key in phrases}
    automata: dict[str | None, Any] = {}
    for language in [None, *languages]:
        automaton = ahocorasick.Automaton()
        for key, entries in phrases.items():
            kept = tuple(
                dict.fromkeys(e for e in entries if language is None or e.language is None or e.language == language)
            )
            if kept:
                automaton.add_word(key, (*shapes[key], kept))
        automaton.make_automaton()
        automata[language] = automaton
    return automata


def sentence_break_regex(spaced: Iterable[str], unspaced: Iterable[str]) -> re.Pattern[str]:
    """Where one sentence ends and the next begins: after a mark of ``spaced`` (or of
    ``unspaced``) and an optional closing quote, the spaces; any run of line breaks; and
    right after a mark of ``unspaced`` even when no space follows (CJK full stops)."""
    spaced, unspaced = sorted(set(spaced) | set(unspaced)), sorted(set(unspaced))
    parts = [rf"(?<=[{re.escape(''.join(spaced))}])[\"»”’']?\s+", r"\n+"]
    if unspaced:
        parts.append(rf"(?<=[{re.escape(''.join(unspaced))}])")
    return re.compile("|".join(parts))


def _leader_groups(data: dict[str, list[Any]]) -> dict[str, tuple[tuple[str, str], ...]]:
    """reference/leader_groups.yaml read: each member as (actor code, office), a member given by its actor code alone
    holding ``LEADER_OFFICE`` (its leading office, as ``Reference.office_holders`` reads it)."""
    groups: dict[str, tuple[tuple[str, str], ...]] = {}
    for group, members in data.items():
        read: list[tuple[str, str]] = []
        for member in members:
            if isinstance(member, dict):
                if set(member) != {"actor", "office"}:
                    raise ReferenceDataError(f"leader_groups.yaml: {group}: a member needs actor and office: {member}")
                read.append((str(member["actor"]), str(member["office"])))
            else:
                read.append((str(member), LEADER_OFFICE))
        groups[str(group)] = tuple(read)
    return groups


@functools.lru_cache(maxsize=4)
def load_reference(include_dir: Path | None = None) -> Reference:
    """Read every reference and language file and build the phrase automata."""
    include_dir = include_dir or load_settings().include_dir
    ref_dir = include_dir / "reference"
    phrases: dict[str, list[Entry]] = {}

    def add(phrase: str, entry: Entry) -> None:
        phrase = phrase.strip()
        key = normalise(phrase)
        if not key:
            return
        letters = [ch for ch in phrase if ch.isalpha()]
        if letters and len(letters) <= 5 and all(ch.isupper() for ch in letters):
            entry = Entry(entry.kind, entry.value, entry.language, exact=phrase, country_name=entry.country_name)
        phrases.setdefault(key, []).append(entry)
        for spelling in arabic_script_spellings(key):
            phrases.setdefault(spelling, []).append(entry)

    leaders: dict[str, list[LeaderTerm]] = {}
    for person, path in _leader_entries(ref_dir / "leaders"):
        pid = person["id"]
        aliases = tuple(dict.fromkeys([person["name"], *person.get("aliases", [])]))
        terms = []
        for term in person["terms"]:
            valid_from = term["from"]
            terms.append(
                LeaderTerm(
                    leader_code=f"{pid}:{term['office']}:{term['actor']}:{valid_from.isoformat()}",
                    person_id=pid,
                    name=person["name"],
                    office=term["office"],
                    actor_code=term["actor"],
                    valid_from=valid_from,
                    valid_to=term.get("to"),
                    aliases=aliases,
                    shared_office=bool(term.get("shared_office", False)),
                )
            )
        if pid in leaders:
            raise ReferenceDataError(f"{path}: duplicate leader id {pid!r}")
        leaders[pid] = terms
        for alias in aliases:
            add(alias, Entry("leader", pid, None))
            stem = _cyrillic_a_stem(alias)
            if stem is not None:
                add(stem, Entry("leader", pid, None, stem=True))

    for person in _read_yaml(ref_dir / "namesakes.yaml"):  # no leader, whatever leader's surname they hold
        if person["of"] not in leaders:
            raise ReferenceDataError(f"{ref_dir / 'namesakes.yaml'}: {person['of']!r} is no leader id")
        for name in person["names"]:
            add(name, Entry("namesake", person["of"], None))

    actors: dict[str, Actor] = {
        c.alpha_3: Actor(c.alpha_3, getattr(c, "common_name", None) or c.name, "state") for c in pycountry.countries
    }
    for org in _read_yaml(ref_dir / "organisations.yaml"):
        actors[org["code"]] = Actor(org["code"], org["name"], org["kind"])
        for alias in org["aliases"]:
            add(alias, Entry("actor", org["code"], None))

    languages: dict[str, LanguageProfile] = {}
    suffixes: set[str] = set()
    for path in sorted((include_dir / "languages").glob("*.yaml")):
        data = with_folded_spellings(validate_language_file(path, _read_yaml(path)))
        code = data["language"]
        boundaries = data.get("word_boundaries", True)
        for etype, cues in data["engagement_cues"].items():
            for cue in cues:
                add(cue, Entry("cue", etype, code))
        for office, titles in data["titles"].items():
            for title in titles:
                add(title, Entry("title", office, code))
        for actor_code, words in _actor_words(ref_dir / "actor_words" / path.name).items():
            for word in words:
                add(word, Entry("actor", actor_code, code))
        ignored = set(data.get("ignored_country_names", []))
        for actor_code, names in _country_names(data.get("pycountry_locale", code)).items():
            for name in names - ignored:
                add(name, Entry("actor", actor_code, code, country_name=True))
        for phrase in data.get("non_leader_titles", []):
            add(phrase, Entry("non_leader_title", phrase, code))
        for phrase in data.get("counterpart_words", []):
            add(phrase, Entry("counterpart", phrase, code))
        for phrase in data.get("participant_list_cues", []):
            add(phrase, Entry("participant_list", phrase, code))
        for cue in data["not_readout_cues"]:
            add(cue, Entry("not_readout", cue, code))
        for phrase in data.get("cue_free_phrases", []):
            add(phrase, Entry("cue_free", phrase, code))  # a longer match hiding the cue words it holds
        suffixes.update(data.get("name_suffixes", []))
        month_numbers, weekday_numbers, day_before_month = _calendar(code, data)
        languages[code] = LanguageProfile(
            code=code,
            data=data,
            initiator_regexes=[_initiator_regex(p, boundaries) for p in data["initiator_patterns"]],
            initiator_literals=[_initiator_literal(p) for p in data["initiator_patterns"]],
            initiator_party=[_party_tail(p) for p in data["initiator_patterns"]],
            returned_call_regexes=[_initiator_regex(p, boundaries) for p in data.get("returned_call_patterns", [])],
            returned_call_literals=[_initiator_literal(p) for p in data.get("returned_call_patterns", [])],
            called_side_regexes=[_initiator_regex(p, boundaries) for p in data.get("called_side_patterns", [])],
            called_side_literals=[_initiator_literal(p) for p in data.get("called_side_patterns", [])],
            date_regexes=_date_regexes(code, data),
            month_numbers=month_numbers,
            weekday_numbers=weekday_numbers,
            day_before_month=day_before_month,
            relative_day_words=frozenset(w for day in data.get("relative_days", {}) for w in normalise(day).split()),
        )

    topics: dict[str, str] = {}
    for topic in _read_yaml(ref_dir / "topics.yaml"):
        topics[topic["code"]] = topic["label"]
        for lang, words in topic["keywords"].items():
            for word in words:
                add(word, Entry("topic", topic["code"], lang))

    sources: dict[str, dict[str, Any]] = {}
    for source in _read_yaml(ref_dir / "sources.yaml"):
        sources[source["name"]] = source
        for alias in source["aliases"]:
            add(alias, Entry("source", source["name"], None))

    leader_groups = _leader_groups(_read_yaml(ref_dir / "leader_groups.yaml") or {})
    for code, profile in languages.items():
        unknown_groups = set(profile.data.get("leader_group_phrases") or {}) - set(leader_groups)
        if unknown_groups:
            raise ReferenceDataError(
                f"{code}.yaml: leader_group_phrases name no group of leader_groups.yaml: {sorted(unknown_groups)}"
            )

    rates = _read_yaml(ref_dir / "fx_rates.yaml")
    marks = _read_yaml(ref_dir / "script_marks.yaml")
    web = _read_yaml(ref_dir / "web_domains.yaml")
    sentence_ends = [*marks["sentence_ends"], *(m for p in languages.values() for m in p.data.get("sentence_ends", []))]
    unspaced = [
        *marks["sentence_ends_unspaced"],
        *(m for p in languages.values() for m in p.data.get("sentence_ends_unspaced", [])),
    ]
    return Reference(
        leaders=leaders,
        actors=actors,
        topics=topics,
        sources=sources,
        languages=languages,
        usd_per_unit_by_year={
            int(year): {code: float(rate) for code, rate in row.items()}
            for year, row in rates["usd_per_unit_by_year"].items()
        },
        currency_by_word={w.lower(): code for code, words in rates["currency_words"].items() for w in words},
        automata=_phrase_automata(phrases, list(languages)),
        name_suffixes=tuple(sorted(suffixes, key=lambda s: (-len(s), s))),
        name_particles=frozenset(str(w).lower() for w in _read_yaml(ref_dir / "name_particles.yaml") or []),
        patronymic_particles=tuple(str(w) for w in _read_yaml(ref_dir / "patronymic_particles.yaml") or []),
        family_name_first=frozenset(str(c) for c in _read_yaml(ref_dir / "family_name_first.yaml") or []),
        leading_offices={
            str(actor): str(office)
            for office, actors in (_read_yaml(ref_dir / "leading_office.yaml") or {}).items()
            for actor in actors
        },
        leader_groups=leader_groups,
        sentence_break=sentence_break_regex(sentence_ends, unspaced),
        months_before_day=frozenset(
            str(m).lower() for p in languages.values() for m in p.data.get("months_before_day", [])
        ),
        lower_case_abbreviations=frozenset(
            str(w) for p in languages.values() for w in p.data.get("lower_case_abbreviations", [])
        ),
        percent_signs=tuple(marks["percent_signs"]),
        figures_language_when_unlisted=marks.get("figures_language_when_unlisted"),
        top_level_domain_actors={str(k).lower(): str(v) for k, v in (web.get("top_level_domains") or {}).items()},
        domain_actors={str(k).lower(): str(v) for k, v in (web.get("domains") or {}).items()},
        government_host_labels=frozenset(str(label).lower() for label in web.get("government_host_labels") or ()),
        generic_top_level_domains=frozenset(str(tld).lower() for tld in web.get("generic_top_level_domains") or ()),
    )
