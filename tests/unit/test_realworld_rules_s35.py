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


def test_a_call_following_a_separate_phone_call_is_a_roundup():
    """ "spoke to President Macron this morning, following a separate phone call with Chancellor Merz": two calls of
    the publisher's leader, each with one counterpart, on one page."""
    result = extract_text(
        "The Prime Minister spoke to the President of France Emmanuel Macron this morning, following a separate "
        "phone call with German Chancellor Friedrich Merz earlier today. In both calls, the leaders condemned the "
        "violation of Poland's airspace.",
        "en",
        dt.date(2025, 9, 11),
        title="PM calls with President Macron and Chancellor Merz: 11 September 2025",
        url="https://www.gov.uk/government/news/pm-calls-with-president-macron-and-chancellor-merz",
    )
    assert result.outcome == "not_readout"
    assert result.reason == "reports several engagements (a roundup or an essay), not one"


def test_a_leader_who_also_had_a_telephone_talk_with_another_reports_two_calls():
    """A prime minister speaking in the first person: "I first had a telephone conversation with President Xi ...
    I also had a telephone talk with Prime Minister Modi": two calls."""
    result = extract_text(
        "I first had a telephone conversation with President Xi Jinping of China for 30 minutes from 4:30 PM today. "
        "President Xi and I agreed to cooperate on matters of common interest. I also had a telephone talk with "
        "Prime Minister Modi of India for about 25 minutes from 5:15 PM.",
        "en",
        dt.date(2021, 10, 8),
        title="Press Conference by the Prime Minister regarding Telephone Talks",
        url="https://japan.kantei.go.jp/100_kishida/statement/202110/_00008.html",
    )
    assert result.outcome == "not_readout"
    assert result.reason == "reports several engagements (a roundup or an essay), not one"


def test_a_latin_gloss_with_dotted_abbreviations_does_not_end_a_japanese_sentence():
    """ "(H.E.Mr. Johnson Toribiong, President of the Republic of Palau)": the dots of "H.E.Mr." end no sentence, so
    "それぞれ首脳会談を行った" reads the three leaders named before it: three meetings."""
    result = extract_text(
        "本22日，野田佳彦内閣総理大臣は，来日中のモリ・ミクロネシア連邦大統領(H.E.Mr. Emanuel Manny Mori, President "
        "of the Federated States of Micronesia)、トリビオン・パラオ大統領(H.E.Mr. Johnson Toribiong, President of "
        "the Republic of Palau)、トゥイラエパ・サモア首相(Hon.Tuilaepa Sailele Malielegaoi, Prime Minister of "
        "Samoa)とそれぞれ首脳会談を行ったところ、概要は以下のとおりです。",
        "ja",
        dt.date(2012, 5, 22),
        title="野田総理とミクロネシア、パラオ、サモア首脳との二国間会談",
        url=MOFA_JA,
    )
    assert result.outcome == "not_readout"
    assert result.reason == "reports several engagements (a roundup or an essay), not one"


def test_an_official_of_a_prime_ministers_office_is_no_prime_minister():
    """A caption listing "アイシ首相府副次官" (a deputy secretary of the Prime Minister's Department) beside an
    ambassador's courtesy call: no prime minister of the publishing side took part."""
    result = extract_text(
        "渡邊大使のマラペ首相表敬\n"
        "全員 左から、アイシ首相府副次官、パイタ同大臣、マラペ首相、渡邊大使\n"
        "令和4年3月14日、渡邊大使は着任後初めてマラペ首相を表敬訪問しました。",
        "ja",
        dt.date(2022, 3, 25),
        url="https://www.png.emb-japan.go.jp/itpr_ja/11_000001_00123.html",
    )
    assert result.outcome == "not_readout"
    assert result.participants == []


