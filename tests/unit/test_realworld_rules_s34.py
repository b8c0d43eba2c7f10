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


# --- from fresh batch M's first sight (after batch L's rules) ---

TAIWAN = "https://www.president.gov.tw/NEWS/29999"


def test_a_meeting_of_two_presidents_that_began_is_reported():
    """ "The meeting of President X and President Y began in ...": a meeting named by whose it is, under way."""
    result = extract_text(
        "The meeting of President of Ukraine Volodymyr Zelenskyy and President of the Republic of Poland Andrzej Duda "
        "began in Poland. The heads of state will discuss the security situation.",
        "en",
        dt.date(2022, 1, 20),
        title="Meeting of the Presidents of Ukraine and Poland started",
        url=UKRAINE,
    )
    assert result.outcome == "readout"
    assert participants_by_actor(result) == {"POL": "Andrzej Duda", "UKR": "Volodymyr Zelensky"}


def test_meetings_held_respectively_with_several_leaders_are_a_roundup():
    """ "held meetings, respectively, with A; B; C": one leader's several meetings of a summit's day."""
    result = extract_text(
        "On November 10, Prime Minister Abe held meetings, respectively, with H.E. Mr. Pedro Pablo Kuczynski, "
        "President of the Republic of Peru; the Rt. Hon. Jacinda Ardern, Prime Minister of New Zealand; and the "
        "Right Honourable Justin Trudeau, Prime Minister of Canada.",
        "en",
        dt.date(2017, 11, 10),
        title="APEC Economic Leaders' Meeting and Other Events: First Day",
        url="https://japan.kantei.go.jp/98_abe/actions/201711/10article1.html",
    )
    assert result.outcome == "not_readout"
    assert result.reason == "reports several engagements (a roundup or an essay), not one"


def test_a_message_saying_progress_meets_the_basic_interests_of_two_peoples_is_no_meeting():
    """ "meets the basic interests of the friendly peoples": a congratulation, no one met."""
    result = extract_text(
        "Vladimir Putin congratulated President of the Republic of Tajikistan Emomali Rahmon on the anniversary of "
        'diplomatic relations. The message reads, in part: "I believe further progress in relations between Russia '
        'and Tajikistan meets the basic interests of the friendly peoples of our two countries."',
        "en",
        dt.date(2022, 4, 8),
        title="Congratulations to President of Tajikistan Emomali Rahmon",
        url=KREMLIN,
    )
    assert result.outcome == "not_readout"


def test_the_commissions_executive_vice_president_is_no_leader():
    """ "Executive Vice President of the European Commission Valdis Dombrovskis": the longer title holds the
    Commission president's and names no leader."""
    result = extract_text(
        "President of Ukraine Volodymyr Zelenskyy had a meeting with Executive Vice President of the European "
        "Commission Valdis Dombrovskis. They discussed macro-financial assistance.",
        "en",
        dt.date(2022, 1, 31),
        title="President of Ukraine met with Executive Vice President of the European Commission",
        url=UKRAINE,
    )
    assert result.outcome == "not_readout"
    assert "EU" not in participants_by_actor(result)


def test_an_address_reporting_one_call_then_another_leaders_calls_in_the_first_person_is_a_roundup():
    """On the President's own site: "A conversation took place with US President Biden." then "I spoke today with the
    President of Egypt and the Crown Prince of the United Arab Emirates": calls with three sides."""
    result = extract_text(
        "Dear Ukrainians! A conversation took place with US President Biden. We discussed defence support. "
        "I spoke today with the President of Egypt and the Crown Prince of the United Arab Emirates.",
        "en",
        dt.date(2022, 3, 30),
        title="Address by President of Ukraine Volodymyr Zelenskyy",
        url=UKRAINE,
    )
    assert result.outcome == "not_readout"
    assert result.reason == "reports several engagements (a roundup or an essay), not one"


def test_an_address_reporting_one_call_in_the_first_person_is_its_readout():
    """Guard: one call, then the leader's own words on other matters: that call's readout."""
    result = extract_text(
        "Dear Ukrainians! A conversation took place with US President Biden. I am grateful for the support. "
        "We discussed defence support and sanctions.",
        "en",
        dt.date(2022, 3, 30),
        title="Address by President of Ukraine Volodymyr Zelenskyy",
        url=UKRAINE,
    )
    assert result.outcome == "readout"
    assert participants_by_actor(result) == {"UKR": "Volodymyr Zelensky", "USA": "Joe Biden"}


