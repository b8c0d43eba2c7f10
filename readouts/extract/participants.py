"""Participants: leaders named, designated by title and actor, speaking in a transcript;
the publishing side that a bare title means."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
import unicodedata
import weakref
from collections.abc import Iterator
from dataclasses import dataclass

import pycountry

from readouts.extract.dates import DATELINE
from readouts.extract.text import Hit, Sentence, _any_between, _start_of, language_list, normalised_list, scan
from readouts.models import ParsedDocument
from readouts.reference import (
    Entry,
    LanguageProfile,
    LeaderTerm,
    Reference,
    cjk_letter_count,
    is_cjk,
    is_hangul,
    normalise,
)

OFFICE_TOLERANCE_DAYS = 7  # terms of office in the reference may be a few days off


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


def _term_on(terms: list[LeaderTerm], day: dt.date | None, spans: Spans = ()) -> LeaderTerm:
    """The term of a person in force on a day; when the day is unknown, the latest term held during
    ``spans`` (the page's month: Medvedev in April 2010 is the president, not the later prime minister),
    else the latest term."""
    if day is not None:
        for term in terms:
            if term.holds_office_on(day):
                return term
    during = [t for t in terms if _held_during(t, _widened(spans))] if day is None and spans else []
    return max(during or terms, key=lambda t: t.valid_from)


def _titled_by(title: Hit, name: Hit, text: str, office: str) -> bool:
    """Whether a name comes right after a title of this office, a first name at most between
    ("President of the European Council Donald Tusk"): of a person's terms, the titled one is meant."""
    return (
        title.entry.kind == "title"
        and title.entry.value == office
        and _FIRST_NAME_AT_MOST.fullmatch(text, title.end, name.start) is not None
    )


# "Президентом Європейської ради Дональдом Туском": the title, a first name at most, the name
_FIRST_NAME_AT_MOST = re.compile(r"\s{1,2}(?:[^\W\d_][\w'’.-]*\s{1,2})?")


Spans = tuple[tuple[dt.date, dt.date], ...]


def _widened(spans: Spans) -> Spans:
    """Spans of time widened by the reference's tolerance for the dates of terms of office."""
    margin = dt.timedelta(days=OFFICE_TOLERANCE_DAYS)
    return tuple((a - margin, b + margin) for a, b in spans)


def _held_during(term: LeaderTerm, spans: Spans) -> bool:
    """Whether a term of office overlaps one of the spans (the times the named leaders held theirs)."""
    return any(term.valid_from < b and (term.valid_to or b) > a for a, b in spans)


def _left_office(terms: list[LeaderTerm], day: dt.date | None) -> LeaderTerm | None:
    """The last term of a person named on a day after all their terms ended (beyond the reference's
    tolerance): a former leader, whose state's title in the same sentence is most likely theirs."""
    if day is None or any(t.valid_to is None or t.valid_to > day for t in terms):
        return None  # in office on the day, or later
    if _distance_from_office(terms, day) <= OFFICE_TOLERANCE_DAYS:
        return None
    return max(terms, key=lambda t: t.valid_to or dt.date.max)


def _in_no_office_during(terms: list[LeaderTerm], spans: Spans) -> bool:
    """Whether a person held none of their terms during the spans (a page's month), give or take the
    reference's tolerance: named, but no leader then (a former prime minister, a head become envoy)."""
    return bool(spans) and not any(_held_during(t, _widened(spans)) for t in terms)


def _office_holder(
    ref: Reference, office: str, actor: str, day: dt.date | None, spans: Spans = ()
) -> LeaderTerm | None:
    """Who held an office of an actor on the day; without a day, the one holder in office
    while all the leaders the text names were (``spans``), or the only holder ever."""
    holders = ref.office_holders(office, actor)
    if day is None:
        if spans:
            holders = [t for t in holders if _held_during(t, spans)]
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
    starts: list[int] = []

    def add(start: int, candidate: Candidate) -> None:
        found.append(candidate)
        starts.append(start)

    cue = next((h for h in inside if h.entry.kind == "cue"), None)
    joiners = language_list(ref.languages.get(cue.entry.language or "") if cue else None, "person_joiners")
    not_leaders = (
        {  # "the President-elect, Joe Biden ... his election as President of the United States"
            _term_on(ref.leaders[h.entry.value], day).actor_code
            for i, h in enumerate(inside)
            if h.entry.kind == "leader"
            and (
                _after_non_leader_title(inside[:i], h, text, joiners)
                or _before_non_leader_title(inside[i + 1 :], h, text)
            )
        }
        | {  # "congratulated Nursultan Nazarbayev on his election as President of Kazakhstan" (in 2021)
            left.actor_code
            for h in inside
            if h.entry.kind == "leader" and (left := _left_office(ref.leaders[h.entry.value], day))
        }
    )
    counterparts: list[str] = []
    led: set[str] = set()  # the actors of "the leaders of Germany, France ...": each state's leading office
    for i, hit in enumerate(inside):
        if hit.entry.kind == "counterpart":  # "his Chilean counterpart", "su homólogo de Chile"
            actor, actor_hit = _adjacent_actor(
                hit, inside[:i], inside[i + 1 :], text, _names_before_titles(ref, hit), _name_links(ref, hit), ref
            )
            if actor is not None:
                named = [actor]
                if _plural_title(hit, text, ref) and actor_hit is not None:
                    others = (  # "his French and German counterparts", "з лідерами Франції та Німеччини"
                        _coordinated_states_before(actor_hit, inside[:i], text, ref)
                        if actor_hit.end <= hit.start
                        else _coordinated_states(actor_hit, inside, text, ref)
                    )
                    named += [h.entry.value for h in others]
                counterparts += named
                if normalise(text[hit.start : hit.end]) in _leader_words(ref, hit):
                    led.update(named)
        elif hit.entry.kind == "leader":
            if _after_non_leader_title(inside[:i], hit, text, joiners) or _before_non_leader_title(
                inside[i + 1 :], hit, text
            ):
                continue  # "Vice Premier Li Keqiang", "윤석열 당선인": named in an office that is no leader's
            if _names_an_attribute(hit, text, ref):
                continue  # "the Biden-Harris Administration": a government named after a leader, not the leader
            if _ceremony_of(hit, text, ref):
                continue  # "the coronation of King Charles III": where the leaders met, not one of them
            terms = ref.leaders[hit.entry.value]
            if day is not None and _distance_from_office(terms, day) > OFFICE_TOLERANCE_DAYS:
                continue  # named, but not a leader then (a future prime minister as foreign minister)
            if day is None and _in_no_office_during(terms, spans):
                continue  # a page known to its month only: named, but no leader then (a former prime minister)
            titled = [t for t in terms if i and _titled_by(inside[i - 1], hit, text, t.office)]
            add(hit.start, Candidate.of(_term_on(titled or terms, day, spans)))
        elif hit.entry.kind == "title":
            if (
                _principal_of_an_official(inside[:i], hit, text, ref)
                or _owns_an_office(hit, text, ref)
                or _title_of_an_officials_principal(hit, inside[i + 1 :], ref)
            ):  # "со спецпредставителем президента США", "宏都拉斯总统胞兄叶男德兹": the principal, not present
                continue
            neighbours = inside[max(0, i - 1) : i] + inside[i + 1 : i + 3]
            names_first = _names_before_titles(ref, hit)
            if any(
                n.entry.kind == "leader"
                and (
                    (
                        0 <= n.start - hit.end <= 2
                        and not text[hit.end : n.start].strip()
                        or _GIVEN_NAME_BEFORE_DOT.fullmatch(text, hit.end, n.start) is not None
                    )
                    or (
                        0 <= hit.start - n.end <= 2
                        and not text[n.end : hit.start].strip(" ,，、")
                        and (names_first or bool(text[n.end : hit.start].strip()))
                        and not _titles_next_name(hit, inside[i + 1 :], text)
                        and (names_first or _ever_held(ref, n, hit.entry.value))
                    )
                )
                for n in neighbours
            ):
                continue  # "President Tokayev", "Tokayev, President": the name decides ("総理大臣は、プーチン",
                # "习近平同欧盟委员会主席": not; nor, where titles go first, a name and the next person's
                # title: "التقى ... محمد بن سلمان الرئيس الصيني")
            office = hit.entry.value
            own = _title_actor(ref, office) if office.endswith(("_president", "_general")) else None
            if own is not None:  # "the UN Secretary-General about Sudan": an organisation's office is its own
                actor, actor_hit = own, None
            else:
                actor, actor_hit = _adjacent_actor(
                    hit, inside[:i], inside[i + 1 :], text, _names_before_titles(ref, hit), _name_links(ref, hit), ref
                )
            if actor is None:  # a title that names its state itself ("Председатель КНР", "Головою КНР")
                actor = _actor_within_title(hit, text, ref)
            if actor is None:  # a title only one state has ("the Taoiseach")
                actor = _state_of_title(hit, text, ref)
            named_between = None
            if actor is None and i and _names_before_titles(ref, hit):
                named_between = _name_between(inside[i - 1], hit, text, ref)
                if named_between is not None:
                    actor = inside[i - 1].entry.value
            if actor is None and office.endswith(("_president", "_general")):
                actor = _title_actor(ref, office)
            if actor is None:  # "Prime Minister Abe held talks with ...", "マクリ大統領と会談": the surname decides
                name = _katakana_before(hit, text) if names_first else _name_next_to(hit, inside, text)
                by_surname = _holder_by_title_and_surname(ref, office, day, spans, name)
                if by_surname is not None:
                    add(hit.start, Candidate.of(by_surname))
                    continue
            weak = False
            if actor is None and publisher is not None and not hit.inflected:
                if _heads_an_apposition(hit, inside[i + 1 :], text, sentence, ref):
                    continue  # "la présidente du Conseil italien Giorgia Meloni": the title of the name after it
                if publisher in _sides_a_bare_title_never_names(hit, text, ref):
                    continue  # "梅德韦杰夫向总统汇报": "总统" alone is never the PRC's head of state
                actor, weak = publisher, True
            if not actor or actor in not_leaders:
                continue
            holder = _office_holder(ref, office, actor, day, spans)
            if actor_hit is not None and not weak and _plural_title(hit, text, ref):
                others = (  # "the Presidents of Palau and Nauru", "the Swedish and Finnish Prime Ministers"
                    _coordinated_states(actor_hit, inside, text, ref)
                    if actor_hit.start > hit.start
                    else _coordinated_states_before(actor_hit, inside[:i], text, ref)
                )
                for other in others:
                    other_holder = _office_holder(ref, office, other.entry.value, day, spans)
                    if other_holder is not None:
                        add(other.start, Candidate.of(other_holder))
            if holder is None and day is None and names_first:  # "菅総理大臣", undated: Suga, not Abe
                named_before = _holder_named_before(ref, office, actor, spans, text, hit.start)
                if named_before is not None:  # named, if by surname only: as good as a name
                    add(hit.start, Candidate.of(named_before))
                    continue
            if weak and holder is not None and not _may_name(holder, _name_next_to(hit, inside, text)):
                continue  # "Präsident Michel": the title of someone the reference lacks, not the publishing side's
            if holder is not None and _names_a_consort(hit, holder, _name_next_to(hit, inside, text), text, ref):
                continue  # "Queen Mathilde of Belgium": a consort's title, not the reigning King Philippe
            if weak and holder is None and not ref.office_holders(office, actor) and ref.has_leaders(actor):
                continue  # "the Prime Minister" on a White House page: not the publishing side's, which has none
            if (
                not names_first
                and holder is not None
                and _names_another_leader_next(holder, hit, actor_hit, inside, text)
            ):
                continue  # "the 43rd President of the United States George W. Bush": his title, not today's holder's
            if holder is not None:  # read from the named leaders' times in office only: to make up a pair
                add(hit.start, Candidate.of(holder, weak or (day is None and bool(spans))))
                continue
            if named_between is not None:
                add(hit.start, Candidate.unverified(named_between, office, actor))
                continue
            after = max(hit.end, actor_hit.end if actor_hit is not None else hit.end)
            following = [h.start for h in inside if h.start >= after]
            name = name_after(text, after, min([*following, sentence.end]), ref.name_particles)
            if name is None and actor_hit is not None and actor_hit.start > hit.end:  # "Prime Minister X of Y"
                name = name_after(text, hit.end, actor_hit.start, ref.name_particles)
            if name is None and _names_before_titles(ref, hit):  # "总统罗亚克(Christopher J. Loeak)"
                spelled = _SPELLED_NAME.match(text, after)
                name = spelled.group("latin").strip() if spelled else None
                if name is None and actor_hit is not None and not weak:  # "瑙鲁总统阿迪昂同..."
                    name = _unspaced_name_after(text, after, min([*following, sentence.end]), ref, hit)
            if name is not None and _runs_into_leader_of(actor, inside, text, after, ref, day):
                continue  # "Президентом Казахстана Касым-Жомартом Кемелевичем Токаевым": the known name decides
            named = _holder_by_surname(ref, office, actor, day, spans, name) if name is not None else None
            if named is not None:  # "presidente boliviano Luis Alberto Arce Catacora", undated: Luis Arce
                add(hit.start, Candidate.of(named, weak))
            elif name is not None:
                add(hit.start, Candidate.unverified(name, office, actor, weak))
    official_subject = _official_subject(inside)
    official_object = cue_object_is_no_leader(inside, ref, text)
    cut = None
    if len({c.key for c in found}) > 2 or official_subject or official_object:
        cue_at = next((h.start for h in inside if h.entry.kind == "cue"), len(text))
        paired = len({c.actor_code for c, at in zip(found, starts, strict=True) if at < cue_at}) >= 2
        cut = _mentions_from(inside, text, sentence, ref, paired)
    if cut is not None:  # "spoke with Chancellor Scholz about President Putin's war": Putin is a mention
        engaged = [c for c, start in zip(found, starts, strict=True) if start < cut]
        if len({c.actor_code for c in engaged}) >= 2 or ((official_subject or official_object) and engaged):
            found = engaged  # "Foreign Minister X met Prime Minister Y and conveyed the greetings of Z": Y alone
            starts = [s for s in starts if s < cut]
    found = _without_earlier_counterparts(found, starts, text, sentence, ref, inside)
    if counterparts and (found or led.issuperset(counterparts)):
        found += _counterparts(ref, counterparts, found, day, spans, led)
    return found


def _leader_words(ref: Reference, counterpart: Hit) -> set[str]:
    """The counterpart words of the hit's language that name a state's leader, not a colleague in the same
    office (the language's ``leader_counterpart_words``: "the leaders", "лидерами")."""
    profile = ref.languages.get(counterpart.entry.language or "")
    return set(normalised_list(profile, "leader_counterpart_words"))


def _without_earlier_counterparts(
    found: list[Candidate], starts: list[int], text: str, sentence: Sentence, ref: Reference, inside: list[Hit]
) -> list[Candidate]:
    """The candidates without the leaders named before one of the language's ``earlier_counterpart_joiners``
    ("菅首相は、モリソン首相に続いてトランプ大統領と電話会談をした", "문 대통령이 트럼프 대통령, 시진핑 주석에
    이어 아베 총리와 통화했다"): those called before, not parties to the call reported; the sentence's first
    leader, who called them all, stays. Only while two sides remain."""
    cue = next((h for h in inside if h.entry.kind == "cue"), None)
    profile = ref.languages.get(cue.entry.language or "") if cue is not None else None
    joiners = language_list(profile, "earlier_counterpart_joiners")
    if not joiners or len(found) < 3:
        return found
    low = normalise(text[sentence.start : sentence.end])
    earlier: set[str] = set()
    for joiner in joiners:
        for match in re.finditer(re.escape(joiner), low):
            at = sentence.start + match.start()
            before = sorted((start, c.key) for c, start in zip(found, starts, strict=True) if start < at)
            earlier.update(key for _, key in before[1:] if key != before[0][1])  # the first is who called
    kept = [c for c in found if c.key not in earlier]
    return kept if len({c.actor_code for c in kept}) >= 2 else found


SURNAME_BEFORE_TITLE_CHARS = (1, 3)


def _holder_named_before(
    ref: Reference, office: str, actor: str, spans: Spans, text: str, title_start: int
) -> LeaderTerm | None:
    """In a language that writes the name before the title ("菅総理大臣", "高市総理", "文大統領"), the
    one holder of the office, while the named leaders held theirs, a name of whom begins with the
    letters right before the title: an undated page's surname and title."""
    if not spans:
        return None
    holders = [t for t in ref.office_holders(office, actor) if _held_during(t, spans)]
    low, high = SURNAME_BEFORE_TITLE_CHARS
    named: dict[str, LeaderTerm] = {}
    for size in range(high, low - 1, -1):
        before = text[max(0, title_start - size) : title_start]
        if len(before) < size or not all(ch.isalpha() for ch in before):
            continue
        for term in holders:
            if any(len(alias) > size and alias.startswith(before) and is_cjk(alias) for alias in term.aliases):
                named[term.person_id] = term
        if named:
            break
    return next(iter(named.values())) if len(named) == 1 else None


NAME_BEFORE_LEADER_MAX_WORDS = 3


def _runs_into_leader_of(
    actor: str, inside: list[Hit], text: str, after: int, ref: Reference, day: dt.date | None
) -> bool:
    """Whether the words after a title and its state end at a known leader's name of that state, with
    at most a first name and patronymic before it ("Касым-Жомартом Кемелевичем Токаевым")."""
    following = _leader_named_at(inside, text, after)
    return following is not None and _term_on(ref.leaders[following.entry.value], day).actor_code == actor


def _names_another_leader_next(
    holder: LeaderTerm, title: Hit, actor_hit: Hit | None, inside: list[Hit], text: str
) -> bool:
    """Whether a title and its state ("President of the United States") run into the name of a known leader
    who is not the office's holder on the day, with at most a first name and initials before it: the title
    is that person's, who may hold it no longer ("... George W. Bush" on a page of 2022)."""
    following = _leader_named_at(inside, text, max(title.end, actor_hit.end if actor_hit is not None else title.end))
    return following is not None and following.entry.value != holder.person_id


def _leader_named_at(inside: list[Hit], text: str, after: int) -> Hit | None:
    """The known leader's name the words from ``after`` run into, with at most a first name, patronymic or
    initials before it: the next hit, when it is a leader's."""
    following = next((h for h in inside if h.start >= after), None)
    if following is None or following.entry.kind != "leader":
        return None
    words = text[after : following.start].split()
    if len(words) > NAME_BEFORE_LEADER_MAX_WORDS or not all(w[:1].isalpha() for w in words):
        return None
    return following


SURNAME_MIN_CHARS = 3
FAMILY_NAME_MIN_CHARS = 2  # "Hu Jintao", "Xi Jinping": a family name first is often of two letters


def _surname(alias: str, family_name_first: bool = False) -> str | None:
    """The last word of a name of two words or more (the first where the family name comes first:
    "Moon Jae-in"), plain (accents aside), when long enough to tell; a name in katakana splits at its
    middle dots ("マウリシオ・マクリ")."""
    words = alias.replace("・", " ").split()
    word = words[0] if family_name_first else words[-1]
    shortest = FAMILY_NAME_MIN_CHARS if family_name_first else SURNAME_MIN_CHARS
    if len(words) < 2 or len(word.strip(".")) < shortest:
        return None
    plain = _plain_words(word)
    return next(iter(plain)) if len(plain) == 1 else None


def _plain_words(name: str) -> set[str]:
    decomposed = unicodedata.normalize("NFKD", normalise(name))
    return set("".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("-", " ").split())


def _holder_by_surname(
    ref: Reference, office: str, actor: str, day: dt.date | None, spans: Spans, name: str
) -> LeaderTerm | None:
    """The one holder of a state's office, on the day or while the named leaders held office, whose
    surname (the last word of a name or alias of theirs) is a word of a name the reference lacks as
    written: "Luis Alberto Arce Catacora" is Luis Arce, "Horacio Manuel Cartes Jara" Horacio Cartes."""
    holders = ref.office_holders(office, actor)
    if day is not None:
        holders = [t for t in holders if t.holds_office_on(day)]
    elif spans:
        holders = [t for t in holders if _held_during(t, spans)]
    else:
        return None
    words = _plain_words(name)
    named = {t.person_id: t for t in holders if any(_surname(alias) in words for alias in t.aliases)}
    return next(iter(named.values())) if len(named) == 1 else None


def _holder_by_title_and_surname(
    ref: Reference, office: str, day: dt.date | None, spans: Spans, name: str | None
) -> LeaderTerm | None:
    """The one holder of an office, of whichever state, on the day (or while the named leaders held
    theirs) whose surname is the word after a title that names no state and that no phrase table
    knows: "Prime Minister Abe" in 2018 is Shinzō Abe, whose aliases hold no bare "Abe"."""
    if name is None or len(name) < FAMILY_NAME_MIN_CHARS:  # two letters are found only as a family name first
        return None
    by_surname = _surname_index(ref, office)
    named = {
        t.person_id: t
        for word in _plain_words(name)
        for t in by_surname.get(word, ())
        if (t.holds_office_on(day) if day is not None else bool(spans) and _held_during(t, spans))
    }
    return next(iter(named.values())) if len(named) == 1 else None


_SURNAME_INDEXES: weakref.WeakKeyDictionary[Reference, dict[str, dict[str, list[LeaderTerm]]]] = (
    weakref.WeakKeyDictionary()
)


def _surname_index(ref: Reference, office: str) -> dict[str, list[LeaderTerm]]:
    """The terms of an office by the surnames of their holders' aliases, built once per reference."""
    indexes = _SURNAME_INDEXES.setdefault(ref, {})
    if office not in indexes:
        index: dict[str, list[LeaderTerm]] = {}
        for term in ref.holders_of_office(office):
            first = term.actor_code in ref.family_name_first
            surnames = {_surname(alias) for alias in term.aliases}
            if first:  # "Moon Jae-in": "President Moon"; only names in Latin letters have words to split
                surnames |= {_surname(alias, True) for alias in term.aliases if alias.isascii()}
            for surname in surnames - {None}:
                index.setdefault(surname, []).append(term)
        indexes[office] = index
    return indexes[office]


APPOSITION_MAX_CHARS = 80
APPOSITION_MAX_ADJECTIVES = 3


_APPOSITION_BREAK = re.compile(r"[.,;:!?()\"«»“”\n]")


def _heads_an_apposition(title: Hit, after: list[Hit], text: str, sentence: Sentence, ref: Reference) -> bool:
    """Whether a bare title heads a longer title phrase that ends in a name, whose title it is: the
    title, a qualifier, then a leader's name or a name of two capitalised words or more. The
    qualifier is an of-phrase opened by one of the language's ``title_name_actor_links``, of words
    and actor words only ("President of the Presidential Council Mohamed al-Menfi", "présidente du
    Conseil des ministres italien Giorgia Meloni"), or a few lower-case words and an actor word
    right before the name ("président du Conseil présidentiel libyen Mohamed el-Menfi"). Such a
    title is not the publishing side's."""
    end = min(sentence.end, title.end + APPOSITION_MAX_CHARS)
    breaking = _APPOSITION_BREAK.search(text, title.end, end)
    end = breaking.start() if breaking is not None else end
    stop = next((h for h in after if h.entry.kind not in ("actor", "topic")), None)
    if stop is not None and stop.start < end and stop.entry.kind != "leader":
        end = stop.start  # a cue, a title, a counterpart: the phrase has ended
    rest = text[title.end : end]
    stripped = rest.lower().lstrip()
    lead = len(rest) - len(stripped)
    if not lead:
        return False
    actors = [h for h in after if h.entry.kind == "actor" and h.start < end]
    for link in sorted(_name_links(ref, title), key=len, reverse=True):
        if stripped.startswith(link) and (link[-1:] in "'’" or stripped[len(link) : len(link) + 1].isspace()):
            return _name_ends_qualifier(title.end + lead + len(link), end, stop, actors, text, ref)
    first_actor = actors[0] if actors else None
    if first_actor is None:
        return False
    words = text[title.end : first_actor.start].split()
    if not 0 < len(words) <= APPOSITION_MAX_ADJECTIVES or not all(w[:1].islower() for w in words):
        return False
    if stop is not None and stop.entry.kind == "leader" and stop.start < end + 1:
        return len(text[first_actor.end : stop.start].split()) <= 2  # "libyen", a first name at most, a leader
    name = name_after(text, first_actor.end, end, ref.name_particles)
    return name is not None and not any(first_actor.end <= h.start < end for h in actors[1:])


def heads_a_longer_title(i: int, hits: list[Hit], text: str, ref: Reference) -> bool:
    """Whether the title ``hits[i]`` is the head of a longer title that names no state: a capitalised
    word that is no name or state known, or one of the language's ``title_name_actor_links``, follows it
    ("господин Председатель Постоянного комитета Всекитайского собрания", "Mr. President of the
    National Assembly"): the title of another office, not the leader's. Only in languages written
    with spaces."""
    title = hits[i]
    profile = ref.languages.get(title.entry.language or "")
    if profile is None or not profile.data.get("word_boundaries", True):
        return False
    word = _NEXT_WORD.match(text, title.end)
    if word is None:
        return False
    links = language_list(profile, "title_name_actor_links")
    if not (word.group(1)[:1].isupper() or word.group(1).lower() in links):
        return False
    breaking = _APPOSITION_BREAK.search(text, title.end)
    end = breaking.start() if breaking is not None else len(text)
    for hit in hits[i + 1 :]:
        if hit.start >= end:
            break
        if hit.entry.kind in ("actor", "leader"):
            return False
    return True


def _name_ends_qualifier(start: int, end: int, stop: Hit | None, actors: list[Hit], text: str, ref: Reference) -> bool:
    """Whether the words from ``start`` to ``end`` are a qualifier, then a leader's name (``stop``)
    or a name of capitalised words after a lower-case word or an actor word."""
    if stop is not None and stop.entry.kind == "leader" and stop.start < end + 1:
        return text[start : stop.start].strip() != ""
    for word in _NAME_TOKEN.finditer(text, start, end):
        previous = text[start : word.start()].split()
        at_actor_end = any(h.end <= word.start() and not text[h.end : word.start()].strip() for h in actors)
        if not previous or not (previous[-1][:1].islower() or at_actor_end):
            continue
        if any(h.start < word.end() and h.end > word.start() for h in actors):
            continue
        name = name_after(text, word.start(), end, ref.name_particles)
        if name is not None and not any(word.start() <= h.start < word.start() + len(name) for h in actors):
            return True
    return False


ENGAGED_PERSON_KINDS = frozenset({"leader", "title", "non_leader_title", "counterpart"})  # hits naming a person


def _official_subject(inside: list[Hit]) -> bool:
    """Whether the sentence's first person, before its first engagement cue, is named by an office
    that is no leader's ("Foreign Minister X met ..."): the leaders the sentence names after a topic
    marker ("and conveyed the greetings of Prime Minister Z") are then mentions, even as a pair."""
    cue = next((h.start for h in inside if h.entry.kind == "cue"), None)
    first = next((h for h in inside if h.entry.kind in ENGAGED_PERSON_KINDS), None)
    return cue is not None and first is not None and first.start < cue and first.entry.kind == "non_leader_title"


def cue_object_is_no_leader(inside: list[Hit], ref: Reference, text: str) -> bool:
    """Whether the person a sentence's first engagement cue has for its object (``inside``: the sentence's
    hits) holds an office that is no leader's ("蔡總統接見聖文森總督朵根", "met Chinese Foreign Minister Wang
    Yi", "received a courtesy call from X, Deputy Prime Minister ..., who was visiting on behalf of Prime
    Minister Y"): the first person named after the cue, or, in a language whose verb ends the clause
    (``mentions_after_cue``: "왕이 중국 외교부장과 면담했다"), the last one named before it."""
    cue = next((h for h in inside if h.entry.kind == "cue"), None)
    if cue is None:
        return False
    profile = ref.languages.get(cue.entry.language or "")
    persons = [h for h in inside if h.entry.kind in ENGAGED_PERSON_KINDS]
    if profile is not None and profile.data.get("mentions_after_cue"):
        before = [h for h in persons[1:] if h.end <= cue.start]  # the first person is the subject
        person = before[-1] if before else None
    elif profile is not None and profile.data.get("subject_after_verb"):  # the verb, its subject, its object
        after = [h for h in persons if h.start >= cue.end]
        subject = 2 if len(after) > 1 and after[0].entry.kind == "title" and after[1].entry.kind == "leader" else 1
        person = after[subject] if len(after) > subject else None
    else:
        person = next((h for h in persons if h.start >= cue.end), None)
        if person is not None and _joined_by_a_leader(person, persons, text, profile):
            return False
    if person is not None and person.entry.kind == "title":  # "接見貝里斯總理夫人": the title is the spouse's principal
        return _title_of_an_officials_principal(person, [h for h in persons if h.start > person.start], ref)
    return person is not None and person.entry.kind == "non_leader_title"


PERSON_JOIN_CHARS = 60  # how far after an official the leader joined to them may be named


def _joined_by_a_leader(official: Hit, persons: list[Hit], text: str, profile: LanguageProfile | None) -> bool:
    """Whether the official a cue has for its object is joined, by one of the language's ``person_joiners``, to
    a leader or a leader's title named next ("met Governor-General David Hurley and Prime Minister Anthony
    Albanese", "先后会晤吐瓦鲁国总督法拉尼与总理戴斐立"): the leader is an object too."""
    if official.entry.kind != "non_leader_title":
        return False
    following = next((h for h in persons if h.start >= official.end), None)
    if following is None or following.entry.kind not in ("leader", "title"):
        return False
    gap = text[official.end : following.start]
    if len(gap) > PERSON_JOIN_CHARS or re.search(r"[.;:!?。；！？\n]", gap):
        return False
    return _ends_with_a_joiner(gap, language_list(profile, "person_joiners"))


def _mentions_from(
    inside: list[Hit], text: str, sentence: Sentence, ref: Reference, paired: bool = False
) -> int | None:
    """Where the leaders a sentence merely mentions begin: after the first of its language's
    ``topic_markers`` ("about", "sobre", "обсудив", "对") that follows the engagement cue and a
    person named after it ("spoke with Chancellor Scholz about President Putin's war"), or the cue
    alone when both sides are ``paired`` before it ("Petro y Trump conversaron tras la captura del
    mandatario venezolano"); in a language whose verb ends the clause (``mentions_after_cue``:
    "スナク首相と電話会談を行い、バイデン大統領の提案について"), right after the cue. None when the
    sentence has no such point."""
    cue = next((h for h in inside if h.entry.kind == "cue"), None)
    profile = ref.languages.get(cue.entry.language or "") if cue is not None else None
    if cue is None or profile is None:
        return None
    if profile.data.get("mentions_after_cue"):
        return cue.end
    markers = profile.data.get("topic_markers", [])
    # the first person after the cue, a leader or an official ("received a courtesy call from X, Deputy Prime
    # Minister ..., who was visiting Japan on behalf of Prime Minister Y": Y is no guest)
    person = next(
        (h for h in inside if h.start >= cue.end and h.entry.kind in ("leader", "title", "non_leader_title")), None
    )
    after = cue.end if paired else person.end if person is not None else None
    if not markers or after is None:
        return None
    low = normalise(text[after : sentence.end])
    spaced = profile.data.get("word_boundaries", True)
    found = [m.start() for m in (_marker_regex(tuple(markers), spaced).search(low),) if m is not None]
    return after + found[0] if found else None


@functools.lru_cache(maxsize=64)
def _marker_regex(markers: tuple[str, ...], spaced: bool) -> re.Pattern[str]:
    def bounded(marker: str) -> str:  # word boundaries where the marker begins or ends with a letter
        before = r"(?<!\w)" if spaced and marker[:1].isalnum() else ""
        after = r"(?!\w)" if spaced and marker[-1:].isalnum() else ""
        return before + re.escape(marker) + after

    return re.compile("|".join(bounded(m) for m in sorted(markers, key=len, reverse=True)))


# A leader's counterpart in a state without the leader's office: a head of government's is its head of
# government, else its president; a head of state's (a president, a monarch) its president, else its
# head of government
HEAD_OF_GOVERNMENT_OFFICES = ("prime_minister", "chancellor")
COUNTERPART_OFFICES = (*HEAD_OF_GOVERNMENT_OFFICES, "president")


def _counterparts(
    ref: Reference,
    actors: list[str],
    named_leaders: list[Candidate],
    day: dt.date | None,
    spans: Spans,
    led: set[str] | frozenset[str] = frozenset(),
) -> list[Candidate]:
    """The holders, for each actor, of the office of the sentence's first leader: whom "his
    Chilean counterpart" means (a president's counterpart is a president), for the actors of
    which the sentence names no leader. Where the actor has no such office (a chancellor's Kazakh
    counterpart, a president's Japanese one, "일본 정상"), the first of ``COUNTERPART_OFFICES`` it has (in
    reverse order for a head of state's). An actor named as ``led`` ("met with the leaders of Germany,
    France, Romania and Italy") means the holder of its leading office (Germany's chancellor)."""
    subject = named_leaders[0] if named_leaders else None  # none: "the leaders of Canada, ... met", all led
    found = []
    named = {c.actor_code for c in named_leaders}
    for actor in actors:
        if actor in named:
            continue  # "his French counterpart, Emmanuel Macron": the name says who, whatever the office
        offices = [ref.leading_office(actor) if actor in led or subject is None else subject.office]
        if not ref.office_holders(offices[0], actor) and subject is not None:
            order = COUNTERPART_OFFICES if subject.office in HEAD_OF_GOVERNMENT_OFFICES else COUNTERPART_OFFICES[::-1]
            offices = [o for o in order if o != subject.office and ref.office_holders(o, actor)][:1]
        holder = _office_holder(ref, offices[0], actor, day, spans) if offices else None
        if holder is not None:
            found.append(Candidate.of(holder, day is None and bool(spans)))
    return found


def _names_before_titles(ref: Reference, title: Hit) -> bool:
    """Whether the title's language writes a name between the state and the title
    ("诺鲁共和国史蒂芬总统"): a language written without spaces."""
    profile = ref.languages.get(title.entry.language or "")
    return profile is not None and profile.data.get("word_boundaries", True) is False


UNSPACED_NAME_CHARS = (2, 8)


def _unspaced_name_after(text: str, pos: int, stop: int, ref: Reference, title: Hit) -> str | None:
    """A name the reference lacks right after a state and title in a language written without
    spaces ("阿迪昂" in "瑙鲁总统阿迪昂同..."): the letters up to the first of the language's
    ``name_enders`` (a preposition, a verb, a comma) or the next phrase found, two to eight of them."""
    profile = ref.languages.get(title.entry.language or "")
    enders = language_list(profile, "name_enders")
    if not enders:
        return None
    low, high = UNSPACED_NAME_CHARS
    rest = text[pos : min(stop, pos + high + 1)]
    at_stop = stop <= pos + high  # the next phrase found ("会谈") ends the name too
    cut = min((i for i in (rest.find(e) for e in enders) if i >= 0), default=len(rest) if at_stop else -1)
    name = rest[:cut] if cut >= 0 else ""
    if not (low <= len(name) <= high) or not all(ch.isalpha() or ch in "·・" for ch in name):
        return None
    spelled = re.search(re.escape(name) + r"[(（](?P<latin>[A-Za-z][A-Za-z .'’-]{1,40})[)）]", text)
    return spelled.group("latin").strip() if spelled else name  # "罗亚克(Christopher J. Loeak)" elsewhere


_SPELLED_NAME = re.compile(r"[^\W\d_]{2,8}[(（](?P<latin>[A-Za-z][A-Za-z .'’-]{1,40})[)）]")


# "史蒂芬(Marcus Stephen)", "의 맬컴 턴불 " (after a possessive particle), "チャン・ダイ・クアン" (dotted)
_NAME_BETWEEN = re.compile(
    r"(?:[^\W\d_]\s)?(?P<name>[^\W\d_]{2,8}(?:[\s・·][^\W\d_]{1,8}){0,3})\s?"
    r"(?:[(（](?P<latin>[A-Za-z][A-Za-z .'’-]{1,40})[)）])?"
)


_STATE_ABBREVIATION = re.compile(r"[(（][A-Za-z]{2,6}[)）]")  # "ニュージーランド(NZ)"


def _name_between(actor: Hit, title: Hit, text: str, ref: Reference) -> str | None:
    """The name between a state and a title ("史蒂芬(Marcus Stephen)" in "诺鲁共和国史蒂芬(Marcus
    Stephen)总统"), its Latin spelling when the text gives one; None when anything else stands there.
    The state's abbreviation in brackets and one of the language's ``state_name_particles`` may come
    between the state and the name ("ベトナムのチャン・ダイ・クアン国家主席",
    "ニュージーランド(NZ)のジョン・キー首相")."""
    if actor.entry.kind != "actor":
        return None
    start = actor.end
    abbreviation = _STATE_ABBREVIATION.match(text, start)
    start = abbreviation.end() if abbreviation else start
    profile = ref.languages.get(title.entry.language or "")
    start += next((len(p) for p in language_list(profile, "state_name_particles") if text.startswith(p, start)), 0)
    match = _NAME_BETWEEN.fullmatch(text, start, title.start)
    if match is None:
        return None
    if match.group("name") and any(w in match.group("name") for w in language_list(profile, "name_blockers")):
        return None  # "日本政府是否邀请总统": words no name holds ("政府", "是否"), not a name before the title
    return match.group("latin").strip() if match.group("latin") else match.group("name")


NON_LEADER_TITLE_GAP_CHARS = 15  # "Vice Premier of the State Council Li Keqiang"
# ... where a sign is a word: "共和国罗博（" between a state and a name; not a clause
# ("副总统在总统府代表政府与人民欢迎来访的")
NON_LEADER_TITLE_GAP_CJK_CHARS = 8


_TITLE_GAP = re.compile(r"[^.,;:!?()\n。，；：]*")


_NAME_WORDS = re.compile(r"[^\S\n]*(?:[^\W\d_][\w'’-]*[^\S\n]+){1,2}")


def _given_names(gap: str) -> bool:
    """Whether the text between a title and a surname is one or two capitalised words: the person's
    given names, in a case form no alias lists ("Франка-Вальтера")."""
    return bool(_NAME_WORDS.fullmatch(gap)) and all(word[0].isupper() for word in gap.split())


def _owns_an_office(title: Hit, text: str, ref: Reference) -> bool:
    """Whether a leader's title is a possessive before one of the language's ``possessed_officials`` ("Head of the
    President's Office", "US President's National Security Advisor"): it names whose office or official that is,
    not a leader taking part."""
    profile = ref.languages.get(title.entry.language or "")
    endings = language_list(profile, "possessive_endings")
    officials = language_list(profile, "possessed_officials")
    if not endings or not officials:
        return False
    after = normalise(text[title.end : title.end + 40]).replace("’", "'")
    ending = next((e for e in endings if after.startswith(e)), None)
    rest = after[len(ending) :].lstrip() if ending is not None else ""
    return ending is not None and any(rest.startswith(o) and not rest[len(o) : len(o) + 1].isalpha() for o in officials)


def _title_of_an_officials_principal(title: Hit, after: list[Hit], ref: Reference) -> bool:
    """Whether a leader's title runs, with nothing between, into a title that is no leader's, in a language written
    without spaces ("总统胞兄", "总统职务指定人", "大統領特使"): the title says whose kin, official or envoy that
    is, not a leader taking part. The hits after the title may begin with its other readings (总理: a prime
    minister's and a chancellor's)."""
    following = next((h for h in after if h.start >= title.end), None)
    return (
        following is not None
        and following.start == title.end
        and following.entry.kind == "non_leader_title"
        and _names_before_titles(ref, title)
    )


def _principal_of_an_official(before: list[Hit], title: Hit, text: str, ref: Reference) -> bool:
    """Whether a leader's title follows an official's title with nothing between, in a language that
    puts the principal after the office in the genitive ("спецпредставителем президента США",
    "спецпредставника президента США": the language's ``principal_after_official``), or through an "of" the
    official's title ends with ("Wife of the President of Ukraine"): it names whose official that is, not a leader
    taking part."""
    if not before or before[-1].entry.kind != "non_leader_title":
        return False
    previous = before[-1]
    gap = text[previous.end : title.start].strip()
    if previous.entry.value.endswith(" of") and gap.lower() in ("", "the"):
        return True  # "Wife of the President of Ukraine Olena Zelenska": whose wife she is
    profile = ref.languages.get(title.entry.language or "")
    return profile is not None and bool(profile.data.get("principal_after_official")) and not gap


def _after_non_leader_title(before: list[Hit], leader: Hit, text: str, joiners: list[str] | None = None) -> bool:
    """Whether a leader's name follows a title that is no leader's ("Vice President",
    "Заместитель Премьера Госсовета", "副总理"), through at most two actor or title words,
    or in apposition ("the President-elect of Brazil, Lula da Silva"); not when one of the language's
    ``joiners`` ends the gap before a leader's title ("总督与总理戴斐立": the governor-general and the prime
    minister, two persons)."""
    end = leader.start
    window = before[-3:]
    for k in range(len(window) - 1, -1, -1):
        hit = window[k]
        gap = text[hit.end : end]
        if end == leader.start and (re.fullmatch(r",\s{1,2}", gap) or _given_names(gap)):
            gap = ""  # "министра иностранных дел Германии Франка-Вальтера Штайнмайера": the surname's given names
        limit = NON_LEADER_TITLE_GAP_CJK_CHARS if cjk_letter_count(gap) > len(gap) // 2 else NON_LEADER_TITLE_GAP_CHARS
        if len(gap) > limit or _TITLE_GAP.fullmatch(gap) is None:
            return False
        if hit.entry.kind == "non_leader_title":
            if _ends_with_a_joiner(gap, joiners or []):
                return False
            # "Cumhurbaşkanı ve AK Parti Genel Başkanı Tayyip Erdoğan": a leader's title joined to the other
            joined = k and window[k - 1].entry.kind == "title"
            return not (joined and _TITLES_JOINED.fullmatch(text[window[k - 1].end : hit.start]))
        if hit.entry.kind not in ("actor", "title"):
            return False
        end = hit.start
    return False


# a transliterated given name and its dot before the surname a leader's name is known by ("总理德米特里•梅德韦杰夫")
_GIVEN_NAME_BEFORE_DOT = re.compile(r"[\u4e00-\u9fff]{1,6}[·•‧・]")


def _ends_with_a_joiner(gap: str, joiners: list[str]) -> bool:
    """Whether the words between two persons' titles or names end with one of the language's ``person_joiners``
    (a whole word, or, in a script written without spaces, the last characters: "与", "、")."""
    tail = gap.strip().casefold()
    return any(tail == j or tail.endswith(j if is_cjk(j) or not j.isalpha() else " " + j) for j in joiners)


# a leader's title, a word for "and", then the other title with up to three words of its own ("AK Parti")
_TITLES_JOINED = re.compile(r"\s*(?:and|ve|и|і|та|y|e|et|und)\s+(?:[^\W\d_][\w.-]*\s+){0,3}", re.IGNORECASE)


_NAME_COMPOUND = re.compile(r"(?:[-‐–]\w+)*\s*")


def _ceremony_of(leader: Hit, text: str, ref: Reference) -> bool:
    """Whether a leader is named as the one a ceremony is held for, one of the languages'
    ``leader_ceremony_nouns`` then "of" and at most a few capitalised titles ("the inaugural Mass of
    His Holiness Pope Leo XIV", "the coronation of King Charles III")."""
    nouns = [n for profile in ref.languages.values() for n in profile.data.get("leader_ceremony_nouns", [])]
    if not nouns:
        return False
    before = text[max(0, leader.start - 80) : leader.start]
    pattern = _ceremony_pattern(tuple(nouns))
    return pattern.search(before) is not None


@functools.lru_cache(maxsize=4)
def _ceremony_pattern(nouns: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(nouns, key=len, reverse=True))
    # "of" and capitalised titles, or French "de" and titles that may hold an article ("de Sa Sainteté le pape")
    return re.compile(
        rf"(?i:\b(?:{alternatives}))\s+(?:of\s+(?:the\s+)?|d(?:e|u|e\s+la)\s+|d['’])(?:(?:[A-Z][\w.'’-]*|le|la)\s+){{0,4}}$"
    )


def _names_an_attribute(leader: Hit, text: str, ref: Reference) -> bool:
    """Whether a leader's name only qualifies the noun after it, through a hyphenated compound
    of names ("the Biden-Harris Administration", "the Obama administration's policy"), or, in a script
    written without spaces, right after it ("拜登政府"): the ``name_attributive_nouns`` of the languages
    (a name belongs to none)."""
    gap = _NAME_COMPOUND.match(text, leader.end)
    unspaced, spaced_nouns = _attributive_nouns(ref)
    after = text[gap.end() : gap.end() + 40].casefold()
    spaced = gap.end() > gap.start() and not text[gap.end() - 1].isalnum()
    return after.startswith(unspaced) or (spaced and spaced_nouns is not None and spaced_nouns.match(after) is not None)


@functools.lru_cache(maxsize=8)  # one per load
def _attributive_nouns(ref: Reference) -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    """The languages' ``name_attributive_nouns``: those of scripts written without spaces (casefolded,
    read right after a name), and one regex for the others (each a whole word)."""
    nouns = [n for profile in ref.languages.values() for n in profile.data.get("name_attributive_nouns", [])]
    unspaced = tuple(n.casefold() for n in nouns if is_cjk(n))
    spaced = [re.escape(n) for n in nouns if not is_cjk(n)]
    return unspaced, re.compile(rf"(?:{'|'.join(spaced)})\b") if spaced else None


def _before_non_leader_title(after: list[Hit], leader: Hit, text: str) -> bool:
    """Whether a leader's name is followed by a title that is no leader's, where titles
    follow names ("윤석열 당선인", "○○次期大統領"), or by the leader's own title and then one that is
    no leader's: the leader's official ("习近平主席特别代表王岐山": President Xi's special representative)."""
    if after and after[0].entry.kind == "title" and len(after) > 1 and not text[leader.end : after[0].start].strip():
        return after[1].entry.kind == "non_leader_title" and not text[after[0].end : after[1].start].strip()
    return bool(after) and after[0].entry.kind == "non_leader_title" and not text[leader.end : after[0].start].strip()


@functools.lru_cache(maxsize=4)
def _patronymic_before(particles: tuple[str, ...]) -> re.Pattern[str]:
    """A name, then "son of" ("Hamdan bin ", "حمدان بن ", "哈姆丹·本·") ending where a leader's name starts.
    The name before starts with a capital in scripts that have them, so "ben" or "bin" as a word
    of another language ("ben" in Turkish: I) is no particle."""
    spaced = "|".join(re.escape(p) for p in particles if not is_cjk(p))
    unspaced = "|".join(re.escape(p) for p in particles if is_cjk(p))
    name = r"(?:[^\W\d_](?<![a-zа-яё])[\w'’-]*)"  # a word not in lower case: capitalised or caseless
    parts = [rf"{name}[^\S\n]+(?:{spaced})[^\S\n]+"] if spaced else []
    if unspaced:
        parts.append(rf"[^\W\d_][·・](?:{unspaced})[·・]")
    return re.compile(rf"(?:{'|'.join(parts)})$")


PATRONYMIC_LOOKBACK_CHARS = 40


def without_fathers_in_patronymics(hits: list[Hit], text: str, ref: Reference) -> list[Hit]:
    """The hits without a leader's name that follows a name and a word for "son of": "Hamdan bin
    Mohammed bin Rashid Al Maktoum" names Dubai's crown prince, not Mohammed bin Rashid; "Khaled bin
    Mohamed bin Zayed" is not Mohamed bin Zayed."""
    if not ref.patronymic_particles:
        return hits
    pattern = _patronymic_before(ref.patronymic_particles)
    return [
        h
        for h in hits
        if h.entry.kind != "leader" or not pattern.search(text, max(0, h.start - PATRONYMIC_LOOKBACK_CHARS), h.start)
    ]


GLOSS_OPENERS = "(（"
GLOSS_CLOSERS = ")）"
GLOSS_GAP_CHARS = 16  # a leader's name, then their title and state ("メイ英国元首相"), then the gloss
GLOSS_MAX_CHARS = 200
PERSON_KINDS = frozenset({"leader", "title", "non_leader_title"})


def without_name_glosses(hits: list[Hit], text: str) -> list[Hit]:
    """The hits without those of a parenthesis that glosses a leader just named: "テリーザ・メイ英国元首相
    (The Right Hon Theresa May MP, Former Prime Minister of ...)", "岸田文雄(Fumio Kishida)". The
    gloss names the same person again, in another script and often another language; what the
    text around it says of them (a former title in the page's language) stays the only word."""
    dropped: set[int] = set()
    for i, hit in enumerate(hits):
        if hit.entry.kind != "leader":
            continue
        tail = text[hit.end : hit.end + GLOSS_GAP_CHARS + 1]
        opener = min((tail.find(c) for c in GLOSS_OPENERS if c in tail), default=-1)
        if opener < 0 or any(c in tail[:opener] for c in ".。!?\n"):
            continue
        start = hit.end + opener
        closer = min((j for c in GLOSS_CLOSERS if (j := text.find(c, start, start + GLOSS_MAX_CHARS)) >= 0), default=-1)
        if closer < 0:
            continue
        inside = [j for j in range(i + 1, len(hits)) if start < hits[j].start and hits[j].end <= closer]
        if not any(hits[j].entry.kind == "leader" and hits[j].entry.value == hit.entry.value for j in inside):
            continue
        dropped.update(j for j in inside if hits[j].entry.kind in PERSON_KINDS)
    return [h for i, h in enumerate(hits) if i not in dropped] if dropped else hits


_WORD_AFTER = re.compile(r"[^\S\n]+([^\W\d_][\w'’-]*)")  # the word after a state word, on its line


def without_states_of_organisations(hits: list[Hit], text: str, ref: Reference) -> list[Hit]:
    """The hits without a title and its state where the state word is the first word of an organisation's name after
    the title and one of the language's ``title_name_actor_links`` ("The President of the American Chamber of
    Commerce Andy Hunder"): one of the language's ``organisation_nouns`` follows the state word; the president is
    the chamber's, no state's."""
    dropped: set[int] = set()
    for i, hit in enumerate(hits):
        if hit.entry.kind != "actor" or i == 0:
            continue
        profile = ref.languages.get(hit.entry.language or "")
        word = _WORD_AFTER.match(text, hit.end)
        if word is None or word.group(1) not in language_list(profile, "organisation_nouns"):
            continue
        if any(h.start <= word.start(1) < h.end for h in hits[i + 1 :]):
            continue  # a name the tables know
        at = next((j for j in range(i - 1, -1, -1) if hits[j].entry.kind in ("title", "actor", "leader")), None)
        if at is None or hits[at].entry.kind != "title":
            continue
        between = normalise(text[hits[at].end : hit.start]).strip()
        if between in language_list(profile, "title_name_actor_links"):
            dropped.update((i, at))
    return [h for i, h in enumerate(hits) if i not in dropped] if dropped else hits


def without_principals_of_officials(hits: list[Hit], text: str, ref: Reference) -> list[Hit]:
    """The hits without a leader named only as an official's principal: a leader's name (and its
    title right before it) followed by one of its language's ``possessive_endings`` and then an
    office-holder's title ("received President Biden's special envoy", "Biden'ın özel temsilcisini
    kabul etti", with the leader's title after the name: "安倍晋三内閣総理大臣の特使"): the envoy was met, not the
    leader."""
    dropped: set[int] = set()
    for i, hit in enumerate(hits):
        if hit.entry.kind != "leader":
            continue
        # the leader's own title may stand between, where a title follows the name ("安倍晋三内閣総理大臣の特使")
        own_title = (
            i + 2 < len(hits) and hits[i + 1].entry.kind == "title" and not text[hit.end : hits[i + 1].start].strip()
        )
        k = i + 2 if own_title else i + 1
        if k >= len(hits) or hits[k].entry.kind != "non_leader_title":
            continue
        endings = language_list(ref.languages.get(hits[k].entry.language or ""), "possessive_endings")
        between = normalise(text[hits[k - 1].end : hits[k].start]).strip()
        if between and between in endings:
            dropped.update((i, k - 1) if own_title else (i,))
            if i > 0 and hits[i - 1].entry.kind == "title" and not text[hits[i - 1].end : hit.start].strip():
                dropped.add(i - 1)
    dropped |= _principals_after_officials(hits, text, ref)
    return [h for i, h in enumerate(hits) if i not in dropped] if dropped else hits


def _principals_after_officials(hits: list[Hit], text: str, ref: Reference) -> set[int]:
    """The leader's title (and the name right after it) that follows an office-holder's title through one of the
    language's ``principal_links`` ("the Special Envoy of the President of the United States", "Спеціальним посланцем
    Президента США", "el enviado especial del presidente Biden"; an empty link where the principal stands in the
    genitive): the official's principal, who was not met."""
    dropped: set[int] = set()
    for i, hit in enumerate(hits[:-1]):
        if hit.entry.kind != "non_leader_title":
            continue
        t = i + 1
        # ... a state's word may stand before the principal's title ("the Special Envoy of the US President")
        if hits[t].entry.kind == "actor" and t + 1 < len(hits) and not text[hits[t].end : hits[t + 1].start].strip():
            t += 1
        title = hits[t]
        if title.entry.kind != "title":
            continue
        links = normalised_list(ref.languages.get(hit.entry.language or ""), "principal_links")
        if normalise(text[hit.end : hits[i + 1].start]).strip() not in links:
            continue
        dropped.add(t)
        if t + 1 < len(hits) and hits[t + 1].entry.kind == "leader" and not text[title.end : hits[t + 1].start].strip():
            dropped.add(t + 1)
    return dropped


def without_institution_words(hits: list[Hit], text: str, ref: Reference) -> list[Hit]:
    """The hits without a person's title that one of its language's ``institution_suffixes`` follows with nothing
    between ("大使馆", the embassy, holds the title "大使"): a building or an office, not a person."""
    dropped = set()
    for i, hit in enumerate(hits):
        if hit.entry.kind not in ("title", "non_leader_title"):
            continue
        suffixes = language_list(ref.languages.get(hit.entry.language or ""), "institution_suffixes")
        if suffixes and text.startswith(tuple(suffixes), hit.end):
            dropped.add(i)
    return [h for i, h in enumerate(hits) if i not in dropped] if dropped else hits


ELECT_ACTOR_GAP_CHARS = 2


def with_elect_titles(hits: list[Hit], text: str, ref: Reference) -> list[Hit]:
    """The hits with a leader's title made no leader's where one of its language's ``elect_words``
    stands right after it, or after its state, or right before it ("presiden AS terpilih Donald
    Trump", "избранный президент США", "presidente electo de Brasil"): an office still to be taken.
    The elect word itself becomes a non-leader title, so the name after it is of no leader either.
    So does a counterpart word with one ("son futur homologue américain")."""
    languages = {h.entry.language for h in hits if h.entry.kind in ("title", "counterpart")}
    low = normalise(text)  # the text scan lower-cased (cached): most pages hold no elect word at all
    if not any(w in low for code in languages for w in language_list(ref.languages.get(code or ""), "elect_words")):
        return hits
    found: list[Hit] = []
    for i, hit in enumerate(hits):
        found.append(hit)
        if hit.entry.kind not in ("title", "counterpart"):
            continue
        words = language_list(ref.languages.get(hit.entry.language or ""), "elect_words")
        if not words:
            continue
        end = hit.end
        following = hits[i + 1] if i + 1 < len(hits) else None
        if following is not None and following.entry.kind == "actor" and following.start - end <= ELECT_ACTOR_GAP_CHARS:
            end = following.end  # "presiden AS terpilih"
        after = _NEXT_WORD_OR_HYPHENED.match(text, end)
        before = _WORD_BEFORE_TITLE.search(text, max(0, hit.start - 30), hit.start)
        elect = None
        if after is not None and after.group(1).lower() in words:
            elect = (after.start(1), after.end(1))
        elif before is not None and before.group(1).lower() in words:
            elect = (before.start(1), before.end(1))
        if elect is None:
            continue
        office = Entry("non_leader_title", f"{hit.entry.value}_elect", hit.entry.language)
        found[-1] = Hit(hit.start, hit.end, office, hit.inflected)
        if elect[0] > hit.start:
            found.append(Hit(elect[0], elect[1], office))
    return sorted(found, key=_start_of) if len(found) != len(hits) else found


_WORD_BEFORE_TITLE = re.compile(r"([^\W\d_][\w-]*)[^\S\n]{1,2}$")


FORMER_ACTOR_GAP_CHARS = 1  # "전 일본 총리", "前ドイツ首相", "前美国总统": the state right before the title
FORMER_WORD_CHARS = 16  # the longest former word and its space ("колишнім ", "ehemaligen ")


def with_former_titles(hits: list[Hit], text: str, ref: Reference) -> list[Hit]:
    """The hits with a leader's title made no leader's where one of its language's ``former_words``
    stands right before it, or before its state ("아베 신조 전 일본 총리", "メルケル前ドイツ首相",
    "前美国总统卡特", "아베 前 총리"): an office left, not held. The former word becomes a non-leader
    title too, so a name next to it (after it where titles come first, before it where they follow
    names) is of no leader either, and the title names no office-holder of the day."""
    languages = {h.entry.language for h in hits if h.entry.kind == "title"}
    wanted = {  # longest first: "전직" before "전"
        code: sorted(language_list(ref.languages.get(code or ""), "former_words"), key=len, reverse=True)
        for code in languages
    }
    wanted_after = {code: language_list(ref.languages.get(code or ""), "former_words_after") for code in languages}
    exceptions_of = {code: language_list(ref.languages.get(code or ""), "former_word_exceptions") for code in languages}
    if not any(wanted.values()) and not any(wanted_after.values()):
        return hits
    found: list[Hit] = []
    for i, hit in enumerate(hits):
        found.append(hit)
        if hit.entry.kind != "title":
            continue
        trailing = _former_word_after(hit, hits[i + 1] if i + 1 < len(hits) else None, text, wanted_after)
        if trailing is not None:  # "الرئيس الأمريكي السابق", "رئیس جمهور سابق آمریکا"
            office = Entry("non_leader_title", f"{hit.entry.value}_former", hit.entry.language)
            found[-1] = Hit(hit.start, hit.end, office, hit.inflected)
            found.append(Hit(trailing[0], trailing[1], office))
            continue
        words = wanted.get(hit.entry.language)
        if not words:
            continue
        start = hit.start
        previous = hits[i - 1] if i else None
        if (
            previous is not None
            and previous.entry.kind == "actor"
            and len(text[previous.end : hit.start].strip(" ・·")) == 0
            and hit.start - previous.end <= FORMER_ACTOR_GAP_CHARS
        ):
            start = previous.start
        head = text[max(0, start - FORMER_WORD_CHARS) : start]
        stripped = head[:-1] if head.endswith(" ") else head
        word = next((w for w in words if stripped.endswith(w)), None)
        if word is None:
            continue
        word_start = start - (len(head) - len(stripped)) - len(word)
        exceptions = exceptions_of[hit.entry.language]
        if any(text[max(0, word_start + len(word) - len(e)) : word_start + len(word)] == e for e in exceptions):
            continue  # "此前美国总统", "目前", "午前": a word that ends in the former word's letters
        before = text[word_start - 1] if word_start > 0 else ""
        if before.isalnum() and not is_cjk(word) and not is_cjk(before):
            continue  # a word ending in the former word's letters
        if before and before.isalnum() and is_hangul(word) and is_hangul(before):
            continue  # "회담전", "이전": a syllable of another Korean word
        office = Entry("non_leader_title", f"{hit.entry.value}_former", hit.entry.language)
        found[-1] = Hit(hit.start, hit.end, office, hit.inflected)
        found.append(Hit(word_start, word_start + len(word), office))
    return sorted(found, key=_start_of) if len(found) != len(hits) else found


def _former_word_after(
    title: Hit, following: Hit | None, text: str, wanted: dict[str | None, list[str]]
) -> tuple[int, int] | None:
    """Where one of the language's ``former_words_after`` stands right after a title, or after the state
    word that follows it ("الرئيس الأمريكي السابق"): the span of that word, else None."""
    words = wanted.get(title.entry.language)
    if not words:
        return None
    end = title.end
    if (
        following is not None
        and following.entry.kind == "actor"
        and not text[title.end : following.start].strip()
        and following.start - title.end <= FORMER_ACTOR_GAP_CHARS
    ):
        end = following.end
    tail = text[end : end + FORMER_WORD_CHARS]
    start = end + len(tail) - len(tail.lstrip(" "))
    for word in sorted(words, key=len, reverse=True):
        if text.startswith(word, start) and not text[start + len(word) : start + len(word) + 1].isalnum():
            return start, start + len(word)
    return None


def _named_as_non_leader(
    hits: list[Hit], text: str, joiners: list[str] | None = None, leader_titles: tuple[str, ...] = ()
) -> set[str]:
    """Leaders the text names in an office that is no leader's ("President-elect Lula") and
    never by a leader's title ("Vice President Biden" years before "President Biden" of the
    day): they take no part, however often mentioned. A name whose alias ends with one of the
    ``leader_titles`` ("本年のASEAN議長であるジョコ大統領") is named by a leader's title."""
    people = [h for h in hits if h.entry.kind != "topic"]
    as_non_leader: set[str] = set()
    as_leader: set[str] = set()
    for i, hit in enumerate(people):
        if hit.entry.kind != "leader":
            continue
        before, after = people[max(0, i - 3) : i], people[i + 1 :]
        if _after_non_leader_title(before, hit, text, joiners) or _before_non_leader_title(after, hit, text):
            as_non_leader.add(hit.entry.value)
        elif (
            (before and before[-1].entry.kind == "title" and 0 <= hit.start - before[-1].end <= 2)
            or (after and after[0].entry.kind == "title" and 0 <= after[0].start - hit.end <= 1)
            or _alias_ends_with_a_title(normalise(text[hit.start : hit.end]), leader_titles)
        ):
            as_leader.add(hit.entry.value)
    return as_non_leader - as_leader


def _alias_ends_with_a_title(surface: str, titles: tuple[str, ...]) -> bool:
    """Whether a leader's alias ends with a leader's title written onto the name ("ジョコ大統領"; not a title after
    a space, "윤 대통령", a short form the text may use beside an office that is no leader's)."""
    return any(surface.endswith(t) and not surface[: -len(t)].endswith(" ") for t in titles if len(surface) > len(t))


# A speaker's label at the start of a line of a transcript: "В.Путин:", "President Obama:",
# "Ху Цзиньтао (как переведено):", "奥巴马总统：", "Prime Minister of Greece Kyriakos Mitsotakis:" (an office and
# its state before the name: up to ``SPEAKER_LABEL_WORDS`` words).
SPEAKER_LABEL_WORDS = 6
_SPEAKER_BEFORE = re.compile(
    rf"[^\S\n]*(?:(?:[^\W\d_]{{1,3}}\.[^\S\n]*){{1,3}}|(?:[^\W\d_]+[^\S\n]+){{1,{SPEAKER_LABEL_WORDS}}})?"
)


_SPEAKER_AFTER = re.compile(r"[^\S\n]*[^\W\d_]{0,4}[^\S\n]*(?:\([^)\n]{0,30}\))?[^\S\n]*[:：]")


# Where a label run into the text begins: after a sentence's end or a section mark ("* * *") on the same line.
_INLINE_LABEL_START = re.compile(r"(?:[.!?…»”\"]|\*[^\S\n]*\*[^\S\n]*\*)[^\S\n]+")


def _opens_a_label(text: str, line_start: int, at: int, inline: bool) -> bool:
    """Whether a leader's name at ``at`` opens a speaker's label, with at most a few words (a title, initials)
    before it: at the start of its line, or (``inline``), in a transcript whose line breaks were lost, right
    after the end of a sentence or a section mark ("* * * President of Russia Vladimir Putin: Mr Rahmon, ...")."""
    if _SPEAKER_BEFORE.fullmatch(text, line_start, at) is not None:
        return True
    if not inline:
        return False
    starts = [m.end() for m in _INLINE_LABEL_START.finditer(text, max(line_start, at - INLINE_LABEL_REACH), at)]
    return bool(starts) and _SPEAKER_BEFORE.fullmatch(text, starts[-1], at) is not None


INLINE_LABEL_REACH = 60  # how far before a name a sentence's end is looked for


# A speaker's label in brackets on a line of its own: "【安倍総理冒頭発言】", "[President Obama]".
_BRACKET_LABEL_BEFORE = re.compile(r"[^\S\n]*[【\[［〔][^\S\n]*")
_BRACKET_LABEL_AFTER = re.compile(r"[^\S\n]*[^\W\d_]{0,8}[^\S\n]*[】\]］〕][^\S\n]*$", re.MULTILINE)


def transcript_speakers(turns: list[tuple[int, Candidate]]) -> list[Candidate]:
    """Leaders who speak in a transcript, from its ``speaker_turns`` (a speaker's label at the start
    of a line: "В.Путин: Уважаемый господин Президент!"), in order of first speech."""
    found: dict[str, Candidate] = {}
    for _, candidate in turns:
        found.setdefault(candidate.key, candidate)
    return list(found.values())


_TITLED_SPEAKER_AFTER = re.compile(r"[^\S\n]+([^\W\d_][\w'’-]*)[^\S\n]*(?:\([^)\n]{0,30}\))?[^\S\n]*[:：]")


def labels_a_speaker(title: Hit, text: str) -> bool:
    """Whether a title opens a speaker's label at the start of a line, with a surname and a colon
    after it ("VICE PRESIDENT HARRIS:", "PRIME MINISTER TRUDEAU:")."""
    line_start = text.rfind("\n", 0, title.start) + 1
    return not text[line_start : title.start].strip() and _TITLED_SPEAKER_AFTER.match(text, title.end) is not None


def _titled_speaker(
    title: Hit, hits: list[Hit], text: str, ref: Reference, day: dt.date | None, spans: Spans
) -> Candidate | None:
    """The leader a speaker's label of a title and a surname names ("PRESIDENT MOON:", "PRIME MINISTER
    JOHNSON:") at the start of a line: the one holder of that office on the day with that surname."""
    match = _TITLED_SPEAKER_AFTER.match(text, title.end) if labels_a_speaker(title, text) else None
    if match is None or any(h.entry.kind == "leader" and h.start == match.start(1) for h in hits):
        return None  # a leader's own alias ("PRESIDENT BIDEN:"): the leader's hit is the turn
    holder = _holder_by_title_and_surname(ref, title.entry.value, day, spans, match.group(1))
    return Candidate.of(holder) if holder is not None else None


def speaker_turns(
    hits: list[Hit], text: str, ref: Reference, day: dt.date | None, spans: Spans = (), inline: bool = False
) -> list[tuple[int, Candidate]]:
    """(offset, leader) of every speaker's label of a transcript, in text order; without a day, a
    speaker in no office during ``spans`` (the page's month) speaks as no leader. With ``inline``, also a
    label run into the text after a sentence's end (a transcript whose line breaks were lost): read only
    for who said they invited whom, not for who took part."""
    turns: list[tuple[int, Candidate]] = []
    for hit in hits:
        if hit.entry.kind == "title":
            titled = _titled_speaker(hit, hits, text, ref, day, spans)
            if titled is not None:
                turns.append((hit.start, titled))
            continue
        if hit.entry.kind != "leader":
            continue
        line_start = text.rfind("\n", 0, hit.start) + 1
        bracketed = (
            _BRACKET_LABEL_BEFORE.fullmatch(text, line_start, hit.start) is not None
            and _BRACKET_LABEL_AFTER.match(text, hit.end) is not None
        )
        if not bracketed and (
            not _opens_a_label(text, line_start, hit.start, inline) or _SPEAKER_AFTER.match(text, hit.end) is None
        ):
            continue
        terms = ref.leaders[hit.entry.value]
        if day is not None and _distance_from_office(terms, day) > OFFICE_TOLERANCE_DAYS:
            continue
        if day is None and _in_no_office_during(terms, spans):
            continue
        turns.append((hit.start, Candidate.of(_term_on(terms, day, spans))))
    return turns


_NEXT_WORD = re.compile(r"[^\S\n]{1,2}([^\W\d_][\w'’-]*)")
# ... or joined by a hyphen ("Prime Minister-elect", as "President elect")
_NEXT_WORD_OR_HYPHENED = re.compile(r"(?:[^\S\n]{1,2}|-)([^\W\d_][\w'’-]*)")


_KATAKANA_BEFORE = re.compile(r"([\u30a1-\u30fa\u30fc]{3,})$")


def _katakana_before(title: Hit, text: str) -> str | None:
    """The word in katakana right before a title that follows names ("バチェレ大統領"): a surname the
    reference may lack as an alias of its own."""
    match = _KATAKANA_BEFORE.search(text, max(0, title.start - 20), title.start)
    return match.group(1) if match else None


def _name_next_to(title: Hit, inside: list[Hit], text: str) -> str | None:
    """The capitalised word right after a title that no phrase table knows: a name
    ("Präsident Michel", "President Sall") the reference lacks as a leader alias."""
    match = _NEXT_WORD.match(text, title.end)
    if match is None or not match.group(1)[:1].isupper():
        return None
    return None if any(h.start == match.start(1) for h in inside) else match.group(1)


PAIRED_STATES_MAX = 4  # "日米豪印首脳": the Quad's four


def paired_state_leaders(
    text: str, profile: LanguageProfile | None, ref: Reference, day: dt.date | None
) -> tuple[list[Candidate], tuple[int, int]]:
    """The leaders a compound of states' initial signs and a word for leaders names in a text ("日米首脳は
    5日、電話会談を行い", "한미 정상은 통화했다", "中美两国元首通电话": the language's ``state_initials``
    and ``pair_leader_nouns``): the holder of each state's leading office on the day, and where the
    compound stands in the text."""
    if profile is None or day is None:
        return [], (0, 0)
    pattern = _paired_states_regex(profile)
    match = pattern.search(normalise(text)) if pattern is not None else None
    if match is None:
        return [], (0, 0)
    initials: dict[str, str] = profile.data["state_initials"]
    actors = [initials[sign] for sign in match.group(1) if sign in initials]
    if len(set(actors)) != len(actors):
        return [], match.span()
    return _leading_office_holders(actors, ref, day), match.span()


def _leading_office_holders(actors: list[str], ref: Reference, day: dt.date) -> list[Candidate]:
    """The holder of each state's leading office on the day; none unless every state has one."""
    holders = [_office_holder(ref, ref.leading_office(actor), actor, day) for actor in actors]
    return [Candidate.of(h) for h in holders if h is not None] if None not in holders else []


def dotted_state_pair_leaders(
    start: int,
    end: int,
    hits: list[Hit],
    full: str,
    profile: LanguageProfile | None,
    ref: Reference,
    day: dt.date | None,
) -> tuple[list[Candidate], tuple[int, int]]:
    """The leaders a compound of one state's initial sign, one of the language's ``state_pair_separators`` and
    another state's full name names before a word for leaders, in ``full[start:end]`` ("日・ウルグアイ首脳会談": the
    form for a state with no initial sign): the holder of each state's leading office on the day, and where the
    compound stands."""
    found = next(_dotted_state_pairs(start, end, hits, full, profile), None) if day is not None else None
    if found is None:
        return [], (0, 0)
    states, span = found
    return _leading_office_holders(list(states), ref, day), span


def dotted_state_pairs(
    start: int, end: int, hits: list[Hit], full: str, profile: LanguageProfile | None
) -> set[frozenset[str]]:
    """The pairs of states the compounds of ``dotted_state_pair_leaders`` name in ``full[start:end]``
    ("日・カナダ首脳電話会談及び日英首脳電話会談": {JPN, CAN}, beside the initials' {JPN, GBR})."""
    return {frozenset(states) for states, _ in _dotted_state_pairs(start, end, hits, full, profile)}


def _dotted_state_pairs(
    start: int, end: int, hits: list[Hit], full: str, profile: LanguageProfile | None
) -> Iterator[tuple[tuple[str, str], tuple[int, int]]]:
    """Each compound of ``dotted_state_pair_leaders`` in ``full[start:end]``: its two states and where it stands."""
    initials: dict[str, str] = (profile.data.get("state_initials") or {}) if profile is not None else {}
    separators = language_list(profile, "state_pair_separators")
    nouns = tuple(normalise(n) for n in language_list(profile, "pair_leader_nouns"))
    if not initials or not separators or not nouns:
        return
    for hit in hits:
        if hit.entry.kind != "actor" or not start + 2 <= hit.start < end:
            continue
        sign, separator = full[hit.start - 2], full[hit.start - 1]
        if sign not in initials or separator not in separators or initials[sign] == hit.entry.value:
            continue
        if not normalise(full[hit.end : hit.end + 4]).lstrip().startswith(nouns):
            continue
        yield (initials[sign], hit.entry.value), (hit.start - 2, hit.end)


def group_leaders(
    texts: list[str], profile: LanguageProfile | None, ref: Reference, day: dt.date | None
) -> list[Candidate]:
    """The leaders of a group that texts name as their engagement's counterpart ("President Biden met
    virtually with G7 Leaders", "joined a call with the G7": the language's ``leader_group_phrases``):
    every member's holder on the day (reference/leader_groups.yaml); none when a word of the language's
    ``leader_group_blockers`` follows ("with the G7 finance ministers")."""
    if profile is None or day is None:
        return []
    found: list[Candidate] = []
    for group, pattern in _leader_group_regexes(profile).items():
        if not any(pattern.search(normalise(text)) for text in texts):
            continue
        for actor, office in ref.leader_groups[group]:
            holder = _office_holder(ref, office, actor, day)
            if holder is not None:
                found.append(Candidate.of(holder))
    return found


@functools.lru_cache(maxsize=64)
def _leader_group_regexes(profile: LanguageProfile) -> dict[str, re.Pattern[str]]:
    blockers = normalised_list(profile, "leader_group_blockers")
    blocked = rf"(?!\s+(?:{'|'.join(map(re.escape, blockers))})\b)" if blockers else ""
    return {
        str(group): re.compile(rf"(?:{'|'.join(re.escape(normalise(p)) for p in phrases)})(?![\w-]){blocked}")
        for group, phrases in (profile.data.get("leader_group_phrases") or {}).items()
    }


def paired_state_compounds(text: str, profile: LanguageProfile | None) -> set[frozenset[str]]:
    """The sets of states each compound of initial signs and a word for leaders in a text names ("日韓首脳会談",
    "日中首脳会談": {JPN, KOR} and {JPN, CHN}); two sets neither of which holds the other are two engagements
    (a bilateral on the sidelines of a summit of more, "日米豪印首脳会合 ... 日印首脳会談", may be one)."""
    pattern = _paired_states_regex(profile)
    if profile is None or pattern is None:
        return set()
    initials: dict[str, str] = profile.data["state_initials"]
    found = ({initials[sign] for sign in m.group(1) if sign in initials} for m in pattern.finditer(normalise(text)))
    return {frozenset(states) for states in found if len(states) >= 2}


@functools.lru_cache(maxsize=32)  # one per language profile of a load
def _paired_states_regex(profile: LanguageProfile | None) -> re.Pattern[str] | None:
    """A compound of the language's ``state_initials`` before one of its ``pair_leader_nouns`` ("日米首脳",
    "한미 정상"), its initials the first group; none where the language lists neither."""
    initials: dict[str, str] = (profile.data.get("state_initials") or {}) if profile is not None else {}
    nouns = language_list(profile, "pair_leader_nouns")
    if not initials or not nouns:
        return None
    signs = "".join(re.escape(k) for k in initials)
    words = "|".join(re.escape(normalise(n)) for n in nouns)
    dots = "".join(re.escape(normalise(d)) for d in language_list(profile, "state_pair_separators"))
    between = f"[{dots}]?" if dots else ""
    return re.compile(rf"([{signs}](?:{between}[{signs}]){{1,{PAIRED_STATES_MAX - 1}}})\s?(?:{words})")


CONSORT_NAME_PREFIX = 3  # letters of the name after a queen's title that the reigning holder's name must share


def _names_a_consort(title: Hit, holder: LeaderTerm, word: str | None, text: str, ref: Reference) -> bool:
    """Whether a title that also names a monarch's spouse (the language's ``consort_titles``:
    "Queen", "reine") is followed by a name that is not the reigning holder's ("Queen Mathilde of
    Belgium" beside King Philippe; "Queen Elizabeth" is the holder): the spouse, no leader."""
    profile = ref.languages.get(title.entry.language or "")
    if word is None or profile is None:
        return False
    if normalise(text[title.start : title.end]) not in language_list(profile, "consort_titles"):
        return False
    return normalise(word)[:CONSORT_NAME_PREFIX] not in normalise(holder.name)


def _may_name(holder: LeaderTerm, word: str | None) -> bool:
    """Whether a word after a title may be (part of) the office-holder's name."""
    return word is None or normalise(word) in normalise(holder.name)


def _ever_held(ref: Reference, leader: Hit, office: str) -> bool:
    """Whether a named leader ever held an office: "Tokayev, President of Kazakhstan" is an apposition,
    "Erdoğan, NATO Genel Sekreteri ile" (a subject's comma) names two people."""
    return any(term.office == office for term in ref.leaders[leader.entry.value])


def _title_actor(ref: Reference, office: str) -> str | None:
    """The one actor an office belongs to (the UN Secretary-General's is the UN)."""
    actors = ref.office_actors(office)
    return next(iter(actors)) if len(actors) == 1 else None


def _adjacent_actor(
    title: Hit,
    before: list[Hit],
    after: list[Hit],
    text: str,
    unspaced: bool = False,
    links: tuple[str, ...] = (),
    ref: Reference | None = None,
) -> tuple[str | None, Hit | None]:
    """The actor of "Kazakh President" / "President of Kazakhstan" / "Президент Казахстана",
    or, through one of the language's ``title_name_actor_links``, of "Prime Minister Ulisses
    Correia e Silva of Cabo Verde". In a language written without spaces the state stands
    before the title ("美国总统"): one after it is of the sentence ("总统以军礼欢迎马绍尔群岛...", "总统抵巴拉圭").
    A place before the title, after one of the language's ``place_prepositions`` ("принял в Кремле
    Премьер-министра Венгрии"), is where they met, not the title's state; nor is a state a whole word
    stands between ("Президента России с Премьер-министром Израиля", "Президента России и Премьера"):
    it ends the title before. Another reading of the same words ("总理": prime minister, chancellor) is
    no word before it."""
    while before and before[-1].end > title.start:
        before = before[:-1]
    if (
        before
        and before[-1].entry.kind == "actor"
        and 0 <= title.start - before[-1].end <= 3
        and not _LIST_SEPARATOR.search(text, before[-1].end, title.start)
        and not _DASH_BETWEEN.search(text, before[-1].end, title.start)
        and not _after_place_preposition(before[-1], text, ref)
        and not _WORD_BETWEEN.search(text[before[-1].end : title.start])
    ):
        return before[-1].entry.value, before[-1]
    abbreviated = _abbreviated_state(title, text, ref) if unspaced else None
    if abbreviated is not None:  # "ブラウン英首相", "ブッシュ米大統領"
        return abbreviated, None
    for n, hit in enumerate(after[:2]):
        if hit.entry.kind == "actor":
            gap = text[title.end : hit.start]
            following = after[n + 1] if n + 1 < len(after) else None
            if (
                following is not None
                and following.entry.kind in ("title", "non_leader_title", "counterpart")
                and not text[hit.end : following.start].strip()
                and not _states_after_titles(ref, title)
            ):
                return None, None  # "The President and German Chancellor Merkel": the state of the next title
            if not unspaced and _after_place_preposition(hit, text, ref):
                return None, None  # "engagements with the Prime Minister in Bangkok": where they met, not his state
            if len(gap) <= (0 if unspaced else 9) and not re.search(r"[.,;:!?()\"«»]", gap):
                return hit.entry.value, hit
            if not unspaced and _state_form(gap, title, ref):  # "Президентом Республики Казахстан"
                return hit.entry.value, hit
            if not unspaced and _name_then_link(gap, links):
                return hit.entry.value, hit
            return None, None
        if hit.entry.kind == "leader":
            return None, None
    return None, None


def _titles_next_name(title: Hit, after: list[Hit], text: str) -> bool:
    """Whether a title is followed at once by a capitalised word that names no state: the title of
    the next person of a list ("Secretary General Stoltenberg, President Duda of Poland"), not one
    said of the name before it ("Tokayev, President of Kazakhstan")."""
    word = re.match(r"\s+(?=\w)", text[title.end : title.end + 3])
    if word is None:
        return False
    start = title.end + word.end()
    if not text[start : start + 1].isupper():
        return False
    return not any(h.start == start and h.entry.kind == "actor" for h in after[:2])


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "`": "'", "\u2018": "'", "\u02b9": "'"})


