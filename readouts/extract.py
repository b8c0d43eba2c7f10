"""Extract: is a document a readout, and of what engagement?

The rules, all driven by the phrase tables of ``include/languages/*.yaml`` and the
reference files (the code names no language):

* the **engagement sentence** is the first sentence (title first) holding an
  engagement cue; its most specific cue gives the type (video_call > phone_call > meeting);
* **participants** are the leaders named, or designated by title and actor ("Kazakh
  President", "President of China"), in the engagement sentence, then in the following
  cue sentences and the title, until two are found; other leaders are mentions;
* the **date** is an explicit date phrase in a cue sentence, else a weekday phrase
  resolved against the publication date, else the publication date, else unknown;
* the **initiator** comes from an initiator phrase anywhere in the text; its actor must
  be a participant's.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

import pycountry

from readouts import EXTRACTOR_VERSION
from readouts.models import Extraction, Figure, ParsedDocument, Participant
from readouts.reference import Entry, LanguageProfile, LeaderTerm, Reference, normalise

TYPE_SPECIFICITY = {"video_call": 3, "phone_call": 2, "meeting": 1}
SENTENCE_BREAK = re.compile(r"(?<=[.!?。！？])[\"»”’']?\s+|\n+|(?<=[。！？])")
MAX_CUE_SENTENCES = 4
OPENING_SENTENCES = 3  # a readout names its leaders early
OPENING_MIN_CHARS = 12
OFFICE_TOLERANCE_DAYS = 7  # terms of office in the reference may be a few days off
FUTURE_DAY_MONTH_DAYS = 183  # a day and month without a year up to this far after publication is a future day
NOT_A_PAST_DATE = dt.date.max  # a calendar date that cannot be the engagement's: after publication


class Hit(NamedTuple):  # a tuple: dozens are made per document, a dataclass costs 4 times more
    start: int
    end: int
    entry: Entry
    inflected: bool = False  # matched with a name suffix ("Präsidenten", "Токаевым")


class Sentence(NamedTuple):
    start: int
    end: int


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
        if not cjk:
            if start and low[start - 1].isalnum():
                continue  # inside a word
            if end < size and low[end].isalnum():
                inflected = suffixes.match(low, end) if suffixes is not None else None
                word_end = inflected.end() if inflected else -1
        for entry in entries:
            if entry.exact is not None and text[start:end] != entry.exact:
                continue
            kind = entry.kind
            if kind == "topic":
                if entry.value not in topics:
                    topics.add(entry.value)
                    found.append(Hit(start, end, entry))
            elif word_end == end:
                found.append(Hit(start, end, entry))
            elif word_end > 0 and kind in _INFLECTED_KINDS:
                found.append(Hit(start, word_end, entry, True))
    unique = {(h.start, h.end, h.entry.kind, h.entry.value): h for h in found}
    return _longest_first(list(unique.values()))


_INFLECTED_KINDS = frozenset(("leader", "actor", "title", "non_leader_title"))


@functools.lru_cache(maxsize=8)
def _suffix_regex(name_suffixes: tuple[str, ...]) -> re.Pattern[str] | None:
    """One regex for "a name ending, then the end of the word" (longest ending first)."""
    if not name_suffixes:
        return None
    alternatives = "|".join(re.escape(s) for s in sorted(name_suffixes, key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})(?![^\W_])")


def resolve_shared_names(hits: list[Hit], ref: Reference, day: dt.date | None) -> list[Hit]:
    """One person per name: a name several leaders share (Aliyev, Bush) means whoever held
    office on the day; failing that, the one whose time in office is nearest to it."""
    by_span: dict[tuple[int, int], list[Hit]] = {}
    for hit in hits:
        if hit.entry.kind == "leader":
            by_span.setdefault((hit.start, hit.end), []).append(hit)
    dropped: set[int] = set()
    for group in by_span.values():
        if len(group) < 2:
            continue
        best = min(group, key=lambda h: _distance_from_office(ref.leaders[h.entry.value], day))
        dropped.update(id(h) for h in group if h is not best)
    return [h for h in hits if id(h) not in dropped]


def _time_of_named_leaders(hits: list[Hit], ref: Reference, today: dt.date | None = None) -> Spans:
    """The stretches of time in which every leader the text names held office: an undated
    page's titles ("the Chinese President", "господин Президент") mean whoever held the
    office then, when that is one person. Empty when no leader is named or their times in
    office never meet."""
    people = {h.entry.value for h in hits if h.entry.kind == "leader"}
    end_of_time = today or dt.date.today()
    spans: list[tuple[dt.date, dt.date]] | None = None
    for person in sorted(people):
        terms = [(t.valid_from, t.valid_to or end_of_time) for t in ref.leaders[person]]
        if spans is None:
            spans = terms
        else:
            spans = [(max(a, c), min(b, d)) for a, b in spans for c, d in terms if max(a, c) < min(b, d)]
        if not spans:
            return ()
    return tuple(spans or ())


def _distance_from_office(terms: list[LeaderTerm], day: dt.date | None) -> int:
    """Days between ``day`` and the nearest term of office (0 inside one); latest first if no day."""
    if day is None:
        return -max(t.valid_from for t in terms).toordinal()
    gaps = []
    for term in terms:
        end = term.valid_to or dt.date.max
        gaps.append(
            0 if term.valid_from <= day < end else min(abs((term.valid_from - day).days), abs((day - end).days))
        )
    return min(gaps)


def _longest_first(hits: list[Hit]) -> list[Hit]:
    """Drop hits inside a longer hit (topics and sources may overlap anything)."""
    free = [h for h in hits if h.entry.kind in ("topic", "source")]
    ranked = sorted(
        (h for h in hits if h.entry.kind not in ("topic", "source")),
        key=lambda h: (-(h.end - h.start), h.start),
    )
    taken: list[Hit] = []
    spans: set[tuple[int, int]] = set()
    occupied = bytearray(max((h.end for h in ranked), default=0))
    for hit in ranked:
        overlaps = occupied.find(1, hit.start, hit.end) != -1
        if overlaps and (hit.start, hit.end) not in spans:
            continue  # inside a longer hit (a hit of the very same span is another meaning of it)
        taken.append(hit)
        spans.add((hit.start, hit.end))
        occupied[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
    return sorted(taken + free, key=lambda h: (h.start, -h.end))


# A dot that ends a number, an initial or a short abbreviation ("am 8. Februar", "H.E.",
# "Mr.", "Mrd.", "M. Tokaïev") does not end a sentence when the text goes on in the same line.
_NOT_A_SENTENCE_END = re.compile(r"(?:^|[\s(])(?:\d{1,2}|[^\W\d_]{1,3}|(?:[^\W\d_]\.)+[^\W\d_]?)\.$")


def _start_of(hit: Hit) -> int:
    return hit.start


def _any_between(sorted_starts: list[int], start: int, end: int) -> bool:
    """Whether a sorted list of offsets holds one in [start, end)."""
    i = bisect.bisect_left(sorted_starts, start)
    return i < len(sorted_starts) and sorted_starts[i] < end


def split_sentences(text: str) -> list[Sentence]:
    """Sentences and lines of a text, not broken after ordinals, initials and abbreviations."""
    sentences, start = [], 0
    for match in SENTENCE_BREAK.finditer(text):
        cut = match.start()
        if (
            text[cut - 1 : cut] == "."  # only a dot may be an ordinal's or an abbreviation's
            and "\n" not in match.group(0)
            and _NOT_A_SENTENCE_END.search(text[max(start, cut - 8) : cut])
        ):
            continue
        if cut > start:
            sentences.append(Sentence(start, cut))
        start = match.end()
    if start < len(text):
        sentences.append(Sentence(start, len(text)))
    return [s for s in sentences if text[s.start : s.end].strip()]


def _term_on(terms: list[LeaderTerm], day: dt.date | None) -> LeaderTerm:
    """The term of a person in force on a day; the latest term when the day is unknown."""
    if day is not None:
        for term in terms:
            if term.holds_office_on(day):
                return term
    return max(terms, key=lambda t: t.valid_from)


Spans = tuple[tuple[dt.date, dt.date], ...]


def _office_holder(
    ref: Reference, office: str, actor: str, day: dt.date | None, spans: Spans = ()
) -> LeaderTerm | None:
    """Who held an office of an actor on the day; without a day, the one holder in office
    while all the leaders the text names were (``spans``), or the only holder ever."""
    holders = ref.office_holders(office, actor)
    if day is None:
        if spans:
            holders = [t for t in holders if any(t.valid_from < b and (t.valid_to or b) > a for a, b in spans)]
        return holders[0] if len({t.person_id for t in holders}) == 1 else None
    on_day = [t for t in holders if t.holds_office_on(day)]
    return on_day[0] if len(on_day) == 1 else None


@dataclass(frozen=True)
class Candidate:
    """A leader taking part: a reference term of office, or a name the reference lacks."""

    key: str  # person id, or "unverified:<actor>:<name>"
    name: str
    office: str
    actor_code: str
    leader_code: str
    verified: bool
    weak: bool = False  # a bare title read as the publishing side's: used only to make up a pair

    @classmethod
    def of(cls, term: LeaderTerm, weak: bool = False) -> Candidate:
        return cls(term.person_id, term.name, term.office, term.actor_code, term.leader_code, True, weak)

    @classmethod
    def unverified(cls, name: str, office: str, actor: str, weak: bool = False) -> Candidate:
        slug = re.sub(r"[^\w]+", "-", normalise(name)).strip("-")
        code = f"unverified:{slug}:{office}:{actor}"
        return cls(f"unverified:{actor}:{slug}", name, office, actor, code, False, weak)


_NAME_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*")


def name_after(text: str, pos: int, stop: int, particles: frozenset[str] = frozenset()) -> str | None:
    """A capitalised personal name of two to five words starting at ``pos`` (after an optional
    comma and abbreviated honorifics), ending before ``stop``: "Lazarus Chakwera" in
    "President of Malawi Lazarus Chakwera", "Scott Morrison" in "..., H.E. Mr. Scott Morrison"; lower-case
    ``particles`` ("bin", "von der") may stand inside it."""
    rest = text[pos:stop]
    lead = re.match(r"[,\s]{0,3}", rest)
    offset = lead.end() if lead else 0
    words: list[str] = []
    for match in _NAME_TOKEN.finditer(rest, offset):
        gap = rest[offset : match.start()]
        if gap.strip() or "\n" in gap:
            break
        if not words and match.group(0).endswith("."):
            offset = match.end()
            continue  # an abbreviated honorific before the name: "H.E.", "Mr.", "M.", "Sr."
        word = match.group(0).rstrip(".")
        if not (word[:1].isupper() or (words and word.lower() in particles)):
            break
        words.append(word)
        offset = match.end()
        if len(words) == 5:
            break
    while words and words[-1].lower() in particles:
        words.pop()
    capitals = [w for w in words if w[:1].isupper()]
    return " ".join(words) if len(capitals) >= 2 else None


def _leaders_in(
    hits: list[Hit],
    sentence: Sentence,
    text: str,
    ref: Reference,
    day: dt.date | None,
    publisher: str | None,
    spans: Spans = (),
) -> list[Candidate]:
    """Leaders named in a sentence, or designated by a title: next to an actor word
    ("Kazakh President", "President of Kazakhstan"), or alone ("the Head of State") for
    the publishing side. A title and actor whose office-holder the reference does not
    know, followed by a name, give an unverified leader of that name. ``hits`` are in
    text order, as ``scan`` returns them."""
    first, stop = (bisect.bisect_left(hits, offset, key=_start_of) for offset in (sentence.start, sentence.end))
    inside = [h for h in hits[first:stop] if h.entry.kind != "topic"]
    found: list[Candidate] = []
    not_leaders = {  # "the President-elect, Joe Biden ... his election as President of the United States"
        _term_on(ref.leaders[h.entry.value], day).actor_code
        for i, h in enumerate(inside)
        if h.entry.kind == "leader"
        and (_after_non_leader_title(inside[:i], h, text) or _before_non_leader_title(inside[i + 1 :], h, text))
    }
    for i, hit in enumerate(inside):
        if hit.entry.kind == "leader":
            if _after_non_leader_title(inside[:i], hit, text) or _before_non_leader_title(inside[i + 1 :], hit, text):
                continue  # "Vice Premier Li Keqiang", "윤석열 당선인": named in an office that is no leader's
            terms = ref.leaders[hit.entry.value]
            if day is not None and _distance_from_office(terms, day) > OFFICE_TOLERANCE_DAYS:
                continue  # named, but not a leader then (a future prime minister as foreign minister)
            found.append(Candidate.of(_term_on(terms, day)))
        elif hit.entry.kind == "title":
            neighbours = inside[max(0, i - 1) : i] + inside[i + 1 : i + 3]
            if any(
                n.entry.kind == "leader"
                and (
                    (0 <= n.start - hit.end <= 2 and not text[hit.end : n.start].strip()) or 0 <= hit.start - n.end <= 2
                )
                for n in neighbours
            ):
                continue  # "President Tokayev", "Tokayev, President": the name decides ("総理大臣は、プーチン": not)
            office = hit.entry.value
            actor, actor_hit = _adjacent_actor(hit, inside[:i], inside[i + 1 :], text, _names_before_titles(ref, hit))
            named_between = None
            if actor is None and i and _names_before_titles(ref, hit):
                named_between = _name_between(inside[i - 1], hit, text)
                if named_between is not None:
                    actor = inside[i - 1].entry.value
            if actor is None and office.endswith(("_president", "_general")):
                actor = _title_actor(ref, office)
            weak = False
            if actor is None and publisher is not None and not hit.inflected:
                actor, weak = publisher, True
            if not actor or actor in not_leaders:
                continue
            holder = _office_holder(ref, office, actor, day, spans)
            if weak and holder is not None and not _may_name(holder, _name_next_to(hit, inside, text)):
                continue  # "Präsident Michel": the title of someone the reference lacks, not the publishing side's
            if holder is not None:
                found.append(Candidate.of(holder, weak))
                continue
            if named_between is not None:
                found.append(Candidate.unverified(named_between, office, actor))
                continue
            after = max(hit.end, actor_hit.end if actor_hit is not None else hit.end)
            following = [h.start for h in inside if h.start >= after]
            name = name_after(text, after, min([*following, sentence.end]), ref.name_particles)
            if name is None and _names_before_titles(ref, hit):  # "总统罗亚克(Christopher J. Loeak)"
                spelled = _SPELLED_NAME.match(text, after)
                name = spelled.group("latin").strip() if spelled else None
            if name is not None:
                found.append(Candidate.unverified(name, office, actor, weak))
    return found


def _names_before_titles(ref: Reference, title: Hit) -> bool:
    """Whether the title's language writes a name between the state and the title
    ("诺鲁共和国史蒂芬总统"): a language written without spaces."""
    profile = ref.languages.get(title.entry.language or "")
    return profile is not None and profile.data.get("word_boundaries", True) is False


_SPELLED_NAME = re.compile(r"[^\W\d_]{2,8}[(（](?P<latin>[A-Za-z][A-Za-z .'’-]{1,40})[)）]")
_NAME_BETWEEN = re.compile(  # "史蒂芬(Marcus Stephen)", "의 맬컴 턴불 " (after a possessive particle)
    r"(?:[^\W\d_]\s)?(?P<name>[^\W\d_]{2,8}(?:\s[^\W\d_]{1,8}){0,2})\s?"
    r"(?:[(（](?P<latin>[A-Za-z][A-Za-z .'’-]{1,40})[)）])?"
)


def _name_between(actor: Hit, title: Hit, text: str) -> str | None:
    """The name between a state and a title ("史蒂芬(Marcus Stephen)" in "诺鲁共和国史蒂芬(Marcus
    Stephen)总统"), its Latin spelling when the text gives one; None when anything else stands there."""
    if actor.entry.kind != "actor":
        return None
    match = _NAME_BETWEEN.fullmatch(text, actor.end, title.start)
    if match is None:
        return None
    return match.group("latin").strip() if match.group("latin") else match.group("name")


