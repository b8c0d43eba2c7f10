"""Rules and phrase data found on fresh VOA (Dari, Persian), State Department Arabic and
Agência Brasil pages of session 11: each case is a sentence written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import extract_text, participants_by_actor

DAY_2021 = dt.date(2021, 3, 10)
DAY_2006 = dt.date(2006, 1, 5)
DAY_2023 = dt.date(2023, 2, 21)


@pytest.mark.parametrize(
    "text",
    [
        # Dari writes the telephone تیلفون and تلیفون as well as تلفون
        "اشرف غنی رئیس جمهور افغانستان با نارندرا مودی صدراعظم هند تماس تیلفونی داشت.",
        "اشرف غنی رئیس جمهور افغانستان با نارندرا مودی صدراعظم هند صحبت تلیفونی داشت.",
    ],
)
def test_the_dari_spellings_of_the_telephone_make_a_call(text: str):
    got = extract_text(text, "fa", DAY_2021)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == "phone_call"
    assert set(participants_by_actor(got)) == {"AFG", "IND"}


def test_a_persian_defence_minister_meeting_a_leader_is_no_leader_engagement():
    text = (
        "وزیردفاع امریکا امروز در کابل با اشرف غنی رئیس جمهور افغانستان ملاقات کرد. "
        "نارندرا مودی صدراعظم هند هفته گذشته در دهلی از این سفر استقبال کرده بود."
    )
    got = extract_text(text, "fa", DAY_2021)
    assert got.outcome == "not_readout"


def test_a_variant_persian_spelling_of_a_turkish_presidents_name():
    text = "حامد کرزی رئیس جمهوری افغانستان در آنکارا با احمد نجت سزر ملاقات کرده است."
    got = extract_text(text, "fa", DAY_2006)
    assert got.outcome == "readout", got.reason
    assert participants_by_actor(got) == {"AFG": "Hamid Karzai", "TUR": "Ahmet Necdet Sezer"}


@pytest.mark.parametrize(
    ("text", "actor", "name"),
    [
        # a title and the state's adjective, no name: the office holder on the day
        ("التقى الرئيس جو بايدن اليوم بالرئيس البولندي في وارسو.", "POL", "Andrzej Duda"),
        ("تحدث الرئيس جو بايدن هاتفيا اليوم مع رئيس الوزراء الهولندي.", "NLD", "Mark Rutte"),
        ("استقبل الرئيس جو بايدن اليوم الرئيس الأفغاني في البيت الأبيض.", "AFG", "Ashraf Ghani"),
        # the name in Arabic letters
        ("التقى الرئيس جو بايدن اليوم مع أندريه دودا في وارسو.", "POL", "Andrzej Duda"),
    ],
)
def test_arabic_state_adjectives_after_a_title_and_a_name_in_arabic_letters(text: str, actor: str, name: str):
    day = DAY_2021 if actor == "AFG" else DAY_2023
    got = extract_text(text, "ar", day)
    assert got.outcome == "readout", got.reason
    assert participants_by_actor(got) == {"USA": "Joe Biden", actor: name}


DAY_2019 = dt.date(2019, 5, 14)


@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        # Spanish and Portuguese put the meeting's length between the noun and its "with"
        (
            "Tras un encuentro de casi tres horas con el presidente Jair Bolsonaro en Brasilia, "
            "el presidente Mauricio Macri habló con los periodistas.",
            "es",
            {"ARG", "BRA"},
        ),
        (
            "La reunión de hora y media con el presidente Jair Bolsonaro en Brasilia dejó satisfecho "
            "al presidente Mauricio Macri.",
            "es",
            {"ARG", "BRA"},
        ),
        (
            "O presidente Jair Bolsonaro teve um encontro de mais de duas horas com o presidente "
            "Mauricio Macri em Buenos Aires.",
            "pt",
            {"ARG", "BRA"},
        ),
    ],
)
def test_a_meeting_length_between_the_cue_noun_and_its_with_keeps_the_cue(text: str, language: str, pair: set):
    got = extract_text(text, language, DAY_2019)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == "meeting"
    assert set(participants_by_actor(got)) == pair


def test_a_length_alone_makes_no_cue():
    text = "El presidente Mauricio Macri esperó de casi tres horas con paciencia a los periodistas en Brasilia."
    got = extract_text(text, "es", DAY_2019)
    assert got.outcome == "not_readout"


@pytest.mark.parametrize(
    "text",
    [
        # "about to" travel and meet: a meeting to come
        "日本首相即将到华盛顿与美国总统拜登会面,双方将讨论贸易问题。",
        "法国总统马克龙即将前往北京,与中国国家主席习近平举行会谈。",
        # an engagement named only as the time before something else
        "在与韩国总统尹锡悦在首尔会面的前几天,美国总统拜登提出了新的经济倡议。",
        "在同俄罗斯总统普京会晤前夕,法国总统马克龙发表了讲话。",
    ],
)
def test_chinese_meetings_about_to_happen_or_named_as_a_time_before_are_no_readouts(text: str):
    got = extract_text(text, "zh", DAY_2023)
    assert got.outcome == "not_readout", got.participants


def test_chinese_about_to_leave_office_still_reports_the_call():
    text = "即将离任的美国总统拜登今天与法国总统马克龙通电话,感谢他的合作。"
    got = extract_text(text, "zh", DAY_2023)
    assert got.outcome == "readout", got.reason
    assert set(participants_by_actor(got)) == {"USA", "FRA"}


@pytest.mark.parametrize(
    "text",
    [
        # the only other leader is named in a sentence announcing the next meeting (and in a keyword line)
        "美国总统拜登星期一在东京会见当地商界领袖。会见结束后,拜登前往首尔,他将在星期二与韩国总统尹锡悦会晤。\n"
        "关键词:拜登,尹锡悦",
        # ... or only in that sentence
        "美国总统拜登星期一在东京会见当地官员。他将在星期三与法国总统马克龙会谈。",
        "美国总统拜登星期一在东京会见当地官员。他将于星期三与法国总统马克龙会谈。",
    ],
)
def test_a_leader_named_only_for_a_meeting_to_come_is_no_participant(text: str):
    got = extract_text(text, "zh", DAY_2023)
    assert got.outcome == "not_readout", got.participants


@pytest.mark.parametrize(
    "text",
    [
        "美国总统拜登计划在七月初和法国总统马克龙在巴黎举行会谈。",
        "美国总统拜登预定于6月12日在新加坡会见印度总理莫迪。",
    ],
)
def test_a_chinese_meeting_planned_or_scheduled_is_to_come(text: str):
    got = extract_text(text, "zh", DAY_2023)
    assert got.outcome == "not_readout", got.participants


def test_talks_that_will_be_held_are_to_come_in_chinese():
    text = (
        "美国总统拜登已抵达法国,法国总理博尔内星期一在巴黎机场迎候。拜登在离开华盛顿前说,能源问题将是他欧洲会谈的要点。"
    )
    got = extract_text(text, "zh", DAY_2023)
    assert got.outcome == "not_readout", got.participants