def _state_of_title(title: Hit, text: str, ref: Reference) -> str | None:
    """The one state a title word belongs to, one of the language's ``title_states`` ("Taoiseach": Ireland)."""
    profile = ref.languages.get(title.entry.language or "")
    table = profile.data.get("title_states") if profile is not None else None
    return table.get(text[title.start : title.end].lower()) if table else None


def _actor_within_title(title: Hit, text: str, ref: Reference) -> str | None:
    """The state a title phrase names within itself, after its first word ("председатель КНР",
    "голова КНР"): the one actor the words after the title's first word are found to name."""
    words = text[title.start : title.end].split()
    for k in range(1, len(words)):
        actors = {
            h.entry.value for h in scan(" ".join(words[k:]), ref, title.entry.language) if h.entry.kind == "actor"
        }
        if len(actors) == 1:
            return actors.pop()
    return None


def _plural_title(title: Hit, text: str, ref: Reference | None = None) -> bool:
    """Whether a title is written in the plural ("the Presidents of ...", "Prime Ministers of ...";
    in an inflecting language, one of its ``plural_title_forms``: "Президенти", "лідерами")."""
    profile = ref.languages.get(title.entry.language or "") if ref is not None else None
    forms = profile.data.get("plural_title_forms") if profile is not None else None
    if forms:
        return text[title.start : title.end].lower().translate(_APOSTROPHES) in forms
    if text[title.end : title.end + 1] == "s":
        return not text[title.end + 1 : title.end + 2].isalnum()
    return title.end - title.start > 3 and text[title.end - 1 : title.end] == "s" and text[title.end - 2] != "s"