def test_a_leaders_envoy_named_with_the_leaders_title_before_the_possessive_is_the_one_engaged():
    """ "安倍晋三内閣総理大臣の特使として" (as Prime Minister Abe's special envoy): the envoy met the president, so a
    heading "タロン大統領との会談" below pairs no Japanese leader with him."""
    result = extract_text(
        "4月6日，奥野衆議院議員は，安倍晋三内閣総理大臣の特使としてベナン共和国を訪問し，パトリス・タロン新大統領の"
        "就任式典に参加しました。\n"
        "3 タロン大統領との会談\n"
        "奥野総理特使は，就任したタロン大統領と，大統領私邸にて会談を行いました。",
        "ja",
        dt.date(2016, 4, 11),
        title="奥野総理特使のベナン訪問",
        url=MOFA_JA,
    )
    assert result.outcome == "not_readout"


def test_the_leader_of_a_state_with_a_ceremonial_president_is_its_prime_minister():
    """ "the leaders of Samoa and Vanuatu" met: each state's head of government (Samoa's and Vanuatu's presidents are
    ceremonial), Vanuatu's of 2014 now in the reference."""
    result = extract_text(
        "Today, the leaders of Japan, Samoa and Vanuatu met on the margins of the Pacific Islands Leaders Meeting.",
        "en",
        dt.date(2015, 5, 22),
        title="Leaders of Japan, Samoa and Vanuatu met",
        url="https://www.mofa.go.jp/a_o/ocn/page4e_000250.html",
    )
    assert result.outcome == "readout"
    assert participants_by_actor(result) == {
        "JPN": "Shinzō Abe",
        "VUT": "Joe Natuman",
        "WSM": "Tuilaepa Sailele Malielegaoi",
    }


def test_a_ceremony_two_presidents_perform_together_is_a_meeting():
    """ "賴總統、海妮總統…一同進行剪綵儀式" (the two presidents cut the ribbon together) on a state visit: a meeting,
    read after the conversion to simplified script."""
    result = extract_text(
        "賴清德總統於當地時間3日下午出席醫院成立剪綵儀式。隨後，賴總統、海妮（Hilda C. Heine）總統、外交部長林佳龍及"
        "傳統領袖等一同進行剪綵儀式。",
        "zh",
        dt.date(2024, 12, 3),
        title="總統出席馬久羅醫院遠距醫療中心成立剪綵儀式",
        url="https://www.president.gov.tw/News/39001",
    )
    assert result.outcome == "readout"
    assert result.engagement_type == "meeting"
    assert participants_by_actor(result) == {"MHL": "Hilda Heine", "TWN": "Lai Ching-te"}


def test_a_ceremony_performed_together_with_a_minister_is_no_meeting_of_leaders():
    """The same ceremony with a foreign minister only: one leader, no engagement between leaders."""
    result = extract_text(
        "賴清德總統於當地時間3日下午出席醫院成立剪綵儀式。隨後，賴總統與馬國外交暨貿易部長康仁德一同進行剪綵儀式。",
        "zh",
        dt.date(2024, 12, 3),
        title="總統出席醫院成立剪綵儀式",
        url="https://www.president.gov.tw/News/39002",
    )
    assert result.outcome == "not_readout"


def test_a_sentence_mark_inside_a_time_note_in_brackets_ends_no_sentence():
    """ "27日(日曜日)午後6時50分(トリニダード・トバゴ時間。日本時間28日(月曜日)午前7時50分)から": the full stop
    inside the brackets (nested ones too) ends no sentence, so the meeting keeps the local day written first."""
    result = extract_text(
        "27日(日曜日)午後6時50分(トリニダード・トバゴ時間。日本時間28日(月曜日)午前7時50分)から約35分間，トリニダード・"
        "トバゴ訪問中の安倍晋三内閣総理大臣は，ポーシア・シンプソン＝ミラー・ジャマイカ首相と首脳会談を行いました。",
        "ja",
        dt.date(2014, 7, 28),
        title="日・ジャマイカ首脳会談",
        url=MOFA_JA,
    )
    assert result.outcome == "readout"
    assert result.engagement_date == dt.date(2014, 7, 27)


