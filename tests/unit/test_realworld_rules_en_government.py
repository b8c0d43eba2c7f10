"""Rules read off English government pages (GOV.UK, PMO Canada, MOFA, Kremlin, European Council), each tested on a
short text written for the rule."""

from __future__ import annotations

import datetime as dt

from tests.helpers import extract_text, participants_by_actor


def test_a_person_named_twice_before_their_term_as_leader_does_not_take_part():
    text = (
        "Mr. Fumio Kishida, Minister for Foreign Affairs, held a meeting with Dr. Frank-Walter Steinmeier, "
        "Federal Minister for Foreign Affairs of Germany, in Hiroshima. "
        "Minister Kishida welcomed Minister Steinmeier and the two ministers discussed the G7 agenda."
    )
    got = extract_text(text, "en", dt.date(2016, 4, 10))
    assert got.outcome == "not_readout"
    assert got.participants == []


def test_a_weekday_followed_by_its_date_is_that_date_not_the_last_such_weekday():
    text = (
        "On Tuesday, March 3, President Sauli Niinisto of Finland met with President Emmanuel Macron of France "
        "in Paris."
    )
    got = extract_text(text, "en", dt.date(2020, 3, 20))
    assert got.outcome == "readout"
    assert got.engagement_date == dt.date(2020, 3, 3)


def test_yesterday_after_a_dated_dateline_counts_from_the_dateline_day():
    first = (
        "CANADA, June 14 - Yesterday, Prime Minister Justin Trudeau met with Chancellor Olaf Scholz of Germany "
        "on the margins of the summit."
    )
    got = extract_text("The leaders discussed trade.", "en", dt.date(2022, 6, 14), title=first)
    assert got.outcome == "readout"
    assert got.engagement_date == dt.date(2022, 6, 13)


def test_a_bracketed_clock_note_after_the_first_date_is_not_a_dateline():
    text = (
        "On May 21, from 4 p.m. local time (5 p.m. Japan time) for about an hour, Prime Minister Fumio Kishida "
        "held a summit meeting with President Joe Biden. The overview of the meeting is as follows."
    )
    got = extract_text(text, "en", dt.date(2022, 5, 31))
    assert got.outcome == "readout"
    assert got.engagement_date == dt.date(2022, 5, 21)
    assert participants_by_actor(got) == {"JPN": "Fumio Kishida", "USA": "Joe Biden"}


def test_two_leaders_named_before_held_a_conversation_had_a_call():
    text = (
        "OTTAWA, March 2, 2026 - The Prime Minister, Mark Carney, and the President of France, Emmanuel Macron, "
        "held a conversation this afternoon on trade and security. They agreed to remain in close contact."
    )
    got = extract_text(text, "en", dt.date(2026, 3, 2))
    assert got.outcome == "readout"
    assert got.engagement_type == "phone_call"
    assert participants_by_actor(got) == {"CAN": "Mark Carney", "FRA": "Emmanuel Macron"}


def test_thanks_for_a_personal_invitation_name_the_host_as_initiator():
    text = (
        "Prime Minister Keir Starmer met President Emmanuel Macron this morning in Paris. "
        "The Prime Minister thanked the President for the personal invitation to the commemorations."
    )
    got = extract_text(text, "en", dt.date(2024, 11, 11))
    assert got.outcome == "readout"
    assert got.initiator_code == "FRA"


def test_a_guest_invited_to_have_a_meeting_with_the_host_names_the_host_as_initiator():
    text = (
        "PRIME MINISTER ANTHONY ALBANESE: I was invited to have a meeting with President Biden at his home today. "
        "We discussed the alliance."
    )
    got = extract_text(text, "en", dt.date(2024, 9, 20))
    assert got.outcome == "readout"
    assert got.initiator_code == "USA"


def test_on_a_page_known_to_its_month_only_a_former_leader_named_twice_is_no_participant():
    text = (
        "PRIME MINISTER: It began with a meeting with my friend Tony Blair here in London. "
        "Then I spoke at a conference on growth.\n"
        "JOURNALIST: Would you support Tony Blair's plan?"
    )
    got = extract_text(text, "en", published_month="2025-09", url="https://www.pm.gov.au/media/doorstop")
    assert "GBR" not in participants_by_actor(got)
    assert got.outcome == "not_readout"


def test_a_leader_meeting_another_states_minister_of_defense_is_no_readout():
    first = "TAIWAN, May 3 - President Tsai meets Paraguay Minister of Defense Carlos Ruiz"
    body = (
        "On the afternoon of May 3, President Tsai Ing-wen met with Minister of Defense Carlos Ruiz of Paraguay. "
        "Last year, President Mario Abdo Benitez and I visited each other's countries."
    )
    got = extract_text(body, "en", dt.date(2022, 5, 3), title=first)
    assert got.outcome == "not_readout"


def test_a_page_on_a_foreign_ministerial_call_is_no_leaders_readout_even_when_it_recounts_theirs():
    title = "Japan-Australia Foreign Ministerial Telephone Talks"
    body = (
        "Minister for Foreign Affairs Taro Aso held telephone talks with Foreign Minister Alexander Downer. "
        "Minister Aso explained the telephone talks on March 2 between Prime Minister Junichiro Koizumi "
        "and Prime Minister John Howard."
    )
    got = extract_text(body, "en", dt.date(2006, 3, 3), title=title)
    assert got.outcome == "not_readout"


def test_a_future_date_in_a_leading_phrase_about_another_event_does_not_make_the_call_a_plan():
    text = (
        "In view of the summit scheduled to take place on March 20, 2021 in Brussels, Vladimir Putin had a "
        "telephone conversation with Emmanuel Macron at the French side's initiative. They discussed Libya."
    )
    got = extract_text(text, "en", dt.date(2021, 3, 2))
    assert got.outcome == "readout"
    assert got.engagement_type == "phone_call"
    assert got.initiator_code == "FRA"


def test_the_publishers_own_leader_left_out_of_the_title_joins_the_title_pair():
    title = "Telephone conversation with Angela Merkel and Francois Hollande"
    body = (
        "Vladimir Putin had a telephone conversation with Federal Chancellor of Germany Angela Merkel and "
        "President of France Francois Hollande.\n\nThe leaders discussed the gas talks."
    )
    got = extract_text(
        body, "en", dt.date(2014, 6, 20), title=title, url="http://en.kremlin.ru/events/president/news/1"
    )
    assert got.outcome == "readout"
    assert participants_by_actor(got) == {
        "RUS": "Vladimir Putin",
        "DEU": "Angela Merkel",
        "FRA": "François Hollande",
    }


def test_a_courtesy_call_by_a_deputy_prime_minister_named_before_his_title_is_no_readout():
    title = "Courtesy call on Prime Minister Noda by H.E. Mr. Nguyen Xuan Phuc, Deputy Prime Minister of Viet Nam"
    body = (
        "On Sunday, July 1, Mr. Yoshihiko Noda, Prime Minister of Japan, received a courtesy call from H.E. Mr. "
        "Nguyen Xuan Phuc, Deputy Prime Minister of Viet Nam, for about 20 minutes.\n\n"
        "Prime Minister Noda recalled the Summit Meeting held when H.E. Mr. Nguyen Tan Dung, Prime Minister of "
        "Viet Nam, visited Japan in April."
    )
    got = extract_text(body, "en", dt.date(2012, 7, 1), title=title)
    assert got.outcome == "not_readout"