_COORDINATION = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?", re.IGNORECASE)


@functools.lru_cache(maxsize=64)
def _coordination_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """A gap between coordinated states in a language with its own ``coordinating_words`` ("та", "і"; with
    the article of the next state: "y de", "et de l'", which an elided article joins without a space)."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    joined = r"(?:\s+|(?<=['\u2019]))"
    return re.compile(rf"\s*(?:,\s*(?:(?:{alternatives}){joined})?|\s+(?:{alternatives}){joined})", re.IGNORECASE)


def _coordination(hit: Hit, ref: Reference | None) -> re.Pattern[str]:
    profile = ref.languages.get(hit.entry.language or "") if ref is not None else None
    words = profile.data.get("coordinating_words") if profile is not None else None
    return _coordination_of(tuple(words)) if words else _COORDINATION


def _coordinated_states(first: Hit, hits: list[Hit], text: str, ref: Reference | None = None) -> list[Hit]:
    """The states listed after the first one of a plural title, joined to it by commas and "and"
    ("the Presidents of Palau, Micronesia and the Marshall Islands": Micronesia, the Marshall Islands)."""
    found: list[Hit] = []
    end = first.end
    coordination = _coordination(first, ref)
    for hit in hits:
        if hit.start < end:
            continue
        gap = coordination.fullmatch(text, end, hit.start)
        if hit.entry.kind != "actor" or gap is None:
            break
        found.append(hit)
        end = hit.end
    return found


def _coordinated_states_before(last: Hit, hits: list[Hit], text: str, ref: Reference | None = None) -> list[Hit]:
    """The states listed before the last one of a plural title or counterpart, joined to it by commas
    and "and" ("his French and German counterparts": French)."""
    found: list[Hit] = []
    start = last.start
    coordination = _coordination(last, ref)
    for hit in reversed(hits):
        if hit.end > start:
            continue
        if hit.entry.kind != "actor" or coordination.fullmatch(text, hit.end, start) is None:
            break
        found.append(hit)
        start = hit.start
    return found


# A separator between a state and the title after it ("President Whipps of Palau, President Simina of
# Micronesia"): the state ends the previous item of a list, so it is not the next title's.
_LIST_SEPARATOR = re.compile(r"[,;:،、，；]")

# A dash between a state and a title ("nothing to talk about with Russia - President of Ukraine"): a headline's
# parts, the state ending the one before.
_DASH_BETWEEN = re.compile(r"[\u2013\u2014]|\s-\s")

# A word standing alone, spaces on both sides, between a state and a title ("России с Премьер-министром"); a
# suffix joined to the state ("France's President", "미국의 대통령") or a particle of a script written without
# spaces ("美國的總統") is no word of its own.
_WORD_BETWEEN = re.compile(r"\s[^\W\d_]+\s")

STATE_ABBREVIATION_CHARS = (2, 1)


def _abbreviated_state(title: Hit, text: str, ref: Reference | None) -> str | None:
    """The state whose short form, one of the language's ``title_state_abbreviations``, stands right
    before a title ("英" in "ブラウン英首相", "米" in "ブッシュ米大統領"): a letter that names a
    state only there, so no actor word of its own."""
    profile = ref.languages.get(title.entry.language or "") if ref is not None else None
    table = profile.data.get("title_state_abbreviations") if profile is not None else None
    if not table:
        return None
    for size in STATE_ABBREVIATION_CHARS:
        actor = table.get(text[max(0, title.start - size) : title.start])
        if actor is not None:
            return actor
    return None


def _states_after_titles(ref: Reference | None, title: Hit) -> bool:
    """Whether the title's language names a title's state only after it ("ملك الأردن", "الرئيس الفرنسي",
    "رئیس‌جمهور فرانسه"): a state right before the next title is then the first title's, never the next's
    ("استقبل ملك الأردن الرئيس الفرنسي")."""
    profile = ref.languages.get(title.entry.language or "") if ref is not None else None
    return profile is not None and profile.data.get("states_after_titles", False) is True


def _state_form(gap: str, title: Hit, ref: Reference | None) -> bool:
    """Whether the words between a title and a state are the form of the state in its official
    name, one of the language's ``state_forms`` ("Республики" in "Президентом Республики Казахстан",
    "Государства" in "Эмиром Государства Катар")."""
    profile = ref.languages.get(title.entry.language or "") if ref is not None else None
    forms = language_list(profile, "state_forms")
    return bool(forms) and normalise(" ".join(gap.split())) in forms


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[^\S\n]{1,2}$")


def _after_place_preposition(actor: Hit, text: str, ref: Reference | None) -> bool:
    """Whether the word before an actor word is a preposition of place of the actor's language
    ("в Кремле", "in Moscow"): the actor is a place there."""
    profile = ref.languages.get(actor.entry.language or "") if ref is not None else None
    places = language_list(profile, "place_prepositions")
    if not places:
        return False
    word = _WORD_BEFORE.search(text, max(0, actor.start - 20), actor.start)
    return word is not None and word.group(1).lower() in places


NAME_LINK_MAX_CHARS = 60


def _name_links(ref: Reference, title: Hit) -> tuple[str, ...]:
    """The link words of the title's language between a name and its state ("of", "of the")."""
    profile = ref.languages.get(title.entry.language or "")
    return tuple(language_list(profile, "title_name_actor_links"))


