"""Classification: is a document a readout, and of what engagement? (``extract()`` in the package.)

The engagement sentence is the first sentence (title first) holding an engagement cue; its most
specific cue gives the type (video_call > phone_call > meeting). The rules here tell a report of
one past engagement between leaders from announcements, roundups, statements, transcripts,
meetings of officials and pages that only mention an engagement; they then hand the engagement
to ``participants``, ``dates`` and ``initiator``.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import itertools
import operator
import re
import urllib.parse
from collections import Counter
from collections.abc import Callable

from readouts import EXTRACTOR_VERSION
from readouts.extract.dates import (
    _PART_SEPARATOR,
    _SENTENCE_END,
    PAGE_DATE_LINE_MAX_CHARS,
    PAGE_FOOTER_LINES,
    ROUNDUP_MIN_DAYS,
    _dateline_date,
    _headline_date,
    _is_heading,
    _last_lines,
    engagement_days,
    find_date,
    future_date_stated,
    headline_day_ahead,
    month_end,
    page_date,
)
from readouts.extract.figures import find_figures, price_figures
from readouts.extract.initiator import (
    _guest_thanked_for_the_invitation,
    _initiator,
    _skip_spaces,
    _speakers_own_invitation,
    _thanked_for_the_invitation,
)
from readouts.extract.participants import (
    ENGAGED_PERSON_KINDS,
    OFFICE_TOLERANCE_DAYS,
    Candidate,
    Spans,
    _distance_from_office,
    _in_no_office_during,
    _leaders_in,
    _named_as_non_leader,
    _named_only_to_come,
    _names_an_attribute,
    _office_holder,
    _official_subject,
    _term_on,
    _time_of_named_leaders,
    address_actor,
    cue_object_is_no_leader,
    dotted_state_pair_leaders,
    dotted_state_pairs,
    group_leaders,
    heads_a_longer_title,
    labels_a_speaker,
    paired_state_compounds,
    paired_state_leaders,
    publisher_actor,
    publishing_side,
    resolve_shared_names,
    speaker_turns,
    transcript_speakers,
    with_elect_titles,
    with_former_titles,
    without_fathers_in_patronymics,
    without_institution_words,
    without_name_glosses,
    without_principals_of_officials,
    without_states_of_organisations,
)
from readouts.extract.text import (
    CONVERSATION,
    REMOTE_TYPES,
    TYPE_SPECIFICITY,
    Hit,
    Sentence,
    _any_between,
    interposed_regex,
    language_list,
    normalised_list,
    normalised_titles,
    scan,
    split_sentences,
    to_common_script,
    unwrapped,
    whole_word,
)
from readouts.models import Extraction, ParsedDocument, Participant
from readouts.reference import LanguageProfile, Reference, is_cjk, normalise

MAX_CUE_SENTENCES = 4


OPENING_SENTENCES = 3  # a readout names its leaders early


OPENING_MIN_CHARS = 12


def rejected_extraction(doc: ParsedDocument, reason: str) -> Extraction:
    """The extraction of a document that is rejected (unreadable, or a step failed on it)."""
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


ROUNDUP_MIN_CUE_SENTENCES = 3
_COMPOUND_JOINERS = ("-", "–", "—", "・", "·")  # between two states of a compound title ("Russian-French talks")


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


CONTINUATION_REACH = 3  # sentences after a cue sentence that an elliptical one naming a next counterpart may follow
CONTINUATION_MAX_CHARS = 160


def _counterpart_continuations(
    sentences: list[Sentence], cue_sentences: list[Sentence], full: str, profile: LanguageProfile | None
) -> list[Sentence]:
    """Short sentences with no verb of their own that go on from a cue sentence by naming the next counterpart
    (the language's ``counterpart_continuation_openers``: "I spoke today with Mark Rutte ... With Prime Minister
    of Israel Bennett. With Prime Minister of Luxembourg Bettel and President of France Macron."): each names
    another engagement."""
    openers = normalised_list(profile, "counterpart_continuation_openers")
    if not openers:
        return []
    cue_starts = {s.start for s in cue_sentences}
    spaced_openers = tuple(f"{o} " for o in openers)
    continuations: list[Sentence] = []
    last_cue: int | None = None
    for i, sentence in enumerate(sentences):
        if sentence.start in cue_starts:
            last_cue = i
            continue
        too_long = sentence.end - sentence.start > CONTINUATION_MAX_CHARS
        if last_cue is None or i - last_cue > CONTINUATION_REACH or too_long:
            continue
        low = normalise(full[sentence.start : sentence.end]).lstrip()
        if low.startswith(spaced_openers):
            continuations.append(sentence)
            last_cue = i
    return continuations


def _lone_counterparts(per_sentence: list[list[Candidate]], publisher_actor_code: str | None) -> bool:
    """Two cue sentences that each name one leader alone, of two different states other than the publishing
    side's ("I spoke today with the President of Indonesia. ... A conversation took place with the Prime Minister
    of Italy."): the publishing side's leader had two engagements."""
    if publisher_actor_code is None or not per_sentence[0] or any(len(found) > 1 for found in per_sentence):
        return False
    actors = {found[0].actor_code for found in per_sentence if found and not found[0].weak}
    return len(actors) >= 2 and publisher_actor_code not in actors


GENRE_LINE_MAX_CHARS = 40


def _genre_marker(doc: ParsedDocument, ref: Reference) -> str | None:
    """A short line at the top ("Analysis", "Kommentar", "Колонка"), or the head of the title
    before a separator ("Analyse - ...", "Análisis | ..."), that marks commentary."""
    profile = ref.languages.get(doc.language_hint or "")
    markers = language_list(profile, "genre_markers")
    lines = [line.strip() for line in doc.text.splitlines() if line.strip()][:3]
    if doc.title:
        lines.insert(0, _PART_SEPARATOR.split(doc.title, maxsplit=1)[0].strip())
    spaced = profile is None or profile.data.get("word_boundaries", True) is not False
    for line in lines:
        low = normalise(line)
        if len(line) <= GENRE_LINE_MAX_CHARS and any(_opens_with_word(low, m, spaced) for m in markers):
            return line
    return None


def _opens_with_word(line: str, word: str, spaced: bool) -> bool:
    """Whether a line opens with a word, a whole one where the language spaces its words: Turkish "görüş"
    (opinion) opens "Görüş | ..." but not "Görüşme, basına kapalı yapıldı." (the meeting)."""
    if not line.startswith(word):
        return False
    return not spaced or not line[len(word) : len(word) + 1].isalnum()


SCHEDULE_HEADER_LINES = 3  # the first lines of a page read for a schedule's header


def _schedule_page(full: str, profile: LanguageProfile | None) -> bool:
    """Whether one of the page's first lines opens a government's schedule of the day (the language's
    ``schedule_headers``: "Agenda del Gobierno - 4.5.2023", its entries in the present: "12:00 h. Recibe
    al presidente de ..."): the engagements it lists are still to come when it is published."""
    headers = language_list(profile, "schedule_headers")
    lines = [line.strip() for line in full.splitlines() if line.strip()][:SCHEDULE_HEADER_LINES]
    # str.lower, not the cached normalise: short lines would push the document's text out of its cache
    return any(line.lower().startswith(h) for line in lines for h in headers)


def _headline_plan(headline: str, profile: LanguageProfile | None) -> bool:
    """Whether a headline tells of a plan in headline style, a subject and an infinitive (the language's
    ``headline_plan_phrases``: "Modi to hold summit talks with Japan PM today", "President Japarov to visit
    Türkiye"), unless a word before it makes the infinitive another verb's object (``headline_plan_blockers``:
    "Xi invites Biden to visit China", "leaders agree to meet again")."""
    phrases = language_list(profile, "headline_plan_phrases")
    if not headline or not phrases:
        return False
    low = normalise(headline)
    blockers = language_list(profile, "headline_plan_blockers")
    for phrase in phrases:
        for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", low):
            before = [w.strip(",:") for w in low[: m.start()].split()]
            if not before or any(w in blockers for w in before):
                continue  # "Xi invites Biden to visit China": a blocker anywhere before it
            return True
    return False


INTERVIEW_LEAD_CHARS = 400  # how far into a page an interview named by the first engagement marks it one


def _interview_lead(full: str, first_cue: Sentence, profile: LanguageProfile | None) -> bool:
    """Whether the page opens by naming an interview (the language's ``interview_words``:
    "總統接受路透社專訪", "interviewed by") by its first engagement cue's sentence ("以視訊方式接受
    紐約時報專訪": a video link to a journalist), or by a short heading on the line after it: the leader answered
    a journalist, and a call or meeting the answers speak of is recalled, not reported."""
    words = language_list(profile, "interview_words")
    lead = normalise(full[: min(first_cue.end, INTERVIEW_LEAD_CHARS)])
    if any(w in lead for w in words):
        return True
    # ... or by a heading right below it ("Subject(s): Phone conversation with President Trump ...\nRadio interview
    # with Ben Fordham, 2GB"): a transcript's subjects line, then the interview it lists them for
    line_end = full.find("\n", first_cue.end)
    if line_end < 0 or first_cue.end >= INTERVIEW_LEAD_CHARS:
        return False
    following = full[line_end:].lstrip().split("\n", 1)[0]
    return len(following) <= INTERVIEW_HEADING_CHARS and any(w in normalise(following) for w in words)


INTERVIEW_HEADING_CHARS = 80


def _speech_title(title: str | None, profile: LanguageProfile | None) -> bool:
    """Whether the title names a speech a leader gave (the language's ``speech_title_openers``: "Speech by the
    President of Ukraine at the video conference of the G7 leaders"): the page gives the words said, and the
    meeting they were said at is the setting, not a report."""
    openers = normalised_list(profile, "speech_title_openers")
    if not title or not openers:
        return False
    return normalise(title).lstrip(" \"'«“").startswith(openers)


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
    sides |= {  # and the sides of the leaders it names ("习近平同法国德国领导人举行视频峰会")
        _term_on(ref.leaders[h.entry.value], day).actor_code
        for h in hits
        if h.start < title_end and h.entry.kind == "leader"
    }
    kept = {key: c for key, c in participants.items() if c.actor_code in sides}
    return kept if len(kept) >= 2 else participants


def _holds_on(candidate: Candidate, ref: Reference, day: dt.date) -> bool:
    """Whether a verified candidate held their office for their state on the day."""
    terms = ref.leaders.get(candidate.key, []) if candidate.verified else []
    return any(
        t.office == candidate.office and t.actor_code == candidate.actor_code and t.holds_office_on(day) for t in terms
    )


def _one_person_per_office(participants: dict[str, Candidate]) -> dict[str, Candidate]:
    """The participants without the names the reference lacks that stand for one already taking part: one
    beside the reference's holder of any of that state's offices ("道格拉斯總理（DENZIL L.DOUGLAS）": 總理 is a
    prime minister's and a chancellor's title), or beside an earlier one in the same office ("Marcus Stephen" and
    "史蒂芬")."""
    verified_sides = {c.actor_code for c in participants.values() if c.verified}
    kept: dict[str, Candidate] = {}
    for key, candidate in participants.items():
        if not candidate.verified and (
            candidate.actor_code in verified_sides
            or any((c.actor_code, c.office) == (candidate.actor_code, candidate.office) for c in kept.values())
        ):
            continue
        kept[key] = candidate
    return kept


def _out_of_office_beside_holder(
    candidate: Candidate, participants: dict[str, Candidate], ref: Reference, day: dt.date | None
) -> bool:
    """Whether a verified candidate did not hold their office on the day while a participant of
    the same state and office did: one holder of an office per state, the one of the day."""
    if day is None or not candidate.verified or _holds_on(candidate, ref, day):
        return False
    return any(
        (c.actor_code, c.office) == (candidate.actor_code, candidate.office) and _holds_on(c, ref, day)
        for c in participants.values()
    )


SUCCESSIVE_MIN_SIDES = 3


def _successive_engagements(
    cue_sentences: list[Sentence],
    per_sentence: list[list[Candidate]],
    full: str,
    profile: LanguageProfile | None,
    hits: list[Hit],
    recalled: Callable[[Sentence], bool] = lambda _: False,
) -> bool:
    """A cue sentence that says its leader met the others one after the other or separately
    (the language's ``successive_words``: "先后和X以及Y会晤", "held separate meetings with"),
    naming leaders of three states or more: several engagements. Not a later sentence that ``recalled``
    says is of earlier talks ("安倍首相は13日に…それぞれ電話会談している" below a call of the 15th)."""
    words = language_list(profile, "successive_words")
    if not words:
        return False
    for i, (sentence, found) in enumerate(zip(cue_sentences, per_sentence, strict=False)):
        if i and recalled(sentence):
            continue
        low = normalise(full[sentence.start : sentence.end])
        said = [low.find(w) for w in words if w in low]
        if not said:
            continue
        # leaders of three states, or three leaders (a prime minister meeting a state's president and,
        # separately, its premier: "胡錦濤国家主席と、...温家宝国務院総理とそれぞれ会談し")
        if (
            len({c.actor_code for c in found}) >= SUCCESSIVE_MIN_SIDES
            or len({c.key for c in found}) >= SUCCESSIVE_MIN_SIDES
        ):
            return True
        at = min(said)
        after = sentence.start + at  # "spoke separately with A and B": two others after the word
        subject_before = any(sentence.start <= h.start < after and h.entry.kind in ENGAGED_PERSON_KINDS for h in hits)
        adverb = low[at:].split(",", 1)[0].strip() in words  # "Separately, the two leaders ...": another topic
        named_after = {h.entry.value for h in hits if after <= h.start < sentence.end}
        sides_after = {c.actor_code for c in found if c.key in named_after or c.actor_code in named_after}
        if subject_before and not adverb and len(sides_after) >= 2:
            return True
    return False


def _separate_calls(
    cue_sentences: list[Sentence],
    per_sentence: list[list[Candidate]],
    full: str,
    profile: LanguageProfile | None,
    hits: list[Hit],
    recalled: Callable[[Sentence], bool] = lambda _: False,
) -> bool:
    """A cue sentence whose only cues are a phone call's naming leaders of three states or more, with
    none of the language's ``multilateral_words`` ("三者", "3자", "三方"): one leader's calls with two
    others ("モリソン豪州首相及びトランプ米国大統領と電話会談を行いました"), several engagements, for a
    call joins two sides unless the text says it joined more. Not a sentence that ``recalled`` says
    recalls calls before the one reported ("13日にトランプ大統領、マクロン大統領とそれぞれ電話会談して
    いる", "시진핑 주석에 이어 아베 총리와 통화했다")."""
    words = language_list(profile, "multilateral_words")
    if not words:
        return False
    for sentence, found in zip(cue_sentences, per_sentence, strict=False):
        if recalled(sentence):
            continue
        cues = [h for h in hits if h.entry.kind == "cue" and sentence.start <= h.start < sentence.end]
        if not cues or any(h.entry.value != "phone_call" for h in cues):
            continue
        if len({c.actor_code for c in found}) < SUCCESSIVE_MIN_SIDES:
            continue
        low = normalise(full[sentence.start : sentence.end])
        if not any(w in low for w in words):
            return True
    return False


def _arrival_before_talks(
    full: str,
    hits: list[Hit],
    typing: list[Sentence],
    profile: LanguageProfile | None,
    cue_sentences: list[Sentence],
    sentences: list[Sentence],
) -> bool:
    """Whether the report opens on a visitor's arrival (the language's ``arrival_phrases``:
    "has arrived in Taiwan on a state visit"), its only engagement cues the visit's
    (``visit_cues``), and the text goes on to announce their talks ("will welcome"): the
    visit began, the leaders have not met yet. Not when a cue sentence above it (the title's)
    reports talks in a sentence of their own ("...正式访问。李克强与梅德韦杰夫举行会谈。"), nor for a plan said
    to follow the talks (the language's ``after_engagement_words``: "After the talks, the Heads of State will meet
    with representatives of the media"): those talks are under way."""
    arrivals = language_list(profile, "arrival_phrases")
    visits = set(language_list(profile, "visit_cues"))
    if not arrivals or not typing:
        return False
    first = typing[-1]  # the body's first cue sentence
    text = normalise(full[first.start : first.end])
    if not any(a in text for a in arrivals):
        return False
    inside = [h for h in hits if h.entry.kind == "cue" and first.start <= h.start < first.end]
    cues = [normalise(full[h.start : h.end]) for h in inside]
    if not cues or any(c not in visits for c in cues):
        return False  # "arrived in Moscow and held talks": they met
    for above in (s for s in cue_sentences if s.end <= first.start):
        said = normalise(full[above.start : above.end])
        held = [h for h in hits if above.start <= h.start < above.end and h.entry.kind in ("cue", "not_readout")]
        if (
            not any(a in said for a in arrivals)
            and held
            and all(h.entry.kind == "cue" and normalise(full[h.start : h.end]) not in visits for h in held)
        ):
            return False
    after_talks = tuple(normalised_list(profile, "after_engagement_words"))
    return any(
        h.entry.kind == "not_readout"
        and h.start >= first.end
        and not any(w in normalise(full[_sentence_holding(sentences, h.start).start : h.start]) for w in after_talks)
        for h in hits
    )


def _sentence_holding(sentences: list[Sentence], at: int) -> Sentence:
    """The sentence of ``sentences`` (the text's, in order) that holds the offset ``at``; an empty one at ``at``
    where none does (between sentences)."""
    i = bisect.bisect_right(sentences, at, key=operator.attrgetter("start")) - 1
    return sentences[i] if i >= 0 and at < sentences[i].end else Sentence(at, at)


def _answers_reports(full: str, typing: list[Sentence], profile: LanguageProfile | None) -> bool:
    """Whether the lead (the title and the body's first cue sentence) denies or answers reports of
    an engagement ("denied reports that the two presidents had spoken", "опроверг сообщения о
    разговоре", "통화설을 부인", "回应媒体关于...通电话的报道": the language's ``report_denial_phrases``):
    the page is about the reports, and no engagement is reported."""
    phrases = normalised_list(profile, "report_denial_phrases")
    if not phrases:
        return False
    return any(p in normalise(full[s.start : s.end]) for s in typing for p in phrases)


def _only_recalled(full: str, cue_sentences: list[Sentence], profile: LanguageProfile | None, hits: list[Hit]) -> bool:
    """Whether every engagement sentence of the page opens with one of the language's
    ``recall_openers`` ("Напомним, 25 июля состоялся телефонный разговор ..." under a headline of a
    visit being agreed) or holds its cues in clauses of ``recall_words`` ("小泉総理とフォックス大統領は既に4回首脳会談を
    行い" in a foreign ministers' meeting): the page recalls earlier engagements and reports none."""
    openers = normalised_list(profile, "recall_openers")
    return bool(cue_sentences) and all(
        (openers and normalise(full[s.start : s.end]).lstrip().startswith(openers))
        or _recalls_before(s, full, hits, profile, ahead_of_the_cue=True)
        for s in cue_sentences
    )


def _titled_on_a_death(title: str | None, profile: LanguageProfile | None) -> bool:
    """Whether the page's title says it is on someone's death (the language's ``death_title_phrases``: "Statement
    from President Biden on the Death of Queen Elizabeth II", "Condolences on the passing of ..."): the meetings its
    words recall ("We first met the Queen in 1982") are no engagement it reports."""
    if not title:
        return False
    low = normalise(title)
    return any(phrase in low for phrase in normalised_list(profile, "death_title_phrases"))


REACTION_WORDS_BEFORE_CUE = 3  # words read before the lead's first cue for a reaction to it ("criticised the historic")


def _reacts_to_an_engagement(
    full: str, typing: list[Sentence], hits: list[Hit], profile: LanguageProfile | None
) -> bool:
    """Whether the lead's first engagement cue is the object of a reaction (the language's
    ``reaction_words`` in the few words before it, ``reaction_words_window`` of them where the verb
    leads a long clause: "criticised the historic phone call between Rouhani and Obama", "انتقد
    قائد الحرس الثوري ... الاتصال الهاتفي"): the page reports what someone said of the engagement,
    not the engagement."""
    words = set(language_list(profile, "reaction_words"))
    if not words or profile is None:
        return False
    cue = next((h for h in hits if h.entry.kind == "cue" and any(s.start <= h.start < s.end for s in typing)), None)
    if cue is None:
        return False
    sentence = next(s for s in typing if s.start <= cue.start < s.end)
    before = re.findall(r"[^\W\d_]+", normalise(full[sentence.start : cue.start]))
    return any(
        word in words for word in before[-profile.data.get("reaction_words_window", REACTION_WORDS_BEFORE_CUE) :]
    )


def _several_said(
    full: str,
    upto: int,
    profile: LanguageProfile | None,
    cue_sentences: list[Sentence],
    per_sentence: list[list[Candidate]],
) -> bool:
    """Whether the text up to the first engagement says in so many words that there were
    several ("made four calls", "placed calls to": the language's ``several_engagement_phrases``; "met
    many times", its ``several_times_phrases``, in a sentence with an engagement cue).
    A count of rounds (the language's ``pair_session_phrases``) said of one pair ("held two
    rounds of talks with the visiting President Putin": its cue sentence names the two sides and
    no third) is the sessions of one engagement."""
    phrases = language_list(profile, "several_engagement_phrases")
    sessions = set(language_list(profile, "pair_session_phrases"))  # "两场会谈": rounds, when said of one pair
    low = normalise(full[:upto])
    first = {c.key for c in per_sentence[0]} if per_sentence else set()
    for phrase in language_list(profile, "several_times_phrases"):  # "met him many times": in a cue sentence only
        at = low.find(phrase)
        while at >= 0:
            where = next((i for i, s in enumerate(cue_sentences) if s.start <= at < s.end), None)
            # ... not after a cue sentence that named both sides ("remarks at the conclusion of his meeting with
            # David Cameron ... We have met many times over the years"): a recall beside the one reported
            if where is not None and not any(len({c.actor_code for c in found}) >= 2 for found in per_sentence[:where]):
                return True
            at = low.find(phrase, at + 1)
    for phrase in phrases:
        at = low.find(phrase)
        if at < 0:
            continue
        named = next(
            (
                {c.key for c in found}
                for s, found in zip(cue_sentences, per_sentence, strict=False)
                if s.start <= at < s.end
            ),
            set(),
        )
        if first and len(named) >= 2 and first.isdisjoint(named):
            continue  # another pair's calls ("as agreed during Lukashenko's telephone conversations with Merkel")
        if phrase not in sessions:
            return True
        sides = next(
            (
                {c.actor_code for c in found}
                for s, found in zip(cue_sentences, per_sentence, strict=False)
                if s.start <= at < s.end
            ),
            None,
        )
        if sides is None or len(sides) != 2:
            return True
    return False


def _apart_pairs(compounds: set[frozenset[str]]) -> bool:
    """Whether two of the sets of states named by compounds hold neither the other ({JPN, KOR} and {JPN, CHN}, not
    {JPN, IND} within {JPN, USA, AUS, IND}): the talks of two groups, two engagements."""
    return any(not (a <= b or b <= a) for a, b in itertools.combinations(compounds, 2))


def _report_lead_end(full: str, typing: list[Sentence], cue_sentences: list[Sentence]) -> int:
    """Where the report's lead ends: its first cue sentence that is no heading (a headline line
    above it, "PM holds talks with Turkey, Spain", says less than the sentence that reports)."""
    body = next((s for s in cue_sentences[:MAX_CUE_SENTENCES] if not _is_heading(full, s)), cue_sentences[0])
    return max(typing[-1].end, body.end)


def _also_another_counterpart(
    cue_sentences: list[Sentence],
    per_sentence: list[list[Candidate]],
    full: str,
    profile: LanguageProfile | None,
    apart: Callable[[Sentence], bool] = lambda _: False,
    publisher: str | None = None,
) -> bool:
    """A cue sentence after the first pairing of two sides that says a leader also engaged
    another ("also spoke with", "モリソン首相とも電話会談", "Putin ile de görüştü": the
    language's ``another_counterpart_words``) and names a leader of a third state: a second
    engagement, reported beside the first. After a first sentence pairing three sides or more
    ("Erdoğan, Trump ve Putin ile telefon görüşmesi yaptı"), one of them named so ("Putin'le de
    görüştü") says the calls were separate, and so does a sentence speaking of the meeting with one of
    them (the language's ``one_of_them_words``: "his meeting with Lee was very fruitful").
    A sentence ``apart`` says is of no engagement beside the first (a plan, an earlier day) counts for none.
    On the page of a publishing side whose leader speaks in the first person ("I spoke today with Prime
    Minister Rutte. I also spoke with President von der Leyen."), a first sentence naming one other side
    pairs it with the publisher's."""
    words = language_list(profile, "another_counterpart_words")
    one_of_them = language_list(profile, "one_of_them_words")
    # sentences of an engagement beside the first, not a plan's or an earlier day's ("Both this conversation with the
    # President of Ecuador and yesterday's conversation with the President of Guatemala")
    pairs = enumerate(zip(cue_sentences, per_sentence, strict=False))
    reported = [(i, found) for i, (s, found) in pairs if not apart(s)]
    paired = [i for i, found in reported if len({c.actor_code for c in found}) >= 2]
    home: set[str] = set()
    # the first sentence naming one side other than the publisher's, when no sentence before it pairs two sides, or the
    # first that does names others than that side ("A conversation took place with US President Biden. I spoke today
    # with the President of Egypt and the Crown Prince of the United Arab Emirates"; "During the conversation with
    # Prime Minister Boris Johnson ... Volodymyr Zelenskyy also spoke with ..."): the publisher's leader and that side
    if publisher is not None:
        one_other = [i for i, found in reported if len({c.actor_code for c in found} - {publisher}) == 1]
        if one_other and (
            not paired
            or (
                one_other[0] < paired[0]
                and not {c.actor_code for c in per_sentence[paired[0]]} - {publisher}
                <= {c.actor_code for c in per_sentence[one_other[0]]}
            )
        ):
            paired, home = one_other, {publisher}
    if not (words or one_of_them) or not paired:
        return False
    sides = {c.actor_code for c in per_sentence[paired[0]]} | home
    speaking = normalised_list(profile, "first_person_subjects") if home else ()
    for sentence, found in zip(cue_sentences[paired[0] + 1 :], per_sentence[paired[0] + 1 :], strict=False):
        low = normalise(full[sentence.start : sentence.end])
        # the leader speaking of another call in the first person ("I spoke with French President Emmanuel Macron")
        also = any(w in low for w in words) or low.lstrip().startswith(tuple(w + " " for w in speaking))
        if (not also and not any(w in low for w in one_of_them)) or apart(sentence):
            continue
        named = {c.actor_code for c in found if not c.weak}
        if also and named - sides:
            return True
        if len(sides) >= SUCCESSIVE_MIN_SIDES and named & sides and len(named) < len(sides):
            return True
    return False


def _dated_before(sentence: str, result: Extraction, ref: Reference) -> bool:
    """Whether a sentence states a day before the engagement's (stated) date."""
    if result.engagement_date is None or not result.date_stated:
        return False
    day, _, stated = find_date([sentence], result.language, result.published_date, ref)
    return stated and day is not None and day < result.engagement_date


def _release_listing(full: str, profile: LanguageProfile | None) -> bool:
    """Whether a page holds several releases one after another (a briefing-room listing as a
    crawler picks it up): a release header line (the language's ``release_header_lines``:
    "Office of the Press Secretary") on two lines or more."""
    headers = set(language_list(profile, "release_header_lines"))
    if not headers:
        return False
    return sum(1 for line in normalise(full).splitlines() if line.strip() in headers) >= 2


def _to_come_after_a_past_engagement(
    to_come: Hit, lead: list[tuple[int, int]], hits: list[Hit], full: str, ref: Reference
) -> bool:
    """Whether a to-come word of the lead follows, in its sentence, an engagement cue dated to a
    past day by one of the language's ``relative_days`` ("트럼프 대통령이 전날 밤 문 대통령과 전화통화를
    갖고 ..., 다음달 12일 ... 회담과 관련해": the call of the night before was held; the talks next month
    are another engagement), unless that cue is an earlier engagement the sentence recalls ("昨日の電話会談に
    続き", "following yesterday's call": the language's ``earlier_engagement_words``); or that a joining word
    between the cue and it adds a plan to the report (``future_clause_joiners``: "与X通电话，并将在9月访美",
    "spoke with X, and a further meeting is planned"), no to-come word before the cue."""
    span = next(((a, b) for a, b in lead if a <= to_come.start < b), None)
    profile = ref.languages.get(to_come.entry.language or "")
    if span is None or profile is None:
        return False
    cues = [h for h in hits if h.entry.kind == "cue" and span[0] <= h.start and h.end <= to_come.start]
    cues = [h for h in cues if not _dated_earlier(h, full, ref)]
    if not cues:
        return False
    before = normalise(full[span[0] : to_come.start])  # "spoke with X yesterday and will meet him next week"
    spaced = profile.data.get("word_boundaries", True)
    joiners = language_list(profile, "future_clause_joiners")  # "今天与X通电话，并将在9月访美"
    after_cue = normalise(full[cues[-1].end : to_come.start])  # ", and a further meeting" before "is planned"
    bounded = (r"(?<!\w)", r"(?!\w)") if spaced else ("", "")
    named_at = {h.start for h in hits if h.entry.kind in (*ENGAGED_PERSON_KINDS, "actor")}
    joined = [  # not a joiner of two names ("the call between Biden and President Xi did not take place")
        m
        for j in joiners
        for m in re.finditer(rf"{bounded[0]}{re.escape(j)}{bounded[1]}", after_cue)
        if _skip_spaces(full, cues[-1].end + m.end()) not in named_at
    ]
    if joined and not any(h.entry.kind == "not_readout" and span[0] <= h.start < cues[0].start for h in hits):
        return True
    return _names_a_past_day(before, profile)


HEADLINE_OBJECT_MIN_CAPITALISED = 2
_LEADER_NAMING_KINDS = frozenset({"leader", "title", "actor", "counterpart", "participant_list"})


def _headline_object_names_no_leader(engaged: Sentence, hits: list[Hit], full: str, ref: Reference) -> bool:
    """Whether a headline's engagement cue has for its object capitalised words that name no leader, no leader's
    title and no state ("Meeting with Director General of Tactical Missiles Corporation Boris Obnosov", "Remarks by
    President Biden Before Meeting with the Infrastructure Implementation Task Force"), right after the cue or one of
    the language's ``object_articles``: the one met is no leader, whichever leaders the page goes on to name. Not a
    place after a preposition ("the trilateral meeting at Camp David")."""
    cue = next((h for h in hits if h.entry.kind == "cue" and engaged.start <= h.start < engaged.end), None)
    if cue is None:
        return False
    if any(h.entry.kind in _LEADER_NAMING_KINDS and cue.end <= h.start < engaged.end for h in hits):
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", full[cue.end : engaged.end])
    profile = ref.languages.get(cue.entry.language or "")
    articles = language_list(profile, "object_articles")
    leaders_nouns = language_list(profile, "leaders_nouns")
    if any(w.lower() in leaders_nouns for w in words):
        return False  # "Meeting with Baltic Leaders": leaders, whom the report goes on to name
    if words and words[0][0].islower() and words[0] not in articles:
        return False  # not the cue's object: "Readout of the trilateral meeting at Camp David"
    return sum(1 for w in words if w[0].isupper()) >= HEADLINE_OBJECT_MIN_CAPITALISED


def _to_come_as_a_topic(to_come: Hit, lead: list[tuple[int, int]], full: str, ref: Reference) -> bool:
    """Whether a to-come word of the lead is what the leaders spoke of: one of the language's
    ``to_come_topic_words`` stands before it in its sentence ("The leaders discussed current issues, including
    preparations for the forthcoming visit by the Prime Minister of Armenia to Russia" under "Telephone
    conversation with ..."): the visit is a topic of the call, which took place."""
    span = next(((a, b) for a, b in lead if a <= to_come.start < b), None)
    profile = ref.languages.get(to_come.entry.language or "")
    if span is None or profile is None:
        return False
    before = normalise(full[span[0] : to_come.start])
    spaced = profile.data.get("word_boundaries", True)
    return any(
        (whole_word(before, w) if spaced else w in before) for w in normalised_list(profile, "to_come_topic_words")
    )


def _future_of_no_engagement(
    to_come: Hit, hits: list[Hit], full: str, ref: Reference, sentences: list[Sentence]
) -> bool:
    """Whether a to-come word that is a bare future marker (the language's ``bare_future_markers``: "将于", "将与")
    has no engagement cue nor one of the language's ``bare_future_marker_verbs`` (a visit, a trip, a call: "将于8月21日
    启程访问") after it in its sentence ("台帛两国建交将于今年12月迈入第23年，这一路走来，...",
    "未来台湾将与帛琉携手打拼，一起为...带来更多贡献"): an anniversary or a cooperation to come, no engagement announced
    ("总统将在8月8日上午，以军礼欢迎..." announces one)."""
    profile = ref.languages.get(to_come.entry.language or "")
    if normalise(full[to_come.start : to_come.end]) not in normalised_list(profile, "bare_future_markers"):
        return False
    sentence_end = max(_sentence_holding(sentences, to_come.start).end, to_come.end)
    if any(h.entry.kind == "cue" and to_come.end <= h.start < sentence_end for h in hits):
        return False
    rest = normalise(full[to_come.end : sentence_end])
    return not any(verb in rest for verb in normalised_list(profile, "bare_future_marker_verbs"))


def _names_a_past_day(low: str, profile: LanguageProfile) -> bool:
    """Whether normalised text holds one of the language's ``relative_days`` of a past day ("yesterday", "hier")."""
    spaced = profile.data.get("word_boundaries", True)
    for word, offset in profile.data.get("relative_days", {}).items():
        if not isinstance(offset, int) or offset >= 0:
            continue
        word = normalise(word)
        if whole_word(low, word) if spaced else word in low:
            return True
    return False


def _plan_headlined_over_a_past_report(
    to_come: Hit, title_end: int, first: Sentence, hits: list[Hit], full: str, ref: Reference
) -> bool:
    """Whether a to-come word stands in a headline that names no engagement, over a body whose first engagement
    sentence reports one on a past day (the language's ``relative_days``: "Tebboune se rendra en France en mai" over
    "Tebboune a reçu hier un appel téléphonique de son homologue français"): the plan is news beside the report."""
    if not (to_come.start < title_end <= first.start):
        return False
    if any(h.entry.kind == "cue" and h.start < title_end for h in hits):
        return False
    if any(h.entry.kind == "not_readout" and title_end <= h.start < first.start for h in hits):
        return False  # the body's opening says it too ("Мишустин в среду в Пекине встретится с ...")
    inside = [h for h in hits if first.start <= h.start < first.end]
    if any(h.entry.kind == "not_readout" for h in inside) or not any(h.entry.kind == "cue" for h in inside):
        return False
    profile = ref.languages.get(to_come.entry.language or "")
    if profile is None:
        return False
    return _names_a_past_day(normalise(full[first.start : first.end]), profile)


def _leaders_left_unnamed(sentence: Sentence, full: str, profile: LanguageProfile | None) -> bool:
    """Whether the first engagement sentence says leaders took part without naming them ("held a
    call with several European leaders and President Trump": the language's
    ``unnamed_leaders_words``)."""
    low = normalise(full[sentence.start : sentence.end])
    return any(word in low for word in language_list(profile, "unnamed_leaders_words"))


def _with_leaders_named_next(
    participants: dict[str, Candidate], following: list[Candidate], named_otherwise: set[str]
) -> dict[str, Candidate]:
    """The first sentence's leaders, joined by those the next engagement sentence names when that
    sentence names them all again ("Zelensky, Macron, Merz, Starmer and Tusk held a call with
    Trump" after "Zelensky held a call with several European leaders and Trump")."""
    keys = {c.key for c in following}
    if not set(participants) <= keys:
        return participants
    joined = dict(participants)
    for candidate in following:
        if not candidate.weak and candidate.verified and candidate.key not in named_otherwise:
            joined.setdefault(candidate.key, candidate)
    return joined


def _debriefs_on(full: str, typing: list[Sentence], hits: list[Hit], profile: LanguageProfile | None) -> bool:
    """Whether the lead reports a meeting held on an engagement's results before naming the
    engagement (the language's ``debriefing_words``: "провел совещание по итогам переговоров с
    Трампом", "Совещание по итогам российско-американских переговоров"): the engagement is recalled."""
    words = language_list(profile, "debriefing_words")
    if not words:
        return False
    for sentence in typing:
        low = normalise(full[sentence.start : sentence.end])
        cues = [
            h.start - sentence.start for h in hits if h.entry.kind == "cue" and sentence.start <= h.start < sentence.end
        ]
        said = [low.find(w) for w in words if w in low]
        if said and cues and min(said) < min(cues):
            return True
    return False


def _two_sides(participants: dict[str, Candidate]) -> bool:
    """Two leaders or more, of two states or organisations or more."""
    return len(participants) >= 2 and len({c.actor_code for c in participants.values()}) >= 2


REPUBLISHED_MAX_DAYS = 7  # a release's own date line this far before the page's publication: republished later


def _release_date_line(
    full: str, cue_sentences: list[Sentence], title: str | None, profile: LanguageProfile | None
) -> dt.date | None:
    """The date of a short date line ("Russia, January 5, 2021") on the lines just after the
    body's first cue sentence: a release republished later carries its own date there, which
    dates the engagement when the cue sentences name no day."""
    body = [s for s in cue_sentences if not title or _in_body(s, full, title)]
    if not body:
        return None
    lines = full[body[0].end :].lstrip("\n").split("\n", RELEASE_DATE_LINES)[:RELEASE_DATE_LINES]
    return page_date("\n".join(lines), profile)


RELEASE_DATE_LINES = 2


def _lead_before_cues(
    sentences: list[Sentence], hits: list[Hit], full: str, title: str | None, cue_sentences: list[Sentence]
) -> list[Sentence]:
    """The body's first sentence when it names a leader and comes before every cue sentence of
    the body ("President Tsai, on her visit, on 11 January local time attended ..." before "the two
    presidents exchanged decorations"): when no cue sentence is dated, its date is the engagement's."""
    in_body = functools.partial(_in_body, full=full, title=title) if title else lambda _: True
    first = next((s for s in sentences if in_body(s) and not _is_heading(full, s)), None)
    if first is None or first in cue_sentences:
        return []
    body_cues = [s for s in cue_sentences if in_body(s)]
    if body_cues and body_cues[0].start < first.start:
        return []
    named = any(first.start <= h.start < first.end and h.entry.kind in ("leader", "title") for h in hits)
    return [first] if named else []


def _opening_under_headline(
    sentences: list[Sentence], hits: list[Hit], full: str, headline: Sentence
) -> list[Sentence]:
    """The first sentence under a headline line that names a leader, cue or not ("Sheinbaum confirma
    reunión con Petro" over "Sheinbaum confirmó que se reunirá este lunes con Petro"): the report's
    opening, which says whether the engagement of the headline took place."""
    for sentence in sentences:
        if sentence.start < headline.end or _is_heading(full, sentence):
            continue
        if any(sentence.start <= h.start < sentence.end and h.entry.kind in ("leader", "title") for h in hits):
            return [sentence]
    return []


EARLIER_WORD_REACH = 12  # characters between a cue and a word that dates it earlier (4 in unspaced scripts)


def _named_for_officials(hits: list[Hit], sentence: Sentence, full: str) -> bool:
    """Whether a sentence's engagement cue is compounded with a title that is no leader's ("外相電話会談",
    "外相会談", or with a space: "외교장관 전화 통화": the foreign ministers' talk): the office-holders
    engaged, not their leaders."""
    inside = [h for h in hits if sentence.start <= h.start < sentence.end]
    ends = {h.end for h in inside if h.entry.kind == "non_leader_title"}
    return any(
        h.entry.kind == "cue" and (h.start in ends or (h.start - 1 in ends and full[h.start - 1] == " "))
        for h in inside
    )


ROUNDUP_DAYS_ALONE = 4  # cue sentences dated to this many days report several engagements, whoever they name


def _several_days(dated: set[dt.date], per_sentence: list[list[Candidate]], side: str | None) -> bool:
    """Whether the cue sentences' dates tell of several engagements: ``ROUNDUP_DAYS_ALONE`` days or more (a listing,
    a week of calls), or ``ROUNDUP_MIN_DAYS`` with leaders of two sides or more besides the publishing side's named
    in them. Three days beside one counterpart are one engagement's surroundings: a visit's arrival, talks and
    departure, or the days of other events the report dates ("10日に崩御された前国王", "11日に就任したハイサム国王")."""
    if len(dated) >= ROUNDUP_DAYS_ALONE:
        return True
    counterparts = {c.actor_code for found in per_sentence for c in found} - {side}
    return len(dated) >= ROUNDUP_MIN_DAYS and len(counterparts) >= 2


def _official_as_agent(hits: list[Hit], sentence: Sentence, full: str, ref: Reference) -> bool:
    """Whether a sentence's engagement is an official's, named as its agent by one of the language's
    ``official_agent_markers`` right after the office ("河野外務大臣によるエルドアン・トルコ大統領表敬": the
    foreign minister's courtesy call on the president, no leaders' meeting), or after the cue by one of its
    ``official_agent_prepositions`` right before the office ("Courtesy Call on Prime Minister X by Foreign Minister
    Y"), unless the word before that names who came along (``official_agent_preposition_blockers``: "accompanied
    by")."""
    inside = [h for h in hits if sentence.start <= h.start < sentence.end]
    cue = next((h.start for h in inside if h.entry.kind == "cue"), None)
    for hit in inside:
        if hit.entry.kind != "non_leader_title" or cue is None:
            continue
        profile = ref.languages.get(hit.entry.language or "")
        if hit.start > cue:  # the agent after the cue ("Courtesy Call on Prime Minister X by Foreign Minister Y")
            before = normalise(full[cue : hit.start]).split()
            before = before[:-1] if before and before[-1] in language_list(profile, "object_articles") else before
            if (
                len(before) >= 2
                and before[-1] in language_list(profile, "official_agent_prepositions")
                and before[-2] not in language_list(profile, "official_agent_preposition_blockers")
            ):
                return True
            continue
        if any(full.startswith(marker, hit.end) for marker in language_list(profile, "official_agent_markers")):
            return True
    return False


def _officials_on_both_sides(hits: list[Hit], sentence: Sentence) -> bool:
    """Whether a sentence's engagement is between two office-holders who are no leaders and no
    leader is named there ("외교부 1차관은 ... 국무부 부장관과 회담했습니다"): their talks, which later
    sentences naming the leaders (whose summit they prepared) do not make the leaders'."""
    inside = [h for h in hits if sentence.start <= h.start < sentence.end]
    if any(h.entry.kind in ("leader", "title") for h in inside):
        return False
    return sum(h.entry.kind == "non_leader_title" for h in inside) >= 2


def _once_each(cue_sentences: list[Sentence], full: str) -> list[Sentence]:
    """The cue sentences without the repeats of an earlier one, bullets and spacing aside: a photo
    gallery's captions printed twice ("• 日本・ニュージーランド首脳会談の写真", then again) are one
    line, and do not push the report's own sentence out of the first ``MAX_CUE_SENTENCES``."""
    seen: set[str] = set()
    kept = []
    for sentence in cue_sentences:
        line = _alnum(full[sentence.start : sentence.end])
        if line in seen:
            continue
        seen.add(line)
        kept.append(sentence)
    return kept


def _without_earlier_engagements(cues: list[Hit], full: str, ref: Reference) -> list[Hit]:
    """The cues of the typing sentences without those of an earlier engagement the report
    recalls, when cues of another medium remain: "met ..., following up on their video call",
    "после телефонного разговора", "先月の電話会談に続き" (the language's
    ``earlier_engagement_words`` next to the cue, before or after it)."""
    earlier = [h for h in cues if h.entry.value != CONVERSATION and _dated_earlier(h, full, ref)]
    if not earlier:
        return cues
    kept = [h for h in cues if h not in earlier]
    earlier_types = {h.entry.value for h in earlier}
    if any(h.entry.value != CONVERSATION and h.entry.value not in earlier_types for h in kept):
        return kept
    return cues


def _past_an_earlier_clause(sentence: Sentence, hits: list[Hit], full: str, ref: Reference) -> Sentence:
    """The first engagement sentence from past the clause of an earlier engagement that opens it, closed
    by a clause mark, when a cue of its own follows ("在与俄罗斯总统普京进行视频通话后，习近平与特朗普通电话",
    "After a video call with Putin, Xi spoke with Trump": Putin is a mention); else the whole sentence
    (not "菅総理大臣は、先月の電話会談に続き、...": the subject comes before that clause)."""
    cues = [h for h in hits if h.entry.kind == "cue" and sentence.start <= h.start < sentence.end]
    if len(cues) < 2 or not _dated_earlier(cues[0], full, ref) or _dated_earlier(cues[-1], full, ref):
        return sentence
    if any(full.find(mark, sentence.start, cues[0].start) != -1 for mark in _CLAUSE_MARKS):
        return sentence  # the clause does not open the sentence
    ends = [at for at in (full.find(mark, cues[0].end, cues[-1].start) for mark in _CLAUSE_MARKS) if at != -1]
    return Sentence(min(ends) + 1, sentence.end) if ends else sentence


def _recalls_before(
    sentence: Sentence, full: str, hits: list[Hit], profile: LanguageProfile | None, ahead_of_the_cue: bool = False
) -> bool:
    """Whether every engagement cue of a later cue sentence stands in a clause with one of the language's
    ``recall_words`` ("习近平表示，去年同拜登总统会晤时达成共识", "지난해 정상회담을 가진 바 있다"): talks
    before the engagement reported, whose leaders are no participants of it. ``ahead_of_the_cue``: the
    word must come before the cue ("既に4回首脳会談を行い"; not "their first call since ... last year")."""
    words = language_list(profile, "recall_words")
    cues = [h for h in hits if h.entry.kind == "cue" and sentence.start <= h.start < sentence.end]
    if not words or not cues:
        return False
    for cue in cues:
        start, end = _clause_span(cue, sentence, full)
        clause = normalise(full[start : cue.start if ahead_of_the_cue else end])
        if not any(w in clause for w in words):
            return False
    return True


def _spokesperson_on_others(
    doc: ParsedDocument,
    lead: list[Sentence],
    full: str,
    participants: dict[str, Candidate],
    publisher: str | None,
    ref: Reference,
) -> bool:
    """Whether a government's own site (``_on_a_leaders_site``: president.gov.tw, kremlin.ru) has its spokesperson
    speak, in the lead (its first two cue sentences: a headline's, the body's first), of an engagement its side took
    no part in ("針對美國總統川普...與...習近平進行越洋電話會談，總統府發言人黃重諺表示"): a reaction to other
    leaders' call or meeting."""
    if publisher is None or publisher in {c.actor_code for c in participants.values()}:
        return False
    if not _on_a_leaders_site(doc, ref):
        return False
    profile = ref.languages.get(doc.language_hint or "")
    words = normalised_list(profile, "spokesperson_words")
    return any(w in normalise(full[s.start : s.end]) for s in lead for w in words)


def _recall_word_ahead(sentence: Sentence, full: str, hits: list[Hit], profile: LanguageProfile | None) -> bool:
    """Whether one of the language's ``recall_words`` stands in a sentence before its first engagement cue, in any
    clause ("曾於2016年1月16日總統勝選當晚，以視訊方式表達祝賀": had once, on that evening, congratulated by video)."""
    cue = next((h for h in hits if h.entry.kind == "cue" and sentence.start <= h.start < sentence.end), None)
    if cue is None:
        return False
    ahead = normalise(full[sentence.start : cue.start])
    return any(w in ahead for w in language_list(profile, "recall_words"))


def _clause_of(cue: Hit, sentence: Sentence, full: str) -> str:
    """The clause of its sentence a cue stands in, between the clause marks around it."""
    start, end = _clause_span(cue, sentence, full)
    return full[start:end]


def _clause_span(cue: Hit, sentence: Sentence, full: str) -> tuple[int, int]:
    """Where the clause of its sentence a cue stands in begins and ends, between the clause marks around it."""
    start = max(full.rfind(mark, sentence.start, cue.start) for mark in _CLAUSE_MARKS)
    ends = [at for at in (full.find(mark, cue.end, sentence.end) for mark in _CLAUSE_MARKS) if at != -1]
    return max(start + 1, sentence.start), min(ends, default=sentence.end)


_CLAUSE_MARKS = ("，", ",", "、", "；", ";", "：", ":")


def _dated_earlier(cue: Hit, full: str, ref: Reference) -> bool:
    profile = ref.languages.get(cue.entry.language or "")
    words = language_list(profile, "earlier_engagement_words")
    if not words:
        return False
    reach = EARLIER_WORD_REACH // 3 if is_cjk(full[cue.start : cue.end]) else EARLIER_WORD_REACH
    # str.lower, not the cached normalise: short slices would push the document's text out of its cache
    before = full[max(0, cue.start - reach - 12) : cue.start].lower()
    after = full[cue.end : cue.end + reach + 12].lower()
    before = before.rsplit("\n", 1)[-1]  # within the cue's line
    after = after.split("\n", 1)[0]
    for word in words:
        at = before.rfind(word)
        if at != -1 and len(before) - (at + len(word)) <= reach:
            return True
        at = after.find(word)
        if at != -1 and at <= reach:
            return True
    return False


TITLE_SENTENCE_MIN_WORDS = 8  # a headline this long that ends with a full stop is the report's first sentence


def _title_is_a_sentence(title: str, hits: list[Hit]) -> bool:
    """Whether a title is a whole sentence ending with a full stop ("President X held a phone
    call with Prime Minister Y."), as when a page's first line is taken for its title: a
    headline ("X, Y discuss Z") has no full stop, nor one whose stop ends a leader's name
    ("... Between President Joe Biden and Philippine President Ferdinand R. Marcos Jr.")."""
    text = title.rstrip()
    if any(h.entry.kind == "leader" and h.end == len(text) for h in hits):
        return False
    text = text.strip()
    return text.endswith(".") and not text.endswith("..") and len(text.split()) >= TITLE_SENTENCE_MIN_WORDS


def _in_body(sentence: Sentence, full: str, title: str | None) -> bool:
    """Whether a sentence is of the body, not the title nor a heading that repeats it: also not
    a sentence whose first line is the title again, run on into the page's furniture below it (a
    video page's headline, then "please wait", "0:00 0:03:17"), which is no report's lead."""
    title = title or ""
    text = full[sentence.start : sentence.end]
    if sentence.start <= len(title) or text.strip() in title:
        return False
    first_line, _, rest = text.strip().partition("\n")
    return not (rest and _alnum(title) and _alnum(first_line) == _alnum(title))


_NOT_ALNUM = re.compile(r"[\W_]+")  # \w is what str.isalnum() accepts, and the underscore


def _alnum(text: str) -> str:
    """The letters and digits of a text, its spacing and punctuation aside."""
    return _NOT_ALNUM.sub("", text)


def extract(doc: ParsedDocument, ref: Reference) -> Extraction:
    """Read one parsed document into an Extraction (a readout, not one, or rejected); its
    money figures in US dollars at the rate of their year (else the engagement's, else the
    publication's)."""
    result = _read(doc, ref)
    if result.figures:
        day = result.engagement_date or result.published_date
        price_figures(result.figures, day.year if day else None, ref)
    return result


def _names_a_person(sentence: Sentence, hits: list[Hit]) -> bool:
    """Whether a sentence names a leader, an official, their title or a counterpart."""
    return any(sentence.start <= h.start < sentence.end and h.entry.kind in ENGAGED_PERSON_KINDS for h in hits)


def _type_further_on(
    hits: list[Hit], cue_sentences: list[Sentence], full: str, ref: Reference, published: dt.date | None = None
) -> list[str]:
    """The engagement cues of the first later cue sentence that says how they engaged ("the
    meeting took place at...", "at their joint press conference"), if any. A meeting verb that
    needs a person (``cues_before_a_person``: "hosted", "welcomed") types only with one after
    it: "welcomed the agreement" types nothing. A sentence of an earlier engagement types nothing ("reflected on
    the significance of South Africa's State Visit in 2022", "after their call last week")."""
    for sentence in cue_sentences[1:]:
        inside = [h for h in hits if sentence.start <= h.start < sentence.end]
        if _names_an_earlier_year(full[sentence.start : sentence.end], published) or _recalls_earlier(
            sentence, full, ref, inside
        ):
            continue
        types = [
            h.entry.value
            for i, h in enumerate(hits)
            if sentence.start <= h.start < sentence.end
            and h.entry.kind == "cue"
            and h.entry.value != CONVERSATION
            and _has_person_object(h, hits, i + 1, full, ref)
            and _meets_a_person_if_a_verb(h, hits, i + 1, full, ref)
            and not _engagement_to_come(h, full, ref)
            and not _in_an_earlier_clause(h, sentence, full, ref)
        ]
        if types:
            return types
    return []


def _in_an_earlier_clause(cue: Hit, sentence: Sentence, full: str, ref: Reference) -> bool:
    """Whether a cue stands in a clause with one of its language's ``earlier_engagement_words``
    ("Following the Prime Minister's meeting with the President in Paris last month, the two leaders
    discussed ..."): an earlier engagement, which says nothing of how the reported one was held."""
    words = language_list(ref.languages.get(cue.entry.language or ""), "earlier_engagement_words")
    clause = _clause_of(cue, sentence, full).lower()
    return any(w in clause for w in words)


def _names_a_statement(cue: Hit, full: str, ref: Reference) -> bool:
    """Whether a meeting cue only names the document a meeting may have issued (the language's
    ``statement_cues``: "Joint Statement by President A and President B"): alone, it reports no
    engagement."""
    profile = ref.languages.get(cue.entry.language or "")
    return normalise(full[cue.start : cue.end]) in language_list(profile, "statement_cues")


FUTURE_WORDS_BEFORE_CUE = 2  # words read before a cue for a qualifier of an engagement to come


def _engagement_to_come(cue: Hit, full: str, ref: Reference) -> bool:
    """Whether a cue names an engagement to come, qualified just before it by one of its
    language's ``future_engagement_words`` ("in the upcoming virtual meeting of G7 partners",
    "at next week's video conference"): not how the reported engagement was held."""
    profile = ref.languages.get(cue.entry.language or "")
    words = language_list(profile, "future_engagement_words")
    window = full[max(0, cue.start - 40) : cue.start]
    before = re.findall(r"[^\W\d_]+(?:['’]s)?", window.casefold())
    if any(word in words for word in before[-FUTURE_WORDS_BEFORE_CUE:]):
        return True
    if _said_to_come_after(cue, full, profile):
        return True
    # right after an opener of an event ahead and an article or possessive ("ahead of a meeting with"; not a
    # transcript's title "Remarks ... ahead of bilateral meeting", said of the meeting the remarks open)
    openers = language_list(profile, "event_ahead_openers")
    if not openers or profile is None or not profile.data.get("word_boundaries", True):
        return False
    determiners = {*language_list(profile, "party_naming_words"), *language_list(profile, "definite_articles")}
    tail = normalise(window).split()
    if not tail or tail[-1] not in determiners:
        return False
    said = " ".join(tail[:-1])
    return any(said == o or said.endswith(" " + o) for o in map(normalise, openers))


FUTURE_AFTER_CUE_CHARS = 120  # how far after a cue its clause is read for a time to come


def _said_to_come_after(cue: Hit, full: str, profile: LanguageProfile | None) -> bool:
    """Whether the cue's own clause goes on to put it in the future with one of its language's
    ``future_after_cue_words`` ("A first meeting between X and Y will take place in Singapore on June 12",
    "a telephone conversation between X and Y is scheduled for Tuesday"): the engagement it names is to come.
    Not when a topic marker or a relative pronoun comes between ("spoke with X to discuss the summit that will
    take place in Vilnius"): the time is another event's."""
    words = language_list(profile, "future_after_cue_words")
    if not words:
        return False
    tail = full[cue.end : cue.end + FUTURE_AFTER_CUE_CHARS]
    tail = re.split(r"[.;:!?\n]|,\s", tail, maxsplit=1)[0].casefold()
    stops = [*language_list(profile, "topic_markers"), *language_list(profile, "relative_pronouns")]
    for word in words:
        found = whole_word(tail, word)
        if found is not None and not any(whole_word(tail[: found.start()], stop) for stop in stops):
            return True
    return False


MEDIUM_LOOKAHEAD = 2  # later cue sentences read for the medium of a lead that names none
MEDIUM_LEAD_SENTENCES = 4  # ... among the page's first sentences (the headline and the report's opening)


def _is_medium_open(cue: Hit, full: str, ref: Reference) -> bool:
    """Whether a meeting cue names an engagement without saying how it was held (the language's
    ``medium_open_cues``: "talks", "переговоры", "görüştü", "会谈", "회담")."""
    profile = ref.languages.get(cue.entry.language or "")
    return normalise(full[cue.start : cue.end]) in language_list(profile, "medium_open_cues")


def _of_another_medium(sentence: Sentence, hits: list[Hit], full: str, ref: Reference, engagement_type: str) -> bool:
    """Whether every engagement cue of a sentence that says how the leaders engaged says another way than the
    engagement's (a call below a meeting; conversation and medium-open cues say no way): another engagement."""
    said = {
        h.entry.value
        for h in hits
        if sentence.start <= h.start < sentence.end
        and h.entry.kind == "cue"
        and h.entry.value != CONVERSATION
        and not (h.entry.value == "meeting" and _is_medium_open(h, full, ref))
    }
    return bool(said) and engagement_type not in said


def _names_no_medium(typing_cues: list[Hit], full: str, ref: Reference) -> bool:
    """Whether the lead's engagement cues are all medium-open meeting cues (conversation cues aside)."""
    typed = [h for h in typing_cues if h.entry.value != CONVERSATION]
    return bool(typed) and all(h.entry.value == "meeting" and _is_medium_open(h, full, ref) for h in typed)


def _medium_said_next(
    hits: list[Hit], cue_sentences: list[Sentence], after: int, lead_end: int, full: str, ref: Reference
) -> list[str]:
    """The call or video cues of the first later cue sentence with a cue that says more than a
    medium-open one, within ``MEDIUM_LOOKAHEAD`` cue sentences and the page's opening (before
    ``lead_end``: a call a speaker recalls deep in a transcript is no medium), when the lead names the engagement but
    not how it was held: a headline "Erdoğan ile Macron Suriye'yi görüştü" over "telefonda görüştü",
    "Переговоры завершились" over "в формате телемоста". A sentence of plans (a ``not_readout`` cue:
    "will meet", "agreed to talk by phone") or one recalling an earlier engagement ("此前", "last week": the
    language's ``earlier_engagement_words`` anywhere in it) ends the search."""
    for sentence in [s for s in cue_sentences if after <= s.start < lead_end][:MEDIUM_LOOKAHEAD]:
        inside = [h for h in hits if sentence.start <= h.start < sentence.end]
        if any(h.entry.kind == "not_readout" for h in inside) or _recalls_earlier(sentence, full, ref, inside):
            return []
        said = [
            h
            for h in inside
            if h.entry.kind == "cue" and h.entry.value != CONVERSATION and not _is_medium_open(h, full, ref)
        ]
        if said:
            return [h.entry.value for h in said if h.entry.value != "meeting" and not _dated_earlier(h, full, ref)]
    return []


def _video_in_first_words(start: int, hits: list[Hit], full: str, ref: Reference) -> list[str]:
    """A video cue in the first speaker's opening words under a heading that names no medium ("Переговоры с
    ...", then "В.Путин: ... Рад видеть Вас, пусть и по видеосвязи"): the medium of the talks they open. A
    call there is more often one recalled ("we spoke by phone last week"), so only video counts."""
    if start >= len(full):
        return []
    opening = _turn_line(start, full)
    inside = [h for h in hits if opening.start <= h.start < opening.end and h.entry.kind == "cue"]
    video = [h for h in inside if h.entry.value == "video_call" and not _dated_earlier(h, full, ref)]
    return ["video_call"] if video else []


_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")


def _names_an_earlier_year(sentence: str, published: dt.date | None) -> bool:
    """Whether a sentence names a year before the page's ("the State Visit in 2022" on a page of 2024)."""
    return published is not None and any(int(y) < published.year for y in _YEAR.findall(sentence))


def _recalls_earlier(sentence: Sentence, full: str, ref: Reference, inside: list[Hit]) -> bool:
    """Whether a sentence holds one of its language's ``earlier_engagement_words`` anywhere ("此前两国元首曾多次通电话",
    "after their call last week"): its calls are of the past, not the medium of the engagement reported."""
    cue = next((h for h in inside if h.entry.kind == "cue"), None)
    words = language_list(ref.languages.get(cue.entry.language or "") if cue else None, "earlier_engagement_words")
    text = normalise(full[sentence.start : sentence.end])
    return any(word in text for word in words)


def _publishers_non_leader_engaged(
    hits: list[Hit], typing: list[Sentence], participants: dict[str, Candidate], side: str | None
) -> bool:
    """Whether the report's first sentence names a non-leader office-holder (vice-president,
    deputy prime minister) before any leader ("Vice President Harris spoke with the Prime
    Ministers of ...") while no participant is of the publishing side: its deputy engaged."""
    if side is None or any(c.actor_code == side for c in participants.values()):
        return False
    for sentence in typing:
        first = next(
            (h for h in hits if sentence.start <= h.start < sentence.end and h.entry.kind in ENGAGED_PERSON_KINDS), None
        )
        if first is not None and first.entry.kind == "non_leader_title":
            return True
    return False


def _deputys_meeting_of_leaders(
    result: Extraction,
    participants: dict[str, Candidate],
    typing: list[Sentence],
    full: str,
    hits: list[Hit],
    ref: Reference,
) -> bool:
    """Whether the publishing side's deputy met leaders of two other states together, both named after the
    cue ("Vice President Harris met with President Marcos of the Philippines and Prime Minister Kishida of
    Japan"): their meeting too. Not calls, nor meetings the page says were held apart (the language's
    ``successive_words``: "five separate calls")."""
    if result.engagement_type != "meeting" or not _two_sides(participants):
        return False
    profile = ref.languages.get(result.language or "")
    if any(
        word in normalise(full[: max(s.end for s in typing)]) for word in language_list(profile, "successive_words")
    ):
        return False
    for sentence in typing:
        inside = [h for h in hits if sentence.start <= h.start < sentence.end]
        cue = next((h.end for h in inside if h.entry.kind == "cue"), None)
        states = {
            h.entry.value
            for h in inside
            if cue is not None
            and h.start >= cue
            and h.entry.kind == "actor"
            and ref.actors[h.entry.value].kind == "state"
        }
        if len(states & {c.actor_code for c in participants.values()}) >= 2:
            return True
    return False


def _official_counterpart(
    hits: list[Hit], typing: list[Sentence], found: list[list[Candidate]], full: str, ref: Reference
) -> bool:
    """Whether the engagement's lead (the title and the body's first cue sentence) names leaders of
    one side only, beside an office-holder who is no leader (a foreign minister, a speaker of
    parliament, a governor-general, an envoy: the language's ``non_leader_titles``): a leader met an
    official ("Putin met Chinese Foreign Minister Wang Yi"), and a leader the text goes on to name
    (the official's president, whose invitation was accepted) took no part."""
    sides = [{c.actor_code for c in candidates} for candidates in found]
    people = [h for h in hits if h.entry.kind in ENGAGED_PERSON_KINDS]
    if _official_meets_leaders(typing[-1], people, hits, ref):
        return True  # "美国总统候选人奥巴马会见以色列和巴勒斯坦领导人": each met the official, not each other
    if not any(sides) or any(len(named) >= 2 for named in sides):
        return False  # two sides met, or the lead names none ("Thank you for meeting with me and ...")
    for sentence in typing:
        inside = [h for h in people if sentence.start <= h.start < sentence.end]
        for before, hit in zip([None, *inside], inside, strict=False):
            joined = before is not None and hit.start - before.end <= _JOINED_TITLE_GAP
            joined = joined and "," not in full[before.end : hit.start]  # "Phuc, Deputy Prime Minister": his own
            if hit.entry.kind == "non_leader_title" and not joined:
                return True  # (a title right after a leader's is of their company: "总统暨夫人", "X 여사")
    return False


_JOINED_TITLE_GAP = 3


def _official_meets_leaders(sentence: Sentence, people: list[Hit], hits: list[Hit], ref: Reference) -> bool:
    """Whether a sentence's subject, before its first engagement cue, is an office-holder who is no
    leader, no leader is named before the cue and none named after it, and the cue's object is of two
    states or more ("美国国务卿赖斯会见以色列和巴勒斯坦领导人", "Rice met Israeli and Palestinian leaders"):
    the leaders the next sentences name each met the official, not each other."""
    inside = [h for h in hits if sentence.start <= h.start < sentence.end]
    if not _official_subject(inside):
        return False
    cue = next(h.start for h in inside if h.entry.kind == "cue")
    before = [h for h in people if sentence.start <= h.start < cue]
    # the official's own name may follow the office ("总统候选人奥巴马": a leader only later)
    named = [h for prev, h in zip(before, before[1:], strict=False) if h.start - prev.end > _JOINED_TITLE_GAP]
    if not all(h.entry.kind == "non_leader_title" for h in named):
        return False
    after = [h for h in inside if h.start > cue]
    states = {h.entry.value for h in after if h.entry.kind == "actor" and ref.actors[h.entry.value].kind == "state"}
    return len(states) >= 2 and not any(h.entry.kind in ("leader", "title") for h in after)


_LABEL_CLOSERS = ("】", "]", "］", "〕")


_QUESTION_LABEL = re.compile(r"(?m)^[^\S\n]*(?:Q|Question)[^\S\n]*[:：]")


def _lone_speakers_counterparts(
    speakers: list[Candidate],
    turns: list[tuple[int, Candidate]],
    hits: list[Hit],
    full: str,
    ref: Reference,
    day: dt.date | None,
    leaders_in: Callable[..., list[Candidate]],
    publisher: str | None,
    side: str | None,
    greeting_phrases: list[str] | None = None,
    spans: Spans = (),
) -> list[Candidate]:
    """Whom a transcript's lone speaker (every speaker of one side) met, from the speakers' turns
    (``speaker_turns``, computed once by the caller): the leaders he addresses in his first turn
    ("PRESIDENT BIDEN: Well, President Xi, it's good to see you"); given the language's
    ``greeting_phrases``, only when that turn holds one ("Mrs Chancellor, allow me to wish you a
    warm welcome to Moscow"), and then the first of them only, the guest.
    Failing that, for one speaker, the holder of the office he addresses by title
    (``_addressed_by_title``; on an undated page, the one holder in office within ``spans``)."""
    if not turns or len({c.actor_code for c in speakers}) != 1:
        return []
    if _QUESTION_LABEL.search(full, 0, turns[0][0]):
        return []  # his first words answer a question ("Q: ... President Lai: ..."): an interview, no one met
    if any(h.entry.kind == "non_leader_title" and h.start < turns[0][0] and labels_a_speaker(h, full) for h in hits):
        return []  # he answers an official who spoke first ("VICE PRESIDENT HARRIS: ..."): that official was met
    if (
        side is not None
        and speakers[0].actor_code != side
        and any(h.entry.kind == "non_leader_title" and labels_a_speaker(h, full) for h in hits)
    ):
        return []  # a guest on the host's page, whose official speaks too: that official, no leader, was met
    addressed: list[Candidate] = []
    if greeting_phrases is None or _greets(turns[0][0], full, greeting_phrases):
        addressed = _addressed_in_first_turn(turns[0], hits, full, ref, day, leaders_in, publisher)
        addressed = addressed[:1] if greeting_phrases is not None else addressed
    if addressed or len(speakers) != 1:
        return addressed
    by_title = _addressed_by_title(speakers[0], turns, hits, full, ref, day, side, spans)
    if (
        by_title is None
        and side is not None
        and side != speakers[0].actor_code
        and _greets(turns[0][0], full, _phrases_of_hits_languages(hits, ref, "greeting_phrases"))
    ):
        # a guest greeting his host on the host's side's page ("С.Абэ: Очень рад Вас видеть" on kremlin.ru)
        host = _office_holder(ref, ref.leading_office(side), side, day, spans)
        by_title = Candidate.of(host) if host is not None else None
    return [by_title] if by_title is not None else []


def _opens_with_words_spoken(turns: list[tuple[int, Candidate]], first_cue: Sentence, full: str) -> bool:
    """Whether the page is a transcript from its first report of an engagement back: a speaker's
    turn comes before it, with no blank line between (a headline quoting a leader, "Hollande:
    “...”", stands apart from the report below it)."""
    if not turns or turns[0][0] >= first_cue.start:
        return False
    between = full[turns[0][0] : first_cue.start]
    return _BLANK_LINE.search(between) is None


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def _exchange_before_any_report(
    turns: list[tuple[int, Candidate]],
    speakers: list[Candidate],
    first_cue: Sentence,
    named_otherwise: set[str],
    full: str,
) -> bool:
    """Whether the page is a transcript of leaders of two sides or more speaking to each other that
    opens before any sentence reporting an engagement ("Д.Коидзуми: ... В.Путин: ... Д.Коидзуми: Только что
    я встретился с канцлером ..."): the engagements its speakers tell of are not the one it records."""
    sides = {c.actor_code for c in speakers if c.key not in named_otherwise}
    return len(sides) >= 2 and _opens_with_words_spoken(turns, first_cue, full)


def _month_of(month: str | None) -> Spans:
    """The span of a month given as "YYYY-MM", or of a year as "YYYY" (a publication known only to
    the month or the year): an undated page's titles mean whoever held the office then."""
    if month is not None and len(month) == len("YYYY"):
        return ((dt.date(int(month), 1, 1), dt.date(int(month) + 1, 1, 1)),)
    last = month_end(month)
    return ((last.replace(day=1), last + dt.timedelta(days=1)),) if last is not None else ()


def _addressed_in_first_turn(
    turn: tuple[int, Candidate],
    hits: list[Hit],
    full: str,
    ref: Reference,
    day: dt.date | None,
    leaders_in: Callable[..., list[Candidate]],
    publisher: str | None,
) -> list[Candidate]:
    """The leaders of another side named in a speaker's turn (its line; after a label on a line of its
    own, "【安倍総理冒頭発言】", "В.Путин:", the next line), before any word of plans in it."""
    speaker = turn[1]
    line = _turn_line(turn[0], full)
    # up to the first word of plans: "Сейчас у нас состоится беседа, ... завтра ... в присутствии ... Меркель"
    plans = [h.start for h in hits if h.entry.kind == "not_readout" and line.start <= h.start < line.end]
    found = leaders_in(hits, Sentence(line.start, min([*plans, line.end])), full, ref, day, publisher)
    return [c for c in found if c.key != speaker.key and c.actor_code != speaker.actor_code]


def _greets(start: int, full: str, greeting_phrases: list[str]) -> bool:
    """Whether the turn from ``start`` (``_turn_line``) holds one of a language's ``greeting_phrases``."""
    turn = _turn_line(start, full)
    line = normalise(full[turn.start : turn.end])
    return any(normalise(p) in line for p in greeting_phrases)


def _turn_line(start: int, full: str) -> Sentence:
    """The line a speaker's label at ``start`` opens; after a label on a line of its own
    ("【安倍総理冒頭発言】", "В.Путин:"), the next line."""
    end = full.find("\n", start)
    if end >= 0 and full[start:end].rstrip().endswith((*_LABEL_CLOSERS, ":", "：")):
        start, end = end + 1, full.find("\n", end + 1)
    return Sentence(start, end if end >= 0 else len(full))


ADDRESS_GAP_CHARS = 2
ADDRESSEE_STATE_MIN_MENTIONS = 2
ADDRESS_WINDOW_CHARS = 400
BILATERAL_MAX_STATES = 3


def _addressed_by_title(
    speaker: Candidate,
    turns: list[tuple[int, Candidate]],
    hits: list[Hit],
    full: str,
    ref: Reference,
    day: dt.date | None,
    side: str | None,
    spans: Spans = (),
) -> Candidate | None:
    """The leader a lone speaker of a transcript addresses by title ("Искренне приветствую Вас,
    господин Президент", "Mr President", "总统先生"; the language's ``address_words`` before a title
    or ``address_suffixes`` after it), or, a host on his own side's page, speaks of by a bare title
    ("I thank the Federal Chancellor for accepting the invitation"): the
    holder of that office of the publishing side when the speaker is of another side, else of the
    foreign state the text names most often."""
    own = [start for start, c in turns if c.key == speaker.key]
    if not own:
        return None
    opening = own[0] + ADDRESS_WINDOW_CHARS  # a bilateral exchange opens by addressing the guest
    if _first_address_to_no_leader(own[0], opening, hits, full, ref):
        return None  # "Уважаемая госпожа Министр": the guest is an official; the titles he speaks of are others'
    office = _office_addressed(own[0], opening, hits, full, ref)
    addressed = office is not None
    if office is None and side is not None and side == speaker.actor_code:  # the host speaks of his guest
        office = next(
            (h.entry.value for i, h in _titles_between(own[0], opening, hits, full, ref) if _bare_title(i, hits, full)),
            None,
        )
    if office is None:
        return None
    mentions = Counter(
        h.entry.value
        for h in hits
        if h.entry.kind == "actor"
        and h.entry.value != speaker.actor_code
        and h.entry.value in ref.actors
        and ref.actors[h.entry.value].kind == "state"
    )
    if len(mentions) > BILATERAL_MAX_STATES:
        return None  # a speech to a summit or an assembly ("Mr. President" of the General Assembly)
    if side is not None and side != speaker.actor_code:
        actor = side
    else:
        states = mentions.most_common(2)
        tied = len(states) > 1 and states[1][1] == states[0][1]
        # a host on his own side's page, addressing the guest, naming one foreign state only, once ("господин
        # Президент ... между Россией и Германией"): the guest's
        alone = addressed and len(states) == 1 and side is not None and side == speaker.actor_code
        if not states or (states[0][1] < ADDRESSEE_STATE_MIN_MENTIONS and not alone) or tied:
            return None
        actor = states[0][0]
    holder = _office_holder(ref, office, actor, day, spans)
    return Candidate.of(holder) if holder is not None else None


BARE_TITLE_GAP_CHARS = 3
NEAR_ACTOR_CHARS = 9


def _bare_title(i: int, hits: list[Hit], full: str) -> bool:
    """Whether the title ``hits[i]`` stands with no state or name next to it ("the Chancellor",
    not "the German Chancellor", "Chancellor Schröder", "Chancellor of Austria")."""
    title = hits[i]
    before = hits[i - 1] if i else None
    after = hits[i + 1] if i + 1 < len(hits) else None
    return not (
        (
            before is not None
            and before.entry.kind in ("actor", "leader")
            and title.start - before.end <= BARE_TITLE_GAP_CHARS
        )
        or (
            after is not None
            and after.entry.kind in ("actor", "leader")
            and after.start - title.end <= NEAR_ACTOR_CHARS
        )
    )


def _words_to_a_leader_present(
    turns: list[tuple[int, Candidate]], first_cue: Sentence, hits: list[Hit], full: str, ref: Reference
) -> bool:
    """Whether the page is a transcript opening, before any report, on the words of one side's speakers,
    the first of them addressing a leader by title or as a monarch ("Ж.Ширак: Господин Президент, ...
    принять Вас здесь"): the words are spoken at the meeting, so the talks they say are about to begin
    ("Сейчас у нас состоится беседа") are its own course, not an engagement announced."""
    if not _opens_with_words_spoken(turns, first_cue, full) or len({c.actor_code for _, c in turns}) != 1:
        return False
    start = turns[0][0]
    end = start + ADDRESS_WINDOW_CHARS
    if _first_address_to_no_leader(start, end, hits, full, ref):
        return False
    return _office_addressed(start, end, hits, full, ref) is not None


def _titles_between(start: int, end: int, hits: list[Hit], full: str, ref: Reference) -> list[tuple[int, Hit]]:
    """(index, hit) of the leaders' titles after ``start`` and before ``end``, each whole (not the head of a
    longer title)."""
    return [
        (i, h)
        for i, h in enumerate(hits)
        if start < h.start < end and h.entry.kind == "title" and not heads_a_longer_title(i, hits, full, ref)
    ]


def _office_addressed(start: int, end: int, hits: list[Hit], full: str, ref: Reference) -> str | None:
    """The office a speaker's opening words address: the first title said to its holder ("господин
    Президент", "Mr. President"), else a monarch's ("Ваше Высочество, позвольте мне Вас сердечно
    поприветствовать")."""
    office = next(
        (h.entry.value for _, h in _titles_between(start, end, hits, full, ref) if _is_address(h, full, ref)), None
    )
    if office is None and _addresses_a_monarch(start, end, hits, full, ref):
        return "monarch"
    return office


def _phrases_of_hits_languages(hits: list[Hit], ref: Reference, key: str) -> list[str]:
    """The phrases of a language key in every language the page's phrases were found in."""
    languages = {h.entry.language for h in hits if h.entry.language}
    return [p for code in sorted(languages) if code in ref.languages for p in language_list(ref.languages[code], key)]


def _addresses_a_monarch(start: int, end: int, hits: list[Hit], full: str, ref: Reference) -> bool:
    """Whether ``full[start:end]`` (a speaker's opening) holds one of the language's
    ``monarch_address_phrases`` ("Ваше Высочество", "Your Majesty"): he speaks to a reigning monarch."""
    opening = normalise(full[start:end])
    return any(normalise(p) in opening for p in _phrases_of_hits_languages(hits, ref, "monarch_address_phrases"))


def _first_address_to_no_leader(start: int, end: int, hits: list[Hit], full: str, ref: Reference) -> bool:
    """Whether the first word of address in ``full[start:end]`` (the language's ``address_words``:
    "Уважаемая госпожа Министр", "Mr. Secretary") is followed by no leader's title or name."""
    words = _phrases_of_hits_languages(hits, ref, "address_words")
    if not words:
        return False
    match = _address_words_pattern(tuple(words)).search(full, start, end)
    if match is None:
        return False
    following = full[match.end() : match.end() + ADDRESS_GAP_CHARS + 1]
    at = match.end() + len(following) - len(following.lstrip())
    return not any(h.start == at and h.entry.kind in ("title", "leader") for h in hits)


@functools.lru_cache(maxsize=64)  # one per set of page languages
def _address_words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the words of address, whole, the longest first ("mr." before "mr")."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _is_address(title: Hit, full: str, ref: Reference) -> bool:
    """Whether a title is said to its holder ("господин Президент", "Mr. President", "总统先生")."""
    profile = ref.languages.get(title.entry.language or "")
    if profile is None:
        return False
    window = full[max(0, title.start - 24) : title.start]
    before = normalise(window).rstrip()
    gap = len(window) - len(window.rstrip())
    if gap <= ADDRESS_GAP_CHARS and any(
        before == word or before.endswith((" " + word, "\n" + word, "," + word, "!" + word))
        for word in profile.data.get("address_words", [])
    ):
        return True
    after = normalise(full[title.end : title.end + 4])
    return any(after.startswith(suffix) for suffix in profile.data.get("address_suffixes", []))


PARTICIPANT_LISTS = 2


def _participant_lists(sentences: list[Sentence], full: str, hits: list[Hit]) -> list[Sentence]:
    """Sentences that list who took part (a hit of the language's ``participant_list_cues``:
    "Participants in the call included ...", "В разговоре приняли участие ..."): every leader they
    name took part."""
    starts = [h.start for h in hits if h.entry.kind == "participant_list"]
    if not starts:
        return []
    found = []
    for k, sentence in enumerate(sentences):
        if _any_between(starts, sentence.start, sentence.end):
            end = sentence.end
            bulleted = full[sentence.start : sentence.end].rstrip().endswith(":")
            for following in sentences[k + 1 :]:  # a list wrapped over lines ("..., President\nEmmanuel Macron")
                # ... or set out one item a line under a colon ("were the following leaders:\n\n-   Bulgarian ...")
                item = bulleted and full[following.start : following.end].lstrip().startswith(_LIST_BULLETS)
                if not item and (full[end - 1 : end] in _LIST_ENDS or full[end : following.start] != "\n"):
                    break
                end = following.end
            found.append(Sentence(sentence.start, end))
            if len(found) == PARTICIPANT_LISTS:
                break
    return found


_LIST_ENDS = frozenset(".!?。！？")
_LIST_BULLETS = ("-", "*", "•", "·")


CALL_OBJECT_MAX_WORDS = 3
MEETING_OBJECT_MAX_WORDS = 5
_CLAUSE_ENDS = (".", ";", ":", "。", "?", "!")


def _with_person_objects(hits: list[Hit], full: str, ref: Reference) -> list[Hit]:
    """The hits without the call cues that report an engagement only with a person as their
    direct object (the language's ``cues_before_a_person``: "called" in "President Obama called
    His Majesty King Abdullah", not in "called for calm"; "llamó al presidente", not "llamó a la
    calma"), when no leader, title or counterpart follows them, through the language's
    ``object_articles``, capitalised honorifics and state words ("called French President Macron")
    at most; meeting verbs ("hosted Prime Minister X", not "welcomed the agreement") reach their
    person through any few words of the clause or take one of the language's ``object_pronouns``
    ("welcomed him")."""
    dropped = {
        i
        for i, hit in enumerate(hits)
        if hit.entry.kind == "cue" and not _has_person_object(hit, hits, i + 1, full, ref)
    }
    return [hit for i, hit in enumerate(hits) if i not in dropped] if dropped else hits


def _meets_a_person_if_a_verb(cue: Hit, hits: list[Hit], following: int, full: str, ref: Reference) -> bool:
    """Whether a later sentence's meeting verb (the language's ``further_meeting_verbs``: "met with", "visited") has a
    leader, a title or a counterpart for its object: "I also met with warriors of the special unit", "Today I visited
    the Vlasenko family" in an address tell of the speaker's other doings, not of how the reported call was held."""
    profile = ref.languages.get(cue.entry.language or "")
    if normalise(full[cue.start : cue.end]) not in normalised_list(profile, "further_meeting_verbs"):
        return True
    return _has_person_object(cue, hits, following, full, ref, needing=True)


def _has_person_object(
    cue: Hit, hits: list[Hit], following: int, full: str, ref: Reference, needing: bool = False
) -> bool:
    profile = ref.languages.get(cue.entry.language or "")
    said = normalise(full[cue.start : cue.end])
    gaps = interposed_regex(profile)
    if gaps is not None:  # a cue read across a gap is the cue without it ("llamó este viernes a": "llamó a")
        said = gaps.sub("", said)
    if said in language_list(profile, "cues_before_a_marked_person"):
        return _marked_person_follows(cue, hits, following, full, profile)
    if said in language_list(profile, "cues_before_a_second_person"):
        return _second_person_follows(cue, hits, following, full)
    if said in language_list(profile, "cues_after_a_person"):
        return _person_right_before(cue, hits, following, full)
    if not needing and said not in language_list(profile, "cues_before_a_person"):
        return True
    if cue.entry.value == "meeting":  # "welcomed him", "принял его"
        after = normalise(full[cue.end : cue.end + 12]).split()
        if after and after[0].strip(".,;") in language_list(profile, "object_pronouns"):
            return True
    at = next((j for j in range(following, len(hits)) if hits[j].entry.kind not in ("topic", "actor")), None)
    person = hits[at] if at is not None else None
    if person is None or person.entry.kind not in ("leader", "title", "counterpart"):
        return False
    between = full[cue.end : person.start]
    words = between.split()
    if cue.entry.value == "meeting":
        # a meeting verb reaches its person through a passive's agent, a place, an epithet or a
        # meal ("was welcomed by", "received in the Kremlin", "hosted visiting", "hosted a dinner
        # for"): any few words of the same clause
        if len(words) > MEETING_OBJECT_MAX_WORDS or any(mark in between for mark in _CLAUSE_ENDS):
            return False
    else:  # a call verb takes its person as its object: articles and capitalised honorifics at most,
        # past the language's day words put before the object ("a appelé hier le président")
        # ... and the words the language lets stand between a caller verb and the called ("called newly minted Prime
        # Minister X": its ``party_gap_words``)
        articles = {*language_list(profile, "object_articles"), *language_list(profile, "party_gap_words")}
        days = profile.relative_day_words | set(profile.weekday_numbers) if profile is not None else frozenset()
        words = [w for w in words if w.lower().strip(",") not in days]  # ... or a weekday ("a appelé vendredi X")
        if not (len(words) <= CALL_OBJECT_MAX_WORDS and all(w[:1].isupper() or w.lower() in articles for w in words)):
            return False
    end = person.end  # the person's phrase: a title and the name right after it
    for hit in hits[at + 1 : at + 3]:
        if hit.entry.kind not in ("leader", "title") or full[end : hit.start].strip():
            break
        end = hit.end
    possessive = language_list(profile, "possessive_endings")  # "welcomed President Erdogan's efforts"
    if any(normalise(full[end : end + len(p)]) == p for p in possessive):
        return False
    if cue.entry.value != "meeting":  # "called Putin his great friend": a verb of naming, no call
        following_words = normalise(full[end : end + 16]).split()
        return not (following_words and following_words[0] in language_list(profile, "naming_pronouns"))
    return True


_INITIAL = re.compile(r"(?<!\S)\w\.")  # a name's initial ("Joseph R. Biden"): no clause end


def _marked_person_follows(
    cue: Hit, hits: list[Hit], following: int, full: str, profile: LanguageProfile | None
) -> bool:
    """Whether a verb of the language's ``cues_before_a_marked_person`` has a person as its object,
    written with one of the language's ``object_prefixes`` joined to the title or counterpart word
    within a few words of the same clause: Arabic "رحب الرئيس بايدن بالرئيس الإسرائيلي" (welcomed
    the Israeli president), not "رحب الرئيس بايدن بالاتفاق" (welcomed the agreement) nor
    "رحب الرئيس عباس بتصريحات الرئيس بايدن" (welcomed the president's remarks). The verb's own
    subject, which comes between them in a verb-first clause, is no object."""
    prefixes = language_list(profile, "object_prefixes")
    for hit in hits[following:]:
        between = _INITIAL.sub(" ", full[cue.end : hit.start])
        if len(between.split()) > MEETING_OBJECT_MAX_WORDS or any(mark in between for mark in _CLAUSE_ENDS):
            return False
        said = normalise(full[hit.start : hit.end])
        if hit.entry.kind in ("title", "counterpart") and any(said.startswith(p) for p in prefixes):
            return True
    return False


_CASE_ENDING = re.compile(r"^['’][^\W\d_]*")  # a name's case ending after an apostrophe ("Putin'i")


def _person_right_before(cue: Hit, hits: list[Hit], following: int, full: str) -> bool:
    """Whether a verb of the language's ``cues_after_a_person`` has a person as its object right
    before it, as a verb-final clause puts it: the leader, title or counterpart word closest before
    the verb (state words passed over), its case ending and one word between at most (Turkish
    "Putin'i aradı", "Putin'i telefonla arayarak"; not "çözüm aradı", "bir çıkış yolu arayarak")."""
    before = next(
        (hits[j] for j in range(following - 2, -1, -1) if hits[j].entry.kind != "actor"),
        None,
    )
    if before is None or before.entry.kind not in ("leader", "title", "counterpart"):
        return False
    gap = _CASE_ENDING.sub("", full[before.end : cue.start].strip())
    return len(gap.split()) <= 1 and not any(mark in gap for mark in (*_CLAUSE_ENDS, ","))


SECOND_PERSON_GAP_WORDS = 3  # words between a verb-first clause's verb, its subject and its object at most


def _second_person_follows(cue: Hit, hits: list[Hit], following: int, full: str) -> bool:
    """Whether a verb of the language's ``cues_before_a_second_person`` is followed, in its
    clause, by two person phrases a few words apart: its subject and then its object, as a
    verb-first clause orders them (Arabic "استضاف الرئيس بايدن رئيس الوزراء الياباني", "هاتف
    الرئيس أوباما حيدر العبادي"), not a subject alone ("استضاف الرئيس بايدن حفل عشاء"). A title
    or counterpart word opens a person phrase, and so does a leader's name after a name; a name
    after its title, and a state word, continue one."""
    phrases = 0
    last = cue.end
    previous_kind = None
    for hit in hits[following:]:
        kind = hit.entry.kind
        gap = _INITIAL.sub(" ", full[last : hit.start])
        if any(mark in gap for mark in _CLAUSE_ENDS) or len(gap.split()) > SECOND_PERSON_GAP_WORDS:
            return False
        if kind in ("title", "counterpart") or (kind == "leader" and previous_kind in (None, "leader")):
            phrases += 1
            if phrases == 2:
                return True
        elif kind != "actor" and kind != "leader":
            return False
        if kind != "actor":
            previous_kind = kind
        last = hit.end
    return False


def _engaged_in_first_sentence(
    first: list[list[Candidate]], side: str | None, named_otherwise: set[str]
) -> dict[str, Candidate]:
    """The leaders of the engagement sentence, when they make two sides: those it names, and the
    publishing side's own leader it designates by a bare title ("The Prime Minister spoke with
    Ukrainian President Zelenskyy" on a page of the UK government; "Videokonferenz der
    Bundeskanzlerin und des französischen Präsidenten mit dem russischen Präsidenten"), when the page
    itself says who published it. Leaders named only in later sentences ("the Putin regime") are
    then mentions."""
    found = [c for tier in first for c in tier if c.key not in named_otherwise]
    chosen = {c.key: c for c in found if not c.weak}
    for candidate in found:
        own_side = candidate.weak and side is not None and candidate.actor_code == side
        if own_side and not any(c.actor_code == side for c in chosen.values()):
            chosen.setdefault(candidate.key, candidate)
    one_per_side = len({c.actor_code for c in chosen.values()}) == len(chosen)
    if not one_per_side or not all(c.verified for c in chosen.values()):
        return {}  # two leaders of one side, or a name the reference lacks: the rules of every tier decide
    return chosen if _two_sides(chosen) else {}


def _meeting_heading(doc: ParsedDocument, profile: LanguageProfile | None) -> list[str]:
    """["meeting"] when the page's title opens with one of its language's ``meeting_headings``, a heading
    that names a talk held in person without saying so ("Conversation with President of Tajikistan ...",
    the Kremlin's English for "Беседа с ..."; its calls are "Telephone conversation with ...")."""
    headings = language_list(profile, "meeting_headings")
    title = (doc.title or "").lower()
    return ["meeting"] if headings and title.startswith(tuple(headings)) else []


def _title_opens_with_engagement(doc: ParsedDocument, hits: list[Hit], full: str) -> bool:
    """Whether the page's title names its engagement before anyone ("Telephone conversation with
    President of Belarus Alexander Lukashenko", "Meeting with ..."): a title with no subject, whose
    subject is the publishing side's own leader; so is a title whose engagement only a compound of
    states' adjectives qualifies ("Российско-китайские переговоры"). A text
    file's title is its first line when that is a heading (no closing mark) over a date line rather
    than a blank one."""
    title = doc.title or full.split("\n", 1)[0]
    if not title or (not doc.title and (len(title) > HEADING_MAX_CHARS or _SENTENCE_END.search(title))):
        return False
    opening = [h for h in hits if h.start < len(title) and h.entry.kind in _TITLE_OPENING_KINDS]
    first = next(iter(opening), None)
    if first is not None and first.entry.kind == "cue":
        return not title[: first.start].strip()
    cue = next((h for h in opening if h.entry.kind == "cue"), None)
    if cue is None or any(h.entry.kind != "actor" for h in opening if h.start < cue.start):
        return False
    rest = title[: cue.start]
    for hit in reversed([h for h in opening if h.start < cue.start]):
        rest = rest[: hit.start] + rest[hit.end :]
    return _STATES_COMPOUND_REST.fullmatch(rest) is not None


# what a title's compound of states' adjectives leaves once its states are taken out: "Российско-" (a
# prefix form no phrase table holds), hyphens and spaces
_STATES_COMPOUND_REST = re.compile(r"\s*(?:[^\W\d_]+-)?[\s-]*")


HEADING_MAX_CHARS = 160  # as long as a text file's first line taken for its title when parsed


_TITLE_OPENING_KINDS = frozenset({"cue", "leader", "title", "actor", "non_leader_title", "counterpart"})


def _paired_in_first_sentence(
    sentence: Sentence, hits: list[Hit], full: str, profile: LanguageProfile | None, ref: Reference, day: dt.date | None
) -> list[Candidate]:
    """The leaders a compound of states' initials names as the first engagement sentence's subject
    ("日米首脳は5日、電話会談を行い", "한미 정상은 통화했다") when it is the sentence's only mention of
    people (no leader, title or official named there) and no engagement noun follows it ("日露首脳会談
    等へ同席しました": the name of a meeting someone else attended), unless the language's
    ``held_predicates`` say right after that noun that it took place ("中美元首视频会晤15日举行")."""
    found, (start, end) = paired_state_leaders(full[sentence.start : sentence.end], profile, ref, day)
    start, end = sentence.start + start, sentence.start + end
    if not found:  # "日・ウルグアイ首脳会談": one state's initial sign beside the other's full name
        found, (start, end) = dotted_state_pair_leaders(sentence.start, sentence.end, hits, full, profile, ref, day)
    inside = [h for h in hits if sentence.start <= h.start < sentence.end and not start <= h.start < end]
    if not found or any(h.entry.kind in ENGAGED_PERSON_KINDS for h in inside):
        return []
    named = next((h for h in hits if h.entry.kind == "cue" and h.start <= end + 1 and h.end > end), None)
    # a heading of its own line ("日米首脳会談概要" over the report) names the page's engagement, held
    if named is not None and not _is_heading(full, sentence):
        rest = full[named.end : min(sentence.end, named.end + HELD_PREDICATE_CHARS)]
        if not any(p in rest for p in language_list(profile, "held_predicates")):
            return []
    return found


HELD_PREDICATE_CHARS = 20  # a day, a time and a place between the name and "held" ("이 15일 워싱턴에서 열렸다")


def _on_a_government_site(doc: ParsedDocument, ref: Reference) -> bool:
    """Whether the page's address is a government's own site (kremlin.ru, www.gov.uk, mofa.go.jp): a
    subjectless title there speaks for its head; a news agency's ("Visite d'État de X", AFP) does not."""
    return bool(doc.url) and address_actor(doc.url, ref, government_only=True) is not None


def _with_the_sites_own_leader(
    participants: dict[str, Candidate],
    titled: list[Candidate],
    doc: ParsedDocument,
    hits: list[Hit],
    full: str,
    ref: Reference,
    day: dt.date | None,
    result: Extraction,
) -> dict[str, Candidate]:
    """A government site's subjectless title naming the other side's leaders ("Telephone conversation with President
    of Belarus Alexander Lukashenko", "Telephone conversation with Olaf Scholz and Emmanuel Macron" on kremlin.ru):
    those leaders and the site's own leader took part, before any leader a later sentence names ("... spoke about
    his telephone conversation with Angela Merkel")."""
    named = {c.key: c for c in titled if not c.weak}
    side = result.publisher_actor_code
    if (
        not named
        or side is None
        or not doc.title
        or any(c.actor_code == side for c in named.values())
        or not set(participants) <= set(named)
        or not _title_opens_with_engagement(doc, hits, full)
        or not _on_a_leaders_site(doc, ref)
    ):
        return participants
    seeded = _with_publishers_leader({**named, **participants}, side, ref, day)
    return seeded if _two_sides(seeded) else participants


def _on_a_leaders_site(doc: ParsedDocument, ref: Reference) -> bool:
    """Whether the page's address is a government's own host (a label of ``government_host_labels`` before its
    top-level domain: kremlin.ru, president.gov.ua, mofa.go.jp), not a state broadcaster's (darivoa.com speaks for
    the United States, but its headlines do not speak for the US president)."""
    if not doc.url or not _on_a_government_site(doc, ref):
        return False
    host = urllib.parse.urlsplit(doc.url if "//" in doc.url else f"//{doc.url}").hostname or ""
    return not ref.government_host_labels.isdisjoint(host.split(".")[:-1])


def _with_publishers_leader(
    participants: dict[str, Candidate], publisher: str | None, ref: Reference, day: dt.date | None
) -> dict[str, Candidate]:
    """The one leader a subjectless title names, joined by the holder of the publishing side's
    leading office on the day (``Reference.leading_office``: Russia's president on kremlin.ru)."""
    if publisher is None or day is None or any(c.actor_code == publisher for c in participants.values()):
        return participants
    own = _office_holder(ref, ref.leading_office(publisher), publisher, day)
    if own is None:
        return participants
    return {**participants, own.person_id: Candidate.of(own)}


def _with_body_lead(
    participants: dict[str, Candidate], body_lead: list[Candidate], named_otherwise: set[str], side: str | None
) -> dict[str, Candidate]:
    """The title's leaders, joined by the publishing side's own leader when the body's first cue
    sentence names them beside every one of the title's ("Telephone conversation with Angela Merkel
    and Francois Hollande" / "Vladimir Putin had a telephone conversation with ... Merkel and ...
    Hollande": the page's own leader, left out of its title, took part too)."""
    keys = {c.key for c in body_lead}
    if side is None or not set(participants) <= keys:
        return participants
    sides = {c.actor_code for c in participants.values()}
    joined = dict(participants)
    for candidate in body_lead:
        if candidate.weak or not candidate.verified or candidate.key in named_otherwise:
            continue
        if candidate.actor_code == side and side not in sides:
            joined.setdefault(candidate.key, candidate)
            sides.add(side)
    return joined


# Arabic-script vowel marks and the stretching tatweel (سيُجري, اتصالاً, لقـاء): optional in writing, so a
# phrase is listed without them and the text read without them
_ARABIC_OPTIONAL_MARKS = re.compile("[\u064b-\u0652\u0640]")


def without_arabic_marks(text: str) -> str:
    """The text without Arabic-script vowel marks and tatweel ("سيُجري" reads as "سيجري")."""
    return _ARABIC_OPTIONAL_MARKS.sub("", text)


@functools.lru_cache(maxsize=32)  # one per language profile of a load
def _reading_glosses(profile: LanguageProfile | None) -> re.Pattern[str] | None:
    """The language's ``reading_glosses``: a reading a page sets after a sign ("會(huì)晤", "國(guó)務(wù)院"
    on pages converted from another script with their pinyin), removed before the text is read."""
    pattern = profile.data.get("reading_glosses") if profile is not None else None
    return re.compile(pattern) if pattern else None


# no-break, thin and other fixed-width spaces, one for one: "President von der\u00a0Leyen" in a title
_ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f]")


