"""Session 36: general gaps that dev's pages and the session's fresh batches showed (each case here is the project's
own text of the shape that failed; the guards beside them hold what must not change)."""

from __future__ import annotations

import datetime as dt

from tests.helpers import extract_text, participants_by_actor

PRESIDENT_UA = "https://www.president.gov.ua/en/news/zvernennya-prezidenta-ukrayini-74001"
WHITE_HOUSE = "https://www.whitehouse.gov/briefing-room/statements-releases/2022/04/27/readout/"

SEVERAL = "reports several engagements (a roundup or an essay), not one"


def test_elliptical_sentences_naming_next_counterparts_make_a_roundup():
    """ "I spoke today with X. ... With Y. With Z and W.": each verbless "With ..." sentence is another call."""
    result = extract_text(
        "Good evening! I spoke today with Prime Minister of the Netherlands Mark Rutte. We have a new page in our "
        "relations. Thank you for your support. With Prime Minister of Israel Naftali Bennett. With Prime Minister "
        "of Luxembourg Xavier Bettel and President of France Emmanuel Macron. We have support. Glory to Ukraine!",
        "en",
        dt.date(2022, 3, 8),
        title="We will fight to the end - address by the President of Ukraine",
        url=PRESIDENT_UA,
    )
    assert result.outcome == "not_readout"
    assert result.reason == SEVERAL


def test_a_with_sentence_naming_the_same_counterpart_is_no_second_call():
    """Guard: "With President Macron we agreed ..." after the call with him goes on about that one call."""
    result = extract_text(
        "I spoke today with President of France Emmanuel Macron. With President Macron we agreed on new steps. "
        "The conversation was long.",
        "en",
        dt.date(2022, 3, 8),
        title="Address by the President of Ukraine",
        url=PRESIDENT_UA,
    )
    assert result.outcome == "readout"
    assert participants_by_actor(result) == {"FRA": "Emmanuel Macron", "UKR": "Volodymyr Zelensky"}


def test_a_with_sentence_far_from_any_call_adds_no_engagement():
    """Guard: a "With ..." sentence far from the cue sentence is no elliptical continuation of it."""
    result = extract_text(
        "I spoke today with President of France Emmanuel Macron about sanctions. We discussed the next package. "
        "We discussed the air defence. We discussed the grain corridor. We discussed the summit. "
        "With Prime Minister of Israel Naftali Bennett in mind, Ukraine will keep talking to every partner.",
        "en",
        dt.date(2022, 3, 8),
        title="Address by the President of Ukraine",
        url=PRESIDENT_UA,
    )
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"FRA", "UKR"}


def test_two_cue_sentences_each_with_another_states_leader_alone_are_two_calls():
    """ "I spoke today with the President of Indonesia. ... A conversation took place with the Prime Minister of
    Italy.": the publishing side's leader had two engagements, with leaders of two other states."""
    result = extract_text(
        "I spoke today with the President of Indonesia. We discussed the G20 summit and food security. "
        "A conversation took place with the Prime Minister of Italy. We discussed the sanctions.",
        "en",
        dt.date(2022, 4, 27),
        title="We will get through this - address by the President of Ukraine",
        url=PRESIDENT_UA,
    )
    assert result.outcome == "not_readout"
    assert result.reason == SEVERAL


def test_a_later_cue_sentence_naming_the_same_counterpart_alone_is_one_call():
    """Guard: two cue sentences each naming the same foreign leader alone are one call."""
    result = extract_text(
        "President Biden spoke today with Prime Minister Kishida of Japan. During the call, Prime Minister Kishida "
        "briefed on the Japanese sanctions. The call with Prime Minister Kishida lasted an hour.",
        "en",
        dt.date(2022, 4, 27),
        title="Readout of President Biden's Call with Prime Minister Kishida of Japan",
        url=WHITE_HOUSE,
    )
    assert result.outcome == "readout"
    assert participants_by_actor(result) == {"JPN": "Fumio Kishida", "USA": "Joe Biden"}
