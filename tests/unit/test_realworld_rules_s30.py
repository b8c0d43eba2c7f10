"""Session 30: general gaps that dev's real pages showed (each case here is the project's own text of the shape
that failed)."""

from __future__ import annotations

import datetime as dt

from tests.helpers import extract_text, participants_by_actor


def test_a_former_leaders_state_title_in_the_same_sentence_is_theirs() -> None:
    """A call with a former president, congratulated on "his election as President of Kazakhstan" years ago: the
    title is the former president's, not his successor's, so the call has one leader and is no readout."""
    text = (
        "Telephone conversation with Nursultan Nazarbayev\n\n"
        "During a telephone conversation, Vladimir Putin congratulated Nursultan Nazarbayev on the anniversary of "
        "his first election as President of the Republic of Kazakhstan.\n"
    )
    got = extract_text(text, "en", dt.date(2021, 12, 1))
    assert got.outcome == "not_readout"
    assert set(participants_by_actor(got)) <= {"RUS"}


def test_a_sitting_leaders_state_title_still_names_the_holder() -> None:
    """The same sentence with a sitting president: the title of his state still names him."""
    text = (
        "Telephone conversation with the President of Kazakhstan\n\n"
        "During a telephone conversation, Vladimir Putin congratulated the President of the Republic of Kazakhstan "
        "on the anniversary of the country's independence.\n"
    )
    got = extract_text(text, "en", dt.date(2021, 12, 16))
    assert got.outcome == "readout"
    assert participants_by_actor(got)["KAZ"] == "Kassym-Jomart Tokayev"