def _read(doc: ParsedDocument, ref: Reference) -> Extraction:
    if doc.rejected_reason:
        return rejected_extraction(doc, doc.rejected_reason)
    original_title, original_chars = doc.title, len(doc.text)
    if doc.title and _ODD_SPACES.search(doc.title):  # the body's were made plain spaces when it was parsed
        doc = dataclasses.replace(doc, title=_ODD_SPACES.sub(" ", doc.title))
    if _ARABIC_OPTIONAL_MARKS.search(doc.text) or (doc.title and _ARABIC_OPTIONAL_MARKS.search(doc.title)):
        title = without_arabic_marks(doc.title) if doc.title else doc.title
        doc = dataclasses.replace(doc, text=without_arabic_marks(doc.text), title=title)
    profile = ref.languages.get(doc.language_hint or "")
    glosses = _reading_glosses(profile)
    if glosses is not None and (glosses.search(doc.text) or (doc.title and glosses.search(doc.title))):
        title = glosses.sub("", doc.title) if doc.title else doc.title
        doc = dataclasses.replace(doc, text=glosses.sub("", doc.text), title=title)
    converted = False
    if profile is not None and profile.data.get("script_conversion"):
        text = to_common_script(doc.text, profile)
        title = to_common_script(doc.title, profile) if doc.title else doc.title
        converted = text != doc.text or title != doc.title
        doc = dataclasses.replace(doc, text=text, title=title)
    full = f"{doc.title}\n{doc.text}" if doc.title else doc.text
    language = doc.language_hint
    hits = with_elect_titles(_with_person_objects(scan(unwrapped(full, full), ref, language), full, ref), full, ref)
    hits = without_name_glosses(with_former_titles(hits, full, ref), full)
    hits = without_principals_of_officials(without_fathers_in_patronymics(hits, full, ref), full, ref)
    hits = without_institution_words(without_states_of_organisations(hits, full, ref), full, ref)
    result = Extraction(
        doc_key=doc.doc_key,
        outcome="not_readout",
        reason=None,
        language=language,
        source_name=doc.source_name or _source_name(full, hits),
        published_date=doc.published_date,
        title=original_title,
        text_chars=original_chars,
        extractor_version=EXTRACTOR_VERSION,
    )
    result.topics = sorted({h.entry.value for h in hits if h.entry.kind == "topic"})
    result.mentioned_actors = sorted({h.entry.value for h in hits if h.entry.kind == "actor"})
    result.figures = find_figures(doc.text, language, ref)
    result.publisher_actor_code = publishing_side(doc, result.source_name, full, hits, ref)

    sentences = split_sentences(full, ref)
    cue_starts = [h.start for h in hits if h.entry.kind == "cue"]
    all_cue_sentences = _once_each([s for s in sentences if _any_between(cue_starts, s.start, s.end)], full)
    cue_sentences = all_cue_sentences[:MAX_CUE_SENTENCES]
    if cue_starts and all(_names_a_statement(h, full, ref) for h in hits if h.entry.kind == "cue"):
        result.reason = "a joint statement that reports no call or meeting"
        result.mentioned_leaders = sorted(
            {h.entry.value for h in resolve_shared_names(hits, ref, doc.published_date) if h.entry.kind == "leader"}
        )
        return result
    if not cue_sentences:
        resolved = resolve_shared_names(hits, ref, doc.published_date)
        turns = speaker_turns(resolved, full, ref, doc.published_date, _month_of(doc.published_month))
        speakers = transcript_speakers(turns)
        # one side's words: greeting a guest, or speaking to "господин Президент": the one met
        speakers += _lone_speakers_counterparts(
            speakers,
            turns,
            resolved,
            full,
            ref,
            doc.published_date,
            functools.partial(_leaders_in, spans=_month_of(doc.published_month)),
            publisher_actor(result.publisher_actor_code, language, ref, converted),
            result.publisher_actor_code,
            greeting_phrases=language_list(profile, "greeting_phrases"),
            spans=_month_of(doc.published_month) or _time_of_named_leaders(resolved, ref),
        )
        if len({c.actor_code for c in speakers}) >= 2:  # the leaders' exchange at their meeting, transcribed
            result.engagement_type = "meeting"
            result.engagement_date, result.date_precision, result.date_stated = find_date(
                [], language, doc.published_date, ref
            )
            return _as_readout(
                result,
                {c.key: c for c in speakers},
                full,
                hits,
                ref,
                doc.published_date,
                sentences,
                _site_speaker(doc, result, ref),
            )
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
    # the first cue sentence naming a person of known office: one naming none ("Catherine Colonna paid a visit to Kyiv"
    # in an address whose leader then "spoke today with President Erdoğan") types nothing; a title, or a page's first
    # line, always does ("Pre-G8 video conference")
    title_end = len(doc.title) if doc.title else full.find("\n")
    first = next((s for s in cue_sentences if s.start < title_end or _names_a_person(s, hits)), cue_sentences[0])
    typing = [first]
    # where a transcript's speakers begin: their words are no report ("better to be on TV than by phone"
    # under "Remarks ... Before Bilateral Meeting")
    spoken = speaker_turns(resolve_shared_names(hits, ref, doc.published_date), full, ref, doc.published_date)
    words_spoken_from = min([at for at, _ in spoken if at >= first.end], default=len(full))
    # the title, then the body's first cue sentence; not when the title is itself the report's
    # opening sentence (a page's first line taken for its title): the next cue sentence is the body's
    titled = bool(doc.title) and first.start < len(doc.title) and not _title_is_a_sentence(doc.title, hits)
    if titled:
        typing += [s for s in cue_sentences if _in_body(s, full, doc.title) and s.start < words_spoken_from][:1]
    typing_cues = [h for h in hits if h.entry.kind == "cue" and any(s.start <= h.start < s.end for s in typing)]
    typing_cues = _without_earlier_engagements(typing_cues, full, ref)
    cues_to_come = [h for h in typing_cues if _engagement_to_come(h, full, ref)]
    typing_cues = [h for h in typing_cues if h not in cues_to_come]
    cue_types = [h.entry.value for h in typing_cues]
    # a conversation cue ("spoke with", "s'est entretenu avec") says they engaged, not how: the
    # other cues of the typing sentences decide, else it was a call
    typed = (
        [t for t in cue_types if t != CONVERSATION]
        or _meeting_heading(doc, profile)
        or _type_further_on(hits, cue_sentences, full, ref, doc.published_date)
        or ["phone_call"]
    )
    if _names_no_medium(typing_cues, full, ref):  # "talks", "görüştü": the next sentences may say how
        lead_end = sentences[min(len(sentences), MEDIUM_LEAD_SENTENCES) - 1].end
        lead_end = min(lead_end, max(words_spoken_from, typing[-1].end))
        typed = _medium_said_next(hits, cue_sentences, typing[-1].end, lead_end, full, ref) or typed
        typed += _video_in_first_words(words_spoken_from, hits, full, ref)
    # a heading that names the remote medium ("Telephone conversation with ...") is not overruled by the
    # body's first cue sentence naming another ("... his talks with X via videoconference on December 7"); a bare
    # "call" (the language's ``generic_call_cues``: "PM call with ...") names none, a video call being a call too
    generic = language_list(profile, "generic_call_cues")
    headed = [
        h.entry.value
        for h in typing_cues
        if titled
        and h.start < first.end
        and h.entry.value in REMOTE_TYPES
        and normalise(full[h.start : h.end]) not in generic
    ]
    result.engagement_type = max(headed or typed, key=lambda t: TYPE_SPECIFICITY[t])
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
    # not a later sentence recalling other talks ("informed him about his conversation with X on Nov 17"), nor
    # one of an engagement by another medium ("поблагодарил за телефонный разговор накануне" below a meeting)
    cue_texts = [
        undated[s.start : s.end]
        for i, s in enumerate(cue_sentences)
        if i == 0
        or not (
            _recalls_before(s, full, hits, profile)
            or _recall_word_ahead(s, full, hits, profile)  # "The call was a follow-up of sorts on the December 7 talks"
            or _of_another_medium(s, hits, full, ref, result.engagement_type)
        )
    ]
    cue_texts += [undated[s.start : s.end] for s in _lead_before_cues(sentences, hits, full, doc.title, cue_sentences)]
    last_day = month_end(doc.published_month) if published is None else None  # known only to the month
    result.engagement_date, result.date_precision, result.date_stated = find_date(
        cue_texts, language, published or last_day, ref, month_only=last_day is not None
    )
    if not result.date_stated and published is not None:  # a republished release: its own date line
        released = _release_date_line(full, all_cue_sentences, doc.title, ref.languages.get(language or ""))
        if released is not None and 0 < (published - released).days <= REPUBLISHED_MAX_DAYS:
            result.engagement_date = released
    day = result.engagement_date or doc.published_date
    hits = resolve_shared_names(hits, ref, day)
    spans = (_month_of(doc.published_month) or _time_of_named_leaders(hits, ref)) if day is None else ()
    leaders_in = functools.partial(_leaders_in, spans=spans)
    mentioned = [h.entry.value for h in hits if h.entry.kind == "leader"]
    title_end = len(doc.title) if doc.title else 0
    lead = [(s.start, s.end) for s in typing]  # the title and the body's first cue sentence
    # and the body's first sentence naming a leader before any cue ("X will meet Y tomorrow. The talks will ...")
    lead += [(s.start, s.end) for s in _lead_before_cues(sentences, hits, full, doc.title, all_cue_sentences)]
    if not doc.title and _is_heading(full, first):  # a headline line over the report's opening sentence
        lead += [(s.start, s.end) for s in _opening_under_headline(sentences, hits, full, first)]
    # "Ж.Ширак: Господин Президент, ... принять Вас здесь. Сейчас у нас состоится беседа": words at the meeting
    at_the_meeting = _words_to_a_leader_present(spoken, all_cue_sentences[0], hits, full, ref)
    if not at_the_meeting and (
        any(
            h.entry.kind == "not_readout"
            and (h.start < title_end or any(a <= h.start < b for a, b in lead))
            and not _to_come_after_a_past_engagement(h, lead, hits, full, ref)
            and not _to_come_as_a_topic(h, lead, full, ref)
            and not _plan_headlined_over_a_past_report(h, title_end, first, hits, full, ref)
            and not _future_of_no_engagement(h, hits, full, ref, sentences)
            for h in hits
        )
        or future_date_stated([undated[a:b] for a, b in lead], language, published, ref)
        or headline_day_ahead(undated[:title_end], language, published, ref)
        or _headline_plan(undated[:title_end], profile)
        or (cues_to_come and not typing_cues)  # only one to come ("ahead of his upcoming meeting with")
        or _arrival_before_talks(full, hits, typing, profile, all_cue_sentences, sentences)
        or _schedule_page(full, profile)
    ):
        result.reason = "announces an engagement to come, not one that took place"
        result.mentioned_leaders = sorted(set(mentioned))
        return result
    lead_reports_none = (  # what the lead reports instead of an engagement, tried in turn
        (
            lambda: _debriefs_on(full, typing, hits, profile),
            "reports a meeting held on an engagement's results (a debriefing), not the engagement",
        ),
        (lambda: _answers_reports(full, typing, profile), "denies or answers reports of an engagement, reports none"),
        (
            lambda: _only_recalled(full, all_cue_sentences, profile, hits),
            "only recalls an earlier engagement, reports none",
        ),
        (
            lambda: _reacts_to_an_engagement(full, typing, hits, profile),
            "reports a reaction to an engagement (criticised, welcomed), not the engagement",
        ),
        (
            lambda: _titled_on_a_death(doc.title, profile),
            "a statement or condolences on a death, not an engagement",
        ),
    )
    instead = next((reason for reports, reason in lead_reports_none if reports()), None)
    if instead is not None:
        result.reason = instead
        result.mentioned_leaders = sorted(set(mentioned))
        return result

    publisher = publisher_actor(result.publisher_actor_code, language, ref, converted)
    per_sentence = [
        leaders_in(hits, _past_an_earlier_clause(s, hits, full, ref) if i == 0 else s, full, ref, day, publisher)
        for i, s in enumerate(all_cue_sentences)
    ]
    if not per_sentence[0] and (
        _named_for_officials(hits, all_cue_sentences[0], full)
        or _officials_on_both_sides(hits, all_cue_sentences[0])
        or _official_as_agent(hits, all_cue_sentences[0], full, ref)
    ):
        result.reason = "the engagement is named as one of office-holders who are no leaders"
        result.mentioned_leaders = sorted(set(mentioned))
        return result
    genre = _genre_marker(doc, ref)
    announcing = sorted(h.start for h in hits if h.entry.kind == "not_readout")
    openers = tuple(language_list(profile, "recall_openers"))
    reported = [  # not plans, nor a closing recall of what came before ("앞서 ... 통화했습니다", "此前...")
        s
        for s in all_cue_sentences
        if not _any_between(announcing, s.start, s.end)
        and not (openers and normalise(full[s.start : s.end]).lstrip().startswith(openers))
    ]
    title_sentence = [s for s in sentences if doc.title and s.start < len(doc.title)]
    title_found = [leaders_in(hits, s, full, ref, day, publisher) for s in title_sentence]
    headline = {c.key for found in title_found for c in found}

    @functools.cache
    def says_earlier(s: Sentence) -> bool:  # a sentence that says it speaks of talks before (asked once a sentence)
        return _recalls_earlier(s, full, ref, [h for h in hits if s.start <= h.start < s.end])

    @functools.cache
    def recalled(s: Sentence) -> bool:  # a sentence of talks before the engagement reported
        return (
            says_earlier(s)
            or _recalls_before(s, full, hits, profile)
            or _dated_before(undated[s.start : s.end], result, ref)
        )

    # ... nor a later sentence that says it recalls ("曾於2016年1月16日 ... 以視訊方式表達祝賀": had once congratulated
    # by video, on a day of its own)
    dated = engagement_days(
        [
            undated[s.start : s.end]
            for i, s in enumerate(reported)
            if i == 0 or not (says_earlier(s) or _recall_word_ahead(s, full, hits, profile))
        ],
        language,
        published,
        ref,
    )
    # sentences of engagements to come after the first ("is also expected to have a meeting with X") add none done
    done = [
        found
        for i, (s, found) in enumerate(zip(all_cue_sentences, per_sentence, strict=True))
        if i == 0 or not (_any_between(announcing, s.start, s.end) or recalled(s))
    ]
    # a title of two sides' talks, their states joined in a compound ("News conference following Russian-French
    # talks"): the leaders the page goes on to name in groups of their own (its speakers' words) are spoken of, not
    # met one after the other
    title_actors = [h for h in hits if h.start < title_end and h.entry.kind == "actor"]
    paired_title = (
        len({h.entry.value for h in title_actors}) == 2
        and len(title_actors) == 2
        and full[title_actors[0].end : title_actors[1].start].strip() in _COMPOUND_JOINERS
    )
    lead_end = _report_lead_end(full, typing, all_cue_sentences)
    continued = [
        leaders_in(hits, s, full, ref, day, publisher)
        for s in _counterpart_continuations(sentences, all_cue_sentences, full, profile)
    ]
    several = (
        (_is_roundup(done + continued) and not paired_title)
        or _several_engagements(done, headline)
        or _lone_counterparts(done, result.publisher_actor_code)
        or _several_days(dated, per_sentence[:MAX_CUE_SENTENCES], result.publisher_actor_code)
        or _successive_engagements(all_cue_sentences[:MAX_CUE_SENTENCES], per_sentence, full, profile, hits, recalled)
        or _separate_calls(all_cue_sentences[:MAX_CUE_SENTENCES], per_sentence, full, profile, hits, recalled)
        or _several_said(full, lead_end, profile, all_cue_sentences, per_sentence)
        # a lead naming two pairs' talks by their states' initials or a dotted pair ("日韓首脳会談・日中首脳会談",
        # "日・カナダ首脳電話会談及び日英首脳電話会談"): two engagements
        or _apart_pairs(
            paired_state_compounds(full[:lead_end], profile) | dotted_state_pairs(0, lead_end, hits, full, profile)
        )
        or _also_another_counterpart(
            all_cue_sentences[:MAX_CUE_SENTENCES],
            per_sentence,
            full,
            profile,
            # a plan ("プーチン大統領とも電話協議を行う予定だ"), or a call of an earlier day, is no second
            # engagement reported beside the first
            lambda s: _any_between(announcing, s.start, s.end) or _dated_before(undated[s.start : s.end], result, ref),
            result.publisher_actor_code,
        )
    )
    listing = _release_listing(full, profile)
    interview = _interview_lead(full, all_cue_sentences[0], profile)
    speech = _speech_title(doc.title, profile)
    if genre is not None or several or listing or interview or speech:
        result.reason = (
            f"commentary or analysis ({genre!r}), not a readout"
            if genre is not None
            else "an interview a leader gave (named by the first engagement cue), not an engagement"
            if interview
            else "several releases on one page (a listing), not one readout"
            if listing
            else "reports several engagements (a roundup or an essay), not one"
            if several
            else "a speech a leader gave (named by the title), not an engagement"
        )
        result.mentioned_leaders = sorted(set(mentioned))
        return result
    participants: dict[str, Candidate] = {}
    body_start = len(doc.title) + 1 if doc.title else 0
    # a headline quoting is no turn
    turns = [t for t in speaker_turns(hits, full, ref, day, spans) if t[0] >= body_start]
    # where a transcript's words begin (a leader's or an official's label): the leaders named there are spoken of
    labels = [at for at, _ in turns] + [
        h.start
        for h in hits
        if h.entry.kind == "non_leader_title" and h.start >= body_start and labels_a_speaker(h, full)
    ]
    spoken_from = min((full.rfind("\n", 0, at) + 1 for at in labels), default=len(full))
    opening = [s for s in sentences if body_start <= s.start < spoken_from and s.end - s.start >= OPENING_MIN_CHARS]
    opening = opening[:OPENING_SENTENCES]  # short lines above (":::", "News") are the page's navigation
    # a sentence announcing an engagement to come ("he will meet X on Tuesday") names no one of the engagement reported
    opening_found = [
        leaders_in(hits, s, full, ref, day, publisher)
        for s in opening
        if s not in all_cue_sentences and not _any_between(announcing, s.start, s.end)
    ]
    before_first: list[list[Candidate]] = []
    if per_sentence and not per_sentence[0]:  # "The three met ...": the leaders are the sentence before
        earlier = [s for s in sentences if s.end <= all_cue_sentences[0].start and s.start >= body_start]
        before_first = [leaders_in(hits, s, full, ref, day, publisher) for s in earlier[-1:]]
    speakers = transcript_speakers(turns)
    addressed = _lone_speakers_counterparts(
        speakers, turns, hits, full, ref, day, leaders_in, publisher, result.publisher_actor_code, spans=spans
    )
    # a list of who took part, with the leaders of the title and the body's first cue sentence
    lists = _participant_lists(sentences, full, hits)
    listed = [[c for s in [*typing, *lists] for c in leaders_in(hits, s, full, ref, day, publisher)]] if lists else []
    # a later cue sentence of plans ("두 장관은 ... 정상회담 개최 문제도 논의할 것으로 알려졌습니다") names
    # who is to meet, not who took part
    # ... nor one of earlier talks that names none of the headline's or the first cue sentence's leaders ("This issue
    # also came up during a recent videoconference with US President Joseph Biden")
    first_named = headline | {c.key for c in per_sentence[0]}
    later = [
        found
        for s, found in zip(all_cue_sentences[1:MAX_CUE_SENTENCES], per_sentence[1:MAX_CUE_SENTENCES], strict=True)
        if not _any_between(announcing, s.start, s.end)
        and not _recalls_before(s, full, hits, profile)
        and not (recalled(s) and first_named and first_named.isdisjoint(c.key for c in found))
    ]
    tiers = [
        *per_sentence[:1],
        *listed,
        *before_first,
        *later,
        *title_found,
        *opening_found,
        speakers,
        addressed,
        _paired_in_first_sentence(all_cue_sentences[0], hits, full, profile, ref, day),
    ]
    named_otherwise = _named_as_non_leader(  # "President-elect Lula": not in office then
        hits,
        full,
        language_list(profile, "person_joiners"),
        normalised_titles(profile),
    )
    participants = _engaged_in_first_sentence(per_sentence[:1], result.publisher_actor_code, named_otherwise)
    if participants and doc.title and all_cue_sentences[0].start < len(doc.title) and len(per_sentence) > 1:
        participants = _with_body_lead(participants, per_sentence[1], named_otherwise, result.publisher_actor_code)
    if participants and len(per_sentence) > 1 and _leaders_left_unnamed(all_cue_sentences[0], full, profile):
        participants = _with_leaders_named_next(participants, per_sentence[1], named_otherwise)
    # ... not when the report opens on the site's minister ("河野太郎外務大臣は,カタールを訪問したところ") or names an
    # official as the engagement's agent ("Courtesy Call on Prime Minister X by Foreign Minister Y"): its minister
    # went, and a bare title is no leader of its side
    report_opening = [s for s in opening if s not in all_cue_sentences][:1]
    by_name = {key: c for key, c in participants.items() if not c.weak}
    minister_went = _publishers_non_leader_engaged(
        hits, report_opening, by_name, result.publisher_actor_code
    ) or _official_as_agent(hits, all_cue_sentences[0], full, ref)
    if minister_went:
        participants = by_name
    else:
        participants = _with_the_sites_own_leader(participants, per_sentence[0], doc, hits, full, ref, day, result)
    transcribed = _opens_with_words_spoken(turns, all_cue_sentences[0], full)
    if transcribed:  # who speaks and whom they address took part; the leaders they speak of are mentions
        tiers = [speakers, addressed]
        participants = {}
    if _exchange_before_any_report(turns, speakers, all_cue_sentences[0], named_otherwise, full):
        participants = {c.key: c for c in speakers}  # their words at the meeting; a meeting they speak of is past
    for strength in ("strong", "weak") if not _two_sides(participants) else ():
        participants = {} if strength == "strong" else participants
        for found in tiers:
            for candidate in found:
                if candidate.weak != (strength == "weak") or candidate.key in named_otherwise:
                    continue
                if candidate.weak and minister_went:
                    continue
                if _out_of_office_beside_holder(candidate, participants, ref, day):
                    continue  # "King Charles III ... the passing of Queen Elizabeth II": she no longer held it
                participants.setdefault(candidate.key, candidate)
            if _two_sides(participants):
                break
        if _two_sides(participants):
            break
    participants = _one_person_per_office(participants)
    if (
        len(participants) == 1
        and _title_opens_with_engagement(doc, hits, full)
        and _on_a_government_site(doc, ref)
        # not when the lead says the publishing side's deputy engaged ("副总统抵达帛琉共和国暨拜会总统惠恕仁")
        and not _publishers_non_leader_engaged(hits, typing, participants, result.publisher_actor_code)
    ):
        participants = _with_publishers_leader(participants, result.publisher_actor_code, ref, day)
    if len(participants) < 2 and not transcribed:  # a leader the speakers name twice is still a mention
        to_come = _named_only_to_come(hits, all_cue_sentences, announcing)  # "he will meet X on Tuesday"
        # in a transcript, the leaders its speakers name are spoken of ("the Biden administration, and President Biden")
        reported = [  # ... nor a government named after a leader ("the Biden administration", "拜登政府")
            h.entry.value
            for h in hits
            if h.entry.kind == "leader"
            and (not turns or h.start < turns[0][0])
            and not _names_an_attribute(h, full, ref)
        ]
        counts = Counter(m for m in reported if m not in participants and m not in named_otherwise | to_come)
        for person_id, count in counts.most_common():
            if len(participants) >= 2 or count < 2:
                break
            if day is not None and _distance_from_office(ref.leaders[person_id], day) > OFFICE_TOLERANCE_DAYS:
                continue  # named twice, but a leader only later ("Minister Kishida" as foreign minister in 2016)
            if day is None and _in_no_office_during(ref.leaders[person_id], spans):
                continue  # a page known to its month only: named twice, but no leader then (a former prime minister)
            participants[person_id] = Candidate.of(_term_on(ref.leaders[person_id], day, spans))
    if lists and participants:  # "accompanied by Prime Minister X", "I have come here with Mr Barroso":
        for candidate in [c for s in lists for c in leaders_in(hits, s, full, ref, day, publisher)] + speakers:
            sides = {c.actor_code for c in participants.values()}  # a side's other leaders in the talks: no
            if not candidate.weak and candidate.key not in named_otherwise and candidate.actor_code not in sides:
                participants[candidate.key] = candidate  # ... and whoever speaks there
    # a group named as the counterpart ("met virtually with G7 Leaders"): every member's leader took part
    top_line = full.split("\n", 1)[0]  # the title, or the heading line over the report
    # ... not in a lead sentence whose only engagement is to come ("Tomorrow, I will be meeting with the Leaders of the
    # G7" below a call's report)
    lead_held = [
        (a, b)
        for a, b in lead
        if not (any(a <= h.start < b for h in cues_to_come) and not any(a <= h.start < b for h in typing_cues))
    ]
    grouped = [
        c
        for c in group_leaders([top_line, *(full[a:b] for a, b in lead_held)], profile, ref, day)
        if c.key not in named_otherwise
    ]
    for candidate in grouped:
        participants.setdefault(candidate.key, candidate)
    # a list, or a group, says who took part
    from_list = bool(grouped) or any(c.key in participants for found in listed for c in found)
    if len(participants) > 2 and doc.title and not from_list:
        participants = _as_headlined(participants, hits, len(doc.title), ref, day)
    engaged = all_cue_sentences[0]
    named_in_engaged = len({c.key for c in per_sentence[0]})
    # ... or a headline naming no leader, its counterpart an official ("Meeting with Foreign Minister Sergei Lavrov")
    headline_only = named_in_engaged == 0 and bool(doc.title) and engaged.start < len(doc.title)
    if (named_in_engaged == 1 or headline_only) and (
        any(
            engaged.start <= h.start < engaged.end and h.entry.kind == "leader" and h.entry.value in named_otherwise
            for h in hits
        )
        or cue_object_is_no_leader([h for h in hits if engaged.start <= h.start < engaged.end], ref, full)
        or (headline_only and _headline_object_names_no_leader(engaged, hits, full, ref))
    ):  # "Medvedev met Vice Premier Li Keqiang ... He had met Hu Jintao in India": not Hu
        result.reason = "the counterpart in the engagement sentence holds no leader's office"
        result.mentioned_leaders = sorted(set(mentioned))
        return result
    if _official_counterpart(hits, typing, [per_sentence[all_cue_sentences.index(s)] for s in typing], full, ref):
        result.reason = "the counterpart in the engagement sentence holds no leader's office"
        result.mentioned_leaders = sorted(set(mentioned))
        return result
    if len(participants) >= 2 and not _two_sides(participants):
        result.reason = "a meeting of office-holders of one state or organisation, not a diplomatic engagement"
        result.mentioned_leaders = sorted(set(mentioned) - set(participants))
        return result
    result.mentioned_leaders = sorted(set(mentioned) - set(participants))
    if len(participants) < 2:
        result.reason = f"fewer than two leaders identified as taking part ({len(participants)})"
        return result
    if _briefing_recalls_an_earlier_day(doc, result, profile):
        result.reason = "a press briefing recalls an engagement of an earlier day, reports none"
        return result
    if _spokesperson_on_others(doc, all_cue_sentences[:2], full, participants, result.publisher_actor_code, ref):
        result.reason = "a spokesperson of the publishing side speaks of other leaders' engagement, not a readout"
        return result
    deputy = _publishers_non_leader_engaged(hits, typing, participants, result.publisher_actor_code)
    if deputy and not _deputys_meeting_of_leaders(result, participants, typing, full, hits, ref):
        result.reason = "the publishing side's vice-president or deputy engaged, not its leader"
        return result
    if not deputy:
        participants = _with_sites_leader_named_apart(doc, participants, hits, named_otherwise, result, ref, day)

    return _as_readout(result, participants, full, hits, ref, day, sentences, _site_speaker(doc, result, ref))