def _name_then_link(gap: str, links: tuple[str, ...]) -> bool:
    """Whether the text between a title and an actor is a name and a link word: " Ulisses
    Correia e Silva of the " (capitalised words, short lower-case particles between them)."""
    if not links or len(gap) > NAME_LINK_MAX_CHARS:
        return False
    words = gap.split()
    for size in sorted({len(link.split()) for link in links}, reverse=True):
        if len(words) > size and " ".join(words[-size:]).lower() in links:
            name = words[:-size]
            return name[0][:1].isupper() and all(w[:1].isupper() or (w.isalpha() and len(w) <= 3) for w in name)
    return False


def publishing_side(
    doc: ParsedDocument, source_name: str | None, full: str, hits: list[Hit], ref: Reference
) -> str | None:
    """The side that published the page, from what the page says of itself: its outlet's
    country, its address (a site of reference/web_domains.yaml, else a country-code domain),
    the place in its dateline ("ASTANA. KAZINFORM –"), its signature or masthead ("Kremlin",
    "The White House"), an outlet named in its credit line; else None."""
    source = ref.sources.get(source_name or "")
    if source and source.get("country"):
        return str(source["country"])
    if doc.url:
        by_address = address_actor(doc.url, ref)
        if by_address is not None:
            return by_address
    cited = _cited_original_actor(full, ref)
    if cited is not None:
        return cited
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
    return None