def test_an_anniversary_and_a_cooperation_still_to_come_announce_no_engagement():
    """ "台帛两国建交将于今年12月迈入第23年" and "台湾将与帛琉携手打拼" beside a military welcome held today: future
    markers with no engagement after them in their sentence."""
    result = extract_text(
        "軍禮歡迎帛琉總統\n"
        "蔡英文總統今（6）日上午以隆重軍禮歡迎帛琉共和國總統惠恕仁（Surangel S. Whipps, Jr.）時表示，臺帛兩國建交將於"
        "今年12月邁入第23年，這一路走來，彼此相互扶持。總統強調，未來臺灣將與帛琉攜手打拚。",
        "zh",
        dt.date(2022, 10, 6),
        url=TAIWAN,
    )
    assert result.outcome == "readout"
    assert participants_by_actor(result) == {"PLW": "Surangel Whipps Jr.", "TWN": "Tsai Ing-wen"}


def test_a_future_marker_before_a_welcome_announces_it():
    """Guard: "总统将在8月8日上午，以军礼欢迎...": the welcome, an engagement cue, is to come."""
    result = extract_text(
        "總統將以軍禮歡迎聖文森總理\n"
        "總統府發言人今（7）日表示，總統將在8月8日上午，以軍禮歡迎聖文森及格瑞那丁總理龔薩福（Ralph E. Gonsalves）"
        "伉儷訪問團。",
        "zh",
        dt.date(2022, 8, 7),
        url=TAIWAN,
    )
    assert result.outcome == "not_readout"
    assert result.reason == "announces an engagement to come, not one that took place"


def test_the_host_who_invited_the_guest_to_come_initiated_the_visit():
    """ "蔡总统邀请他来台进行国是访问": the guest, at the state banquet, says the host invited him."""
    result = extract_text(
        "總統以國宴款待海地總統\n"
        "蔡英文總統今（29）日中午在總統府以國宴款待海地共和國總統摩依士（Jovenel Moïse）。摩依士總統致詞時表示，"
        "蔡總統邀請他來臺進行國是訪問，他深感榮幸。",
        "zh",
        dt.date(2018, 5, 29),
        url=TAIWAN,
    )
    assert result.outcome == "readout"
    assert result.initiator_code == "TWN"


def test_a_guest_who_accepted_her_invitation_on_the_hosts_page_was_invited_by_her():
    """ "总统表示…阿布铎总统也接受她的邀请": the site's leader, spoken of in the third person, invited the guest."""
    result = extract_text(
        "軍禮歡迎巴拉圭總統\n"
        "蔡英文總統今（8）日上午以軍禮歡迎巴拉圭共和國總統阿布鐸（Mario Abdo Benítez）伉儷。總統致詞時表示，"
        "阿布鐸總統也接受她的邀請，率團訪臺參加國慶。",
        "zh",
        dt.date(2018, 10, 8),
        url=TAIWAN,
    )
    assert result.outcome == "readout"
    assert result.initiator_code == "TWN"


def test_thanks_for_an_invitation_to_an_opening_ceremony_name_no_initiator_of_the_talks():
    """ "thank you for inviting me to the opening ceremony of the Olympic Games": the invitation was to the Games."""
    result = extract_text(
        "Vladimir Putin held talks in Beijing with President of the People's Republic of China Xi Jinping.\n\n"
        "Vladimir Putin: Mr President, my dear friend, First of all, I would like to thank you for inviting me to the "
        "opening ceremony of the Olympic Games. We value our partnership.",
        "en",
        dt.date(2022, 2, 4),
        title="Russian-Chinese talks",
        url=KREMLIN,
    )
    assert result.outcome == "readout"
    assert result.initiator_code is None


def test_an_invitation_the_guest_once_accepted_in_another_office_is_no_initiator_of_this_visit():
    """ "曾经在2010年，以国会议长身分应邀访问台湾": an earlier visit's invitation, recalled across the comma."""
    result = extract_text(
        "總統國宴款待宏都拉斯總統\n"
        "蔡英文總統今（3）日晚間以國宴款待宏都拉斯共和國總統葉南德茲（Juan Orlando Hernández）伉儷。總統致詞時表示，"
        "葉南德茲總統閣下曾經在2010年，以國會議長身分應邀訪問臺灣。",
        "zh",
        dt.date(2016, 10, 3),
        url=TAIWAN,
    )
    assert result.outcome == "readout"
    assert result.initiator_code is None