NON_LEADER_TITLE_GAP_CHARS = 15  # "Vice Premier of the State Council Li Keqiang"
_TITLE_GAP = re.compile(r"[^.,;:!?()\n。，；：]*")


def _after_non_leader_title(before: list[Hit], leader: Hit, text: str) -> bool:
    """Whether a leader's name follows a title that is no leader's ("Vice President",
    "Заместитель Премьера Госсовета", "副总理"), through at most two actor or title words,
    or in apposition ("the President-elect of Brazil, Lula da Silva")."""
    end = leader.start
    for hit in reversed(before[-3:]):
        gap = text[hit.end : end]
        if end == leader.start and re.fullmatch(r",\s{1,2}", gap):
            gap = ""
        if len(gap) > NON_LEADER_TITLE_GAP_CHARS or _TITLE_GAP.fullmatch(gap) is None:
            return False
        if hit.entry.kind == "non_leader_title":
            return True
        if hit.entry.kind not in ("actor", "title"):
            return False
        end = hit.start
    return False


def _before_non_leader_title(after: list[Hit], leader: Hit, text: str) -> bool:
    """Whether a leader's name is followed by a title that is no leader's, where titles
    follow names ("윤석열 당선인", "○○次期大統領")."""
    return bool(after) and after[0].entry.kind == "non_leader_title" and not text[leader.end : after[0].start].strip()


