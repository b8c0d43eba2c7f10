"""Session 34: general gaps that the session's fresh batch L showed at first sight (each case here is the project's
own text of the shape that failed; the guards beside them hold what must not change)."""

from __future__ import annotations

import datetime as dt

from tests.helpers import extract_text, participants_by_actor

WHITE_HOUSE = "https://www.whitehouse.gov/briefing-room/statements-releases/2023/05/30/statement-on-a-visit/"
UKRAINE = "https://www.president.gov.ua/en/news/prezident-ukrayini-ta-prezident-estoniyi-rozpochali-zustrich"
KREMLIN = "http://en.kremlin.ru/events/president/news/67123"
MOFA_JA = "https://www.mofa.go.jp/mofaj/area/page4_009876.html"


def test_a_visit_announced_for_a_weekday_and_date_without_a_year_is_to_come():
    """ "on Thursday, June 8" in a statement of 30 May: the weekday agrees with 8 June of that year, a day still to
    come, so the page announces the visit."""
    result = extract_text(
        "President Biden looks forward to welcoming Prime Minister Rishi Sunak of the United Kingdom for an Official "
        "Working Visit to the White House on Thursday, June 8 to deepen the partnership between our countries. "
        "The two leaders will review a range of global issues.",
        "en",
        dt.date(2023, 5, 30),
        title="Statement from the Press Secretary on the Visit of Prime Minister Rishi Sunak of the United Kingdom",
        url=WHITE_HOUSE,
    )
    assert result.outcome == "not_readout"
    assert result.reason == "announces an engagement to come, not one that took place"


def test_a_weekday_that_does_not_fall_on_the_date_names_no_plan():
    """The same sentence with a weekday that 8 June 2023 was not (a Friday): no day ahead is read from it, and the
    visit's report stands."""
    result = extract_text(
        "President Biden welcomed Prime Minister Rishi Sunak of the United Kingdom for an Official Working Visit to "
        "the White House on Friday, June 8 to deepen the partnership between our countries. The two leaders "
        "reviewed a range of global issues.",
        "en",
        dt.date(2023, 5, 30),
        title="Readout of President Biden's Meeting with Prime Minister Rishi Sunak of the United Kingdom",
        url=WHITE_HOUSE,
    )
    assert result.outcome == "readout"
    assert participants_by_actor(result) == {"GBR": "Rishi Sunak", "USA": "Joe Biden"}


def test_a_plan_after_the_talks_does_not_make_a_begun_meeting_one_to_come():
    """A guest "who arrived on a working visit" and "After the talks, the Heads of State will meet with the media":
    the meeting has begun; the plan is what follows it."""
    result = extract_text(
        "The meeting of President of Ukraine Volodymyr Zelenskyy with President of the Republic of Estonia Alar "
        "Karis, who arrived in our country on a working visit, began in Kyiv. After the talks, the Heads of State "
        "will meet with representatives of the media.",
        "en",
        dt.date(2022, 2, 22),
        title="Presidents of Ukraine and Estonia began their meeting in Kyiv",
        url=UKRAINE,
    )
    assert result.outcome == "readout"
    assert result.engagement_type == "meeting"
    assert participants_by_actor(result) == {"EST": "Alar Karis", "UKR": "Volodymyr Zelensky"}


def test_an_arrival_before_talks_still_to_come_is_an_announcement():
    """Guard: a guest's arrival and talks still to come, with no word of talks under way, announce the talks."""
    result = extract_text(
        "President of the Republic of Estonia Alar Karis arrived in Kyiv on a working visit. Tomorrow President "
        "Volodymyr Zelenskyy will meet with him.",
        "en",
        dt.date(2022, 2, 21),
        title="President of Estonia arrived in Ukraine on a working visit",
        url=UKRAINE,
    )
    assert result.outcome == "not_readout"
    assert result.reason == "announces an engagement to come, not one that took place"


def test_two_other_leaders_recent_calls_recalled_in_a_call_readout_make_no_roundup():
    """ "as discussed by X and Y during their recent contacts over the telephone": other leaders' earlier calls,
    recalled in the report of this one."""
    result = extract_text(
        "Vladimir Putin had a telephone conversation with Prime Minister of the Italian Republic Mario Draghi. "
        "The leaders discussed the situation on the border, noting the need for a settlement as discussed by "
        "President of Belarus Alexander Lukashenko and Acting Federal Chancellor of Germany Angela Merkel during "
        "their recent contacts over the telephone.",
        "en",
        dt.date(2021, 11, 22),
        title="Telephone conversation with Prime Minister of Italy Mario Draghi",
        url=KREMLIN,
    )
    assert result.outcome == "readout"
    assert participants_by_actor(result) == {"ITA": "Mario Draghi", "RUS": "Vladimir Putin"}