def address_actor(url: str, ref: Reference, government_only: bool = False) -> str | None:
    """The actor a web address speaks for: a site of reference/web_domains.yaml, else its
    country-code domain (with ``government_only``, only a government's site there: www.gov.uk,
    mofa.go.jp, not t.me)."""
    host = re.sub(r"^[a-z]+://", "", url.lower()).split("/", 1)[0].split(":", 1)[0].removeprefix("www.")
    labels = host.split(".")
    for i in range(len(labels) - 1):
        site = ".".join(labels[i:])
        if site in ref.domain_actors:
            return ref.domain_actors[site]
    if government_only and ref.government_host_labels.isdisjoint(labels[:-1]):
        return None
    tld = labels[-1]
    if tld in ref.generic_top_level_domains and ref.government_host_labels.isdisjoint(labels[:-1]):
        return None  # a country's code sold for any use (.tv, .io), no government's site: no country speaks there
    if tld in ref.top_level_domain_actors:
        return ref.top_level_domain_actors[tld]
    country = pycountry.countries.get(alpha_2=tld.upper()) if len(tld) == 2 else None
    return country.alpha_3 if country is not None else None


CITED_ADDRESS_LINES = 4


_ADDRESS = re.compile(r"https?://[^\s<>\"'()]+", re.IGNORECASE)


