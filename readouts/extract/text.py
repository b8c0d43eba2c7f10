"""Scanning a text for the phrases of the reference, and cutting it into sentences."""

from __future__ import annotations

import bisect
import functools
import re
from typing import Any, NamedTuple

from readouts.reference import Entry, LanguageProfile, Reference, normalise

TYPE_SPECIFICITY = {"video_call": 3, "phone_call": 2, "meeting": 1}
REMOTE_TYPES = ("phone_call", "video_call")  # engagements not in person
# cues that say two leaders engaged but not how ("spoke with"): typed by the cues beside them, else a call
CONVERSATION = "conversation"


class Hit(NamedTuple):  # a tuple: dozens are made per document, a dataclass costs 4 times more
    start: int
    end: int
    entry: Entry
    inflected: bool = False  # matched with a name suffix ("Präsidenten", "Токаевым")


class Sentence(NamedTuple):
    start: int
    end: int


# katakana small letters and the long mark: no word begins on them
_KATAKANA_WORD_INNER = frozenset("ァィゥェォッャュョヮヵヶー")


def _is_katakana_letter(char: str) -> bool:
    """Whether a character is a katakana letter or the long-vowel mark (not the middle dot that joins a name's
    parts, "・")."""
    return "\u30a1" <= char <= "\u30fa" or char == "\u30fc"


def _inside_a_katakana_word(low: str, start: int, end: int) -> bool:
    """Whether a match of katakana letters is part of a longer katakana word: a katakana letter right before it, or
    right after it a small letter or the long mark, on which no word begins ("コンデ" in "コンディション"). A name
    stands before a kanji title, a middle dot, a mark or another word ("トブゲー首相", "ジョン・キーニュージーランド
    首相")."""
    if start and _is_katakana_letter(low[start]) and _is_katakana_letter(low[start - 1]):
        return True
    return end < len(low) and _is_katakana_letter(low[end - 1]) and low[end] in _KATAKANA_WORD_INNER


def scan(text: str, ref: Reference, language: str | None = None) -> list[Hit]:
    """Every phrase of the reference found in the text, longest match first at overlaps.

    With a supported ``language``, phrases of the other languages' files are ignored
    (German "Island" is not Iceland in an English text); names of people, organisations
    and sources belong to no language and always count. A topic counts once, at its first
    mention (only the set of topics is used).
    """
    suffixes = _suffix_regex(ref.name_suffixes)
    low = normalise(text)
    size = len(low)
    found: list[Hit] = []
    topics: set[str] = set()
    for end_index, (key_len, cjk, entries) in ref.phrase_automaton(language).iter(low):
        start = end_index - key_len + 1
        end = word_end = end_index + 1
        if cjk and _inside_a_katakana_word(low, start, end):
            continue  # "コンデ" (Condé) in "コンディション": a katakana word runs on, no name or word of its own
        if not cjk:
            if start and low[start - 1].isalnum() and low[start].isalnum():
                continue  # inside a word (not a phrase that opens on a mark: "'s wife" after "Zelensky"; one
                # that ends on a mark still needs no letter after it: "gov." in "GOV.UK" is no governor)
            if end < size and low[end].isalnum():
                inflected = suffixes.match(low, end) if suffixes is not None else None
                word_end = inflected.end() if inflected else -1
        for entry in entries:
            if entry.exact is not None and text[start:end] != entry.exact:
                continue
            if entry.stem and (word_end <= end or not text[start].isupper() or low[end:word_end] not in A_ENDINGS):
                continue  # "Дуд" only as "Дудою", "Дуды"; "кошти" (funds) is no "Кошта"
            kind = entry.kind
            if kind == "topic":
                if entry.value not in topics:
                    topics.add(entry.value)
                    found.append(Hit(start, end, entry))
            elif word_end == end:
                found.append(Hit(start, end, entry))
            elif word_end > 0 and kind in _INFLECTED_KINDS:
                found.append(Hit(start, word_end, entry, True))
    profile = ref.languages.get(language) if language else None
    gaps = interposed_regex(profile)
    if gaps is not None:
        found.extend(_cues_across_durations(low, gaps, ref.phrase_automaton(language)))
    separable = _separable_verbs(profile)
    if separable:
        found.extend(_separable_verb_cues(low, separable, language))
    unique = {(h.start, h.end, h.entry.kind, h.entry.value): h for h in found}
    return _longest_first(list(unique.values()))


