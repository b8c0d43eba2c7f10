"""Session 35: general gaps that dev's multilateral pages and the session's fresh batch O showed (each case here is the
project's own text of the shape that failed; the guards beside them hold what must not change)."""

from __future__ import annotations

import datetime as dt

from tests.helpers import extract_text, participants_by_actor

WHITE_HOUSE = "https://www.whitehouse.gov/briefing-room/statements-releases/2021/09/17/readout-of-a-forum/"
KREMLIN = "http://en.kremlin.ru/events/president/news/67001"
MOFA_JA = "https://www.mofa.go.jp/mofaj/a_o/ocn/page3_000123.html"


def test_a_leader_who_convened_a_forum_of_leaders_met_those_listed():
    """ "convened the ... Forum" with a list under "Participants included:": a meeting of every leader listed."""
    result = extract_text(
        "Today, President Biden convened the Major Economies Forum on Energy and Climate to urge fellow leaders to "
        "act faster. Leaders underscored the urgency of action.\n"
        "Participants included:\n"
        "-   President Alberto Fernandez, Argentine Republic\n"
        "-   Prime Minister Scott Morrison, Commonwealth of Australia\n"
        "-   Prime Minister Mario Draghi, Italian Republic\n",
        "en",
        dt.date(2021, 9, 17),
        title="Readout of President Biden's Meeting of the Major Economies Forum",
        url=WHITE_HOUSE,
    )
    assert result.outcome == "readout"
    assert result.engagement_type == "meeting"
    assert participants_by_actor(result) == {
        "ARG": "Alberto Fernández",
        "AUS": "Scott Morrison",
        "ITA": "Mario Draghi",
        "USA": "Joe Biden",
    }


def test_a_body_that_convened_for_a_session_is_no_meeting_of_leaders():
    """ "the Security Council, which convened for a special meeting": a body met, not a leader hosting others; the
    call reported beside it stays a call."""
    result = extract_text(
        "I addressed the UN Security Council, which convened for a special meeting on Bucha. I also spoke today with "
        "President of the French Republic Emmanuel Macron about the humanitarian situation.",
        "en",
        dt.date(2022, 4, 5),
        title="Address by the President",
        url="https://www.president.gov.ua/en/news/zvernennya-prezidenta-ukrayini-73961",
    )
    assert result.outcome == "readout"
    assert result.engagement_type == "phone_call"


def test_the_leaders_of_listed_states_who_met_are_each_states_leader():
    """ "the Leaders of Canada, France, Germany and the United States met": no name, so each state's leading
    office-holder on the day took part."""
    result = extract_text(
        "Today, the Leaders of Canada, France, Germany, Italy, and the United States met on the margins of the G20 "
        "Summit in Bali and released the following statement: we condemn the missile attacks.",
        "en",
        dt.date(2022, 11, 15),
        title="Joint Statement of Leaders on the Margins of the G20 Summit",
        url="https://www.whitehouse.gov/briefing-room/statements-releases/2022/11/15/joint-statement-of-leaders/",
    )
    assert result.outcome == "readout"
    assert participants_by_actor(result) == {
        "CAN": "Justin Trudeau",
        "DEU": "Olaf Scholz",
        "FRA": "Emmanuel Macron",
        "ITA": "Giorgia Meloni",
        "USA": "Joe Biden",
    }


def test_those_taking_part_in_a_summit_met():
    """A summit's page listing "Taking part in the summit were ...": a meeting of the leaders listed, though its only
    other engagement word names a statement adopted at an earlier summit."""
    result = extract_text(
        "The leaders summed up the results of long-term cooperation. Taking part in the summit were the Sultan of "
        "Brunei Darussalam Hassanal Bolkiah; Prime Minister of the Kingdom of Cambodia Hun Sen; and President of the "
        "Republic of Indonesia Joko Widodo. President of Russia Vladimir Putin: Colleagues, the Joint Statement "
        "adopted at the summit in Singapore in 2018 guides us.",
        "en",
        dt.date(2021, 10, 28),
        title="Russia-ASEAN Summit",
        url=KREMLIN,
    )
    assert result.outcome == "readout"
    assert participants_by_actor(result) == {
        "BRN": "Hassanal Bolkiah",
        "IDN": "Joko Widodo",
        "KHM": "Hun Sen",
        "RUS": "Vladimir Putin",
    }


def test_a_japanese_leaders_meeting_hosted_with_its_attendees_listed():
    """ "首脳会合を開催し" with a heading "（…側出席者）" over one attendee a line: the leaders listed took part,
    by name or by state and title ("ミクロネシア大統領"); a foreign minister on the list is none."""
    result = extract_text(
        "安倍晋三内閣総理大臣は，現地時間25日，国連内会議場において，日本・太平洋島嶼国首脳会合を開催しました。\n"
        "（太平洋島嶼国側出席者）\n"
        "トン・キリバス大統領\n"
        "モリ・ミクロネシア大統領\n"
        "パト・パプアニューギニア外務移民相\n",
        "ja",
        dt.date(2014, 9, 26),
        title="日本・太平洋島嶼国首脳会合（概要）",
        url=MOFA_JA,
    )
    assert result.outcome == "readout"
    assert participants_by_actor(result) == {"FSM": "Manny Mori", "JPN": "Shinzō Abe", "KIR": "Anote Tong"}