def test_an_embassy_is_no_ambassador():
    """ "聖國新大使館" (the new embassy) in a headline beside a military welcome for a prime minister: the embassy holds
    the title "大使" but is no ambassador, so the welcome stays a meeting of the two leaders."""
    result = extract_text(
        "軍禮歡迎聖國總理　總統：聖國新大使館為臺聖外交合作創下新的里程碑\n"
        "蔡英文總統今（7）日下午以隆重軍禮歡迎聖文森及格瑞那丁總理龔薩福(Ralph Gonsalves)伉儷，"
        "強調臺聖兩國是最堅實的夥伴。",
        "zh",
        dt.date(2019, 8, 7),
        url="https://www.president.gov.tw/News/24700",
    )
    assert result.outcome == "readout"
    assert participants_by_actor(result) == {"TWN": "Tsai Ing-wen", "VCT": "Ralph Gonsalves"}


def test_an_ambassador_is_still_no_leader():
    """The guard: "大使" itself, with no building after it, is an official: a president receiving an ambassador
    meets no leader."""
    result = extract_text(
        "蔡英文總統今（7）日下午接見聖文森及格瑞那丁駐臺大使艾琳娜。",
        "zh",
        dt.date(2019, 8, 7),
        url="https://www.president.gov.tw/News/24701",
    )
    assert result.outcome == "not_readout"


def test_an_invitation_by_a_title_wrapped_over_two_lines_names_its_holder():
    """A hard-wrapped release: "at the invitation of the Prime\\nMinister": the title runs over the line's end, and
    still names the one participant who is a prime minister."""
    result = extract_text(
        "Today, President Biden visited the U.K. at the invitation of the Prime\n"
        "Minister and in advance of the G7 Summit. The President and the Prime\n"
        "Minister set out a global vision in a new Atlantic Charter to deepen\n"
        "cooperation in democracy and human rights, defence and security.",
        "en",
        dt.date(2021, 6, 10),
        title="Joint Statement on the Visit to the United Kingdom of President Biden at the Invitation of the Rt. Hon. "
        "Boris Johnson, M.P., the Prime Minister of the United Kingdom",
        url="https://www.whitehouse.gov/briefing-room/statements-releases/2021/06/10/joint-statement-on-the-visit/",
    )
    assert result.outcome == "readout"
    assert participants_by_actor(result) == {"GBR": "Boris Johnson", "USA": "Joe Biden"}
    assert result.initiator_code == "GBR"


def test_an_invitation_to_a_summit_still_names_no_initiator_of_the_visit():
    """The guard: "thanked the Prime Minister for his invitation to the G7 Summit": the invitation was to the summit,
    not the engagement reported."""
    result = extract_text(
        "President Biden met Prime Minister Boris Johnson today. The President thanked the Prime Minister for his "
        "invitation to the G7 Summit.",
        "en",
        dt.date(2021, 6, 10),
        title="Readout of President Biden's Meeting with Prime Minister Boris Johnson",
        url="https://www.whitehouse.gov/briefing-room/statements-releases/2021/06/10/readout/",
    )
    assert result.outcome == "readout"
    assert result.initiator_code is None


def test_a_guest_who_accepted_the_presidents_invitation_was_invited_by_her():
    """ "這次接受蔡總統的邀請再次來到臺灣": the king came at President Tsai's invitation."""
    result = extract_text(
        "蔡英文總統今晚以國宴款待史瓦帝尼王國國王恩史瓦帝三世。國王致詞時表示，這次接受蔡總統的邀請再次來到臺灣，"
        "感到非常榮幸。",
        "zh",
        dt.date(2018, 6, 8),
        url="https://www.president.gov.tw/News/23400",
    )
    assert result.outcome == "readout"
    assert result.initiator_code == "TWN"