@functools.lru_cache(maxsize=32)  # one per language profile of a load
def interposed_regex(profile: LanguageProfile | None) -> re.Pattern[str] | None:
    """One regex (over ``normalise``d text) for what a language puts between a cue's words and is read
    as absent: its ``interposed_durations`` and ``interposed_qualifiers``, and, where it lists
    ``day_phrase_openers``, a day named between the verb and its "with" or "to" ("conversó este viernes
    con", "conversou nesta sexta-feira (3) com", "berbicara pada hari Jumat dengan"): one of its weekday
    names or ``relative_days``, after one of the openers or none."""
    if profile is None:
        return None
    patterns = [*profile.data.get("interposed_durations", ()), *profile.data.get("interposed_qualifiers", ())]
    openers = profile.data.get("day_phrase_openers", [])
    if openers:
        days = {normalise(d) for d in (*profile.weekday_numbers, *profile.data.get("relative_days", {}))}
        either = "|".join(re.escape(w) for w in sorted(days, key=len, reverse=True))
        opener = "|".join(re.escape(normalise(w)) for w in sorted(openers, key=len, reverse=True))
        patterns.append(rf" (?:(?:{opener}) )?(?:{either})(?: \(\d{{1,2}}\))?(?= )")
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


_DURATION_WINDOW = 40  # characters kept each side of a duration: enough for any cue's words


def _cues_across_durations(low: str, durations: re.Pattern[str], automaton: Any) -> list[Hit]:
    """Engagement cues read across a duration or a qualifier set between their words: Spanish and
    Portuguese put the length of a meeting between the noun and its "with" ("encuentro de casi tres
    horas con Bush", "reunião de duas horas com Lula"), and an adjective ("conversación productiva
    con Trump": the language's ``interposed_qualifiers``). The hit spans the gap too."""
    hits: list[Hit] = []
    for gap in durations.finditer(low):
        head = max(0, gap.start() - _DURATION_WINDOW)
        joined = low[head : gap.start()] + low[gap.end() : gap.end() + _DURATION_WINDOW]
        seam = gap.start() - head
        for end_index, (key_len, cjk, entries) in automaton.iter(joined):
            start, end = end_index - key_len + 1, end_index + 1
            if not start < seam < end:
                continue  # a cue wholly on one side was found by the plain scan
            if not cjk and ((start and joined[start - 1].isalnum()) or (end < len(joined) and joined[end].isalnum())):
                continue  # inside a word (Chinese and Japanese phrases match inside runs of letters, as in scan)
            hits.extend(
                Hit(head + start, gap.end() + end - seam, entry)
                for entry in entries
                if entry.kind == "cue" and entry.exact is None
            )
    return hits


# The case endings of Russian and Ukrainian nouns in -а/-я, which replace it ("Дуда": "Дуды", "Дуде", "Дудой", "Дудою").
A_ENDINGS = frozenset(("ы", "и", "е", "і", "у", "ю", "ой", "ей", "ёй", "ою", "ею", "єю"))
SEPARABLE_VERB_MAX_WORDS = 8  # words between a verb and its particle ("rief am Montag Präsident Macron an")


@functools.lru_cache(maxsize=32)  # one per language profile of a load
def _separable_verbs(profile: LanguageProfile | None) -> tuple[tuple[str, str, str], ...]:
    """A language's ``separable_verb_cues`` as (verb forms joined by "|", particle, engagement type)."""
    entries = profile.data.get("separable_verb_cues", []) if profile is not None else []
    return tuple(
        ("|".join(re.escape(normalise(v)) for v in e["verbs"]), normalise(e["particle"]), e["type"]) for e in entries
    )


@functools.lru_cache(maxsize=16)
def _separable_verb_regex(verbs: tuple[tuple[str, str, str], ...]) -> re.Pattern[str]:
    """One regex for a language's separable verbs: a verb form, a few words of its clause, then its
    particle closing the clause ("rief ... an," "ruft ... zurück.")."""
    alternatives = "|".join(
        rf"(?P<v{i}>\b(?:{forms})\b)(?:\s+[^\s.,;:!?]+){{1,{SEPARABLE_VERB_MAX_WORDS}}}\s+{re.escape(particle)}(?=[\s.,;:!?]|$)"
        for i, (forms, particle, _type) in enumerate(verbs)
    )
    return re.compile(alternatives)