def _named_as_non_leader(hits: list[Hit], text: str) -> set[str]:
    """Leaders the text names in an office that is no leader's ("President-elect Lula") and
    never by a leader's title ("Vice President Biden" years before "President Biden" of the
    day): they take no part, however often mentioned."""
    people = [h for h in hits if h.entry.kind != "topic"]
    as_non_leader: set[str] = set()
    as_leader: set[str] = set()
    for i, hit in enumerate(people):
        if hit.entry.kind != "leader":
            continue
        before, after = people[max(0, i - 3) : i], people[i + 1 :]
        if _after_non_leader_title(before, hit, text) or _before_non_leader_title(after, hit, text):
            as_non_leader.add(hit.entry.value)
        elif (before and before[-1].entry.kind == "title" and 0 <= hit.start - before[-1].end <= 2) or (
            after and after[0].entry.kind == "title" and 0 <= after[0].start - hit.end <= 1
        ):
            as_leader.add(hit.entry.value)
    return as_non_leader - as_leader


# A speaker's label at the start of a line of a transcript: "В.Путин:", "President Obama:",
# "Ху Цзиньтао (как переведено):", "奥巴马总统：".
_SPEAKER_BEFORE = re.compile(r"[^\S\n]*(?:(?:[^\W\d_]{1,3}\.[^\S\n]*){1,3}|[^\W\d_]+[^\S\n]+)?")
_SPEAKER_AFTER = re.compile(r"[^\S\n]*[^\W\d_]{0,4}[^\S\n]*(?:\([^)\n]{0,30}\))?[^\S\n]*[:：]")


def transcript_speakers(hits: list[Hit], text: str, ref: Reference, day: dt.date | None) -> list[Candidate]:
    """Leaders who speak in a transcript: named in a speaker's label at the start of a line
    ("В.Путин: Уважаемый господин Президент!"), in order of first speech."""
    found: dict[str, Candidate] = {}
    for _, candidate in speaker_turns(hits, text, ref, day):
        found.setdefault(candidate.key, candidate)
    return list(found.values())


def speaker_turns(hits: list[Hit], text: str, ref: Reference, day: dt.date | None) -> list[tuple[int, Candidate]]:
    """(offset, leader) of every speaker's label of a transcript, in text order."""
    turns: list[tuple[int, Candidate]] = []
    for hit in hits:
        if hit.entry.kind != "leader":
            continue
        line_start = text.rfind("\n", 0, hit.start) + 1
        if _SPEAKER_BEFORE.fullmatch(text, line_start, hit.start) is None:
            continue
        if _SPEAKER_AFTER.match(text, hit.end) is None:
            continue
        terms = ref.leaders[hit.entry.value]
        if day is not None and _distance_from_office(terms, day) > OFFICE_TOLERANCE_DAYS:
            continue
        turns.append((hit.start, Candidate.of(_term_on(terms, day))))
    return turns


def _speakers_own_invitation(
    text: str, hits: list[Hit], profile: LanguageProfile | None, ref: Reference, day: dt.date | None
) -> str | None:
    """The side of the speaker who says, in a transcript, that the other came at their
    invitation ("принять мое приглашение", "accepted my invitation"): the language's
    ``own_invitation_phrases`` in a speaker's turn."""
    phrases = profile.data.get("own_invitation_phrases", []) if profile is not None else []
    if not phrases:
        return None
    turns = speaker_turns(hits, text, ref, day)
    low = normalise(text)
    for phrase in phrases:
        at = low.find(normalise(phrase))
        if at == -1:
            continue
        before = [c for start, c in turns if start < at]
        if before:
            return before[-1].actor_code
    return None


_NEXT_WORD = re.compile(r"[^\S\n]{1,2}([^\W\d_][\w'’-]*)")


def _name_next_to(title: Hit, inside: list[Hit], text: str) -> str | None:
    """The capitalised word right after a title that no phrase table knows: a name
    ("Präsident Michel", "President Sall") the reference lacks as a leader alias."""
    match = _NEXT_WORD.match(text, title.end)
    if match is None or not match.group(1)[:1].isupper():
        return None
    return None if any(h.start == match.start(1) for h in inside) else match.group(1)


def _may_name(holder: LeaderTerm, word: str | None) -> bool:
    """Whether a word after a title may be (part of) the office-holder's name."""
    return word is None or normalise(word) in normalise(holder.name)


def _title_actor(ref: Reference, office: str) -> str | None:
    """The one actor an office belongs to (the UN Secretary-General's is the UN)."""
    actors = ref.office_actors(office)
    return next(iter(actors)) if len(actors) == 1 else None


def _adjacent_actor(
    title: Hit, before: list[Hit], after: list[Hit], text: str, unspaced: bool = False
) -> tuple[str | None, Hit | None]:
    """The actor of "Kazakh President" / "President of Kazakhstan" / "Президент Казахстана".
    In a language written without spaces the state stands before the title ("美国总统"):
    one after it is of the sentence ("总统以军礼欢迎马绍尔群岛...")."""
    if before and before[-1].entry.kind == "actor" and 0 <= title.start - before[-1].end <= 3:
        return before[-1].entry.value, before[-1]
    for hit in after[:2]:
        if hit.entry.kind == "actor":
            gap = text[title.end : hit.start]
            if len(gap) <= (1 if unspaced else 9) and not re.search(r"[.,;:!?()\"«»]", gap):
                return hit.entry.value, hit
            return None, None
        if hit.entry.kind == "leader":
            return None, None
    return None, None


@functools.lru_cache(maxsize=8)
def _date_parser(language: str, base: dt.date | None):  # noqa: ANN202 - dateparser type
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": False}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(base, dt.time(12))
    return DateDataParser(languages=[language], settings=settings)