def test_an_accepted_invitation_to_visit_a_state_names_no_inviter():
    """The guard: "我接受了7月份访问莫斯科的邀请" (I accepted the invitation to visit Moscow in July): the state in the
    phrase is where the visit is to go, and the visit is a later one."""
    result = extract_text(
        "奥巴马总统和梅德韦杰夫总统星期三在伦敦举行会谈。奥巴马说，他接受了今年7月访问俄罗斯的邀请。",
        "zh",
        dt.date(2009, 4, 1),
        url="https://www.voachinese.com/a/a-21-2009-04-01-voa43-61277437/1000001.html",
    )
    assert result.outcome == "readout"
    assert result.initiator_code is None


def test_a_call_received_years_before_names_no_initiator_of_a_meeting():
    """At a state banquet, "還記得在2018年…她接到國王的來電問候" (she still remembers receiving the king's call in
    2018): a sentence of memories speaks of who placed an earlier call, no initiator of the banquet."""
    result = extract_text(
        "蔡英文總統今晚以國宴款待史瓦帝尼國王恩史瓦帝三世。總統提到，還記得在2018年普悠瑪事故發生後，她接到國王的來電問候。",
        "zh",
        dt.date(2022, 10, 21),
        url="https://www.president.gov.tw/News/27000",
    )
    assert result.outcome == "readout"
    assert result.engagement_type == "meeting"
    assert result.initiator_code is None


def test_a_call_received_still_names_who_placed_it():
    """The guard: on a call, "接到国王的来电" names the king as the caller."""
    result = extract_text(
        "蔡英文總統今日接到史瓦帝尼國王恩史瓦帝三世的來電，雙方就兩國合作交換意見。",
        "zh",
        dt.date(2018, 10, 23),
        url="https://www.president.gov.tw/News/23800",
    )
    assert result.outcome == "readout"
    assert result.engagement_type == "phone_call"
    assert result.initiator_code == "SWZ"


def test_a_guest_thanking_for_this_invitation_before_the_meeting_was_invited():
    """A transcript before a bilateral meeting: the guest's "Thank you, Mr. President, for this invitation": the host
    invited him."""
    result = extract_text(
        "PRESIDENT BIDEN: Well, Mr. Prime Minister, welcome to the White House.\n"
        "PRIME MINISTER AL SUDANI: Thank you, Mr. President, for this invitation. We look forward to our talks.",
        "en",
        dt.date(2024, 4, 15),
        title="Remarks by President Biden and Prime Minister Mohammed Shyaa Al Sudani of the Republic of Iraq Before "
        "Bilateral Meeting",
        url="https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/04/15/remarks-before-bilateral-meeting/",
    )
    assert result.outcome == "readout"
    assert result.initiator_code == "USA"


def test_a_meeting_with_the_leaders_of_the_bucharest_nine_is_with_each_members_leader():
    """ "Remarks by President Biden Before Meeting with the Leaders of the Bucharest Nine": the group's members' leaders
    on the day, its presidents where a state's government is led by a prime minister (Estonia, Slovakia)."""
    result = extract_text(
        "THE PRESIDENT: Well, thank you all very much. I say to my fellow presidents that I'm honored to be with you "
        "here today.",
        "en",
        dt.date(2023, 2, 22),
        title="Remarks by President Biden Before Meeting with the Leaders of the Bucharest Nine",
        url="https://www.whitehouse.gov/briefing-room/speeches-remarks/2023/02/22/remarks-before-meeting-b9/",
    )
    assert result.outcome == "readout"
    people = participants_by_actor(result)
    assert set(people) == {"USA", "BGR", "CZE", "EST", "HUN", "LVA", "LTU", "POL", "ROU", "SVK"}
    assert people["EST"] == "Alar Karis"
    assert people["CZE"] == "Petr Fiala"