def _separable_verb_cues(low: str, verbs: tuple[tuple[str, str, str], ...], language: str | None) -> list[Hit]:
    """Engagement cues of separable verbs, the verb's span only (the words between stay free for the
    names): German "Scholz rief Präsident Macron an" (phoned), not "rief Präsident Macron zur Ruhe auf"."""
    hits: list[Hit] = []
    for match in _separable_verb_regex(verbs).finditer(low):
        verb = match.lastgroup or ""  # "v2": the alternative that matched, its verb the only named group
        hits.append(Hit(match.start(), match.end(verb), Entry("cue", verbs[int(verb[1:])][2], language)))
    return hits


_INFLECTED_KINDS = frozenset(("leader", "actor", "title", "non_leader_title", "counterpart"))


@functools.lru_cache(maxsize=8)
def _suffix_regex(name_suffixes: tuple[str, ...]) -> re.Pattern[str] | None:
    """One regex for "a name ending, then the end of the word" (longest ending first)."""
    if not name_suffixes:
        return None
    alternatives = "|".join(re.escape(s) for s in sorted(name_suffixes, key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})(?![^\W_])")


# kinds whose hits may overlap anything (a participant list's "participaron en la videoconferencia" holds a cue)
_FREE_KINDS = frozenset(("topic", "source", "participant_list"))