# --- from fresh batch N's first sight, and dev once batches L, M and N had joined it ---

WHITE_HOUSE_STATEMENT = "https://www.whitehouse.gov/briefing-room/statements-releases/2022/02/24/statement/"


def test_the_president_accompanying_a_visiting_president_on_a_visit_met_him():
    """ "蔡总统陪同巴拉圭卡提斯总统参访": together on the day's programme, a meeting (the corpus's convention)."""
    result = extract_text(
        "蔡總統陪同巴拉圭卡提斯總統參訪亞洲新灣區\n"
        "蔡英文總統今（13）日特地陪同巴拉圭共和國卡提斯（Horacio Cartes）總統一行至高雄市參訪高雄展覽館。",
        "zh",
        dt.date(2017, 7, 13),
        url=TAIWAN,
    )
    assert result.outcome == "readout"
    assert participants_by_actor(result) == {"PRY": "Horacio Cartes", "TWN": "Tsai Ing-wen"}


def test_the_president_accompanied_by_an_official_meets_no_leader():
    """Guard: "在外交部长李大维陪同下" is the president accompanied by her minister: no meeting of leaders."""
    result = extract_text(
        "總統抵達巴拉圭\n"
        "蔡英文總統今（28）日抵達亞松森，隨後蔡總統在外交部長李大維陪同下，步行前往紅地毯區，向歡迎民眾揮手致意。",
        "zh",
        dt.date(2016, 6, 28),
        url=TAIWAN,
    )
    assert result.outcome == "not_readout"


def test_a_statement_on_a_death_reports_no_meeting_it_recalls():
    """ "Statement ... on the Death of Queen Elizabeth II": "We first met the Queen in 1982" is a memory."""
    result = extract_text(
        "Queen Elizabeth II was more than a monarch. We first met the Queen in 1982, traveling to the UK as part of "
        "a Senate delegation. All told, she met 14 American presidents.",
        "en",
        dt.date(2022, 9, 8),
        title="Statement from President Biden on the Death of Queen Elizabeth II",
        url=WHITE_HOUSE_STATEMENT,
    )
    assert result.outcome == "not_readout"
    assert result.reason == "a statement or condolences on a death, not an engagement"


def test_greetings_saying_relations_meet_the_key_interests_of_two_peoples_report_no_meeting():
    result = extract_text(
        "Vladimir Putin sent greetings to President of Azerbaijan Ilham Aliyev on the anniversary of diplomatic "
        'relations. "I am sure that projecting the bilateral relations to a higher level meets the key interests of '
        'our peoples."',
        "en",
        dt.date(2022, 4, 4),
        title="Greetings to President of Azerbaijan Ilham Aliyev",
        url=KREMLIN,
    )
    assert result.outcome == "not_readout"


def test_a_katakana_name_inside_a_longer_katakana_word_names_no_one():
    """ "コンデ" (Condé, Guinea) inside "コンディション" (condition): no third leader, so one call, not several days'
    engagements."""
    result = extract_text(
        "日米首脳電話会談\n"
        "3月25日午前10時頃から約40分間，安倍晋三内閣総理大臣は，ドナルド・トランプ米国大統領と電話会談を行いました。\n"
        "- 安倍総理から，昨日のバッハIOC会長との電話会談において，世界のアスリートが最高のコンディションでプレイできる"
        "よう，大会の延期を提案した旨述べました。\n"
        "- さらに，両首脳は，26日に行われるG20首脳テレビ会議に向けた連携を確認しました。",
        "ja",
        dt.date(2020, 3, 25),
        url=MOFA_JA,
    )
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"JPN", "USA"}


def test_a_katakana_name_run_into_the_next_word_is_still_read():
    """ "ジョン・キーニュージーランド首相": the name runs straight into the state's name, and still names him."""
    result = extract_text(
        "日本・ニュージーランド首脳電話会談について\n"
        "12月22日、麻生総理とジョン・キーニュージーランド首相との間で首脳電話会談が行われました。",
        "ja",
        dt.date(2008, 12, 22),
        url=MOFA_JA,
    )
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"JPN", "NZL"}