def test_the_european_commission_in_a_list_of_states_does_not_end_the_list():
    """ "the Leaders of Canada, the European Commission, the European Council, France, Germany ... met": the EU's
    bodies stand in the list, so the states after them are read too."""
    result = extract_text(
        "Today, the Leaders of Canada, the European Commission, the European Council, France, Germany, and the United "
        "States met on the margins of the G20 Summit in Bali and released the following statement.",
        "en",
        dt.date(2022, 11, 15),
        title="Joint Statement of Leaders on the Margins of the G20 Summit",
        url="https://www.whitehouse.gov/briefing-room/statements-releases/2022/11/15/joint-statement-eu/",
    )
    assert result.outcome == "readout"
    assert {"CAN", "DEU", "FRA", "USA"} <= set(participants_by_actor(result))


def test_a_transcript_whose_heading_names_a_radio_interview_reports_no_call():
    """A transcript page: a subjects line naming a phone conversation, then the heading "Radio interview with Ben
    Fordham, 2GB": the Prime Minister answers a journalist about the call; it is no readout of it."""
    result = extract_text(
        "Release Type:\nTranscript\nSubject(s):\n  • Phone conversation with President Trump; political donations\n"
        "Radio interview with Ben Fordham, 2GB\n\nBEN FORDHAM:\nHow are you Prime Minister?\n\nPRIME MINISTER:\n"
        "Hi Ben. I spoke with President Trump on Sunday and we had a very good discussion.",
        "en",
        dt.date(2017, 2, 2),
        url="https://pmtranscripts.pmc.gov.au/release/transcript-40721",
    )
    assert result.outcome == "not_readout"
    assert result.reason == "an interview a leader gave (named by the first engagement cue), not an engagement"


def test_a_prime_ministers_special_assistant_is_an_official_not_his_principal():
    """ "ファテミ・パキスタン首相特別補佐官による表敬": the Pakistani prime minister's aide calls on Japan's deputy
    chief cabinet secretary; neither is a leader, nor is the prime minister whose aide he is, so Abe, named in the
    aide's words, pairs with no Pakistani leader."""
    result = extract_text(
        "本16日，加藤勝信内閣官房副長官はターリク・ファテミ・パキスタン首相特別補佐官による表敬を受けたところ，概要は"
        "以下のとおりです。\n"
        "2.これに対し，ファテミ特別補佐官より，仙台で安倍晋三内閣総理大臣と会話する機会があり，光栄であった旨述べました。",
        "ja",
        dt.date(2015, 3, 16),
        title="ファテミ・パキスタン首相特別補佐官による加藤内閣官房副長官表敬",
        url=MOFA_JA,
    )
    assert result.outcome == "not_readout"
    assert result.participants == []


def test_welcoming_the_opportunity_to_speak_is_no_meeting():
    """ "The Prime Minister welcomed the opportunity to speak to Prime Minister Luxon" below "spoke to": gladness at the
    call, no one welcomed in person, so the call stays a call."""
    result = extract_text(
        "The Prime Minister spoke to the new Prime Minister of New Zealand, Christopher Luxon, this morning.\n"
        "The Prime Minister welcomed the opportunity to speak to Prime Minister Luxon and looked forward to deepening "
        "the alliance.",
        "en",
        dt.date(2024, 2, 2),
        url="https://www.gov.uk/government/news/pm-call-with-prime-minister-luxon-2-february-2024",
    )
    assert result.outcome == "readout"
    assert result.engagement_type == "phone_call"