def _with_sites_leader_named_apart(
    doc: ParsedDocument,
    participants: dict[str, Candidate],
    hits: list[Hit],
    named_otherwise: set[str],
    result: Extraction,
    ref: Reference,
    day: dt.date | None,
) -> dict[str, Candidate]:
    """The participants, joined by a government's own site's leader of the day when the site reports an engagement
    of other sides' leaders while naming its own leader elsewhere in the page, by name ("Informal meeting of the CIS
    heads of state" ... "Vladimir Putin: Colleagues, good afternoon"): the site's own leader took part too, though
    the lead's sentences name only the guests."""
    side = result.publisher_actor_code
    if side is None or day is None or any(c.actor_code == side for c in participants.values()):
        return participants
    if not _on_a_leaders_site(doc, ref):
        return participants
    own = _office_holder(ref, ref.leading_office(side), side, day)
    if own is None or not any(
        h.entry.kind == "leader" and h.entry.value == own.person_id and h.entry.value not in named_otherwise
        for h in hits
    ):
        return participants
    return {**participants, own.person_id: Candidate.of(own)}


def _briefing_recalls_an_earlier_day(doc: ParsedDocument, result: Extraction, profile: LanguageProfile | None) -> bool:
    """Whether a page whose title names a transcript of officials answering the press (the language's
    ``press_briefing_titles``: "Press Gaggle by Press Secretary Karine Jean-Pierre") dates the engagement it speaks of
    before the page's own day ("the President spoke to the Prime Minister on Monday ... We read that out on Monday"):
    an earlier engagement, recalled. A call "this morning" is the day's, and reported."""
    if not doc.title or result.engagement_date is None or doc.published_date is None:
        return False
    if result.engagement_date >= doc.published_date:
        return False
    title = normalise(doc.title)
    return any(w in title for w in normalised_list(profile, "press_briefing_titles"))