def test_leaders_listed_as_taking_part_in_a_video_meeting_took_part():
    """ "Taking part in the BRICS+ meeting were President X, Prime Minister Y ...": each took part."""
    result = extract_text(
        "Vladimir Putin attended a BRICS+ meeting involving the leaders of several invited states, held via "
        "videoconference. Taking part in the BRICS+ meeting were President of the People's Republic of China Xi "
        "Jinping, Prime Minister of India Narendra Modi and President of the Republic of South Africa Cyril Ramaphosa.",
        "en",
        dt.date(2022, 6, 24),
        title="BRICS+ meeting",
        url=KREMLIN,
    )
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"CHN", "IND", "RUS", "ZAF"}


def test_a_group_the_leader_will_meet_tomorrow_takes_no_part_in_the_call_reported():
    """ "Tomorrow, I will be meeting with the Leaders of the G7" below a call's report: the G7 is to come."""
    result = extract_text(
        "President Zelenskyy reached out to me tonight and we just finished speaking. Tomorrow, I will be meeting "
        "with the Leaders of the G7.",
        "en",
        dt.date(2022, 2, 24),
        title="Statement by President Joe Biden on Phone Call with President Volodymyr Zelenskyy of Ukraine",
        url=WHITE_HOUSE_STATEMENT,
    )
    assert result.outcome == "readout"
    assert participants_by_actor(result) == {"UKR": "Volodymyr Zelensky", "USA": "Joe Biden"}


def test_one_conversation_then_the_leader_also_spoke_with_others_is_a_roundup():
    """ "During the conversation with Prime Minister Boris Johnson ... Zelenskyy also spoke with Prime Minister X and
    Prime Minister Y": the site's leader with three sides."""
    result = extract_text(
        "During the conversation with Prime Minister of the United Kingdom Boris Johnson, issues of bilateral "
        "cooperation were raised. Volodymyr Zelenskyy also spoke with Prime Minister of Israel Naftali Bennett and "
        "Prime Minister of Sweden Stefan Löfven.",
        "en",
        dt.date(2021, 11, 1),
        title="President of Ukraine met with world leaders at the reception",
        url=UKRAINE,
    )
    assert result.outcome == "not_readout"
    assert result.reason == "reports several engagements (a roundup or an essay), not one"


def test_thanks_for_an_invitation_to_a_later_visit_extended_at_the_meeting_name_no_initiator():
    """ "He invited Prime Minister Orbán to Japan this year ... Orbán expressed gratitude for the invitation": the
    invitation is to a later visit, made at this meeting in Warsaw."""
    result = extract_text(
        "On Sunday, June 16, Prime Minister Shinzo Abe, who is visiting the Republic of Poland, met with H.E. Mr. "
        "Viktor Orbán, Prime Minister of Hungary. He invited Prime Minister Orbán to Japan this year. In response, "
        "Prime Minister Orbán expressed gratitude for the invitation to Japan.",
        "en",
        dt.date(2013, 6, 17),
        title="Japan-Hungary Summit Meeting",
        url="https://japan.kantei.go.jp/96_abe/actions/201306/16hungary.html",
    )
    assert result.outcome == "readout"
    assert result.initiator_code is None


def test_a_sides_initiative_that_formed_a_working_group_names_no_initiator_of_the_call():
    """ "at Russia's initiative, a special high-level working group was formed": what the initiative produced."""
    result = extract_text(
        "Vladimir Putin had a telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev. The leaders "
        "discussed trade. At Russia's initiative, a special high-level working group was formed to coordinate the "
        "work.",
        "en",
        dt.date(2021, 12, 10),
        title="Telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev",
        url=KREMLIN,
    )
    assert result.outcome == "readout"
    assert result.initiator_code is None


def test_two_guests_thanking_at_a_three_sided_meeting_make_the_other_the_host():
    """Both guests of a trilateral thank for the invitation: the one side that thanks no one invited them."""
    result = extract_text(
        "Vladimir Putin, President of Azerbaijan Ilham Aliyev and Prime Minister of Armenia Nikol Pashinyan made "
        "statements for the press after their trilateral meeting in Sochi.\n\n"
        "President of Azerbaijan Ilham Aliyev: Mr President, thank you again for the invitation and for today's "
        "meeting.\n\n"
        "Prime Minister of Armenia Nikol Pashinyan: Mr President, thank you again for the invitation and for the "
        "organisation of today's meeting.",
        "en",
        dt.date(2021, 11, 26),
        title="Statements for the press following the trilateral meeting",
        url=KREMLIN,
    )
    assert result.outcome == "readout"
    assert result.initiator_code == "RUS"