def test_consultations_held_between_two_leaders_are_a_meeting():
    """ "協議を行った": the prime minister and the president consulted at the summit's venue, a meeting."""
    result = extract_text(
        "日米首脳間の協議\n令和3年6月12日\n"
        "現地時間6月12日、英国を訪問中の菅義偉内閣総理大臣は、ジョセフ・バイデン米国大統領とサミット会場において、"
        "計約10分間協議を行ったところ、概要は以下のとおりです。",
        "ja",
        dt.date(2021, 6, 12),
        url=MOFA_JA,
    )
    assert result.outcome == "readout"
    assert result.engagement_type == "meeting"
    assert participants_by_actor(result) == {"JPN": "Yoshihide Suga", "USA": "Joe Biden"}


def test_a_dotted_pair_and_an_initials_pair_in_a_title_are_two_calls():
    """ "日・カナダ首脳電話会談及び日英首脳電話会談": the calls with Canada's and Britain's prime ministers, two
    engagements on one page."""
    result = extract_text(
        "日・カナダ首脳電話会談及び日英首脳電話会談\n"
        "菅義偉内閣総理大臣は、2月3日、ジャスティン・トルドー・カナダ首相と日・カナダ首脳電話会談を、また、2月16日、"
        "ボリス・ジョンソン英国首相と日英首脳電話会談を行いました。",
        "ja",
        dt.date(2021, 3, 1),
        url=MOFA_JA,
    )
    assert result.outcome == "not_readout"
    assert result.reason == "reports several engagements (a roundup or an essay), not one"


def test_a_dotted_pair_alone_in_a_title_is_one_call():
    """Guard: the dotted pair of one call alone names that call."""
    result = extract_text(
        "日・カナダ首脳電話会談\n"
        "菅義偉内閣総理大臣は、2月3日、ジャスティン・トルドー・カナダ首相と日・カナダ首脳電話会談を行いました。",
        "ja",
        dt.date(2021, 2, 3),
        url=MOFA_JA,
    )
    assert result.outcome == "readout"
    assert participants_by_actor(result) == {"CAN": "Justin Trudeau", "JPN": "Yoshihide Suga"}


def test_a_leader_who_reached_out_to_the_author_of_a_statement_initiated_the_call():
    """A first-person statement: "President Zelenskyy reached out to me tonight and we just finished speaking"."""
    result = extract_text(
        "President Zelenskyy reached out to me tonight and we just finished speaking. I condemned this unprovoked "
        "attack and briefed him on the steps we are taking.",
        "en",
        dt.date(2022, 2, 24),
        title="Statement by President Joe Biden on Phone Call with President Volodymyr Zelenskyy of Ukraine",
        url=WHITE_HOUSE,
    )
    assert result.outcome == "readout"
    assert result.initiator_code == "UKR"


def test_a_guests_thanks_for_the_invitation_to_a_conference_name_no_initiator_of_the_talks_on_its_margins():
    """The guest came to Japan to attend TICAD and thanked for the invitation: to the conference, not to the
    bilateral talks, which no side is said to have asked for."""
    result = extract_text(
        "日・ボツワナ首脳会談\n"
        "本2日、横浜において、安倍晋三内閣総理大臣は、セレツェ・カーマ・イアン・カーマ・ボツワナ共和国大統領との間で"
        "首脳会談を行ったところ、概要は以下のとおりです。なお、カーマ大統領は第5回アフリカ開発会議(TICADV)に参加するため"
        "来日中です。\n"
        "1.冒頭、安倍総理から、カーマ大統領の訪日を歓迎しました。これに対してカーマ大統領から、訪日の招待に謝意を表明"
        "しました。",
        "ja",
        dt.date(2013, 6, 2),
        url=MOFA_JA,
    )
    assert result.outcome == "readout"
    assert result.initiator_code is None


def test_a_guests_thanks_for_the_invitation_to_an_official_visit_name_the_host():
    """Guard: with no conference to attend, the guest's thanks for the invitation name the host as the initiator."""
    result = extract_text(
        "日・ボツワナ首脳会談\n"
        "本2日、東京において、安倍晋三内閣総理大臣は、公式実務訪問賓客として訪日中のセレツェ・カーマ・イアン・カーマ・"
        "ボツワナ共和国大統領との間で首脳会談を行ったところ、概要は以下のとおりです。\n"
        "1.冒頭、安倍総理から、カーマ大統領の訪日を歓迎しました。これに対してカーマ大統領から、訪日の招待に謝意を表明"
        "しました。",
        "ja",
        dt.date(2013, 6, 2),
        url=MOFA_JA,
    )
    assert result.outcome == "readout"
    assert result.initiator_code == "JPN"
