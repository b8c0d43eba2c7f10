"""The initiator: the side an initiator phrase names, or the speaker of a transcript who
says the other came at their invitation."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Iterator

import ahocorasick

from readouts.extract.participants import (
    Candidate,
    _after_non_leader_title,
    _before_non_leader_title,
    _term_on,
    speaker_turns,
)
from readouts.extract.text import Hit, Sentence, language_list, normalised_list, scan, unwrapped, whole_word
from readouts.reference import LanguageProfile, Reference, actor_slot_is_last, is_cjk, is_hangul, normalise


def _speakers_own_invitation(
    text: str,
    hits: list[Hit],
    profile: LanguageProfile | None,
    ref: Reference,
    participants: list[Candidate],
    day: dt.date | None,
    site_speaker: str | None = None,
) -> str | None:
    """The side of the speaker who says, in a transcript, that the other came at their
    invitation ("принять мое приглашение", "accepted my invitation"): the language's
    ``own_invitation_phrases`` in a speaker's turn, or in the words after a speaker's label the turns
    may not read ("*** Beginning of talks with President of Mongolia Ukhnaagiin Khurelsukh President of
    Russia Vladimir Putin: Mr President, I would like to thank you for accepting the invitation"). Words
    of the first person that no label introduces ("qui a accepté l'invitation que je lui avais faite", in
    a leader's remarks on their own site) are the ``site_speaker``'s side, when it takes part."""
    low = normalise(text)
    spaced = profile is None or profile.data.get("word_boundaries", True) is not False
    found = [  # whole words where the language spaces them: "our invitation" is not the end of "your invitation"
        m.start()
        for m in (
            (whole_word(low, phrase) if spaced else re.search(re.escape(phrase), low))
            for phrase in normalised_list(profile, "own_invitation_phrases")
            if phrase in low  # a substring test first: most pages have none of the phrases
        )
        if m is not None
    ]
    if not found:
        return None  # the turns are read only for a page that says it (most readouts do not)
    turns = speaker_turns(hits, text, ref, day, inline=True)
    for at in found:
        before = [c for start, c in turns if start < at]
        if before:
            return before[-1].actor_code
    if len({c.actor_code for c in participants}) == 2:
        for at in sorted(found):
            speaker = _label_speaker_before(low, at, hits, participants)
            if speaker is not None:
                return speaker
    if not turns and site_speaker is not None and site_speaker in {c.actor_code for c in participants}:
        return site_speaker
    return None


def _thanked_for_the_invitation(
    text: str,
    hits: list[Hit],
    profile: LanguageProfile | None,
    ref: Reference,
    participants: list[Candidate],
    day: dt.date | None,
) -> str | None:
    """The side of the other participant when a speaker of a transcript thanks for the invitation ("спасибо за
    приглашение", "thank you for your invitation": the language's ``thanks_for_invitation_phrases``): the guest
    thanks the host who invited them. The thanks count in the turn's first characters, right after a speaker's label
    the turns may not read ("Bolsonaro JairPresident of Brazil(retranslated): It is a great pleasure, your
    invitation is a great honour"), or further on as a clause of their own ("... and I thank you for your
    invitation. Russia views ..."); not as an invitation to something else ("thank you for the invitation to attend
    the opening ceremony"). At a meeting of three sides or more where two guests or more thank, the one side that
    thanks no one is the host."""
    phrases = normalised_list(profile, "thanks_for_invitation_phrases")
    low = normalise(text)
    if not any(p in low for p in phrases):
        return None
    sides = {c.actor_code for c in participants}
    if len(sides) == 2:  # the thanks opening the words after a speaker's label, read or not by the turns
        for phrase in phrases:
            for found in re.finditer(re.escape(phrase), low):
                if profile is not None and _invited_elsewhere(low, found.end(), profile):
                    continue  # "thank you for inviting me to the opening ceremony of the Olympic Games"
                speaker = _label_speaker_before(low, found.start(), hits, participants)
                if speaker is not None:
                    return (sides - {speaker}).pop()
    turns = speaker_turns(hits, text, ref, day, inline=True)
    thankers: set[str] = set()
    for i, (start, speaker) in enumerate(turns):
        next_start = turns[i + 1][0] if i + 1 < len(turns) else len(low)
        opening = low[start : min(start + THANKS_WINDOW_CHARS, next_start)]  # within the turn: not the next one's
        turn = low[start:next_start]
        thanks = [  # not for an invitation to another event ("thank you for inviting me to the Olympic Games")
            start + m.end() for p in phrases for m in re.finditer(re.escape(p), opening)
        ]
        if any(profile is None or not _invited_elsewhere(low, at, profile) for at in thanks) or any(
            _thanks_closing_a_clause(turn, p) for p in phrases
        ):
            others = sides - {speaker.actor_code}
            if len(others) == 1:
                return others.pop()
            thankers.add(speaker.actor_code)
    # at a meeting of three sides or more, every guest thanking: the one side that thanks no one is the host
    hosts = sides - thankers
    return hosts.pop() if len(thankers) >= 2 and len(hosts) == 1 else None


LABEL_CHARS = 80  # how far before its colon a speaker's label names them
OPENING_SENTENCES = 2  # the sentences that open a speaker's words, where a guest thanks the host


def _label_speaker_before(low: str, at: int, hits: list[Hit], participants: list[Candidate]) -> str | None:
    """The side of the participant whose speaker's label opens the words that run to ``at`` ("Kassym-Jomart
    TokayevPresident of the Republic of Kazakhstan: Thank you, Mr President, first of all, for the invitation"):
    the last label's colon within ``THANKS_WINDOW_CHARS`` before it, with no sentence's end between, and the
    participant named last in the ``LABEL_CHARS`` before that colon."""
    label = _LABEL_COLON.search(low, max(0, at - THANKS_WINDOW_CHARS), at)
    while label is not None:  # the last label's colon before the words (not a time: "11:00")
        later = _LABEL_COLON.search(low, label.end(), at)
        if later is None:
            break
        label = later
    if label is None or len(re.findall(r"[.!?]", low[label.end() : at])) > OPENING_SENTENCES - 1:
        return None  # the words must open the turn after the label (its first sentences: "Thank you very much. In
        # the name of Rahman, I would like to thank you sincerely, Your Excellency, for inviting me to Moscow")
    colon = label.start() + 1
    return _last_participant_mentioned(low, hits, participants, max(0, colon - LABEL_CHARS), colon)


_LABEL_COLON = re.compile(r"(?:[^\W\d_]|\)): ")  # a label's colon: after a letter or a bracket, before a space


def _thanks_closing_a_clause(turn: str, phrase: str) -> bool:
    """Whether a speaker's turn holds the thanks for the invitation as a clause of its own ("Still, it is our turn to
    come to India, and I thank you for your invitation. Russia views ..."): a stop or comma right after it, not an
    invitation to something else ("thank you for the invitation to attend the opening ceremony")."""
    at = turn.find(phrase)
    while at >= 0:
        if turn[at + len(phrase) : at + len(phrase) + 1] in (".", ",", ";", "!"):
            return True
        at = turn.find(phrase, at + 1)
    return False


def _last_participant_mentioned(
    low: str, hits: list[Hit], participants: list[Candidate], start: int, end: int
) -> str | None:
    """The side of the participant mentioned last in ``low[start:end]``: by a leader hit, a title
    only one participant holds ("Prime Minister"), or the surname alone ("Prime Minister Abe")."""
    found: list[tuple[int, str]] = []
    offices = [c.office for c in participants]
    inside = [h for h in hits if start <= h.start and h.end <= end]
    for c in participants:
        for h in inside:
            by_name = h.entry.kind == "leader" and h.entry.value == c.key
            by_title = h.entry.kind == "title" and h.entry.value == c.office and offices.count(c.office) == 1
            if by_name or by_title:
                found.append((h.start, c.actor_code))
        surname = normalise(c.name).split()[-1] if c.name.strip() else ""
        if len(surname) > 2:
            for m in re.finditer(rf"\b{re.escape(surname)}\b", low[start:end]):
                found.append((start + m.start(), c.actor_code))
    return max(found)[1] if found else None


THANKS_WINDOW_CHARS = 200  # a guest's thanks for the invitation open their turn
NEW_INVITATION_CHARS = 400  # how far before a guest's thanks an invitation to a later visit is read (a paragraph)


def _guest_thanked_for_the_invitation(
    text: str, hits: list[Hit], profile: LanguageProfile | None, participants: list[Candidate]
) -> str | None:
    """The side of the host when a report says a participant thanked for the invitation, with no
    object ("X offered his gratitude for the invitation to visit": the language's
    ``guest_thanks_for_invitation_phrases``): the guest, named last before the phrase in its
    sentence, thanks the other participant, who invited them. Only for a two-sided engagement, and not
    where the report says the guest came to attend a conference (the language's ``conference_visit_phrases``:
    "TICADVに参加するため来日中"): they thank for the invitation to it, not to these talks on its margins; nor thanks
    that answer an invitation to a later visit extended just before (the language's ``new_invitation_words``: "訪問招請
    があり", "He invited Prime Minister Orbán to Japan this year")."""
    sides = {c.actor_code for c in participants}
    if len(sides) != 2:
        return None
    low = normalise(text)
    if any(phrase in low for phrase in normalised_list(profile, "conference_visit_phrases")):
        return None
    new_invitations = normalised_list(profile, "new_invitation_words")
    for phrase in normalised_list(profile, "guest_thanks_for_invitation_phrases"):
        at = low.find(phrase)
        while at >= 0:
            if profile is not None and _span_in_a_clause_to_come(
                low, at, at + len(phrase), [(at, at + len(phrase))], profile
            ):
                at = low.find(phrase, at + 1)
                continue  # "thanked for the invitation to visit Russia next year": a visit to come
            if profile is not None and _invited_elsewhere(low, at + len(phrase), profile, start=at):
                at = low.find(phrase, at + 1)
                continue  # "gratitude for the invitation to the G20 Osaka Summit": to another event
            if profile is not None and _span_in_a_recalled_clause(low, at, at + len(phrase), profile):
                at = low.find(phrase, at + 1)
                continue  # "曾应邀来华参与...就职典礼": a visit before, at another invitation
            if any(w in low[max(0, at - NEW_INVITATION_CHARS) : at] for w in new_invitations):
                at = low.find(phrase, at + 1)
                continue  # "...カザフスタン訪問招請があり,安倍総理から,ご招待に感謝する": thanks for an invitation to a
                # later visit, extended at this engagement
            sentence_start = max(low.rfind(". ", 0, at), low.rfind("\n", 0, at)) + 1
            guest = _last_participant_mentioned(low, hits, participants, sentence_start, at)
            if guest is not None:
                return (sides - {guest}).pop()
            at = low.find(phrase, at + 1)
    return None


def _initiator(
    text: str,
    hits: list[Hit],
    profile_codes: list[str],
    ref: Reference,
    participants: list[Candidate],
    day: dt.date | None = None,
    publisher: str | None = None,
    remote: bool = False,
    *,
    sentences: list[Sentence],
) -> str | None:
    """The side of the engagement the initiator phrases of the earliest sentence name, in the order
    of the language's patterns (the lead's, before a later sentence's recall: "Putin called up Obama
    ... had not spoken since February, when Obama telephoned Putin"). A phrase naming another actor
    is about something else ("attended the summit at the invitation of India", met France's
    president there): the initiator is always one of the participants' sides. On a call
    (``remote``), an invitation to visit is to a visit to come, not to the call. ``sentences`` are
    the text's, as the classification split it."""
    sides = {c.actor_code for c in participants}
    named = sorted(
        _sides_named(text, hits, profile_codes, ref, participants, day, publisher, remote, sentences=sentences),
        key=lambda found: found[0],
    )
    return next((code for _, code in named if not sides or code in sides), None)


def _sides_named(
    text: str,
    hits: list[Hit],
    profile_codes: list[str],
    ref: Reference,
    participants: list[Candidate],
    day: dt.date | None = None,
    publisher: str | None = None,
    remote: bool = False,
    *,
    sentences: list[Sentence],
) -> Iterator[tuple[int, str]]:
    """(sentence number, actor) of the actors initiator phrases name: an actor word, a leader, the title
    of a participant ("at the invitation of King Salman", "应萨勒曼国王邀请"), or the publishing
    side named in the first person ("应我政府邀请": at our government's invitation)."""
    low = _acronyms_unpunctuated(
        _NAME_ABBREVIATION.sub(_blanked, _PARENTHESIS.sub(_unpunctuated, unwrapped(text, normalise(text)))), text
    )
    apposed = _appositions_unpunctuated(low, hits)  # for a slot before the phrase: the caller's
    # where each sentence begins (``low`` keeps the text's offsets): phrases of an earlier sentence come first
    sentence_starts = [s.start for s in sentences]
    for code in profile_codes:
        profile = ref.languages[code]
        present = _literals_in(low, profile)
        returned = zip(profile.returned_call_regexes, profile.returned_call_literals, strict=True)
        if any(literal in present and regex.search(low) for regex, literal in returned):
            return  # "returned X's call": each side placed a call, the text names no initiator
        party_flags = profile.initiator_party or [None] * len(profile.initiator_regexes)
        by_literal = _patterns_by_literal(profile)  # only the patterns whose fixed part the text holds, in order
        for i in sorted(i for literal in present for i in by_literal.get(literal, ())):
            regex, party = profile.initiator_regexes[i], party_flags[i]
            leading_slot = regex.pattern.find("(?P<actor>") <= len(r"(?<!\w)")
            # a slot the phrase closes ("أجرى {actor} اتصالا هاتفيا ب") holds a name in apposition as a leading one does
            enclosed_slot = not actor_slot_is_last(regex)
            for match in regex.finditer(apposed if leading_slot or enclosed_slot else low):
                sentence = bisect.bisect_right(sentence_starts, match.start())
                if _in_a_clause_to_come(low, match, profile):
                    continue  # "Xi will visit Russia next year at the invitation of Putin": not this engagement's
                if _in_a_recalled_clause(low, match, profile):
                    continue  # "recalled his visit to Paris at the invitation of Macron last year": an earlier one's
                if _a_request_about_another_matter(low, match, hits, profile):
                    continue  # "安倍総理からの要請を踏まえ、…拉致問題を提起した": what was asked for, not the call
                if _invited_elsewhere(low, match.end(), profile, remote):
                    continue  # "thanked Kishida for inviting him for the G7 Summit": to another event
                if party is not None and not _called_party_follows(
                    low, match.end(), hits, participants, profile, party
                ):
                    continue  # "Obama called for restraint", "called on Putin to": no call placed
                start, end = match.span("actor")
                leading = start == match.start()
                if leading:  # the side before the phrase: of its own clause ("…、X氏の招きで")
                    start = max(start, low.rfind(_CLAUSE_COMMA, start, end) + 1)
                title_holders: set[str] = set()
                in_slot = [hit for hit in hits if start <= hit.start < end and hit.end <= end + 3]
                if leading:  # the side before the phrase, in its clause ("ロシア側の要請で"): the nearest counts
                    in_slot.reverse()
                    # ... right before it in Chinese and Japanese ("日本から…支援の申し出": no offer of Japan's)
                    if is_cjk(low[start:end]) and not is_hangul(low[start:end]):
                        in_slot = [hit for hit in in_slot if end - hit.end <= LEADING_SLOT_GAP_UNSPACED_CHARS]
                if party is not None and _called_in_an_oblique_case(in_slot, profile):
                    continue  # "Путину позвонил Макрон": the dative before the verb is the called side
                slot = low[start:end].strip(" .,")
                if _visit_named_first(low, start, end, in_slot, profile):
                    continue  # "接受了今年7月访问俄罗斯的邀请": the slot names where the invitation was to go
                home = publisher or profile.data.get("home_actor")  # the side "the other" is said from
                other_side = _names_a_side(slot, profile.data.get("other_side_words", []), leading)
                if other_side and home is None:  # no home side: "the other" is said from the sentence's subject
                    home = _subject_side(low, hits, participants, match)  # "X spoke with Y at the other's request"
                others = {c.actor_code for c in participants} - {home}
                other_side = other_side and home is not None
                if other_side and len(others) == 1:  # "先方の要請により", "at the other side's request": not the
                    # publisher; before the clause's subject ("麻生総理大臣は先方の発意により")
                    yield sentence, others.pop()
                    continue
                for hit in in_slot:
                    if hit.entry.kind == "actor":
                        yield sentence, hit.entry.value
                    if hit.entry.kind == "leader":  # the side the leader stood for on the day
                        if _named_in_non_leader_office(hits, hit, text):
                            continue  # "福田元総理は…鄧小平氏の招きで": a former leader's visit, not this engagement
                        yield sentence, _term_on(ref.leaders[hit.entry.value], day).actor_code
                    if hit.entry.kind == "title":
                        holders = {c.actor_code for c in participants if c.office == hit.entry.value}
                        if len(holders) == 1:
                            yield sentence, holders.pop()
                        elif (own := _actor_in_title(text, hit, ref, code)) in holders:
                            yield sentence, own  # "по просьбе Председателя КНР" when both sides hold a president
                        elif publisher in holders and _bare_title(low[start:end], low[hit.start : hit.end], profile):
                            # "The President called President Putin" on the White House's page
                            yield sentence, publisher
                        title_holders |= holders
                if home is not None and _names_a_side(slot, profile.data.get("own_side_words", []), leading):
                    # "我が方からの申し入れにより", "应我方邀请": the publisher's or language's home side
                    yield sentence, home
                named = _participant_named(low[start:end], participants)
                if named is None:  # "应巴方要求" after "巴拉圭總統": a side named by its state's first sign
                    named = _side_by_initial(slot, low, hits, participants, profile)
                if named is None and leading:  # "電話会談は英側の求めによるもの": the sign of the state itself
                    named = _side_by_state_sign(slot, participants, profile)
                if named is None and title_holders:  # "visiting Mongolia at the invitation of its President"
                    named = _actor_named_before(hits, low, match.start(), title_holders)
                if named is None and low[start:end].strip(" .,") in profile.data.get("latter_words", []):
                    named = _participant_before(hits, match.start(), participants)  # "à la demande de ce dernier"
                if named is not None:
                    yield sentence, named
        yield from _other_than_the_called(low, apposed, hits, profile, participants, sentence_starts)


def _other_than_the_called(
    low: str,
    apposed: str,
    hits: list[Hit],
    profile: LanguageProfile,
    participants: list[Candidate],
    sentence_starts: list[int],
) -> Iterator[tuple[int, str]]:
    """(sentence number, actor) of the side other than the one a phrase of the language's
    ``called_side_patterns`` says took the call ("Maduro explicó que recibió la llamada": Maduro was
    called, so the other side called), when the engagement has two sides: the leader nearest before
    the phrase, in its clause."""
    sides = {c.actor_code for c in participants}
    if len(sides) != 2:
        return
    for regex, literal in zip(profile.called_side_regexes, profile.called_side_literals, strict=True):
        if literal not in low:
            continue
        for match in regex.finditer(apposed):
            if _in_a_clause_to_come(low, match, profile) or _in_a_recalled_clause(low, match, profile):
                continue
            start, end = match.span("actor")
            start = max(start, *(low.rfind(mark, start, end) + 1 for mark in _CLAUSE_ENDS))
            for hit in reversed([hit for hit in hits if start <= hit.start < end and hit.end <= end + 3]):
                called = None
                if hit.entry.kind == "actor":
                    called = hit.entry.value
                elif hit.entry.kind == "leader":  # a participant by name
                    called = next((c.actor_code for c in participants if c.key == hit.entry.value), None)
                if called in sides:
                    yield bisect.bisect_right(sentence_starts, match.start()), (sides - {called}).pop()
                    return


_SENTENCE_ENDS = ".!?。！？\n"
_CLAUSE_ENDS = _SENTENCE_ENDS + ",;，、；،؛"


@functools.lru_cache(maxsize=64)  # one per language profile of a load
def _to_come_cues(profile: LanguageProfile) -> tuple[str, ...]:
    """The language's ``not_readout_cues`` (what speaks of an engagement to come: "will visit",
    "посетит", "将于", "방문할 예정"), normalised."""
    return tuple(c for c in (normalise(cue).strip() for cue in language_list(profile, "not_readout_cues")) if c)


def _in_a_clause_to_come(low: str, match: re.Match[str], profile: LanguageProfile) -> bool:
    """Whether an initiator phrase stands in a clause that speaks of an engagement to come (one of
    the language's ``not_readout_cues``, a whole word where words are spaced, or after one of the
    language's one-letter ``word_proclitics``, not in the phrase's fixed words: in its actor slot,
    which may run on, "По приглашению Путина Си Цзиньпин посетит Россию", or outside it):
    the invitation or request is for that engagement ("Xi will pay a visit next year at the
    invitation of Putin"), not the one reported. A phrase that opens its sentence or clause and
    ends at a comma ("At the invitation of Putin, Xi will visit ...") heads the clause after it."""
    start, end = match.span()
    fixed = [(a, b) for a, b in ((start, match.start("actor")), (match.end("actor"), end)) if a < b]
    return _span_in_a_clause_to_come(low, start, end, fixed, profile)


def _clause_around(low: str, start: int, end: int) -> tuple[int, int]:
    """The start and end of the clause ``low[start:end]`` stands in (between ``_CLAUSE_ENDS`` marks)."""
    clause_start = max(low.rfind(mark, 0, start) for mark in _CLAUSE_ENDS) + 1
    ends = [at for at in (low.find(mark, end) for mark in _CLAUSE_ENDS) if at >= 0]
    return clause_start, min(ends) if ends else len(low)


def _span_in_a_recalled_clause(low: str, start: int, end: int, profile: LanguageProfile, slot: str = "") -> bool:
    """Whether the clause around a span holds one of the language's ``recall_words`` ("recalled his", "last year",
    "去年", "曾应邀来华": had come at an invitation before), outside the phrase's actor ``slot``, or its sentence
    holds one of its ``sentence_recall_words`` before it ("曾经在2010年，以国会议长身分应邀访问台湾")."""
    words = normalised_list(profile, "recall_words")
    if not words:
        return False
    clause_start, clause_end = _clause_around(low, start, end)
    clause = low[clause_start:clause_end]
    # a word that puts its whole sentence in the past, before the clause ("曾经在2010年，以国会议长身分应邀访问台湾")
    sentence_start = max(low.rfind(mark, 0, start) for mark in _SENTENCE_ENDS) + 1
    if any(w in low[sentence_start:start] for w in normalised_list(profile, "sentence_recall_words")):
        return True
    spaced = profile.data.get("word_boundaries", True)
    for word in filter(None, words):
        if word in slot:
            continue  # "the previous government's request": the words name the side
        if whole_word(clause, word) if spaced else word in clause:
            return True
    return False


def _in_a_recalled_clause(low: str, match: re.Match[str], profile: LanguageProfile) -> bool:
    """Whether an initiator phrase stands in a recalled clause (``_span_in_a_recalled_clause``), outside its actor
    slot: the invitation or request was for an earlier engagement, not the one reported."""
    return _span_in_a_recalled_clause(low, *match.span(), profile, normalise(match.group("actor")))


def _a_request_about_another_matter(low: str, match: re.Match[str], hits: list[Hit], profile: LanguageProfile) -> bool:
    """Whether an initiator phrase is followed by one of the language's ``request_matter_words``
    ("を踏まえ": in the light of the request), or stands in a sentence with one of its
    ``request_matter_verbs`` ("At the request of Xavier Bettel, Vladimir Putin updated him on ...",
    "По просьбе ... проинформировал"), in a sentence with no engagement cue: the request was for what
    the sentence goes on to say ("安倍総理からの要請を踏まえ、金正恩委員長に拉致問題を提起した", a briefing
    inside the call), not for the engagement."""
    sentence_start = max(low.rfind(mark, 0, match.start()) for mark in _SENTENCE_ENDS) + 1
    ends = [at for at in (low.find(mark, match.end()) for mark in _SENTENCE_ENDS) if at >= 0]
    sentence_end = min(ends) if ends else len(low)
    after = low[match.end() :].lstrip()
    verbs = {normalise(v) for v in language_list(profile, "request_matter_verbs")}
    # not a verb of a clause closed before the phrase: a frame ("Как рассказал Песков, разговор состоялся по ...")
    said = [
        sentence_start + m.start()
        for m in re.finditer(r"[^\W\d_]+", low[sentence_start:sentence_end])
        if m.group() in verbs
        and not (
            sentence_start + m.end() <= match.start()
            and re.search("[,،，]", low[sentence_start + m.end() : match.start()])
        )
    ]
    if (
        not any(after.startswith(normalise(word)) for word in language_list(profile, "request_matter_words"))
        and not said
    ):
        return False
    # a cue after the briefing verb is what the briefing was on ("provided an update on the talks between ...")
    matter_from = min(said, default=sentence_end)
    return not any(h.entry.kind == "cue" and sentence_start <= h.start < matter_from for h in hits)


INVITED_ELSEWHERE_CHARS = 40  # how far after an invitation phrase the event it invites to is named


def _visit_named_first(low: str, start: int, end: int, in_slot: list[Hit], profile: LanguageProfile) -> bool:
    """Whether an actor slot (``low[start:end]``) holds one of the language's ``visit_invitation_words`` before any
    side it names ("接受了今年7月访问俄罗斯的邀请": Russia is where the visit was to go, not who invited); not a side
    named before it ("at the invitation of Prime Minister Kishida to visit Japan")."""
    found = [
        at for at in (low.find(w, start, end) for w in normalised_list(profile, "visit_invitation_words")) if at >= 0
    ]
    return bool(found) and not any(
        h.start < min(found) for h in in_slot if h.entry.kind in ("actor", "leader", "title")
    )


def _invited_elsewhere(
    low: str, end: int, profile: LanguageProfile, remote: bool = False, start: int | None = None
) -> bool:
    """Whether an invitation phrase (ending at ``end``) goes on, in its clause, to name another event (the language's
    ``invited_elsewhere_words``: "for inviting him for the G7 Summit", "to the G20", "to the
    inauguration"), or, on a call (``remote``), a visit (its ``visit_invitation_words``: "thanked the
    Prime Minister for his invitation to visit Israel"): the invitation was to that, not to the
    engagement reported; not an event the engagement comes before ("and in advance of the G7 Summit"). In a
    language that names the object first (``mentions_after_cue``), the event stands before the phrase (starting at
    ``start``): "G7広島サミットへの招待に対する謝意"."""
    words = list(normalised_list(profile, "invited_elsewhere_words"))
    if remote:
        words += normalised_list(profile, "visit_invitation_words")
    if not words:
        return False
    if start is not None and profile.data.get("mentions_after_cue"):
        begins = [at + 1 for at in (low.rfind(mark, 0, start) for mark in _CLAUSE_ENDS) if at >= 0]
        before = low[max([start - INVITED_ELSEWHERE_CHARS, *begins]) : start]
        if any(w in before for w in words):
            return True
    ends = [at for at in (low.find(mark, end) for mark in _CLAUSE_ENDS) if at >= 0]
    after = low[end : min([end + INVITED_ELSEWHERE_CHARS, *ends])]
    # an event the visit comes before ("at the invitation of the Prime Minister and in advance of the G7 Summit"): not
    # what the invitation was to (the language's ``event_ahead_openers``)
    ahead = [at for at in (after.find(w) for w in normalised_list(profile, "event_ahead_openers")) if at >= 0]
    after = after[: min(ahead)] if ahead else after
    return any(whole_word(after, w) for w in words)


def _span_in_a_clause_to_come(
    low: str, start: int, end: int, fixed: list[tuple[int, int]], profile: LanguageProfile
) -> bool:
    """Whether ``low[start:end]`` stands in a clause that speaks of an engagement to come, a cue
    overlapping none of the ``fixed`` spans (see ``_in_a_clause_to_come``)."""
    clause_start, clause_end = _clause_around(low, start, end)
    leading = not low[clause_start:start].strip() and not low[end:clause_end].strip(" ")
    if leading and clause_end < len(low) and low[clause_end] not in _SENTENCE_ENDS:  # the clause it heads
        more = [at for at in (low.find(mark, clause_end + 1) for mark in _CLAUSE_ENDS) if at >= 0]
        clause_end = min(more) if more else len(low)
    spaced = profile.data.get("word_boundaries", True)
    proclitics = profile.data.get("word_proclitics", [])
    for cue in _to_come_cues(profile):
        at = low.find(cue, clause_start, clause_end)
        while at >= 0:
            outside = all(at + len(cue) <= a or at >= b for a, b in fixed)
            head = at - 1 if at and low[at - 1] in proclitics else at  # "وسيزور": "and" + "will visit"
            whole = not spaced or (
                (head == 0 or not low[head - 1].isalnum())
                and (at + len(cue) >= len(low) or not low[at + len(cue)].isalnum())
            )
            if outside and whole:
                return True
            at = low.find(cue, at + 1, clause_end)
    return False


def _subject_side(low: str, hits: list[Hit], participants: list[Candidate], match: re.Match[str]) -> str | None:
    """The side of the participant named first, by name, in the sentence of an initiator phrase
    (outside it): its subject, whom "the other side" is said from where the language has no home
    side and the publisher is unknown."""
    start, end = match.span()
    sentence_start = max(low.rfind(mark, 0, start) for mark in _SENTENCE_ENDS) + 1
    ends = [at for at in (low.find(mark, end) for mark in _SENTENCE_ENDS) if at >= 0]
    sentence_end = min(ends) if ends else len(low)
    sides = {c.key: c.actor_code for c in participants}
    for hit in hits:
        outside = hit.start < start or hit.start >= end
        named = hit.entry.kind == "leader" and hit.entry.value in sides
        if sentence_start <= hit.start < sentence_end and outside and named:
            return sides[hit.entry.value]
    return None


def _actor_in_title(text: str, title: Hit, ref: Reference, code: str) -> str | None:
    """The one actor a title phrase names after its first word, as a title of one state
    ("Председатель КНР", "председателя Китайской Народной Республики"): the side of its holder
    when several participants hold the office."""
    phrase = text[title.start : title.end]
    rest = phrase[phrase.find(" ") + 1 :] if " " in phrase else ""
    actors = {h.entry.value for h in scan(rest, ref, code) if h.entry.kind == "actor"} if rest else set()
    return actors.pop() if len(actors) == 1 else None


def _called_in_an_oblique_case(in_slot: list[Hit], profile: LanguageProfile) -> bool:
    """Whether the leader named in a caller pattern's slot before the verb is inflected, in a
    language whose caller is named in the nominative (``caller_named_uninflected``): "Путину
    позвонил ...", the called side, put first."""
    if not profile.data.get("caller_named_uninflected"):
        return False
    leaders = [h for h in in_slot if h.entry.kind == "leader"]
    return bool(leaders) and leaders[-1].inflected


def _names_a_side(slot: str, words: list[str], leading: bool) -> bool:
    """Whether an initiator slot is one of ``words`` ("the other side"), or, before the
    phrase, ends with one: in an unspaced script ("本件会談は先方" + "の発意"), or as its
    last word ("Pezeşkiyan ile karşı" + " tarafın talebine binaen")."""
    return slot in words or (
        leading and any(slot.endswith(w) and (is_cjk(w) or slot[: -len(w)].endswith(" ")) for w in words)
    )


_PARTY_GAP = 24  # characters between a caller verb and the called side ("called outgoing Prime Minister")
_PEOPLE_KINDS = ("leader", "title", "actor", "counterpart")
_PARTY_TAIL_GAP = (
    40  # characters between the called side and the rest of its pattern ("Präsident Emmanuel Macron" + " an")
)
_PARTY_TAIL_RUN = 80  # how far after the called side's first title its name may end, before the rest


def _bare_title(slot: str, title: str, profile: LanguageProfile) -> bool:
    """Whether an initiator slot is a title alone, with at most a definite article (the language's
    ``definite_articles``: "the President"): the publishing side's own office-holder, as a bare
    title designates it among participants."""
    words = slot.strip(" .,").split()
    if words and words[0] in profile.data.get("definite_articles", []):
        words = words[1:]
    return " ".join(words) == title.strip()


def _called_party_follows(
    low: str, pos: int, hits: list[Hit], participants: list[Candidate], profile: LanguageProfile, tail: str = ""
) -> bool:
    """Whether a caller verb's object is a side of the engagement: a leader, title, actor word
    or counterpart word within a few words after ``pos`` (``party_gap_chars`` characters where the
    language puts adverbials between the subject and an object right before its verb: "Erdoğan, MGK
    toplantısına girmeden önce Putin'i aradı"), in the same clause, not a possessive
    ("called Putin's actions"), not after a particle that makes the verb another one ("called
    on", "called for": the language's ``party_slot_blockers``), and, where the language lists
    them (``party_gap_words``), with only such words between ("called the outgoing ..."), nor
    followed by a word that makes the verb one of naming (``party_naming_words``: "called Xi
    his friend")."""
    party = next((h for h in hits if h.start >= pos and h.entry.kind in _PEOPLE_KINDS), None)
    if party is None or party.start - pos > profile.data.get("party_gap_chars", _PARTY_GAP):
        return False
    gap = low[pos : party.start]
    words = gap.split()
    allowed = profile.data.get("party_gap_words")
    if (
        any(mark in w for w in words if allowed is None or w not in allowed for mark in ".,;:!?。，；،؛؟")
        or "\n" in gap
    ):
        return False  # another clause ("H.E." and the like excepted)
    if words and words[0] in profile.data.get("party_slot_blockers", []):
        return False
    if allowed is not None and any(w not in allowed for w in words):
        return False  # "called the attack by President X": a called thing, not a person
    if low.startswith("'s", party.end):
        return False
    following = low[party.end : party.end + _PARTY_GAP].split(maxsplit=1)
    if following and following[0] in profile.data.get("party_naming_words", []):
        return False  # "called Xi his friend", "called Putin a partner": named so, not phoned
    if following and low[party.end : party.end + 1].isspace() and following[0][:1] in "\"'“‘«„":
        return False  # 'Putin called Xi "dear friend"': a name in quotes, not a call
    if tail:  # "{actor}から{party}に電話", "{actor} rief {party} an": the rest follows the called side's name
        # ... the last of the names and titles that run into it ("Cumhurbaşkanı ve AK Parti Genel Başkanı Recep
        # Tayyip Erdoğan'ı arayarak")
        at = low.find(tail, party.end, party.end + len(tail) + _PARTY_TAIL_RUN)
        if at == -1 or any(mark in low[party.end : at] for mark in ".,;:!?\n。，；、"):
            return False
        run = [h for h in hits if party.start <= h.start < at and h.entry.kind in _PEOPLE_KINDS]
        if at - run[-1].end > len(tail) + _PARTY_TAIL_GAP or not all(
            _of_a_side(h, participants) for h in run if h.entry.kind in ("leader", "actor")
        ):
            return False
        party = run[-1]
    # "首相はウクライナのゼレンスキー大統領とも15日に電話で": a state of no side
    if party.entry.kind in ("leader", "actor"):
        return _of_a_side(party, participants)
    return bool(participants)


def _of_a_side(hit: Hit, participants: list[Candidate]) -> bool:
    """Whether a leader or actor hit names a side of the engagement."""
    if hit.entry.kind == "leader":
        return hit.entry.value in {c.key for c in participants}
    return hit.entry.value in {c.actor_code for c in participants}


@functools.lru_cache(maxsize=64)  # one per language profile of a load
def _literal_automaton(profile: LanguageProfile) -> ahocorasick.Automaton:
    """One automaton of the fixed parts of a language's initiator and returned-call patterns."""
    automaton = ahocorasick.Automaton()
    for literal in {*profile.initiator_literals, *profile.returned_call_literals}:
        automaton.add_word(literal, literal)
    automaton.make_automaton()
    return automaton


@functools.lru_cache(maxsize=32)  # one per language profile of a load
def _patterns_by_literal(profile: LanguageProfile) -> dict[str, tuple[int, ...]]:
    """The indexes of the language's initiator patterns by the fixed part each holds."""
    found: dict[str, list[int]] = {}
    for i, literal in enumerate(profile.initiator_literals):
        found.setdefault(literal, []).append(i)
    return {literal: tuple(indexes) for literal, indexes in found.items()}


def _literals_in(low: str, profile: LanguageProfile) -> set[str]:
    """The fixed parts of the language's patterns the text holds, in one pass (a scan of the
    text per pattern cost more as the pattern families grew)."""
    automaton = _literal_automaton(profile)
    if len(automaton) == 0:
        return set()
    return {literal for _, literal in automaton.iter(low)}


def _named_in_non_leader_office(hits: list[Hit], leader: Hit, text: str) -> bool:
    """Whether a leader is named in an office that is no leader's ("former Prime Minister X",
    "X元総理"): not the side of an engagement in the office of the day."""
    people = [h for h in hits if h.entry.kind != "topic"]
    at = people.index(leader)
    before, after = people[:at], people[at + 1 :]
    return _after_non_leader_title(before, leader, text) or _before_non_leader_title(after, leader, text)


# signs between the side and its phrase in Chinese and Japanese ("ロシア側の要請で", "米国大統領府の要請で")
LEADING_SLOT_GAP_UNSPACED_CHARS = 6
_CLAUSE_COMMA = "、"  # the ideographic comma between clauses


_PARENTHESIS = re.compile(r"[(（][^()（）\n]{1,120}[)）]")


# a name's initial or suffix ("Joseph R. Biden, Jr. called"): its punctuation ends no initiator slot
_NAME_ABBREVIATION = re.compile(r"[, ] ?(?:jr|sr|[^\W\d_])\.(?= [^\W\d_])")


# a dotted acronym ("U.S.", "R.O.K."): its dots end no initiator slot ("at the U.S. side's request")
_DOTTED_ACRONYM = re.compile(r"(?<!\w)(?:[^\W\d_]\.){2,}")


def _acronyms_unpunctuated(low: str, text: str) -> str:
    """``low`` with the dots of dotted acronyms blanked (offsets kept) where the sentence goes on
    after one (a lower-case word follows in ``text``: "U.S. side"; not "H.E. Mr.", "U.S. President")."""
    parts: list[str] = []
    last = 0
    for m in _DOTTED_ACRONYM.finditer(low):
        goes_on = re.match(r" [^\W\d_]", text[m.end() : m.end() + 2]) is not None and text[m.end() + 1].islower()
        if goes_on:
            parts += [low[last : m.start()], m.group(0).replace(".", " ")]
            last = m.end()
    return "".join(parts) + low[last:] if parts else low


def _appositions_unpunctuated(low: str, hits: list[Hit]) -> str:
    """``low`` with the commas (Latin or Arabic-script) around a leader's name in apposition to a title or actor word
    blanked (offsets kept): "El presidente francés, Emmanuel Macron, llamó a ..." is one caller
    slot, as "El presidente francés Emmanuel Macron llamó a ..." is, and so is a title in apposition
    after the name ("Emmanuel Macron, the French President, called ..."). Read only for a slot before
    its phrase (after one, the name's clause would run on into the next: "At the invitation of
    the Indian Prime Minister, Narendra Modi, Putin and Xi met")."""
    chars: list[str] | None = None
    ends = {h.end for h in hits if h.entry.kind in ("title", "actor")}
    title_starts = [h.start for h in hits if h.entry.kind == "title"]
    for hit in hits:
        if hit.entry.kind != "leader":
            continue
        first = _skip_spaces_back(low, hit.start) - 1  # the comma before the name
        second = _skip_spaces(low, hit.end)  # the comma after it
        commas = (
            first >= 0 and second < len(low) and low[first] in _APPOSITION_COMMAS and low[second] in _APPOSITION_COMMAS
        )
        if commas and _skip_spaces_back(low, first) in ends:  # a title or actor word right before the first comma
            chars = chars if chars is not None else list(low)
            chars[first] = chars[second] = " "
        after = _skip_spaces(low, hit.end)  # "Emmanuel Macron, the French President, called ..."
        if after < len(low) and low[after] in _APPOSITION_COMMAS:
            close = _next_comma(low, after + 1, after + _APPOSITION_CHARS)
            plain = close > 0 and not any(mark in low[after + 1 : close] for mark in _SENTENCE_ENDS + ";:")
            titled = plain and any(after < t < close for t in title_starts)  # not "Putin, speaking of France, ..."
            if titled and _skip_spaces_back(low, close) in ends:  # a title or actor word closes it
                chars = chars if chars is not None else list(low)
                chars[after] = chars[close] = " "
    return "".join(chars) if chars is not None else low


_APPOSITION_CHARS = 60  # the longest title in apposition after a name ("the President of the French Republic")
_APPOSITION_COMMAS = ",،"  # Latin and Arabic-script commas ("ولادیمیر پوتین، رئیس جمهور روسیه، با ...")


def _next_comma(low: str, start: int, end: int) -> int:
    """Where the first apposition comma in ``low[start:end]`` is, or -1."""
    return next((at for at in range(start, min(end, len(low))) if low[at] in _APPOSITION_COMMAS), -1)


def _skip_spaces(low: str, at: int) -> int:
    """The first position from ``at`` on that is no space."""
    while at < len(low) and low[at] == " ":
        at += 1
    return at


def _skip_spaces_back(low: str, at: int) -> int:
    """The position after the last character before ``at`` that is no space."""
    while at > 0 and low[at - 1] == " ":
        at -= 1
    return at


def _blanked(match: re.Match[str]) -> str:
    """A name abbreviation with its comma and dot blanked (offsets kept)."""
    return re.sub(r"[.,]", " ", match.group(0))


def _unpunctuated(match: re.Match[str]) -> str:
    """A parenthesis with its punctuation blanked (offsets kept): a name glossed in another
    script ("トランプ米国大統領(The Honorable Donald J. Trump, President of ...)からの要請") stays
    in one initiator slot."""
    return re.sub(r"[.,;:!?。，；]", " ", match.group(0))


def _participant_before(hits: list[Hit], pos: int, participants: list[Candidate]) -> str | None:
    """The side of the participant named last before ``pos``: whom "the latter" ("este",
    "ce dernier", "letzterer") means in an initiator phrase; a title only one participant holds
    names that one ("spoke with Prime Minister Suga ... at the latter's request")."""
    people = {c.key: c.actor_code for c in participants}
    for hit in reversed([h for h in hits if h.end <= pos and h.entry.kind in ("leader", "title")]):
        if hit.entry.kind == "leader" and hit.entry.value in people:
            return people[hit.entry.value]
        holders = {c.actor_code for c in participants if c.office == hit.entry.value}
        if hit.entry.kind == "title" and len(holders) == 1:
            return holders.pop()
    return None


def _actor_named_before(hits: list[Hit], low: str, pos: int, actors: set[str]) -> str | None:
    """The last of ``actors`` named in the sentence before ``pos``: whose title an initiator
    phrase means when the title fits several participants ("находится в Монголии ... по
    приглашению Президента этой страны")."""
    sentence_start = max(low.rfind(mark, 0, pos) for mark in ".!?。\n") + 1
    named = [h.entry.value for h in hits if sentence_start <= h.start < pos and h.entry.kind == "actor"]
    return next((actor for actor in reversed(named) if actor in actors), None)


SIDE_INITIAL_MAX_SIGNS = 2  # "巴方", "乌方"; longer side words name their state in full ("巴西方")


def _side_by_initial(
    slot: str, low: str, hits: list[Hit], participants: list[Candidate], profile: LanguageProfile
) -> str | None:
    """The one participant whose state the text names by a word beginning with the slot's sign
    before one of the language's ``side_initial_suffixes`` ("巴方" after "巴拉圭總統": Paraguay's side;
    "乌方" after "乌克兰总统"): short side words the actor lists leave out as ambiguous (Paraguay,
    Pakistan, Brazil) say which side they are among the engagement's own."""
    suffix = next((s for s in language_list(profile, "side_initial_suffixes") if slot.endswith(s)), None)
    initial = slot[: -len(suffix)] if suffix else ""
    if not initial or len(initial) > SIDE_INITIAL_MAX_SIGNS:
        return None
    sides = {c.actor_code for c in participants}
    starting = {
        h.entry.value
        for h in hits
        if h.entry.kind == "actor" and h.entry.value in sides and low.startswith(initial, h.start)
    }
    return starting.pop() if len(starting) == 1 else None


_SIGN_AFTER_A_PARTICLE = re.compile(r"(?:^|[はがもをにで、,\s])(\w)$")


def _side_by_state_sign(slot: str, participants: list[Candidate], profile: LanguageProfile) -> str | None:
    """The participant whose state the language writes with the one sign that ends a slot before the phrase
    (``state_initials``: "英" in "電話会談は英側の求めによる"), after a particle or a comma."""
    match = _SIGN_AFTER_A_PARTICLE.search(slot)
    code = profile.data.get("state_initials", {}).get(match.group(1)) if match else None
    return code if code in {c.actor_code for c in participants} else None


def _participant_named(slot: str, participants: list[Candidate]) -> str | None:
    """The actor of the one participant a word of ``slot`` (lower case) names by a part of
    their name the reference lacks as an alias ("at the invitation of Dr Samia")."""
    words = {w for w in re.findall(r"[^\W\d_]{3,}", slot)}
    actors = {c.actor_code for c in participants if words & set(re.findall(r"[^\W\d_]{3,}", normalise(c.name)))}
    return actors.pop() if len(actors) == 1 else None