def _site_speaker(doc: ParsedDocument, result: Extraction, ref: Reference) -> str | None:
    """The side whose leader speaks in the first person where no label says who speaks: the publishing side on a
    government's own site (``_on_a_leaders_site``: a leader's remarks on elysee.fr), else none (a news service's
    page quotes others)."""
    return result.publisher_actor_code if _on_a_leaders_site(doc, ref) else None


def _as_readout(
    result: Extraction,
    participants: dict[str, Candidate],
    full: str,
    hits: list[Hit],
    ref: Reference,
    day: dt.date | None,
    sentences: list[Sentence],
    site_speaker: str | None = None,
) -> Extraction:
    """The result as a readout of these participants, with the initiator the text names (``sentences``:
    the text's, split once; ``site_speaker``: the side whose words in the first person are, where no label says)."""
    language = result.language
    codes = [language] if language in ref.languages else list(ref.languages)
    remote = result.engagement_type in REMOTE_TYPES
    initiator = _initiator(
        full,
        hits,
        codes,
        ref,
        list(participants.values()),
        day,
        result.publisher_actor_code,
        remote,
        sentences=sentences,
    )
    if initiator is None:
        initiator = _speakers_own_invitation(
            full,
            hits,
            ref.languages.get(language or ""),
            ref,
            list(participants.values()),
            day,
            site_speaker,
        )
    if initiator is None:
        profile = ref.languages.get(language or "")
        initiator = _thanked_for_the_invitation(full, hits, profile, ref, list(participants.values()), day)
    if initiator is None and result.engagement_type == "meeting":  # a guest's thanks on a call: a visit to come
        initiator = _guest_thanked_for_the_invitation(
            full, hits, ref.languages.get(language or ""), list(participants.values())
        )
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