@functools.lru_cache(maxsize=4096)  # the same phrases recur: "yesterday" against one publication day
def _date_of_phrase(phrase: str, profile: LanguageProfile, published: dt.date | None) -> tuple[dt.date, str] | None:
    """A date phrase ("8 February", "on Wednesday", "yesterday") read against the publication date."""
    has_year = re.search(r"\d{4}", phrase) is not None
    has_day_number = re.search(r"\d", phrase) is not None
    if not has_year and published is None:
        return None  # "February 8" / "on Wednesday" without a year to anchor it
    relative = profile.data.get("relative_days", {})
    offset = relative.get(normalise(phrase).strip())
    if offset is not None and published is not None:
        return published + dt.timedelta(days=int(offset)), "day"
    day_only = re.fullmatch(r"\D{0,3}(\d{1,2})\D{0,3}", phrase)
    if day_only is not None and published is not None:
        return _day_of_month(int(day_only.group(1)), published)
    if has_day_number:
        day = calendar_date(phrase, profile, published)
    else:
        day = weekday_date(phrase, profile, published) if published is not None else None
    if day == NOT_A_PAST_DATE:
        return None
    period = "day"
    if day is None:
        parsed = _parse_with_dateparser(phrase, profile, published, has_year)
        if parsed is None:
            return None
        day, period = parsed
        if not has_day_number and published is not None and (published - day).days == 7:
            day = published  # a weekday: the weekday of publication means that very day
    if (published is not None and day > published) or day.year < 1990:
        return None
    return day, period


def calendar_date(phrase: str, profile: LanguageProfile, published: dt.date | None) -> dt.date | None:
    """A phrase of numbers and a month name ("8. Februar 2023", "February 8th", "8 февраля",
    "2023年2月8日", "08.02.2023") read with the language's CLDR month names and numeric
    order; None for anything else (weekdays, relative words), which dateparser reads.

    Without a year it is that day in the publication year, or in the year before when that
    is more than half a year after publication ("30 December" published on 2 January); a
    day within half a year after publication is no past engagement's date (a plan, or a
    time-zone slip) and gives ``NOT_A_PAST_DATE``. Other words in the phrase ("of", "de",
    a weekday) are the date pattern's business and are passed over.
    """
    phrase = _era_to_common_year(phrase, profile.data.get("era_years", {}))
    if "three_digit_era_base" in profile.data:  # "106年01月14日" on a page of Taiwan: 2017
        base = int(profile.data["three_digit_era_base"])
        phrase = re.sub(r"(?<!\d)(\d{3})(?=年)", lambda m: str(base + int(m.group(1))), phrase)
    numbers = [int(n) for n in re.findall(r"\d+", phrase)]
    months = {profile.month_numbers[w] for w in re.findall(r"[^\W\d_]+", phrase.lower()) if w in profile.month_numbers}
    years = [n for n in numbers if n >= 1000]
    if len(months) > 1 or len(years) > 1:
        return None
    rest = [n for n in numbers if n < 1000]
    if months and len(rest) == 1:
        month, day = months.pop(), rest[0]
    elif not months and len(rest) == 2:
        if years and numbers[0] == years[0]:
            month, day = rest  # year first: 2023-02-08, 2023年2月8日
        else:
            day, month = rest if profile.day_before_month else reversed(rest)
    else:
        return None
    year = years[0] if years else (published.year if published is not None else None)
    if year is None:
        return None
    if not months and not (1 <= month <= 12) and 1 <= day <= 12:
        day, month = month, day  # "27/01/2025" on an English page: the order the numbers allow
    try:
        found = dt.date(year, month, day)
        if not years and published is not None and found > published:
            if (found - published).days <= FUTURE_DAY_MONTH_DAYS:
                return NOT_A_PAST_DATE
            found = dt.date(year - 1, month, day)  # "30 December" published on 2 January
    except ValueError:
        return None
    return found


def _era_to_common_year(phrase: str, eras: dict[str, int]) -> str:
    """ "令和6年10月2日" -> "2024年10月2日" for a language with era years (``era_years``)."""
    for era, base in eras.items():
        match = re.search(rf"{re.escape(era)}(\d{{1,3}}|元)", phrase)
        if match is not None:
            year = base + (1 if match.group(1) == "元" else int(match.group(1)))
            return phrase[: match.start()] + str(year) + phrase[match.end() :]
    return phrase


def weekday_date(phrase: str, profile: LanguageProfile, published: dt.date) -> dt.date | None:
    """A weekday phrase ("Wednesday", "am Mittwoch", "el jueves", "星期三") read with the
    language's CLDR weekday names: the latest such day on or before publication (the
    weekday of publication is that very day). None for anything else ("В среду": not a
    CLDR form; "next Friday": more than one short word before it), which dateparser reads.
    """
    words = re.findall(r"[^\W\d_]+", phrase.lower())
    if not words or len(words) > 2 or (len(words) == 2 and len(words[0]) > 3):
        return None
    weekday = profile.weekday_numbers.get(words[-1])
    if weekday is None:
        return None
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def _parse_with_dateparser(
    phrase: str, profile: LanguageProfile, published: dt.date | None, has_year: bool
) -> tuple[dt.date, str] | None:
    parser = _date_parser(profile.code, published)
    tried = [phrase]
    words = phrase.split(maxsplit=1)
    if len(words) == 2:
        tried.append(words[1])  # "am Mittwoch", "el jueves": the preposition may confuse the parser
    if not has_year and published is not None:
        tried += [profile.data["year_template"].format(text=t, year=published.year) for t in list(tried)]
    data = next((d for d in map(parser.get_date_data, tried) if d.date_obj is not None), None)
    if data is None:
        return None
    return data.date_obj.date(), (data.period if data.period in ("day", "month", "year") else "day")


def _day_of_month(day: int, published: dt.date) -> tuple[dt.date, str] | None:
    """A bare day of the month ("习近平10日…"): in the publication month, or the one before
    when that day is still to come."""
    year, month = published.year, published.month
    if day > published.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    try:
        return dt.date(year, month, day), "day"
    except ValueError:
        return None


