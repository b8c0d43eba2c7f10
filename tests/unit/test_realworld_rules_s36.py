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


def test_a_title_followed_by_in_and_a_capital_is_not_that_states_leader():
    """ "engagements with the Prime Minister in Bangkok": where the named prime minister was, not Thailand's; the
    vice-president's breakfast with him stays no leaders' engagement."""
    result = extract_text(
        "Vice President Kamala Harris today hosted Prime Minister Kishida Fumio for a breakfast meeting at her "
        "residence, following up on the Vice President's recent engagements with the Prime Minister in Bangkok in "
        "November and in Tokyo in September. The Vice President and Prime Minister discussed regional issues.",
        "en",
        dt.date(2023, 1, 13),
        title="Readout of Vice President Harris's Meeting with Prime Minister Kishida of Japan",
        url=WHITE_HOUSE,
    )
    assert result.outcome == "not_readout"
    assert result.participants == []
    assert "prayut" not in result.mentioned_leaders


def test_a_title_followed_by_its_state_still_names_that_states_leader():
    """Guard: "the Prime Minister of Thailand" is Thailand's."""
    result = extract_text(
        "President Biden spoke today with the Prime Minister of Thailand about the summit.",
        "en",
        dt.date(2023, 1, 13),
        title="Readout of President Biden's Call",
        url=WHITE_HOUSE,
    )
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"THA", "USA"}


def test_a_host_looking_forward_to_welcoming_a_leader_announces_a_visit():
    """ "looks forward to welcoming President X tomorrow ... During the visit, President Biden will announce": a visit
    to come."""
    result = extract_text(
        "President Biden has invited President Volodymyr Zelenskyy of Ukraine to visit Washington. President Biden "
        "looks forward to welcoming President Zelenskyy tomorrow at the White House. During the visit, President "
        "Biden will announce a new package of security assistance.",
        "en",
        dt.date(2022, 12, 20),
        title="Statement by the Press Secretary on the Visit of President Zelenskyy of Ukraine",
        url=WHITE_HOUSE,
    )
    assert result.outcome == "not_readout"
    assert result.reason == "announces an engagement to come, not one that took place"


def test_a_number_of_engagements_with_world_leaders_is_a_roundup():
    """ "carried out a number of engagements with world leaders this weekend ... These meetings and calls": several."""
    result = extract_text(
        "Prime Minister Liz Truss carried out a number of engagements with world leaders this weekend. These meetings "
        "and calls were an opportunity to reaffirm our relationships. The list is as below:\n"
        "- Prime Minister Anthony Albanese of Australia [in person]\n"
        "- Sheikh Mohammed bin Zayed al Nahyan, President of the United Arab Emirates [phone call]\n",
        "en",
        dt.date(2022, 9, 18),
        title="PM meetings with foreign leaders: 17 and 18 September 2022",
        url="https://www.gov.uk/government/news/pm-meetings-with-foreign-leaders-17-and-18-september-2022",
    )
    assert result.outcome == "not_readout"
    assert result.reason == SEVERAL