def test_an_officials_visit_before_the_leaders_call_does_not_type_it():
    """An address: "Catherine Colonna paid a visit to Kyiv" (a minister; no leader named) before "I spoke today with
    Turkish President Erdoğan": the call's medium is the one sentence naming a leader says (a conversation: a call)."""
    result = extract_text(
        "Ukrainians! Minister for Europe and Foreign Affairs of France. Catherine Colonna paid a visit to Kyiv. "
        "I spoke today with Turkish President Erdoğan, in particular, about this threat to food security.",
        "en",
        dt.date(2022, 5, 30),
        title="Address by President of Ukraine Volodymyr Zelenskyy",
        url="https://www.president.gov.ua/en/news/zvernennya-prezidenta-ukrayini-75137",
    )
    assert result.outcome == "readout"
    assert result.engagement_type == "phone_call"
    assert participants_by_actor(result) == {"TUR": "Recep Tayyip Erdoğan", "UKR": "Volodymyr Zelensky"}


def test_a_first_line_naming_a_video_conference_still_types_it():
    """The guard: a page's first line names no leader ("Pre-G8 video conference") but says how they engaged: it
    types the engagement."""
    result = extract_text(
        "Pre-G8 video conference\n"
        "Ahead of next week's G8 summit, David Cameron holds talks with President Obama and Chancellor Merkel.",
        "en",
        dt.date(2013, 6, 14),
        url="https://www.gov.uk/government/news/pre-g8-video-conference",
    )
    assert result.outcome == "readout"
    assert result.engagement_type == "video_call"


def test_a_summit_planned_in_an_attributive_clause_is_to_come():
    """A message naming "8月に東京での開催が予定されている日本・中米首脳会談" (the summit planned for August): the
    summit is still to come; the page reports no meeting."""
    result = extract_text(
        "小泉総理発サカ・エルサルバドル共和国大統領宛メッセージ\n"
        "8月に東京での開催が予定されている日本・中米首脳会談においては，貴大統領と率直な意見交換を行いたいと思います。",
        "ja",
        dt.date(2005, 2, 21),
        url=MOFA_JA,
    )
    assert result.outcome == "not_readout"


def test_a_briefing_reading_out_a_call_and_also_a_conversation_with_another_is_a_roundup():
    """ "This morning the President spoke with President Lula. The President also had a conversation with Russian
    President Putin.": two calls."""
    result = extract_text(
        "Press Briefing by Tony Snow\n"
        "MR. SNOW: This morning the President spoke with Brazilian leader President Lula. They talked about biofuels. "
        "The President also had a conversation with Russian President Putin.",
        "en",
        dt.date(2007, 5, 10),
        url="https://georgewbush-whitehouse.archives.gov/news/releases/2007/05/20070510-4.html",
    )
    assert result.outcome == "not_readout"
    assert result.reason == "reports several engagements (a roundup or an essay), not one"


def test_a_guest_thanking_the_host_for_issuing_this_invitation_was_invited():
    """The guest's words at a welcome: "a very warm thanks to you, George, for issuing this invitation to us": the host
    invited."""
    result = extract_text(
        "President Bush Welcomes Chancellor Merkel of Germany to Crawford\n"
        "PRESIDENT BUSH: Laura and I are glad to welcome Chancellor Merkel to our ranch.\n"
        "CHANCELLOR MERKEL: I would like to say a very warm thanks to you, George, for issuing this invitation to us.",
        "en",
        dt.date(2007, 11, 9),
        url="https://georgewbush-whitehouse.archives.gov/news/releases/2007/11/20071109-1.html",
    )
    assert result.outcome == "readout"
    assert result.initiator_code == "USA"


def test_an_inviter_named_before_the_visit_words_in_the_slot_still_invited():
    """The guard: "at the invitation of Prime Minister Kishida to visit Japan": the side the slot names before "to
    visit" is the inviter."""
    result = extract_text(
        "Prime Minister Fumio Kishida met President Ferdinand Marcos Jr. of the Philippines, who came at the "
        "invitation of Prime Minister Kishida to visit Japan.",
        "en",
        dt.date(2023, 2, 9),
        title="Japan-Philippines Summit Meeting",
        url="https://www.mofa.go.jp/s_sa/sea2/ph/page1e_000001.html",
    )
    assert result.outcome == "readout"
    assert result.initiator_code == "JPN"