def date_phrases(text: str, profile: LanguageProfile, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """Every match of the language's date patterns in ``text[start:end]``, in text order."""
    stop = len(text) if end is None else end
    return sorted(
        (m for regex in profile.date_regexes for m in regex.finditer(text, start, stop)),
        key=lambda m: (m.start(), -m.end()),
    )


def engagement_days(
    sentences: list[str], language: str | None, published: dt.date | None, ref: Reference
) -> set[dt.date]:
    """The distinct days the cue sentences date something to (a roundup dates several). The
    end of a range ("6月15日至18日", "du 15 au 18 juin") is not a day of its own."""
    profile = ref.languages.get(language or "")
    days: set[dt.date] = set()
    if profile is None:
        return days
    phrases: list[str] = []
    for sentence in sentences:
        previous_end = None
        for match in date_phrases(sentence, profile):
            if previous_end is None or match.start() - previous_end > RANGE_GAP_CHARS:
                phrases.append(match.group(0))
            previous_end = match.end()
    if len(set(phrases)) < ROUNDUP_MIN_DAYS:
        return days
    for phrase in set(phrases):
        found = _date_of_phrase(phrase, profile, published)
        if found is not None:
            days.add(found[0])
    return days


def find_date(
    sentences: list[str], language: str | None, published: dt.date | None, ref: Reference
) -> tuple[dt.date | None, str]:
    """(date, precision) of the engagement: the first date phrase of the first cue sentence
    holding one, else the publication date, else unknown."""
    profile = ref.languages.get(language or "")
    if profile is not None:
        for sentence in sentences:
            for match in date_phrases(sentence, profile):
                found = _date_of_phrase(match.group(0), profile, published)
                if found is not None:
                    return found
    if published is not None:
        return published, "day"
    return None, "unknown"


def _initiator(
    text: str,
    hits: list[Hit],
    profile_codes: list[str],
    ref: Reference,
    participants: list[Candidate],
    day: dt.date | None = None,
) -> str | None:
    """The actor an initiator phrase names: an actor word, a leader, or the title of a
    participant ("at the invitation of King Salman", "应萨勒曼国王邀请")."""
    low = normalise(text)
    for code in profile_codes:
        profile = ref.languages[code]
        for regex, literal in zip(profile.initiator_regexes, profile.initiator_literals, strict=True):
            if literal not in low:
                continue
            for match in regex.finditer(low):
                start, end = match.span("actor")
                title_holders: set[str] = set()
                in_slot = [hit for hit in hits if start <= hit.start and hit.end <= end + 3]
                if start == match.start():  # the side before the phrase ("ロシア側の要請で"): the nearest counts
                    in_slot.reverse()
                for hit in in_slot:
                    if hit.entry.kind == "actor":
                        return hit.entry.value
                    if hit.entry.kind == "leader":  # the side the leader stood for on the day
                        return _term_on(ref.leaders[hit.entry.value], day).actor_code
                    if hit.entry.kind == "title":
                        holders = {c.actor_code for c in participants if c.office == hit.entry.value}
                        if len(holders) == 1:
                            return holders.pop()
                        title_holders |= holders
                named = _participant_named(low[start:end], participants)
                if named is None and title_holders:  # "visiting Mongolia at the invitation of its President"
                    named = _actor_named_before(hits, low, match.start(), title_holders)
                if named is None and low[start:end].strip(" .,") in profile.data.get("latter_words", []):
                    named = _participant_before(hits, match.start(), participants)  # "à la demande de ce dernier"
                if named is not None:
                    return named
    return None


def _participant_before(hits: list[Hit], pos: int, participants: list[Candidate]) -> str | None:
    """The side of the participant named last before ``pos``: whom "the latter" ("este",
    "ce dernier", "letzterer") means in an initiator phrase."""
    people = {c.key: c.actor_code for c in participants}
    for hit in reversed([h for h in hits if h.end <= pos and h.entry.kind == "leader"]):
        if hit.entry.value in people:
            return people[hit.entry.value]
    return None


def _actor_named_before(hits: list[Hit], low: str, pos: int, actors: set[str]) -> str | None:
    """The last of ``actors`` named in the sentence before ``pos``: whose title an initiator
    phrase means when the title fits several participants ("находится в Монголии ... по
    приглашению Президента этой страны")."""
    sentence_start = max(low.rfind(mark, 0, pos) for mark in ".!?。\n") + 1
    named = [h.entry.value for h in hits if sentence_start <= h.start < pos and h.entry.kind == "actor"]
    return next((actor for actor in reversed(named) if actor in actors), None)


def _participant_named(slot: str, participants: list[Candidate]) -> str | None:
    """The actor of the one participant a word of ``slot`` (lower case) names by a part of
    their name the reference lacks as an alias ("at the invitation of Dr Samia")."""
    words = {w for w in re.findall(r"[^\W\d_]{4,}", slot)}
    actors = {c.actor_code for c in participants if words & set(re.findall(r"[^\W\d_]{4,}", normalise(c.name)))}
    return actors.pop() if len(actors) == 1 else None


# A number not inside a longer number ("1,234.5", "1.234,5", "12 000"). Written to begin
# with a digit (the look-behind after it) so that the regex engine jumps from digit to
# digit: 5 times faster than the look-behind first, the same matches.
_NUMBER = re.compile(r"\d(?<![\d.,]\d)(?:\d{0,2}(?:[.,\s]\d{3})*(?:[.,]\d+)?|\d*(?:[.,]\d+)?)(?!\d)")
PERCENT_SIGNS = ("%", "％")  # the sign of every language; words are the language file's ``percent_words``


@dataclass(frozen=True)
class _FigurePatterns:
    currency_before: re.Pattern[str]  # searched in the few characters before a number
    after: re.Pattern[str]  # matched right after a number: scale, currency, percent
    currencies: dict[str, str]
    first_chars: frozenset[str]  # what a word ``after`` can match starts with (both cases)
    last_chars: frozenset[str]  # what a currency word ``currency_before`` can match ends with


def _both_cases(chars: set[str]) -> frozenset[str]:
    return frozenset({c.lower() for c in chars} | {c.upper() for c in chars})


@functools.lru_cache(maxsize=64)
def _figure_patterns(ref: Reference, scale_words: tuple[str, ...], percent_words: tuple[str, ...]) -> _FigurePatterns:
    words = ref.currency_by_word
    currency_alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    scale_alt = "|".join(re.escape(w) for w in sorted(scale_words, key=len, reverse=True))
    percents = (*PERCENT_SIGNS, *percent_words)
    percent_alt = "|".join(re.escape(w) for w in sorted(percents, key=len, reverse=True))
    return _FigurePatterns(
        currency_before=re.compile(rf"(?<!\w)(?P<pre>{currency_alt})\s?$", re.IGNORECASE),
        after=re.compile(
            rf"\s?(?P<pct>{percent_alt})"
            rf"|\s*(?P<scale>{scale_alt})?\s*(?P<post>{currency_alt})(?!\w)"
            rf"|\s*(?P<scale_only>{scale_alt})(?!\w)",
            re.IGNORECASE,
        ),
        currencies=words,
        first_chars=_both_cases({w[0] for w in (*words, *scale_words, *percents)}),
        last_chars=_both_cases({w[-1] for w in words}),
    )


def _to_number(raw: str, decimal_separator: str) -> float | None:
    raw = raw.replace(" ", "").replace("\u00a0", "")
    thousands = "," if decimal_separator == "." else "."
    if raw.count(thousands) and re.fullmatch(rf"\d{{1,3}}(\{thousands}\d{{3}})+", raw):
        raw = raw.replace(thousands, "")
    raw = raw.replace(decimal_separator, ".")
    try:
        return float(raw)
    except ValueError:
        return None


def find_figures(text: str, language: str | None, ref: Reference) -> list[Figure]:
    """Money amounts (with currency, scale and USD value) and percentages in the text: each
    number, with a currency word just before it or a scale, currency or percent sign after."""
    profile = ref.languages.get(language or "") or ref.languages.get("en")
    if profile is None:
        return []
    scales = {k.lower(): float(v) for k, v in profile.data["number_scales"].items()}
    patterns = _figure_patterns(ref, tuple(scales), tuple(w.lower() for w in profile.data.get("percent_words", [])))
    separator = profile.data["decimal_separator"]
    figures: list[Figure] = []
    for number in _NUMBER.finditer(text):
        start, stop = number.start(), number.end()
        following = text[stop : stop + 64].lstrip()[:1]
        preceding = text[start - 2 : start - 1] if text[start - 1 : start].isspace() else text[start - 1 : start]
        if (
            following not in patterns.first_chars
            and preceding not in patterns.last_chars
            and (following or stop + 64 >= len(text))
        ):
            continue  # no percent, scale or currency word can touch it: a year, a day, a count
        after = patterns.after.match(text, stop)
        if after is not None and after.group("pct"):
            value = _to_number(number.group(0), separator)
            if value is not None:
                figures.append(
                    Figure("percent", value, "percent", None, None, None, text[number.start() : after.end()])
                )
            continue
        currency_word = after.group("post") if after is not None and after.group("post") else None
        if currency_word is None:
            before = patterns.currency_before.search(text, max(0, start - 12), start)
            if before is None:
                continue  # a bare number: a year, a day, a count
            currency_word, start = before.group("pre"), before.start()
        currency = patterns.currencies.get(currency_word.lower())
        value = _to_number(number.group(0), separator) if currency is not None else None
        if value is None:
            continue
        scale_word = (after.group("scale") or after.group("scale_only")) if after is not None else None
        if after is not None and (after.group("post") or after.group("scale_only")):
            stop = after.end()
        value *= scales.get((scale_word or "").lower(), 1.0)
        rate = ref.usd_per_unit.get(currency)
        figures.append(
            Figure("money", value, currency, currency, value * rate if rate else None, None, text[start:stop].strip())
        )
    return figures


def _rejected(doc: ParsedDocument, reason: str) -> Extraction:
    return Extraction(
        doc_key=doc.doc_key,
        outcome="rejected",
        reason=reason,
        language=doc.language_hint,
        source_name=doc.source_name,
        published_date=doc.published_date,
        title=doc.title,
        extractor_version=EXTRACTOR_VERSION,
    )


def _source_name(text: str, hits: list[Hit]) -> str | None:
    edge = 300
    for hit in hits:
        if hit.entry.kind == "source" and (hit.start < edge or hit.start > len(text) - edge):
            return hit.entry.value
    return None


DATELINE = re.compile(r"[^\n]{2,80}?(?:\s[–—-]{1,2}\s|\s*\(\w[^)]{0,30}\)\s*[–—-]{0,2}\s)")


def publisher_actor(
    doc: ParsedDocument, source_name: str | None, full: str, hits: list[Hit], ref: Reference, converted: bool = False
) -> str | None:
    """The side that published the readout: its outlet's country, the country domain of its
    URL, the place in its dateline ("ASTANA. KAZINFORM –"), else the language's home
    actor when its file names one (French "le Président de la République" unqualified is
    France's). "The Head of State" alone means this side's."""
    source = ref.sources.get(source_name or "")
    if source and source.get("country"):
        return str(source["country"])
    if doc.url:
        host = re.sub(r"^[a-z]+://", "", doc.url.lower()).split("/", 1)[0].split(":", 1)[0]
        tld = host.rsplit(".", 1)[-1]
        country = pycountry.countries.get(alpha_2="GB" if tld == "uk" else tld.upper()) if len(tld) == 2 else None
        if country is not None:
            return country.alpha_3
    offset = len(doc.title) + 1 if doc.title else 0
    dateline = DATELINE.match(full, offset)
    if dateline:
        for hit in hits:
            if offset <= hit.start < dateline.end():
                if hit.entry.kind == "actor" and ref.actors[hit.entry.value].kind == "state":
                    return hit.entry.value
                if hit.entry.kind == "source" and ref.sources[hit.entry.value].get("country"):
                    return str(ref.sources[hit.entry.value]["country"])
    signature = _signature_actor(doc, full, hits, ref) or _masthead_actor(full, hits, ref)
    if signature is not None:
        return signature
    if source_name and source_name not in ref.sources:
        for hit in scan(source_name, ref, doc.language_hint):
            if hit.entry.kind == "source" and ref.sources[hit.entry.value].get("country"):
                return str(ref.sources[hit.entry.value]["country"])
    profile = ref.languages.get(doc.language_hint or "")
    if profile is None:
        return None
    if converted and profile.data.get("converted_home_actor"):
        return str(profile.data["converted_home_actor"])  # traditional Chinese: Taiwan's, not the PRC's
    return profile.data.get("home_actor")


def _dateline_date(doc: ParsedDocument, full: str, ref: Reference) -> tuple[dt.date | None, str]:
    """The publication date, and the text with its dateline's date blanked out.

    A date in the dateline ("ABU DHABI, 10th March, 2024 (WAM) --") is when the report was
    filed, not when the leaders spoke ("held a phone call yesterday"): it is the base for
    relative dates when no publication date is known, and never the engagement date itself.
    """
    profile = ref.languages.get(doc.language_hint or "")
    offset = len(doc.title) + 1 if doc.title else 0
    if profile is None:
        return doc.published_date, full
    dateline, offset = _find_dateline(full, offset, profile)
    if dateline is None:
        return doc.published_date, full
    published = doc.published_date
    undated = full
    for match in date_phrases(full, profile, offset, dateline.end()):
        if published is None and re.search(r"\d{4}", match.group(0)):
            found = _date_of_phrase(match.group(0), profile, None)
            published = found[0] if found else None
        undated = _blank(undated, match)
    return published, undated


DATELINE_LINES = 3  # a heading may stand between the title and the dateline


def _find_dateline(full: str, offset: int, profile: LanguageProfile) -> tuple[re.Match[str] | None, int]:
    """The dateline at the start of the body, or, below a heading, one at the start of the
    next lines that begins with a capital and holds a date ("CANADA, April 28 - Yesterday, ...")."""
    dateline = DATELINE.match(full, offset)
    if dateline is not None:
        return dateline, offset
    start = offset
    for _ in range(DATELINE_LINES - 1):
        start = full.find("\n", start) + 1
        if start == 0:
            break
        while start < len(full) and full[start] == "\n":
            start += 1
        line = DATELINE.match(full, start)
        if line is not None and full[start : start + 1].isupper() and date_phrases(full, profile, start, line.end()):
            return line, start
    return None, offset


def _blank(text: str, match: re.Match[str]) -> str:
    """The text with a match's span replaced by spaces (offsets stay as they are)."""
    return text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]


