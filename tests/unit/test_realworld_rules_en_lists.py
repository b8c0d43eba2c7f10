"""Leaders listed one after another in English readouts (multilateral calls, several small states at once),
each rule tested on a short text written for it."""

from __future__ import annotations

import datetime as dt

from tests.helpers import extract_text, participants_by_actor


def test_a_state_ending_the_previous_list_item_is_not_the_next_titles_state():
    text = (
        "President Biden spoke today with Chancellor Scholz of Germany, Prime Minister Johnson of the United "
        "Kingdom and President Macron of France about energy prices."
    )
    got = extract_text(text, "en", dt.date(2022, 3, 1))
    assert got.outcome == "readout"
    assert participants_by_actor(got) == {
        "USA": "Joe Biden",
        "DEU": "Olaf Scholz",
        "GBR": "Boris Johnson",
        "FRA": "Emmanuel Macron",
    }


def test_a_title_followed_by_a_surname_after_a_comma_is_the_next_persons():
    text = (
        "President Biden spoke today with NATO Secretary General Stoltenberg, President Duda of Poland and "
        "President Iohannis of Romania on the security of the eastern flank."
    )
    got = extract_text(text, "en", dt.date(2022, 3, 1))
    assert got.outcome == "readout"
    assert participants_by_actor(got) == {
        "USA": "Joe Biden",
        "NATO": "Jens Stoltenberg",
        "POL": "Andrzej Duda",
        "ROU": "Klaus Iohannis",
    }


def test_the_leaders_joining_a_host_on_the_call_took_part():
    text = (
        "President Biden held a secure conference call today with allies and partners. "
        "The leaders discussed their support for Ukraine. "
        "They also discussed how to hold Russia accountable while keeping energy prices stable.\n\n"
        "Joining President Biden on the call were Prime Minister Trudeau of Canada and Chancellor Scholz of Germany."
    )
    got = extract_text(text, "en", dt.date(2022, 3, 1), title="Readout of President Biden's Call with Allies")
    assert got.outcome == "readout"
    assert participants_by_actor(got) == {"USA": "Joe Biden", "CAN": "Justin Trudeau", "DEU": "Olaf Scholz"}


def test_a_line_wrapped_after_an_abbreviation_goes_on_in_the_same_sentence():
    text = (
        "Today President Biden met in New York with President Surangel Whipps, Jr.\n"
        "of Palau and Prime Minister James Marape of Papua New Guinea to discuss fisheries."
    )
    got = extract_text(text, "en", dt.date(2023, 9, 25))
    assert got.outcome == "readout"
    assert set(participants_by_actor(got)) == {"USA", "PLW", "PNG"}


def test_a_long_hard_wrapped_line_broken_before_a_state_goes_on_in_the_same_sentence():
    text = (
        "Today in New York the President of the United States, Joe Biden, met\n"
        "together with the leaders of the Pacific, including Prime Minister James Marape of\n"
        "Papua New Guinea, to discuss fisheries and climate resilience.\n"
    )
    got = extract_text(text, "en", dt.date(2023, 9, 25))
    assert got.outcome == "readout"
    assert set(participants_by_actor(got)) == {"USA", "PNG"}


def test_a_short_heading_line_still_ends_before_the_next_line():
    text = "Press release\nPrime Minister Justin Trudeau spoke today with President Emmanuel Macron of France."
    got = extract_text(text, "en", dt.date(2023, 9, 25))
    assert got.outcome == "readout"
    assert participants_by_actor(got) == {"CAN": "Justin Trudeau", "FRA": "Emmanuel Macron"}


def test_the_president_of_micronesia_is_known_by_surname():
    text = "President Biden met today with President Simina of Micronesia at the UN General Assembly."
    got = extract_text(text, "en", dt.date(2024, 9, 24))
    assert participants_by_actor(got) == {"USA": "Joe Biden", "FSM": "Wesley Simina"}


def test_an_assistant_to_the_president_meeting_a_leader_is_no_readout():
    text = (
        "Assistant to the President for Homeland Security Jane Doe met yesterday with President Nana Akufo-Addo "
        "of Ghana at the United Nations. They looked forward to the U.S.-Africa Leaders Summit hosted by "
        "President Biden in Washington next month."
    )
    got = extract_text(text, "en", dt.date(2022, 11, 11))
    assert got.outcome == "not_readout"
    assert got.participants == []


def test_a_participants_heading_over_a_list_names_who_took_part():
    text = (
        "On Tuesday, from 9 p.m. for about an hour, Prime Minister Kishida attended the G7 Leaders' Video "
        "Conference on energy. The summary is as follows.\n"
        "1. The leaders exchanged views on energy prices.\n"
        "[Reference] Summit Meeting Participants\n"
        "Japan: Prime Minister Kishida, United States: President Biden, France: President Macron"
    )
    got = extract_text(text, "en", dt.date(2022, 3, 2))
    assert got.outcome == "readout"
    assert participants_by_actor(got) == {"JPN": "Fumio Kishida", "USA": "Joe Biden", "FRA": "Emmanuel Macron"}


def test_a_plural_title_before_several_states_names_each_states_leader():
    text = "Prime Minister Kishida met the Presidents of Palau and the Marshall Islands in Tokyo today."
    got = extract_text(text, "en", dt.date(2024, 7, 17))
    assert participants_by_actor(got) == {
        "JPN": "Fumio Kishida",
        "PLW": "Surangel Whipps Jr.",
        "MHL": "Hilda Heine",
    }
    text = "President Biden spoke today with the Prime Ministers of Sweden, Denmark and Finland about the Baltic."
    got = extract_text(text, "en", dt.date(2024, 3, 12))
    assert set(participants_by_actor(got)) == {"USA", "SWE", "DNK", "FIN"}


def test_coordinated_state_adjectives_before_plural_counterparts_or_titles_each_name_a_leader():
    text = "President Biden spoke with his French and German counterparts today."
    got = extract_text(text, "en", dt.date(2024, 7, 17))
    assert {"USA", "FRA", "DEU"} <= set(participants_by_actor(got))
    text = "President Biden met the Swedish and Finnish Prime Ministers at the White House today."
    got = extract_text(text, "en", dt.date(2024, 7, 17))
    assert participants_by_actor(got) == {"USA": "Joe Biden", "SWE": "Ulf Kristersson", "FIN": "Petteri Orpo"}


def test_a_leader_a_ceremony_is_held_for_is_not_a_participant_in_talks_beside_it():
    text = (
        "President Biden met Prime Minister Albanese on the margins of the coronation of His Majesty King "
        "Charles III in London today."
    )
    got = extract_text(text, "en", dt.date(2023, 5, 6))
    assert participants_by_actor(got) == {"USA": "Joe Biden", "AUS": "Anthony Albanese"}
    text = "President Biden met His Majesty King Charles III at Windsor Castle today."
    got = extract_text(text, "en", dt.date(2023, 7, 10))
    assert participants_by_actor(got) == {"USA": "Joe Biden", "GBR": "Charles III"}