def _longest_first(hits: list[Hit]) -> list[Hit]:
    """Drop hits inside a longer hit (topics, sources and participant lists may overlap anything)."""
    free = [h for h in hits if h.entry.kind in _FREE_KINDS]
    ranked = sorted(
        (h for h in hits if h.entry.kind not in _FREE_KINDS),
        key=lambda h: (-(h.end - h.start), h.start),
    )
    taken: list[Hit] = []
    spans: set[tuple[int, int]] = set()
    occupied = bytearray(max((h.end for h in ranked), default=0))
    for hit in ranked:
        overlaps = occupied.find(1, hit.start, hit.end) != -1
        if overlaps and (hit.start, hit.end) not in spans and not _says_more_of_the_medium(hit, taken):
            continue  # inside a longer hit (a hit of the very same span is another meaning of it)
        taken.append(hit)
        spans.add((hit.start, hit.end))
        occupied[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
    return sorted(taken + free, key=lambda h: (h.start, -h.end))


def _says_more_of_the_medium(cue: Hit, taken: list[Hit]) -> bool:
    """Whether an engagement cue reaching past the longer cues it overlaps names a more specific
    medium than they do: "virtual meeting" in "held a virtual meeting" beside "held a meeting"
    ("mantuvo una reunión virtual"), a video call however long the meeting phrase it shares a word with."""
    if cue.entry.kind != "cue" or cue.entry.value not in TYPE_SPECIFICITY:
        return False
    crossed = [h for h in taken if h.start < cue.end and cue.start < h.end]
    return all(
        h.entry.kind == "cue"
        and (h.start > cue.start or h.end < cue.end)  # not inside it
        and TYPE_SPECIFICITY.get(h.entry.value, 0) < TYPE_SPECIFICITY[cue.entry.value]
        for h in crossed
    )


# A dot that ends a number, an initial or a short abbreviation ("am 8. Februar", "H.E.",
# "Mr.", "Mrd.", "M. Tokaïev") does not end a sentence when the text goes on in the same line, nor
# does one joined to a word by a hyphen or slash ("Japan-U.S. Summit Meeting", "EU/U.S. talks").
# The longer month abbreviations ("Sept. 19", "19 janv. 2024", "8. Sept.") are such abbreviations too.
# Korean, Chinese and Japanese syllables are no abbreviation's letters: "했다.", "밝혔다." end a sentence; nor are
# Arabic-script words of two or three letters, short verbs that end most sentences ("گفتگو کرد.", "... است.",
# "عازم شد."): only one such letter is an initial ("جوزيف ر. بايدن").
_ABBREVIATION_LETTER = (
    r"[^\W\d_\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
    r"\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
)
_NOT_A_SENTENCE_END = re.compile(
    rf"(?:^|[\s(/-]|(?<=[^\W\d_]\.))(?:\d{{1,2}}|{_ABBREVIATION_LETTER}{{1,3}}|[\u0600-\u06ff]|(?:[^\W\d_]\.)+[^\W\d_]?"
    rf"|(?i:sept|janv|févr|juil))\.$"
)
# A numeric date written year first with stops ("2023. 9. 19.", "2023.09.19"): one date, no sentence end in it.
_DOTTED_DATE = re.compile(r"(?<![\d.])\d{4}\.\s?\d{1,2}\.\s?\d{1,2}(?!\d)")


def _start_of(hit: Hit) -> int:
    return hit.start


def _any_between(sorted_starts: list[int], start: int, end: int) -> bool:
    """Whether a sorted list of offsets holds one in [start, end)."""
    i = bisect.bisect_left(sorted_starts, start)
    return i < len(sorted_starts) and sorted_starts[i] < end


def split_sentences(text: str, ref: Reference) -> list[Sentence]:
    """Sentences and lines of a text, cut at the sentence marks of the reference's scripts and
    languages, not broken after ordinals, initials and abbreviations."""
    sentences, start = [], 0
    dotted = [(m.start(), m.end()) for m in _DOTTED_DATE.finditer(text)] if "." in text else []
    for match in ref.sentence_break.finditer(text):
        cut = match.start()
        if dotted and any(a < cut < b for a, b in dotted):
            continue
        if (
            text[cut - 1 : cut] == "."  # only a dot may be an ordinal's or an abbreviation's
            and "\n" not in match.group(0)
            and _NOT_A_SENTENCE_END.search(text[max(start, cut - 8) : cut])
            and not _day_after_its_month(text, cut, ref)
            and not _short_word_ends_sentence(text, cut, match.end(), ref.lower_case_abbreviations)
        ):
            continue
        if _wrapped_line(text, match) or _inside_brackets(text, start, cut, match.end()):
            continue
        if cut > start:
            sentences.append(Sentence(start, cut))
        start = match.end()
    if start < len(text):
        sentences.append(Sentence(start, len(text)))
    return [s for s in sentences if text[s.start : s.end].strip()]


BRACKET_CLOSE_CHARS = 60


def _inside_brackets(text: str, start: int, cut: int, after: int) -> bool:
    """Whether a sentence mark stands inside brackets that close soon after it on the same line
    ("本8月26日18時20分(現地時間。日本時間27日0時20分)から…会談"): a note within the sentence, not its end. Only a
    mark with no line break in it."""
    opened = max(text.rfind("(", start, cut), text.rfind("（", start, cut))
    if opened < 0 or "\n" in text[cut:after] or max(text.rfind(")", opened, cut), text.rfind("）", opened, cut)) >= 0:
        return False
    depth = 1  # brackets may nest ("(…時間。日本時間28日(月曜日)午前7時50分)")
    for char in text[after : after + BRACKET_CLOSE_CHARS].split("\n", 1)[0]:
        depth += char in "(（"
        depth -= char in ")）"
        if not depth:
            return True
    return False


_SHORT_WORD = re.compile(r"(?:^|\s)([^\W\d_A-ZÀ-ÞА-ЯЁ]{2,3}|[A-ZА-ЯЁ]{2,3})\.$")  # lower case, or an acronym


def _short_word_ends_sentence(text: str, cut: int, after: int, abbreviations: frozenset[str]) -> bool:
    """Whether the dot before ``cut`` ends a sentence on a short word written in lower case or an acronym ("the whole
    world is with us. In the morning I spoke with ...", "membership in the EU. I spoke with ..."): no abbreviation
    ("Mr.", "Dr.", nor one of the languages' ``lower_case_abbreviations``: "ca.", "гг."), for the next sentence opens
    with a capital letter."""
    word = _SHORT_WORD.search(text, max(0, cut - 5), cut)
    return word is not None and word.group(1) not in abbreviations and text[after : after + 1].isupper()


_DAY_AFTER_A_WORD = re.compile(r"([^\W\d_]+)\.? \d{1,2}\.$")


def _day_after_its_month(text: str, cut: int, ref: Reference) -> bool:
    """Whether the number before a dot is a day after a month's name of the reference's ``months_before_day`` (the
    month names its language files list as written before the day: "talks with Ilham Aliyev in Brussels on April 6.
    In this connection"): a sentence ends there, not an ordinal ("am 6. April")."""
    m = _DAY_AFTER_A_WORD.search(text, max(0, cut - 20), cut)
    return m is not None and m.group(1).lower() in ref.months_before_day


def _wrapped_line(text: str, brk: re.Match[str]) -> bool:
    """Whether a break is one line wrapped in the middle of a sentence: a single newline with
    no sentence mark before it and a lower-case letter after it ("... hosted Taoiseach Martin
    for a\nvirtual bilateral meeting."), or after the dot of an initial or abbreviation ("President
    Surangel Whipps, Jr.\nof Palau"); or, in a text hard-wrapped into long lines, a newline inside a
    name or list ("President Hilda\nHeine of Marshall Islands"): a line of ``WRAPPED_LINE_CHARS`` or
    more that ends in a letter, after or before a line of that length too."""
    if brk.group(0) != "\n":
        return False
    before = text[brk.start() - 1 : brk.start()]
    if text[brk.end() : brk.end() + 1].islower():
        if before.isalnum():
            return True
        line_start = text.rfind("\n", 0, brk.start()) + 1
        return before == "." and bool(_NOT_A_SENTENCE_END.search(text[max(line_start, brk.start() - 8) : brk.start()]))
    if not before.isalpha() or not text[brk.end() : brk.end() + 1].isupper():
        return False
    line_start = text.rfind("\n", 0, brk.start()) + 1
    if brk.start() - line_start < WRAPPED_LINE_CHARS or line_start == 0:
        return False
    previous_start = text.rfind("\n", 0, line_start - 1) + 1
    if line_start - 1 - previous_start >= WRAPPED_LINE_CHARS:
        return True
    # a paragraph's first line: the line after it long too ("at the invitation of the Prime\nMinister and in ...")
    next_end = text.find("\n", brk.end())
    return (len(text) if next_end < 0 else next_end) - brk.end() >= WRAPPED_LINE_CHARS


WRAPPED_LINE_CHARS = 60

_NEWLINE = re.compile("\n")


@functools.lru_cache(maxsize=8)  # a document's text is unwrapped for its scan and again for its initiator phrases
def _wrapped_breaks(text: str) -> tuple[int, ...]:
    return tuple(m.start() for m in _NEWLINE.finditer(text) if _wrapped_line(text, m))


def unwrapped(text: str, low: str) -> str:
    """``low`` (a form of ``text`` with the same offsets) with each newline that only wraps a line in the middle of a
    sentence (``_wrapped_line``: "at the invitation of the Prime\nMinister") made a space."""
    breaks = _wrapped_breaks(text) if "\n" in text else ()
    if not breaks:
        return low
    chars = list(low)
    for at in breaks:
        chars[at] = " "
    return "".join(chars)


@functools.lru_cache(maxsize=4)
def _script_converter(config: str):  # noqa: ANN202 - opencc type
    import opencc

    return opencc.OpenCC(config)


def whole_word(text: str, word: str) -> re.Match[str] | None:
    """Where ``word`` (a word or phrase) first stands in ``text`` as whole words, not inside a longer word."""
    return _whole_word_regex(word).search(text)


@functools.lru_cache(maxsize=4096)  # the phrase tables' words, a few thousand
def _whole_word_regex(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")


def language_list(profile: LanguageProfile | None, key: str) -> list[Any]:
    """The list a language file gives under ``key``, empty when the language or the key is absent."""
    return profile.data.get(key, []) if profile is not None else []


@functools.lru_cache(maxsize=1024)  # one per language profile and key of a load
def normalised_list(profile: LanguageProfile | None, key: str) -> tuple[str, ...]:
    """The phrases a language file gives under ``key``, lower-cased as ``normalise`` reads text (once per load,
    not once per document)."""
    return tuple(normalise(w) for w in language_list(profile, key))


@functools.lru_cache(maxsize=64)
def normalised_titles(profile: LanguageProfile | None) -> tuple[str, ...]:
    """Every leader's title a language file names, lower-cased as ``normalise`` reads text (once per load)."""
    titles = (profile.data.get("titles") or {}) if profile is not None else {}
    return tuple(normalise(t) for names in titles.values() for t in names)


def to_common_script(text: str, profile: LanguageProfile | None) -> str:
    """The text in the script its language's phrase tables are written in: a language file's
    ``script_conversion`` names an OpenCC configuration ("t2s": traditional Chinese 習近平,
    會談, 通電話 read as 习近平, 会谈, 通电话). Offsets stay as they are: a conversion that
    would change the length is made character by character."""
    config = profile.data.get("script_conversion") if profile is not None else None
    if not config or not text:
        return text
    converter = _script_converter(config)
    converted = converter.convert(text)
    if len(converted) == len(text):
        return converted
    chars = [converter.convert(ch) for ch in text]
    return "".join(c if len(c) == 1 else ch for c, ch in zip(chars, text, strict=True))