def _headline_date(doc: ParsedDocument, full: str, profile: LanguageProfile | None) -> tuple[dt.date | None, str]:
    """A date that ends the title after a dash, bar or comma ("... zu Arbeitsbesuch –
    13.06.2018"): when the page was published, never the engagement date; returned with
    the text that has it blanked out."""
    if not doc.title or profile is None:
        return None, full
    title = doc.title
    for match in [*_NUMERIC_DATE.finditer(title), *date_phrases(title, profile)]:
        if title[match.end() :].strip() or not title[: match.start()].rstrip().endswith(("-", "–", "—", "|", ",")):
            continue
        day = calendar_date(match.group(0), profile, None)
        if day is not None:
            return day, _blank(full, match)
    return None, full


PAGE_DATE_LINE_MAX_CHARS = 60
# Between the parts of a page line or a title: "Publicado em 21/11/2023 - 19:40 Por ...",
# "... | Buenos Aires 14°C", "Analyse : ...", "Análisis | ...".
_PART_SEPARATOR = re.compile(r"\s[-–—|:]\s|:\s|\|")
PAGE_FOOTER_LINES = 6  # a publication date in the footer ("Fecha de publicación: 21/02/2024")


def _last_lines(text: str, count: int) -> str:
    return "\n".join(text.rstrip().splitlines()[-count:])


_NUMERIC_DATE = re.compile(r"(?<!\d)(?:\d{4}([-./])\d{1,2}\1\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4})(?!\d)")
_SENTENCE_END = re.compile(r"[.!?。！？…][\"»”’')]*\s*$")


def _is_heading(text: str, sentence: Sentence) -> bool:
    """Whether a sentence is a line of its own without a sentence's closing mark: a heading
    ("Opening remarks at the meeting with the President of Ukraine"), above the page's
    date line, not the report."""
    line_start = sentence.start == 0 or text[sentence.start - 1] == "\n"
    line_end = sentence.end == len(text) or text[sentence.end : sentence.end + 1] == "\n"
    return line_start and line_end and _SENTENCE_END.search(text[sentence.start : sentence.end]) is None


