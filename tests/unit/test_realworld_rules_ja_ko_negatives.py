"""Rules found on fresh Japanese and Korean pages of session 12 (hard negatives: ministers'
talks, courtesy calls, visits to come): each case is a sentence written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import extract_text, participants_by_actor

DAY_2018 = dt.date(2018, 6, 7)
DAY_2023 = dt.date(2023, 5, 12)


@pytest.mark.parametrize(
    "text",
    [
        # the polite present of meeting, of a meeting planned for the day (another summit named)
        "아베 신조 일본 총리가 미-북 정상회담을 앞두고 오늘 워싱턴을 방문해 도널드 트럼프 미국 대통령과 만납니다.",
        # the plain present, and "next week" written without its space
        "아베 신조 일본 총리가 다음주 정상회담을 위해 도널드 트럼프 미국 대통령과 만난다.",
    ],
)
def test_a_korean_meeting_in_the_present_tense_is_one_to_come(text: str):
    got = extract_text(text, "ko", DAY_2018)
    assert got.outcome == "not_readout"


def test_a_korean_meeting_in_the_past_tense_is_reported():
    text = "아베 신조 일본 총리가 오늘 워싱턴을 방문해 도널드 트럼프 미국 대통령과 만났습니다."
    got = extract_text(text, "ko", DAY_2018)
    assert got.outcome == "readout", got.reason
    assert set(participants_by_actor(got)) == {"JPN", "USA"}


def test_a_headline_repeated_above_a_video_players_lines_is_not_the_reports_lead():
    title = "캐나다 총리, 윤석열 대통령과 정상회담"
    text = (
        "캐나다 총리, 윤석열 대통령과 정상회담\n"
        "please wait\n"
        "0:00 0:02:41 0:00\n\n"
        "쥐스탱 트뤼도 캐나다 총리가 오는 16일 서울을 방문해 윤석열 대통령과 정상회담을 할 예정입니다."
    )
    got = extract_text(text, "ko", DAY_2023, title=title)
    assert got.outcome == "not_readout"


def test_a_headline_repeated_above_a_report_of_a_past_meeting_keeps_the_readout():
    title = "캐나다 총리, 윤석열 대통령과 정상회담"
    text = (
        "캐나다 총리, 윤석열 대통령과 정상회담\n"
        "please wait\n"
        "0:00 0:02:41 0:00\n\n"
        "쥐스탱 트뤼도 캐나다 총리가 어제 서울에서 윤석열 대통령과 정상회담을 했습니다."
    )
    got = extract_text(text, "ko", DAY_2023, title=title)
    assert got.outcome == "readout", got.reason
    assert set(participants_by_actor(got)) == {"CAN", "KOR"}


DAY_JAN = dt.date(2023, 1, 13)


def test_a_japanese_courtesy_call_by_a_states_parliamentary_delegation_is_no_leader_engagement():
    text = "本13日、岸田総理大臣は、訪日中の米国上院議員団による表敬を受けました。"
    got = extract_text(text, "ja", DAY_JAN, title="米国上院議員団による岸田総理大臣表敬")
    assert got.outcome == "not_readout"


def test_japanese_talks_in_the_plain_non_past_are_to_come():
    text = "ファム・ミン・チン首相は、15日から来日し、16日に岸田総理大臣と首脳会談を行います。"
    got = extract_text(text, "ja", DAY_JAN)
    assert got.outcome == "not_readout"


def test_japanese_talks_in_the_past_are_reported():
    text = "ファム・ミン・チン首相は、12日に来日し、13日に岸田総理大臣と首脳会談を行いました。"
    got = extract_text(text, "ja", DAY_JAN)
    assert got.outcome == "readout", got.reason
    assert set(participants_by_actor(got)) == {"VNM", "JPN"}


def test_a_korean_summit_held_in_the_present_tense_is_to_come():
    text = "윤석열 대통령과 조 바이든 미국 대통령은 이달 26일 백악관에서 정상회담을 개최합니다."
    got = extract_text(text, "ko", DAY_JAN)
    assert got.outcome == "not_readout"


def test_korean_vice_ministers_talks_about_their_leaders_summit_are_not_the_leaders():
    text = (
        "조현동 외교부 1차관은 13일 워싱턴에서 웬디 셔먼 국무부 부장관과 회담했습니다. "
        "두 사람은 윤석열 대통령과 바이든 대통령의 정상회담 준비를 논의했습니다."
    )
    got = extract_text(text, "ko", DAY_JAN)
    assert got.outcome == "not_readout"


def test_leaders_named_only_in_a_later_sentence_of_plans_did_not_take_part():
    text = (
        "한국과 미국 외교장관은 이번 주 워싱턴에서 만나 지난달 정상회담의 후속 조치를 논의하기로 했습니다. "
        "두 장관은 이번 회담에서 트럼프 대통령과 문재인 대통령 간의 정상회담 개최 문제도 논의할 것으로 알려졌습니다."
    )
    got = extract_text(text, "ko", dt.date(2019, 3, 27))
    assert got.outcome == "not_readout"


def test_a_japanese_leader_meeting_two_leaders_of_one_state_respectively_is_two_engagements():
    text = "安倍総理大臣は、9月に杭州で習近平国家主席と、ビエンチャンで李克強国務院総理とそれぞれ会談した。"
    got = extract_text(text, "ja", dt.date(2016, 12, 1))
    assert got.outcome == "not_readout"


def test_a_japanese_meeting_with_one_leader_stays_a_readout():
    text = "安倍総理大臣は、9月5日に杭州で習近平国家主席と会談した。"
    got = extract_text(text, "ja", dt.date(2016, 9, 6))
    assert got.outcome == "readout", got.reason
    assert set(participants_by_actor(got)) == {"JPN", "CHN"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the Japanese plain non-past closing the sentence, and coordination begun
        ("岸田総理大臣は、15日にマクロン大統領と会談する。", "ja"),
        ("岸田総理大臣は、来週マクロン大統領と首脳会談を行うことで調整に入った。", "ja"),
        # a Korean plan to hold talks, and "next month" unspaced
        ("윤석열 대통령은 20일 기시다 후미오 일본 총리와 정상회담을 할 계획이라고 대통령실이 밝혔습니다.", "ko"),
        ("윤석열 대통령과 기시다 후미오 일본 총리는 다음달 정상회담을 개최하기로 합의했다고 밝혔습니다.", "ko"),
    ],
)
def test_talks_planned_in_japanese_and_korean_are_to_come(text: str, language: str):
    got = extract_text(text, language, DAY_JAN)
    assert got.outcome == "not_readout"


def test_a_korean_leaders_spouse_named_through_the_leader_is_not_the_leader():
    text = "윤석열 대통령은 13일 방한한 기시다 후미오 일본 총리의 부인 기시다 유코 여사를 접견했습니다."
    got = extract_text(text, "ko", DAY_JAN)
    assert got.outcome == "not_readout"
