"""Rules found by session 13's paradigm sweep of Chinese (both scripts), Japanese and Korean
phrase families, and on its fresh pages: each case is a sentence written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import extract_text, participants_by_actor

DAY_2020 = dt.date(2020, 9, 18)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a former prime minister named after his name ("安倍前首相"), in traditional characters
        ("zh", "蔡總統今日接見安倍前首相，雙方就臺日關係交換意見。"),
        # greetings conveyed on behalf of a former prime minister at a vice president's dinner
        ("zh", "副總統今晚設宴款待日本前首相森喜朗一行，森前首相並代表安倍前首相向蔡總統表達問候。"),
        # "former" before the state and the title ("前美國總統")
        ("zh", "蔡總統今日接見前美國總統柯林頓。"),
        # Korean: "전" before the state and the title, after the name
        ("ko", "문재인 대통령은 오늘 아베 신조 전 일본 총리를 접견했다."),
        # Korean press's hanja "前" before the title
        ("ko", "문재인 대통령은 오늘 아베 前 총리를 접견했다."),
        # Japanese: "前" before the state and the title, after the name
        ("ja", "菅総理大臣は本日、メルケル前ドイツ首相と会談した。"),
    ],
)
def test_a_leader_named_as_former_takes_no_part(language: str, text: str):
    got = extract_text(text, language, DAY_2020)
    assert got.outcome == "not_readout", participants_by_actor(got)


@pytest.mark.parametrize(
    ("language", "text", "actors"),
    [
        ("ja", "菅総理大臣は本日、メルケル・ドイツ首相と会談した。", {"JPN", "DEU"}),
        # "전" meaning "before" ahead of a sitting leader's name
        ("ko", "문재인 대통령은 회담 전 메르켈 독일 총리와 통화했다.", {"KOR", "DEU"}),
        ("ko", "문재인 대통령은 오늘 메르켈 독일 총리와 통화했다.", {"KOR", "DEU"}),
    ],
)
def test_a_sitting_leader_beside_a_former_word_keeps_the_readout(language: str, text: str, actors: set[str]):
    got = extract_text(text, language, DAY_2020)
    assert got.outcome == "readout", got.reason
    assert set(participants_by_actor(got)) == actors


DAY_FRIDAY = dt.date(2023, 5, 12)
DAY_MONDAY = dt.date(2023, 5, 15)


@pytest.mark.parametrize(
    ("language", "text", "published", "day"),
    [
        # a weekday of last week: the calendar week before publication
        ("zh", "美国总统拜登上周五与韩国总统尹锡悦通电话。", DAY_FRIDAY, dt.date(2023, 5, 5)),
        ("zh", "美国总统拜登上周五与韩国总统尹锡悦通电话。", DAY_MONDAY, dt.date(2023, 5, 12)),
        ("zh", "美國總統拜登上個星期三與南韓總統尹錫悅通電話。", DAY_FRIDAY, dt.date(2023, 5, 3)),
        ("ja", "岸田首相は先週金曜日、バイデン米大統領と電話会談した。", DAY_FRIDAY, dt.date(2023, 5, 5)),
        ("ko", "바이든 대통령은 지난주 금요일 기시다 후미오 일본 총리와 통화했다.", DAY_FRIDAY, dt.date(2023, 5, 5)),
        ("ko", "바이든 대통령은 지난 주 월요일 기시다 후미오 일본 총리와 통화했다.", DAY_FRIDAY, dt.date(2023, 5, 1)),
        # Sunday's spoken names, which CLDR lacks
        ("zh", "美国总统拜登星期天与韩国总统尹锡悦通电话。", DAY_FRIDAY, dt.date(2023, 5, 7)),
        ("zh", "美國總統拜登禮拜天與南韓總統尹錫悅通電話。", DAY_FRIDAY, dt.date(2023, 5, 7)),
    ],
)
def test_a_weekday_of_last_week_and_spoken_weekday_names_date_the_engagement(
    language: str, text: str, published: dt.date, day: dt.date
):
    got = extract_text(text, language, published)
    assert got.outcome == "readout", got.reason
    assert got.engagement_date == day


def test_a_weekday_without_last_week_stays_the_latest_such_day():
    got = extract_text("美国总统拜登周五与韩国总统尹锡悦通电话。", "zh", DAY_MONDAY)
    assert got.engagement_date == dt.date(2023, 5, 12)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # planned with someone or for next week
        ("zh", "美国总统拜登计划下周与中国国家主席习近平通电话。"),
        ("zh", "据报道，法国总统马克龙计划与国家主席习近平举行会晤。"),
        # the plain non-past quoted by an announcement
        ("ja", "政府は、岸田総理大臣が来週、尹錫悦韓国大統領と首脳会談を行うと発表した。"),
        ("ja", "官邸筋によると、岸田首相はマクロン仏大統領と電話会談すると明らかにした。"),
    ],
)
def test_an_engagement_planned_or_announced_is_not_a_readout(language: str, text: str):
    got = extract_text(text, language, DAY_FRIDAY)
    assert got.outcome == "not_readout", participants_by_actor(got)


@pytest.mark.parametrize(
    ("language", "text", "published", "actors"),
    [
        # a Korean president named by surname and title in Japanese and Chinese
        ("ja", "岸田総理は10日、尹大統領と電話で会談した。", DAY_FRIDAY, {"JPN", "KOR"}),
        ("ja", "安倍総理は10日、文大統領と電話で会談した。", dt.date(2018, 5, 12), {"JPN", "KOR"}),
        ("zh", "美國總統川普10日與文總統通電話。", dt.date(2018, 5, 12), {"USA", "KOR"}),
        ("ja", "5月10日、安倍総理大臣は、朴大統領と電話会談を行いました。", dt.date(2015, 5, 12), {"JPN", "KOR"}),
        # the katakana reading alone
        (
            "ja",
            "5月10日、安倍総理大臣は、ムン・ジェイン韓国大統領と電話会談を行いました。",
            dt.date(2018, 5, 12),
            {"JPN", "KOR"},
        ),
    ],
)
def test_a_korean_president_by_surname_and_title(language: str, text: str, published: dt.date, actors: set[str]):
    got = extract_text(text, language, published)
    assert got.outcome == "readout", got.reason
    assert set(participants_by_actor(got)) == actors


def test_a_korean_report_quoting_english_is_korean():
    from readouts.parse import detect_language

    text = (
        "바이든 대통령 한국 방문 발표\n\n"
        "조 바이든 미국 대통령이 다음 달 서울을 방문해 윤석열 대통령과 회담한다고 백악관이 밝혔습니다.\n\n"
        "[대변인] “The President looks forward to visiting Seoul and to deepening our alliance with Korea.”\n\n"
        "대변인은 두 정상이 안보와 경제 협력을 논의할 것이라고 설명했습니다.\n\n"
        "[대변인] “They will discuss our shared security, supply chains and the challenges in the region.”\n"
    )
    assert detect_language(text) == "ko"


def test_a_bilingual_page_korean_first_is_korean_and_an_english_page_with_a_korean_line_is_english():
    from readouts.parse import detect_language

    korean = (
        "중국 주석 다음 주 방한\n\n"
        "중국 국가주석이 다음 주 한국을 방문해 대통령과 정상회담을 갖습니다. "
        "두 정상은 협력 방안을 논의할 예정입니다.\n\n"
        "두 정상은 또 여러 약정서를 체결할 계획이라고 대통령실이 밝혔습니다.\n\n"
    )
    english = (
        "Officials say the Chinese president will visit next week to talk about strengthening ties with Seoul.\n\n"
        "The presidential office said the two leaders will discuss energy, food safety and other subjects.\n\n"
        "The two leaders held a summit in May and met again on the sidelines of an international event.\n"
    )
    assert detect_language(korean + english) == "ko"
    assert detect_language("한국어 요약\n\n" + english) == "en"


DAY_2022 = dt.date(2022, 6, 10)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ja",
            "岸田総理は、先ほど、マクロン仏大統領、そしてショルツ独首相と電話会談を行いました。",
        ),
        ("ja", "6月9日、岸田総理大臣は、マクロン・フランス大統領及びショルツ・ドイツ首相と電話会談を行いました。"),
        ("zh", "国家主席习近平9日同法国总统马克龙和德国总理朔尔茨通电话。"),
        ("ko", "윤석열 대통령은 9일 마크롱 프랑스 대통령 및 숄츠 독일 총리와 전화 통화를 했다."),
    ],
)
def test_one_leaders_call_with_two_others_is_several_engagements(language: str, text: str):
    got = extract_text(text, language, DAY_2022)
    assert got.outcome == "not_readout", participants_by_actor(got)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ja", "6月9日、岸田総理大臣は、バイデン米国大統領及び尹錫悦韓国大統領と日米韓三者の電話会談を行いました。"),
        ("ko", "윤석열 대통령은 9일 바이든 미국 대통령 및 기시다 후미오 일본 총리와 3자 전화 통화를 했다."),
    ],
)
def test_a_call_said_to_join_three_sides_is_one_engagement(language: str, text: str):
    got = extract_text(text, language, DAY_2022)
    assert got.outcome == "readout", got.reason
    assert set(participants_by_actor(got)) == {"JPN", "USA", "KOR"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh", "国家主席习近平10日向菲律宾总统马科斯致贺电，祝贺他就职。习近平指出，两国元首去年曾通电话。"),
        ("zh", "國家主席習近平10日向菲律賓總統馬可仕致唁電。兩國元首去年曾在曼谷會晤。"),
        (
            "ko",
            "윤석열 대통령은 10일 에르도안 튀르키예 대통령에게 축전을 보냈다. "
            "두 정상은 지난해 정상회담을 가진 바 있다.",
        ),
        (
            "ja",
            "5月10日、岸田総理大臣は、エルドアン・トルコ大統領に対し、祝辞を発出しました。両首脳は昨年、首脳会談を行っています。",
        ),
        (
            "ja",
            "5月10日、岸田総理大臣は、エルドアン・トルコ大統領に祝電を送りました。両首脳は昨年、電話会談を行いました。",
        ),
    ],
)
def test_a_message_sent_then_a_recall_of_earlier_talks_is_no_readout(language: str, text: str):
    got = extract_text(text, language, DAY_FRIDAY)
    assert got.outcome == "not_readout", participants_by_actor(got)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh", "国家主席习近平10日同法国总统马克龙通电话。习近平指出，中方此前已向法方致慰问电。"),
        (
            "ko",
            "윤석열 대통령은 10일 에르도안 튀르키예 대통령과 통화했다. "
            "윤 대통령은 앞서 지진 피해에 대해 조전을 보냈다.",
        ),
        (
            "ja",
            "5月10日、岸田総理大臣は、エルドアン・トルコ大統領と電話会談を行いました。岸田総理から、先般祝電を送ったことに触れました。",
        ),
    ],
)
def test_a_call_reported_first_keeps_the_readout_whatever_messages_follow(language: str, text: str):
    got = extract_text(text, language, DAY_FRIDAY)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == "phone_call"


def test_a_leader_calling_on_taiwans_president_is_a_meeting():
    got = extract_text("帛琉總統惠恕仁10日上午晉見蔡英文總統，雙方就兩國合作交換意見。", "zh", DAY_FRIDAY)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == "meeting"
    assert set(participants_by_actor(got)) == {"PLW", "TWN"}


@pytest.mark.parametrize("text", ["美國聯邦參議員訪問團10日上午晉見蔡英文總統。", "瓜地馬拉外交部長10日晉見蔡總統。"])
def test_officials_calling_on_taiwans_president_are_no_readout(text: str):
    got = extract_text(text, "zh", DAY_FRIDAY)
    assert got.outcome == "not_readout", participants_by_actor(got)


@pytest.mark.parametrize(
    ("language", "text", "initiator"),
    [
        # invited, the host state named after the invitation
        ("zh", "国家主席习近平应邀对法国进行国事访问，10日在巴黎同法国总统马克龙举行会谈。", "FRA"),
        ("zh", "国家主席习近平应邀访问法国，10日在巴黎同法国总统马克龙举行会谈。", "FRA"),
        # the formal word for an invitation
        ("ja", "岸田総理大臣は、バイデン大統領の招請により米国を公式訪問し、10日、首脳会談を行った。", "USA"),
        # the caller said to have called first, with a day between
        ("ko", "바이든 대통령이 10일 윤석열 대통령에게 먼저 전화를 걸어 통화가 이뤄졌다.", "USA"),
        (
            "ko",
            "윤석열 대통령은 10일 바이든 대통령과 통화했다. 통화는 바이든 대통령이 먼저 전화를 걸어 이뤄졌다.",
            "USA",
        ),
    ],
)
def test_invitations_and_first_callers_name_the_initiator(language: str, text: str, initiator: str):
    got = extract_text(text, language, DAY_FRIDAY)
    assert got.outcome == "readout", got.reason
    assert got.initiator_code == initiator


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh", "美国总统拜登有望下月与中国国家主席习近平会晤。"),
        ("zh", "美國總統拜登預計下週與日本首相岸田文雄會晤。"),
        ("ja", "岸田首相は、バイデン大統領との首脳会談を検討している。"),
        ("ja", "岸田首相、バイデン大統領と首脳会談へ"),
        ("ja", "岸田首相は来週、バイデン米大統領と会談する見込みだ。"),
    ],
)
def test_an_engagement_expected_or_considered_is_not_a_readout(language: str, text: str):
    got = extract_text(text, language, DAY_FRIDAY)
    assert got.outcome == "not_readout", participants_by_actor(got)


def test_a_call_reported_then_cooperation_expected_keeps_the_readout():
    got = extract_text("国家主席习近平10日同法国总统马克龙通电话。双方有望在贸易领域加强合作。", "zh", DAY_FRIDAY)
    assert got.outcome == "readout", got.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "zh",
            "国家主席习近平10日在人民大会堂会见美国微软公司创始人比尔·盖茨。习近平表示，去年同拜登总统会晤时达成共识。",
        ),
        (
            "ja",
            "岸田総理大臣は10日、ビル・ゲイツ氏と面会した。岸田総理は、昨年のバイデン大統領との首脳会談に言及した。",
        ),
        (
            "ko",
            "윤석열 대통령은 10일 빌 게이츠 회장을 접견했다. "
            "윤 대통령은 지난해 바이든 대통령과 정상회담을 가진 바 있다.",
        ),
    ],
)
def test_a_leader_meeting_no_leader_then_recalling_last_years_talks_is_no_readout(language: str, text: str):
    got = extract_text(text, language, DAY_FRIDAY)
    assert got.outcome == "not_readout", participants_by_actor(got)


def test_last_year_in_another_clause_of_the_engagement_sentence_keeps_its_leaders():
    text = (
        "新加坡总理昨天在总统府举行领导人年度会晤。"
        "李显龙总理同到访的马来西亚首相安华举行会晤，这是安华去年上任以来首次访问新加坡。"
    )
    got = extract_text(text, "zh", dt.date(2023, 1, 31))
    assert got.outcome == "readout", got.reason
    assert set(participants_by_actor(got)) == {"SGP", "MYS"}


@pytest.mark.parametrize(
    "text",
    [
        # "此前" (earlier), "目前" (now), "日前" (recently) end in 前 and mark no former leader
        "此前美国总统拜登曾与国家主席习近平通话。国家主席习近平10日同美国总统拜登通电话。",
        "国家主席习近平10日同目前美国总统拜登通电话。",
        "国家主席习近平日前美国总统拜登通电话。",
    ],
)
def test_a_word_ending_in_the_former_word_marks_no_former_leader(text: str):
    got = extract_text(text, "zh", DAY_FRIDAY)
    assert got.outcome == "readout", got.reason
    assert set(participants_by_actor(got)) == {"CHN", "USA"}


def test_korean_before_after_an_event_marks_no_former_leader():
    text = "회담 전 미국 대통령은 기자들에게 말했다. 윤석열 대통령은 10일 바이든 미국 대통령과 정상회담을 했다."
    got = extract_text(text, "ko", DAY_FRIDAY)
    assert got.outcome == "readout", got.reason
    assert set(participants_by_actor(got)) == {"KOR", "USA"}