def _cited_original_actor(full: str, ref: Reference) -> str | None:
    """A republished page's link to its original in its first or last lines ("Original article
    link: https://www.gov.uk/..."): the side of that government site, when there is one."""
    head_end = 0
    for _ in range(CITED_ADDRESS_LINES):
        head_end = full.find("\n", head_end + 1)
        if head_end < 0:
            head_end = len(full)
            break
    tail_start = len(full.rstrip())
    for _ in range(CITED_ADDRESS_LINES):
        tail_start = full.rfind("\n", 0, tail_start)
        if tail_start < 0:
            tail_start = 0
            break
    for edge in (full[:head_end], full[max(tail_start, head_end) :]):
        if "://" not in edge:
            continue
        for match in _ADDRESS.finditer(edge):
            actor = address_actor(match.group(0), ref, government_only=True)
            if actor is not None:
                return actor
    return None


def _sides_a_bare_title_never_names(title: Hit, text: str, ref: Reference) -> list[str]:
    """The actors whose leader a title standing alone never names in its language (``bare_titles_not_of``: Chinese
    "总统" is a president of elsewhere, the PRC's head of state being "国家主席")."""
    profile = ref.languages.get(title.entry.language or "")
    table = profile.data.get("bare_titles_not_of", {}) if profile is not None else {}
    return list(table.get(normalise(text[title.start : title.end]), []))


def publisher_actor(side: str | None, language: str | None, ref: Reference, converted: bool = False) -> str | None:
    """Whose "the Head of State" an unqualified title is: the publishing side, else the
    language's home actor when its file names one (French "le Président de la République"
    unqualified is France's)."""
    if side is not None:
        return side
    profile = ref.languages.get(language or "")
    if profile is None:
        return None
    if converted and profile.data.get("converted_home_actor"):
        return str(profile.data["converted_home_actor"])  # traditional Chinese: Taiwan's, not the PRC's
    return profile.data.get("home_actor")


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


def _named_only_to_come(hits: list[Hit], cue_sentences: list[Sentence], announcing: list[int]) -> set[str]:
    """Leaders named in a cue sentence that announces an engagement to come ("he will meet X on Tuesday")
    and in no other cue sentence: X is no participant of the engagement reported, however often named."""
    to_come: set[str] = set()
    elsewhere: set[str] = set()
    for sentence in cue_sentences:
        named = {h.entry.value for h in hits if h.entry.kind == "leader" and sentence.start <= h.start < sentence.end}
        (to_come if _any_between(announcing, sentence.start, sentence.end) else elsewhere).update(named)
    return to_come - elsewhere
