"""Session 23: rules driven by real pages (fresh dev pages and closed-licence probes kept in notes) -- each
case here is the project's own text of the shape that failed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import extract_text, participants_by_actor


@pytest.mark.parametrize(
    ("title", "text", "published", "expected_date"),
    [
        # a page whose first line is the agency's dateline and the report's first sentence (taken for the title):
        # the dateline's day is the filing day, the sentence's "6月22日晚" the engagement's
        (
            "新华社北京6月23日电 6月22日晚，习近平主席在北京同法国总统马克龙通电话。",
            "两国元首就双边关系交换了意见。",
            dt.date(2020, 6, 23),
            dt.date(2020, 6, 22),
        ),
        # a headline, then the dateline on the line below it (a script without capitals)
        (
            "习近平同法国总统马克龙通电话",
            "新华社北京6月23日电 6月22日晚，习近平主席在北京同法国总统马克龙通电话。",
            dt.date(2020, 6, 23),
            dt.date(2020, 6, 22),
        ),
    ],
)
def test_an_agency_dateline_in_chinese_is_the_filing_day(title, text, published, expected_date):
    result = extract_text(text, "zh", published, title=title)
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"CHN", "FRA"}
    assert result.engagement_date == expected_date


def test_a_sentence_below_the_headline_is_no_dateline():
    """A Korean report's second sentence with a bracket ("주요 20개국(G20)") after a day is no agency's dateline:
    its "30일" stays the meeting's day (the page is known only to the month)."""
    text = (
        "트럼프 대통령은 30일 아르헨티나 부에노스아이레스에서 개막한 주요 20개국(G20) 정상회의 현장에서 "
        "아베 총리를 만나, 북한 문제를 논의했다고 백악관 대변인이 밝혔습니다."
    )
    title = "트럼프 대통령과 아베 총리, 대북 압박 유지 협력"
    result = extract_text(text, "ko", None, title=title, published_month="2018-11")
    assert result.outcome == "readout"
    assert result.engagement_date == dt.date(2018, 11, 30)


@pytest.mark.parametrize(
    "sentence",
    [
        "The agreement signed in February fully meets the interests of our friendly peoples.",
        "The new programme meets the needs of both countries.",
    ],
)
def test_meets_the_interests_is_no_meeting(sentence):
    """A message of congratulation whose "meets the interests" meets no one (a Kremlin message to a president)."""
    text = (
        "Vladimir Putin sent a message of congratulations to President of Azerbaijan Ilham Aliyev on the "
        f"country's national holiday. {sentence} I wish you good health and success."
    )
    result = extract_text(text, "en", dt.date(2022, 5, 28), title="Congratulations to President of Azerbaijan")
    assert result.outcome == "not_readout"
    assert result.engagement_type is None


def test_a_leader_an_official_stands_in_for_is_no_guest():
    """A courtesy call by a deputy prime minister "visiting on behalf of" his prime minister (a MOFA page): the
    prime minister named after the official and the relative clause is a mention, not the one received."""
    text = (
        "On March 3, Prime Minister Shinzo Abe received a courtesy call from H.E. Mr. Somchai, Deputy Prime "
        "Minister of the Kingdom of Thailand, who was visiting Japan on behalf of Prime Minister Yingluck of "
        "Thailand."
    )
    result = extract_text(text, "en", dt.date(2013, 3, 3))
    assert result.outcome == "not_readout"
    assert result.participants == []