def page_date(head: str, profile: LanguageProfile | None) -> dt.date | None:
    """The date a page shows on a short line (or "|"-separated part of a line) of its own
    ("06/06/2023", "2024-06-07 20:15 来源：新华社", "Posted On: 04 JUN 2020 6:10PM",
    "Martes 14 de mayo de 2024 | Buenos Aires 14°C"): the publication date when the
    metadata gives none, read like any calendar date of the page's language."""
    if profile is None:
        return None
    for line in (part for row in head.splitlines() for part in _PART_SEPARATOR.split(row)):
        if not line.strip() or len(line) > PAGE_DATE_LINE_MAX_CHARS:
            continue
        phrases = [m.group(0) for m in _NUMERIC_DATE.finditer(line)]
        phrases += [m.group(0) for m in date_phrases(line, profile)]  # read below only with a year
        for phrase in phrases:
            day = calendar_date(phrase, profile, None)
            if day is not None and day.year >= 1990:
                return day
    return None


def _signature_actor(doc: ParsedDocument, full: str, hits: list[Hit], ref: Reference) -> str | None:
    """A closing line that is only a seat of government or a state ("Downing Street",
    "Kremlin"): the publisher's signature."""
    stripped = full.rstrip()
    start = stripped.rfind("\n") + 1
    line = stripped[start:]
    if not line or len(line) > 40:
        return None
    for hit in hits:
        if hit.start >= start and hit.entry.kind == "actor" and (hit.end - hit.start) >= 0.8 * len(line.strip()):
            return hit.entry.value if ref.actors[hit.entry.value].kind == "state" else None
    return None


MASTHEAD_LINES = 6
MASTHEAD_SHARE = 0.7  # "10 Downing Street", "The White House": the seat's name is most of the line


def _masthead_actor(full: str, hits: list[Hit], ref: Reference) -> str | None:
    """A short line at the top of the page that is only a seat of government or the like
    ("The White House", "10 Downing Street", "Kremlin"): the publisher's masthead. A state's
    bare name there is a section or breadcrumb of the page ("ロシア連邦" on a foreign
    ministry's page about Russia), not who published it."""
    offset = 0
    for line in full.splitlines()[: MASTHEAD_LINES * 2]:
        start, offset = offset, offset + len(line) + 1
        stripped = line.strip()
        if not stripped or len(stripped) > 40:
            continue
        for hit in hits:
            if hit.start >= offset:
                break
            if (
                hit.start >= start
                and hit.entry.kind == "actor"
                and not hit.entry.country_name
                and (hit.end - hit.start) >= MASTHEAD_SHARE * len(stripped)
                and ref.actors[hit.entry.value].kind == "state"
            ):
                return hit.entry.value
    return None


ROUNDUP_MIN_CUE_SENTENCES = 3
ROUNDUP_MIN_DAYS = 3  # cue sentences dated to three different days report several engagements
RANGE_GAP_CHARS = 4  # two date phrases this close ("15日至18日", "15 au 18") are the ends of one range


def _is_roundup(per_sentence: list[list[Candidate]]) -> bool:
    """Several engagements with different counterparts reported one after the other: cue
    sentences whose named leaders fall into separate groups, no leader shared between
    groups ("Monday: ... Zelensky. Tuesday: ... Albanese. Wednesday: ... Boric."), or one
    leader's agenda bringing in a new counterpart sentence after sentence. Sentences that
    name one side each of the same pair ("Merkel ...", "Suga ...") are one group through a
    sentence naming both."""
    groups: list[set[str]] = []
    seen: set[str] = set()
    introducing = 0
    for found in per_sentence:
        keys = {c.key for c in found if not c.weak}
        if keys:
            joined = [g for g in groups if not g.isdisjoint(keys)]
            groups = [g for g in groups if g.isdisjoint(keys)] + [keys.union(*joined)]
        introducing += bool(keys - seen)
        seen |= keys
    several_counterparts = introducing >= ROUNDUP_MIN_CUE_SENTENCES and len(seen) >= ROUNDUP_MIN_CUE_SENTENCES + 2
    return len(groups) >= ROUNDUP_MIN_CUE_SENTENCES or several_counterparts


GENRE_LINE_MAX_CHARS = 40


def _genre_marker(doc: ParsedDocument, ref: Reference) -> str | None:
    """A short line at the top ("Analysis", "Kommentar", "Колонка"), or the head of the title
    before a separator ("Analyse - ...", "Análisis | ..."), that marks commentary."""
    profile = ref.languages.get(doc.language_hint or "")
    markers = profile.data.get("genre_markers", []) if profile is not None else []
    lines = [line.strip() for line in doc.text.splitlines() if line.strip()][:3]
    if doc.title:
        lines.insert(0, _PART_SEPARATOR.split(doc.title, maxsplit=1)[0].strip())
    for line in lines:
        low = normalise(line)
        if len(line) <= GENRE_LINE_MAX_CHARS and any(low.startswith(m) for m in markers):
            return line
    return None


def _several_engagements(per_sentence: list[list[Candidate]], headline: set[str]) -> bool:
    """Cue sentences that pair different leaders with nobody in common: two engagements,
    unless the headline names both leaders of the first pair: then the document reports
    that engagement, and a later pair is background (an earlier stop of the same trip)."""
    pairs = [frozenset(c.key for c in found) for found in per_sentence if len({c.key for c in found}) >= 2]
    if pairs and pairs[0] <= headline:
        return False
    return any(a.isdisjoint(b) for i, a in enumerate(pairs) for b in pairs[i + 1 :])


def _as_headlined(
    participants: dict[str, Candidate], hits: list[Hit], title_end: int, ref: Reference, day: dt.date | None
) -> dict[str, Candidate]:
    """More than two leaders in the engagement sentence, a headline naming two sides by actor words
    ("Talks of the presidents of the US and Ukraine"): the others are mentioned (a summit
    to come, a third party discussed), unless fewer than two would be left."""
    sides = {h.entry.value for h in hits if h.start < title_end and h.entry.kind == "actor"}
    if len(sides) < 2:  # a headline naming leaders may name two of three ("Merkel and Macron call Putin")
        return participants
    kept = {key: c for key, c in participants.items() if c.actor_code in sides}
    return kept if len(kept) >= 2 else participants


def _in_body(sentence: Sentence, full: str, title: str | None) -> bool:
    """Whether a sentence is of the body, not the title nor a heading that repeats it."""
    title = title or ""
    return sentence.start > len(title) and full[sentence.start : sentence.end].strip() not in title


@functools.lru_cache(maxsize=4)
def _script_converter(config: str):  # noqa: ANN202 - opencc type
    import opencc

    return opencc.OpenCC(config)


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


def extract(doc: ParsedDocument, ref: Reference) -> Extraction:
    """Read one parsed document into an Extraction (a readout, not one, or rejected)."""
    if doc.rejected_reason:
        return _rejected(doc, doc.rejected_reason)
    original_title = doc.title
    profile = ref.languages.get(doc.language_hint or "")
    converted = False
    if profile is not None and profile.data.get("script_conversion"):
        text = to_common_script(doc.text, profile)
        title = to_common_script(doc.title, profile) if doc.title else doc.title
        converted = text != doc.text or title != doc.title
        doc = dataclasses.replace(doc, text=text, title=title)
    full = f"{doc.title}\n{doc.text}" if doc.title else doc.text
    language = doc.language_hint
    hits = scan(full, ref, language)
    result = Extraction(
        doc_key=doc.doc_key,
        outcome="not_readout",
        reason=None,
        language=language,
        source_name=doc.source_name or _source_name(full, hits),
        published_date=doc.published_date,
        title=original_title,
        text_chars=len(doc.text),
        extractor_version=EXTRACTOR_VERSION,
    )
    result.topics = sorted({h.entry.value for h in hits if h.entry.kind == "topic"})
    result.mentioned_actors = sorted({h.entry.value for h in hits if h.entry.kind == "actor"})
    result.figures = find_figures(doc.text, language, ref)

    sentences = split_sentences(full)
    cue_starts = [h.start for h in hits if h.entry.kind == "cue"]
    all_cue_sentences = [s for s in sentences if _any_between(cue_starts, s.start, s.end)]
    cue_sentences = all_cue_sentences[:MAX_CUE_SENTENCES]
    if not cue_sentences:
        speakers = transcript_speakers(
            resolve_shared_names(hits, ref, doc.published_date), full, ref, doc.published_date
        )
        if len({c.actor_code for c in speakers}) >= 2:  # the leaders' exchange at their meeting, transcribed
            result.engagement_type = "meeting"
            result.engagement_date, result.date_precision = find_date([], language, doc.published_date, ref)
            return _as_readout(result, {c.key: c for c in speakers}, full, hits, ref, doc.published_date)
        announced = any(h.entry.kind == "not_readout" for h in hits)
        result.reason = (
            "announces an engagement to come, not one that took place"
            if announced
            else "no engagement (call, video conference or meeting) is reported"
        )
        result.mentioned_leaders = sorted(
            {h.entry.value for h in resolve_shared_names(hits, ref, doc.published_date) if h.entry.kind == "leader"}
        )
        return result
    first = cue_sentences[0]
    typing = [first]
    if doc.title and first.start < len(doc.title):  # the title, then the body's first cue sentence
        typing += [s for s in cue_sentences if _in_body(s, full, doc.title)][:1]
    cue_types = [
        h.entry.value for h in hits if h.entry.kind == "cue" and any(s.start <= h.start < s.end for s in typing)
    ]
    result.engagement_type = max(cue_types, key=lambda t: TYPE_SPECIFICITY[t])
    published, undated = _dateline_date(doc, full, ref)
    headline_day, undated = _headline_date(doc, undated, ref.languages.get(language or ""))
    published = published or headline_day
    if published is None:  # a date line above the report (its first cue sentence that is no heading), or below
        report_start = next(
            (
                s.start
                for s in all_cue_sentences
                if _in_body(s, full, doc.title)
                and s.end - s.start > PAGE_DATE_LINE_MAX_CHARS
                and not _is_heading(full, s)
            ),
            len(full),
        )
        profile = ref.languages.get(language or "")
        published = page_date(full[:report_start], profile) or page_date(_last_lines(full, PAGE_FOOTER_LINES), profile)
    cue_texts = [undated[s.start : s.end] for s in cue_sentences]
    result.engagement_date, result.date_precision = find_date(cue_texts, language, published, ref)
    day = result.engagement_date or doc.published_date
    hits = resolve_shared_names(hits, ref, day)
    spans = _time_of_named_leaders(hits, ref) if day is None else ()
    leaders_in = functools.partial(_leaders_in, spans=spans)
    mentioned = [h.entry.value for h in hits if h.entry.kind == "leader"]
    title_end = len(doc.title) if doc.title else 0
    lead = [(s.start, s.end) for s in typing]  # the title and the body's first cue sentence
    if any(
        h.entry.kind == "not_readout" and (h.start < title_end or any(a <= h.start < b for a, b in lead)) for h in hits
    ):
        result.reason = "announces an engagement to come, not one that took place"
        result.mentioned_leaders = sorted(set(mentioned))
        return result

    publisher = publisher_actor(doc, result.source_name, full, hits, ref, converted)
    per_sentence = [leaders_in(hits, s, full, ref, day, publisher) for s in all_cue_sentences]
    genre = _genre_marker(doc, ref)
    announcing = [h.start for h in hits if h.entry.kind == "not_readout"]
    reported = [s for s in all_cue_sentences if not _any_between(announcing, s.start, s.end)]  # not plans
    dated = engagement_days([undated[s.start : s.end] for s in reported], language, published, ref)
    title_sentence = [s for s in sentences if doc.title and s.start < len(doc.title)]
    title_found = [leaders_in(hits, s, full, ref, day, publisher) for s in title_sentence]
    headline = {c.key for found in title_found for c in found}
    several = (
        _is_roundup(per_sentence) or _several_engagements(per_sentence, headline) or len(dated) >= ROUNDUP_MIN_DAYS
    )
    if genre is not None or several:
        result.reason = (
            f"commentary or analysis ({genre!r}), not a readout"
            if genre is not None
            else "reports several engagements (a roundup or an essay), not one"
        )
        result.mentioned_leaders = sorted(set(mentioned))
        return result
    participants: dict[str, Candidate] = {}
    body_start = len(doc.title) + 1 if doc.title else 0
    opening = [s for s in sentences if s.start >= body_start and s.end - s.start >= OPENING_MIN_CHARS]
    opening = opening[:OPENING_SENTENCES]  # short lines above (":::", "News") are the page's navigation
    opening_found = [leaders_in(hits, s, full, ref, day, publisher) for s in opening if s not in all_cue_sentences]
    before_first: list[list[Candidate]] = []
    if per_sentence and not per_sentence[0]:  # "The three met ...": the leaders are the sentence before
        earlier = [s for s in sentences if s.end <= all_cue_sentences[0].start and s.start >= body_start]
        before_first = [leaders_in(hits, s, full, ref, day, publisher) for s in earlier[-1:]]
    speakers = transcript_speakers(hits, full, ref, day)
    tiers = [
        *per_sentence[:1],
        *before_first,
        *per_sentence[1:MAX_CUE_SENTENCES],
        *title_found,
        *opening_found,
        speakers,
    ]
    named_otherwise = _named_as_non_leader(hits, full)  # "President-elect Lula": not in office then
    for strength in ("strong", "weak"):
        for found in tiers:
            for candidate in found:
                if candidate.weak != (strength == "weak") or candidate.key in named_otherwise:
                    continue
                if not candidate.verified and any(
                    (c.actor_code, c.office) == (candidate.actor_code, candidate.office) for c in participants.values()
                ):
                    continue  # one holder of an office per state: "Marcus Stephen" and "史蒂芬" are one person
                participants.setdefault(candidate.key, candidate)
            if len(participants) >= 2:
                break
        if len(participants) >= 2:
            break
    if len(participants) < 2:
        counts = Counter(m for m in mentioned if m not in participants and m not in named_otherwise)
        for person_id, count in counts.most_common():
            if len(participants) >= 2 or count < 2:
                break
            participants[person_id] = Candidate.of(_term_on(ref.leaders[person_id], day))
    if len(participants) > 2 and doc.title:
        participants = _as_headlined(participants, hits, len(doc.title), ref, day)
    result.mentioned_leaders = sorted(set(mentioned) - set(participants))
    if len(participants) < 2:
        result.reason = f"fewer than two leaders identified as taking part ({len(participants)})"
        return result

    return _as_readout(result, participants, full, hits, ref, day)


def _as_readout(
    result: Extraction,
    participants: dict[str, Candidate],
    full: str,
    hits: list[Hit],
    ref: Reference,
    day: dt.date | None,
) -> Extraction:
    """The result as a readout of these participants, with the initiator the text names."""
    language = result.language
    codes = [language] if language in ref.languages else list(ref.languages)
    initiator = _initiator(full, hits, codes, ref, list(participants.values()), day)
    if initiator is None:
        initiator = _speakers_own_invitation(full, hits, ref.languages.get(language or ""), ref, day)
    participant_actors = {c.actor_code for c in participants.values()}
    result.initiator_code = initiator if initiator in participant_actors else None
    result.participants = [
        Participant(
            leader_code=c.leader_code,
            name=c.name,
            actor_code=c.actor_code,
            office=c.office,
            is_initiator=c.actor_code == result.initiator_code,
            verified=c.verified,
        )
        for c in participants.values()
    ]
    result.outcome = "readout"
    return result
