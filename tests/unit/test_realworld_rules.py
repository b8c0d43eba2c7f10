"""Rules added for real pages (session 4), each on a short text written for the rule."""

from __future__ import annotations

import datetime as dt

import pytest

from readouts.extract import calendar_date, find_figures, name_after, to_common_script
from readouts.extract.dates import find_date
from readouts.parse import clean_lines
from readouts.reference import load_reference
from tests.helpers import extract_text, participants_by_actor


def test_traditional_chinese_is_read_with_the_simplified_phrase_tables():
    ref = load_reference()
    profile = ref.languages["zh"]
    text = "習近平與俄羅斯總統普京通電話。"
    assert to_common_script(text, profile) == "习近平与俄罗斯总统普京通电话。"
    assert len(to_common_script(text, profile)) == len(text)
    got = extract_text(
        "國家主席習近平18日同俄羅斯總統普京通電話。兩國元首就雙邊關係交換意見。", "zh", dt.date(2023, 5, 18)
    )
    assert got.outcome == "readout"
    assert got.engagement_type == "phone_call"
    assert participants_by_actor(got) == {"CHN": "Xi Jinping", "RUS": "Vladimir Putin"}


def test_a_year_of_the_republic_of_china_calendar_is_a_common_year():
    profile = load_reference().languages["zh"]
    assert calendar_date("中华民国97年08月05日", profile, None) == dt.date(2008, 8, 5)


def test_a_leader_named_in_an_office_that_is_no_leaders_does_not_take_part():
    text = (
        "Д.Медведев провёл встречу с Заместителем Председателя Правительства Китая Ван Яном. "
        "Обсуждались вопросы торговли."
    )
    got = extract_text(text, "ru", dt.date(2012, 4, 27))
    assert got.outcome == "not_readout"


def test_two_leaders_speaking_in_a_transcript_had_a_meeting():
    text = (
        "В.Путин: Уважаемый господин Президент! Рад приветствовать Вас в Москве.\n"
        "Отношения наших стран развиваются успешно.\n"
        "Н.Саркози (как переведено): Спасибо, господин Президент. Я рад быть здесь.\n"
    )
    got = extract_text(text, "ru", dt.date(2008, 10, 9))
    assert got.outcome == "readout"
    assert got.engagement_type == "meeting"
    assert participants_by_actor(got) == {"RUS": "Vladimir Putin", "FRA": "Nicolas Sarkozy"}


def test_a_speaker_completes_the_pair_a_cue_sentence_names_one_side_of():
    text = (
        "Вступительное слово на встрече с Президентом Франции Николя Саркози\n"
        "В.Путин: Уважаемый господин Президент! Рад Вас видеть.\n"
    )
    got = extract_text(text, "ru", dt.date(2008, 10, 9))
    assert participants_by_actor(got) == {"RUS": "Vladimir Putin", "FRA": "Nicolas Sarkozy"}


def test_a_leader_quoted_mid_line_is_no_speaker():
    text = "Журналисты спросили о словах Путин: ответа не было. Саркози прибыл в Париж.\n"
    got = extract_text(text, "ru", dt.date(2008, 10, 9))
    assert got.outcome == "not_readout"


def test_a_masthead_line_names_the_publishing_side():
    text = (
        "Government House\n"
        "The White House\n"
        "Readout of a call\n"
        "The President spoke with the Prime Minister of Canada today about trade and energy.\n"
    )
    got = extract_text(text, "en", dt.date(2021, 8, 2))
    assert participants_by_actor(got) == {"USA": "Joe Biden", "CAN": "Justin Trudeau"}


def test_a_president_elect_in_apposition_takes_no_part():
    text = (
        "O Presidente da França, Emmanuel Macron, e o Presidente eleito da Argentina, Javier Milei, "
        "falaram ao telefone. Macron felicitou Milei. Milei agradeceu a Macron."
    )
    got = extract_text(text, "pt")  # no publication date: the office check cannot tell
    assert got.outcome == "not_readout"


def test_a_title_after_the_name_that_is_no_leaders_counts_too():
    text = "바이든 대통령은 오늘 윤석열 당선인과 전화 통화를 했습니다. 윤석열 당선인은 감사를 표했습니다."
    got = extract_text(text, "ko")
    assert got.outcome == "not_readout"


def test_an_elect_leader_named_earlier_as_a_leader_still_counts():
    text = (
        "Vice President Biden visited Kyiv in 2014. "
        "President Biden spoke with President Zelenskyy of Ukraine today about air defence."
    )
    got = extract_text(text, "en", dt.date(2023, 6, 1))
    assert participants_by_actor(got) == {"USA": "Joe Biden", "UKR": "Volodymyr Zelensky"}


def test_the_office_a_president_elect_was_elected_to_is_nobodys_participation():
    text = (
        "Der Präsident des Europäischen Rates Charles Michel hat am 23. November 2020 mit dem designierten "
        "Präsidenten Joe Biden telefoniert und ihm zur Wahl zum Präsidenten der Vereinigten Staaten gratuliert."
    )
    got = extract_text(text, "de", dt.date(2020, 11, 23))
    assert got.outcome == "not_readout"


def test_a_title_before_a_name_the_reference_lacks_is_not_the_publishing_sides():
    text = (
        "BERLIN – Der Bundeskanzler hat heute mit Präsident Zoltanescu telefoniert. "
        "Präsident Zoltanescu dankte für die Unterstützung."
    )
    got = extract_text(text, "de", dt.date(2019, 5, 6))
    assert "DEU" in participants_by_actor(got) or got.outcome == "not_readout"
    assert participants_by_actor(got).get("DEU") != "Frank-Walter Steinmeier"


def test_a_headline_naming_two_sides_leaves_a_third_leader_mentioned():
    got = extract_text(
        "Президент Франції Макрон у телефонній розмові з канцлером Німеччини Шольцом обговорив зустріч з Путіним.",
        "uk",
        dt.date(2022, 3, 1),
        title="Розмова президента Франції та канцлера Німеччини",
    )
    assert set(participants_by_actor(got)) == {"FRA", "DEU"}


def test_a_local_time_clock_and_accessibility_links_are_page_furniture():
    ref = load_reference()
    lines = clean_lines("无障碍链接\n中国时间 19:59 2024年4月18日 星期四\n拜登习近平通电话\n연결 가능 링크", ref)
    assert [line for line in lines if line] == ["拜登习近平通电话"]


def test_a_country_name_alone_atop_a_page_is_a_section_not_the_publisher():
    text = "ロシア連邦\n日露首脳電話会談\n9月29日、菅総理大臣は、プーチン・ロシア大統領との間で電話会談を行いました。"
    got = extract_text(text, "ja", dt.date(2020, 9, 29))
    assert participants_by_actor(got) == {"JPN": "Yoshihide Suga", "RUS": "Vladimir Putin"}


def test_the_side_whose_initiative_it_was_in_the_possessive():
    got = extract_text(
        "On Tuesday Vladimir Putin had a telephone conversation with Chancellor of Germany Olaf Scholz "
        "on the German side's initiative.",
        "en",
        dt.date(2022, 5, 13),
    )
    assert got.initiator_code == "DEU"


def test_the_chinese_side_that_asked_for_the_call():
    got = extract_text("习近平星期二同美国总统拜登通电话。这次通话是拜登总统主动约请的。", "zh", dt.date(2023, 11, 16))
    assert got.initiator_code == "USA"


def test_a_speakers_own_invitation_makes_the_speakers_side_the_initiator():
    text = (
        "В.Путин: Господин Президент! Рад, что Вы приняли мое приглашение и приехали в Москву.\n"
        "Н.Саркози: Спасибо, господин Президент.\n"
    )
    got = extract_text(text, "ru", dt.date(2008, 10, 9))
    assert got.initiator_code == "RUS"


def test_a_date_line_below_a_heading_is_the_publication_date():
    text = (
        "Opening remarks at the meeting with President of Kazakhstan Kassym-Jomart Tokayev\n\n"
        "12 March 2021, Moscow\n\n"
        "Vladimir Putin: Mr President, I am glad to see you.\n"
    )
    got = extract_text(text, "en")
    assert got.engagement_date == dt.date(2021, 3, 12)


def test_a_dotted_year_first_page_date():
    text = (
        "정상회담 결과 브리핑\n\n2018.11.17 청와대\n\n"
        "문재인 대통령은 오늘 스콧 모리슨 호주 총리와 정상회담을 가졌습니다. 두 정상은 협력을 논의했습니다."
    )
    got = extract_text(text, "ko")
    assert got.engagement_date == dt.date(2018, 11, 17)


def test_a_dateline_below_a_heading_anchors_yesterday():
    text = (
        "Prime Minister meets with the President of Kenya\n\n"
        "CANADA, March 9 - Yesterday, Prime Minister Justin Trudeau met with President William Ruto of Kenya "
        "in Ottawa. The leaders discussed trade.\n"
    )
    got = extract_text(text, "en", dt.date(2023, 3, 9))
    assert got.engagement_date == dt.date(2023, 3, 8)


def test_a_republic_of_china_year_without_the_eras_name():
    profile = load_reference().languages["zh"]
    assert calendar_date("106年01月14日", profile, None) == dt.date(2017, 1, 14)


def test_traditional_text_unqualified_title_is_taiwans_and_a_name_between_state_and_title_is_captured():
    text = (
        "總統府新聞\n中華民國97年08月05日\n"
        "馬英九總統今天在總統府會晤吐瓦魯國阿皮薩伊(Apisai Ielemia)總理,雙方就合作交換意見。"
    )
    got = extract_text(text, "zh")
    assert got.outcome == "readout"
    assert got.engagement_date == dt.date(2008, 8, 5)
    people = {(p.actor_code, p.name) for p in got.participants}
    assert people == {("TWN", "Ma Ying-jeou"), ("TUV", "Apisai Ielemia")}


def test_one_holder_of_an_office_per_state_among_unverified_names():
    text = "总统府新闻\n马英九总统今天会晤吐瓦鲁国阿皮萨伊(Apisai Ielemia)总理。马总统与吐瓦鲁阿皮萨伊总理交换意见。"
    got = extract_text(text, "zh", dt.date(2008, 8, 5))
    assert [p.actor_code for p in got.participants].count("TUV") == 1


def test_a_photo_caption_is_page_furniture():
    lines = clean_lines(
        "2017년 11월 청와대에서 열린 정상회담 (자료사진)\nLeaders at the summit in 2019 (File Photo)\n본문",
        load_reference(),
    )
    assert [line for line in lines if line] == ["본문"]


def test_an_undated_pages_title_means_the_holder_while_the_named_leaders_were_in_office():
    got = extract_text("President Donald Trump held a phone call with the President of China on trade.", "en")
    assert got.engagement_date is None
    assert participants_by_actor(got) == {"USA": "Donald Trump", "CHN": "Xi Jinping"}
    got = extract_text("President Vladimir Putin held a phone call with the President of China on trade.", "en")
    assert "CHN" not in participants_by_actor(got)  # Jiang, Hu and Xi were all in office in Putin's time


def test_one_leader_calling_counterparts_one_after_another_is_a_roundup():
    text = (
        "트럼프 대통령이 세계 지도자들과 잇따라 전화통화를 가졌습니다. "
        "트럼프 대통령은 일본의 아베 신조 총리와 독일의 앙겔라 메르켈 총리와 전화 통화를 했습니다. "
        "트럼프 대통령은 또 프랑스의 프랑수아 올랑드 대통령, 호주의 맬컴 턴불 총리와 전화 통화를 했습니다."
    )
    got = extract_text(text, "ko", dt.date(2017, 1, 29))
    assert got.outcome == "not_readout"


def test_an_indonesian_phone_call():
    text = (
        "Presiden Rusia Vladimir Putin melakukan percakapan telepon dengan Presiden AS Barack Obama "
        "atas prakarsa Rusia."
    )
    got = extract_text(text, "id", dt.date(2015, 6, 25))
    assert got.engagement_type == "phone_call"
    assert participants_by_actor(got) == {"RUS": "Vladimir Putin", "USA": "Barack Obama"}
    assert got.initiator_code == "RUS"


def test_name_particles_and_percent_words_come_from_the_data():
    ref = load_reference()
    text = "the King of Atlantis Ibrahim bin Ismail said"
    start = text.index("Atlantis") + len("Atlantis")
    assert name_after(text, start, len(text), ref.name_particles) == "Ibrahim bin Ismail"
    assert name_after(text, start, len(text)) is None  # without particles the name stops at "bin": one word
    assert [f.value for f in find_figures("Inflation fell to 3,5 Prozent.", "de", ref)] == [3.5]
    assert find_figures("Inflation fell to 3.5 Prozent.", "en", ref) == []  # not an English word


def test_two_office_holders_of_one_state_meeting_is_no_diplomatic_engagement():
    text = "President Vladimir Putin met Prime Minister Mikhail Mishustin in the Kremlin. They discussed the budget."
    got = extract_text(text, "en", dt.date(2023, 5, 3))
    assert got.outcome == "not_readout"
    assert "one state" in (got.reason or "")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("President Joe Biden spoke by phone with his Chilean counterpart on Tuesday.", "en"),
        ("El presidente Joe Biden conversó por teléfono con su homólogo de Chile.", "es"),
        ("Джо Байден провёл телефонный разговор со своим чилийским коллегой.", "ru"),
    ],
)
def test_a_counterpart_is_that_states_holder_of_the_same_office(text: str, language: str):
    got = extract_text(text, language, dt.date(2023, 3, 3))
    assert participants_by_actor(got) == {"USA": "Joe Biden", "CHL": "Gabriel Boric"}


def test_a_holder_read_from_the_named_leaders_times_is_only_to_make_up_a_pair():
    text = (
        "The Taoiseach, Leo Varadkar, spoke by telephone with the President of the European Commission, "
        "Ursula von der Leyen, after her meeting with the British Prime Minister. He will call Rishi Sunak soon."
    )
    got = extract_text(text, "en")
    assert set(participants_by_actor(got)) == {"IRL", "EU"}


def test_a_headline_naming_two_sides_and_a_leader_keeps_the_leaders_side():
    got = extract_text(
        "国家主席习近平以视频方式同法国总统马克龙、德国总理默克尔举行中法德领导人视频峰会。",
        "zh",
        dt.date(2021, 4, 16),
        title="习近平同法国德国领导人举行视频峰会",
    )
    assert set(participants_by_actor(got)) == {"CHN", "FRA", "DEU"}


# session 6


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # "spoke with" alone: a call
        ("Prime Minister Mark Carney spoke with President Emmanuel Macron of France today.", "en", "phone_call"),
        ("Le premier ministre Mark Carney s'est entretenu aujourd'hui avec le président Emmanuel Macron.",
         "fr", "phone_call"),
        # "spoke with" beside a meeting cue, or followed by a sentence that says how: a meeting
        ("Prime Minister Mark Carney spoke with President Emmanuel Macron on the margins of the summit.",
         "en", "meeting"),
        ("Le président Lula s'est entretenu jeudi avec le président Emmanuel Macron. "
         "La rencontre s'est tenue à l'Élysée.", "fr", "meeting"),
    ],
)  # fmt: skip
def test_a_conversation_cue_is_typed_by_the_cues_beside_it_else_a_call(text: str, language: str, want: str):
    got = extract_text(text, language, dt.date(2025, 6, 1))
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == want


def test_a_speakers_label_may_carry_a_title_of_several_words():
    text = (
        "The White House\n"
        "President Biden: Welcome, my friend.\n"
        "Prime Minister Netanyahu: Thank you, Mr. President.\n"
        "President Biden: We have a lot to discuss today.\n"
    )
    got = extract_text(text, "en", dt.date(2023, 9, 20))
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == "meeting"
    assert participants_by_actor(got) == {"ISR": "Benjamin Netanyahu", "USA": "Joe Biden"}


def test_persian_phrases_match_with_or_without_the_zero_width_non_joiner():
    for spelling in ("گفت\u200cوگوی تلفنی", "گفتوگوی تلفنی", "گفت وگوی تلفنی"):
        text = f"جو بایدن، رئیس جمهوری آمریکا امروز در {spelling} با بنیامین نتانیاهو، نخست وزیر اسرائیل صحبت کرد."
        got = extract_text(text, "fa", dt.date(2021, 2, 17))
        assert got.outcome == "readout", (spelling, got.reason)
        assert got.engagement_type == "phone_call"
        assert set(participants_by_actor(got)) == {"ISR", "USA"}


def test_a_title_before_a_name_picks_that_term_of_a_person_who_held_several_offices():
    # Tusk: Poland's prime minister 2007-2014 and again from 2023, European Council president 2014-2019
    text = "Володимир Зеленський провів телефонну розмову з Президентом Європейської ради Дональдом Туском."
    got = extract_text(text, "uk", None)
    assert got.outcome == "readout", got.reason
    assert participants_by_actor(got) == {"EU": "Donald Tusk", "UKR": "Volodymyr Zelensky"}
    text = "Володимир Зеленський провів телефонну розмову з Прем'єр-міністром Польщі Дональдом Туском."
    got = extract_text(text, "uk", None)
    assert participants_by_actor(got) == {"POL": "Donald Tusk", "UKR": "Volodymyr Zelensky"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Taiwan's President Tsai Ing-wen arrived in Houston. President Trump will not meet "
         "President Tsai during her transit, his spokesman said.", "en"),
        ("美國候任總統川普的過渡團隊說，蔡英文總統將不會與川普會面。", "zh"),
        ("總統表示，不排除有機會跟川普總統本人通電話。", "zh"),
    ],
)  # fmt: skip
def test_a_meeting_or_call_refused_ruled_out_or_hoped_for_is_no_readout(text: str, language: str):
    got = extract_text(text, language, dt.date(2017, 1, 8))
    assert got.outcome == "not_readout"
    assert got.reason == "announces an engagement to come, not one that took place"


def test_the_publishers_vice_president_engaging_leaders_is_no_readout():
    text = (
        "Vice President Kamala Harris today spoke with Prime Minister Kaja Kallas of Estonia and "
        "Prime Minister Mateusz Morawiecki of Poland about Russia's invasion of Ukraine."
    )
    got = extract_text(text, "en", dt.date(2022, 3, 1), url="https://www.whitehouse.gov/briefing-room/readout/")
    assert got.outcome == "not_readout"
    assert got.reason == "the publishing side's vice-president or deputy engaged, not its leader"


def test_a_governor_with_a_leaders_surname_is_no_leader():
    text = (
        "President Joe Biden held a call this evening with Texas Governor Greg Abbott about the winter storm. "
        "Governor Abbott thanked the President for the federal emergency declaration."
    )
    got = extract_text(text, "en", dt.date(2021, 2, 18), title="Readout of President Biden's Call with Governor Abbott")
    assert got.outcome == "not_readout"
    assert "Tony Abbott" not in str(got.participants)


def test_an_office_the_publishing_side_does_not_have_is_not_read_as_its_own():
    text = (
        "National Security Advisor Jake Sullivan met in Rome with Prime Minister Mario Draghi of Italy "
        "and with the Diplomatic Advisor to the Prime Minister Luigi Mattiolo."
    )
    got = extract_text(text, "en", dt.date(2022, 3, 15), url="https://www.whitehouse.gov/briefing-room/readout/")
    assert got.outcome == "not_readout"
    assert "Mattiolo" not in str(got.participants)


def test_in_a_one_speaker_transcript_the_leader_addressed_first_is_the_counterpart():
    text = (
        "An official website of the United States Government.\n"
        "Official websites use .gov addresses.\n"
        "Secure .gov websites use HTTPS connections.\n"
        "The White House, November 14, 2022, Nusa Dua, Indonesia.\n"
        "PRESIDENT BIDEN: Well, President Xi, it is good to see you again in person.\n"
        "We have spent a lot of time together over the years, and I look forward to our talks.\n"
    )
    got = extract_text(text, "en", dt.date(2022, 11, 14), title="Remarks before a bilateral meeting")
    assert got.outcome == "readout", got.reason
    assert participants_by_actor(got) == {"CHN": "Xi Jinping", "USA": "Joe Biden"}


# Session 7: rules tuned on tests/realworld/dev, each on a short sentence written for it.


@pytest.mark.parametrize(
    ("heading", "guest"),
    [
        ("Declaraciones del Presidente Bush y el Presidente Fox de México en Sesión de Prensa", "MEX"),
        ("Palabras del Presidente Bush y el Presidente Saca de El Salvador tras Reunión", "SLV"),
        ("Declaraciones del Presidente Bush y el Presidente Fox de México durante una Sesión Fotográfica", "MEX"),
    ],
)
def test_a_spanish_transcript_heading_of_a_joint_appearance_reports_a_meeting(heading, guest):
    got = extract_text(f"{heading}\n\nPRESIDENTE BUSH: Muchas gracias. Es un honor.", "es", dt.date(2005, 3, 1))
    assert got.outcome == "readout"
    assert got.engagement_type == "meeting"
    assert set(participants_by_actor(got)) == {"USA", guest}


def test_a_working_dinner_of_leaders_in_spanish_is_a_meeting():
    text = "El presidente Pedro Sánchez asistió a una cena de trabajo con el primer ministro portugués, António Costa."
    got = extract_text(text, "es", dt.date(2019, 6, 7))
    assert got.outcome == "readout"
    assert got.engagement_type == "meeting"
    assert set(participants_by_actor(got)) == {"ESP", "PRT"}


def test_reunion_is_a_meeting_in_spanish_not_the_island():
    got = extract_text("El presidente Macron habló de la reunión con el primer ministro.", "es", dt.date(2020, 1, 1))
    assert "REU" not in got.mentioned_actors


def test_an_invitation_of_our_government_makes_the_publishing_side_the_initiator():
    text = "瓜地马拉总统波狄优应我政府邀请抵台访问。总统于次日上午在总统府会见波狄优总统。"
    got = extract_text(text, "zh", dt.date(2002, 5, 2), url="https://www.president.gov.tw/News/1")
    assert got.outcome == "readout"
    assert got.publisher_actor_code == "TWN"
    assert got.initiator_code == "TWN"


def test_thanking_a_leader_for_the_invitation_makes_that_side_the_initiator():
    text = "蔡英文总统与萨尔瓦多总统桑契斯举行双边会晤。蔡总统表示,感谢桑契斯总统的邀请。"
    got = extract_text(text, "zh", dt.date(2017, 1, 14))
    assert set(participants_by_actor(got)) == {"TWN", "SLV"}
    assert got.initiator_code == "SLV"


@pytest.mark.parametrize("cue", ["以国宴款待", "以军礼欢迎"])
def test_a_state_banquet_or_military_welcome_for_a_leader_is_a_meeting(cue):
    got = extract_text(f"陈水扁总统今天{cue}瓜地马拉总统波狄优。", "zh", dt.date(2003, 8, 24))
    assert got.outcome == "readout"
    assert got.engagement_type == "meeting"
    assert set(participants_by_actor(got)) == {"TWN", "GTM"}


def test_a_welcome_that_will_be_given_is_announced_not_reported():
    got = extract_text("蔡总统将以军礼欢迎瓜地马拉总统贾麦岱。", "zh", dt.date(2023, 4, 20))
    assert got.outcome == "not_readout"


def test_a_request_from_a_leader_glossed_in_latin_letters_makes_that_side_the_initiator():
    text = (
        "安倍総理大臣は,トランプ米国大統領(Donald J. Trump, President of the United States)からの要請を受けて"
        "電話会談を行いました。"
    )
    got = extract_text(text, "ja", dt.date(2019, 6, 1))
    assert set(participants_by_actor(got)) == {"JPN", "USA"}
    assert got.initiator_code == "USA"


def test_an_invitation_in_an_earlier_clause_is_no_initiator_of_the_engagement():
    text = (
        "安倍総理大臣は習近平国家主席と会談を行いました。"
        "安倍総理は、福田元総理が以前、鄧小平氏の招きで訪中したことに触れました。"
    )
    got = extract_text(text, "ja", dt.date(2018, 10, 26))
    assert set(participants_by_actor(got)) == {"JPN", "CHN"}
    assert got.initiator_code is None


def test_a_leader_named_in_a_former_office_is_no_initiator():
    text = (
        "Prime Minister Kishida met President Xi Jinping in Bangkok. "
        "Kishida recalled a visit he had made at the invitation of former Prime Minister Yasuo Fukuda."
    )
    got = extract_text(text, "en", dt.date(2022, 11, 17))
    assert set(participants_by_actor(got)) == {"JPN", "CHN"}
    assert got.initiator_code is None


def test_a_scheduled_trip_in_korean_is_no_engagement_day_of_the_report():
    text = (
        "문재인 대통령이 10일 시진핑 중국 국가주석과 전화 통화를 했습니다. "
        "문 대통령은 15일부터 예정된 일본 방문에서 정상회담을 하겠다고 말했습니다. "
        "앞서 문 대통령은 지난 8일 방한한 모디 인도 총리와 회담했습니다."
    )
    got = extract_text(text, "ko", dt.date(2019, 6, 10))
    assert got.outcome == "readout"
    assert set(participants_by_actor(got)) == {"KOR", "CHN"}


def test_welcoming_an_agreement_further_on_does_not_make_a_call_a_meeting():
    text = (
        "Prime Minister Justin Trudeau spoke with President Joe Biden today. "
        "The two leaders welcomed the agreement reached between their trade negotiators."
    )
    got = extract_text(text, "en", dt.date(2022, 3, 1))
    assert got.outcome == "readout"
    assert got.engagement_type == "phone_call"


def test_hosting_a_leader_further_on_still_types_the_engagement_as_a_meeting():
    text = (
        "Prime Minister Justin Trudeau spoke with President Joe Biden today. "
        "President Biden hosted Prime Minister Trudeau at the White House."
    )
    got = extract_text(text, "en", dt.date(2022, 3, 1))
    assert got.engagement_type == "meeting"


def test_a_line_wrapped_inside_a_sentence_is_one_sentence():
    text = "President Joe Biden hosted Prime Minister Fumio Kishida for a\nvirtual bilateral meeting on Friday."
    got = extract_text(text, "en", dt.date(2022, 1, 21))
    assert got.engagement_type == "video_call"
    assert set(participants_by_actor(got)) == {"USA", "JPN"}


def test_a_video_teleconference_meeting_with_a_leader_is_a_video_call():
    text = "Prime Minister Kishida held a Video Teleconference Meeting with Prime Minister Anthony Albanese."
    got = extract_text(text, "en", dt.date(2022, 12, 9))
    assert got.engagement_type == "video_call"


def test_a_time_between_spoke_and_with_still_reports_a_conversation():
    got = extract_text(
        "President Joe Biden spoke this afternoon with President Emmanuel Macron.", "en", dt.date(2024, 1, 5)
    )
    assert got.outcome == "readout"
    assert got.engagement_type == "phone_call"
    assert set(participants_by_actor(got)) == {"USA", "FRA"}


def test_a_titled_name_the_reference_lacks_followed_by_of_and_its_state_is_that_states_leader():
    # Niue's premier is not in the reference (Fiji's, Tonga's and the Cook Islands' prime ministers, used before, now
    # are)
    text = "President Joe Biden met today with Premier Dalton Tagelagi of Niue."
    got = extract_text(text, "en", dt.date(2025, 1, 10))
    assert got.outcome == "readout"
    niue = next(p for p in got.participants if p.actor_code == "NIU")
    assert niue.name == "Dalton Tagelagi"
    assert not niue.verified


def test_the_next_president_is_no_leader_in_office():
    text = (
        "Prime Minister Justin Trudeau spoke today with Claudia Sheinbaum "
        "to congratulate her on becoming the next President of Mexico."
    )
    got = extract_text(text, "en", dt.date(2024, 6, 3))
    assert got.outcome == "not_readout"


def test_a_lead_dated_after_publication_announces_an_engagement_to_come():
    text = "Präsident Obama wird Bundeskanzlerin Angela Merkel am 7. Juni 2011 zu einem offiziellen Besuch empfangen."
    got = extract_text(text, "de", dt.date(2011, 4, 4))
    assert got.outcome == "not_readout"
    assert "to come" in (got.reason or "")


def test_a_lead_dated_on_publication_is_reported():
    text = "Präsident Obama hat Bundeskanzlerin Angela Merkel am 4. April 2011 zu einem offiziellen Besuch empfangen."
    got = extract_text(text, "de", dt.date(2011, 4, 4))
    assert got.outcome == "readout"


def test_an_engagement_with_a_leader_in_a_non_leader_office_does_not_borrow_a_leader_mentioned_later():
    text = (
        "Д.Медведев провёл встречу с вице-премьером Китая Ли Кэцяном. "
        "Ранее у Д.Медведева была встреча с Председателем КНР Ху Цзиньтао в Индии."
    )
    got = extract_text(text, "ru", dt.date(2012, 4, 28))
    assert got.outcome == "not_readout"


def test_a_date_in_chinese_numerals_is_the_engagement_date():
    profile = load_reference().languages["zh"]
    assert calendar_date("十二月一日", profile, dt.date(1999, 12, 15)) == dt.date(1999, 12, 1)
    assert calendar_date("二〇〇三年三月二十一日", profile, None) == dt.date(2003, 3, 21)
    text = "总统于十一月二十九日上午在总统府会见瓜地马拉总统波狄优。"
    got = extract_text(text, "zh", dt.date(2002, 12, 3), url="https://www.president.gov.tw/News/2")
    assert got.engagement_date == dt.date(2002, 11, 29)


def test_a_weekday_name_with_a_numeral_sign_stays_a_weekday():
    got = extract_text("习近平星期一同法国总统马克龙通电话。", "zh", dt.date(2023, 4, 5))  # a Wednesday
    assert got.engagement_date == dt.date(2023, 4, 3)


def test_the_leader_who_telephoned_in_indonesian_initiated_the_call():
    got = extract_text(
        "Presiden Joko Widodo menelepon Perdana Menteri Anthony Albanese pada hari Senin.", "id", dt.date(2023, 3, 8)
    )
    assert set(participants_by_actor(got)) == {"IDN", "AUS"}
    assert got.initiator_code == "IDN"


def test_a_predecessor_named_beside_the_holder_of_the_day_takes_no_part():
    text = (
        "President Joe Biden spoke today with King Charles III to offer condolences on the death of Queen Elizabeth II."
    )
    got = extract_text(text, "en", dt.date(2022, 9, 14))
    assert sorted(p.name for p in got.participants) == ["Charles III", "Joe Biden"]


def test_a_leader_meeting_two_others_one_after_the_other_reports_several_engagements():
    got = extract_text(
        "中国国家主席习近平星期二先后和法国总统马克龙以及德国总理朔尔茨会晤。", "zh", dt.date(2023, 4, 5)
    )
    assert got.outcome == "not_readout"
    assert "several" in (got.reason or "")


def test_separate_meetings_with_leaders_of_two_states_are_several_engagements():
    text = "President Biden held separate meetings with President Macron and Chancellor Scholz in Brussels."
    got = extract_text(text, "en", dt.date(2023, 4, 5))
    assert got.outcome == "not_readout"


def test_a_meeting_of_two_leaders_separately_briefed_is_one_engagement():
    text = "President Biden met President Macron in Paris; their ministers were briefed separately."
    got = extract_text(text, "en", dt.date(2024, 6, 8))
    assert got.outcome == "readout"


# extract8a


@pytest.mark.parametrize(
    ("language", "text", "initiator"),
    [
        (
            "en",
            "Readout of a call with Japan. President Biden called Prime Minister Kishida today to discuss trade.",
            "USA",
        ),
        ("en", "Prime Minister Kishida phoned President Biden on Monday to discuss trade.", "JPN"),
        (
            "en",
            "Readout of a call with Japan. President Joseph R. Biden, Jr. called Prime Minister Fumio Kishida today.",
            "USA",
        ),
        ("ru", "Путин позвонил Федеральному канцлеру Германии Шольцу. Состоялся телефонный разговор.", "RUS"),
        ("es", "El presidente Joe Biden llamó por teléfono al presidente Andrés Manuel López Obrador.", "USA"),
        ("fr", "Emmanuel Macron a téléphoné au chancelier Olaf Scholz mardi.", "FRA"),
        ("pt", "O presidente Lula telefonou para o presidente Joe Biden nesta terça-feira.", "BRA"),
    ],
)
def test_the_leader_who_called_the_other_initiated_the_call(language: str, text: str, initiator: str):
    got = extract_text(text, language, dt.date(2023, 3, 7))
    assert got.outcome == "readout"
    assert got.initiator_code == initiator


def test_the_leader_who_called_the_president_of_the_publishing_side_initiated_the_call():
    text = "Readout of a call with Korea. President Yoon Suk Yeol called the President yesterday to discuss trade."
    got = extract_text(text, "en", dt.date(2023, 3, 8), url="https://www.whitehouse.gov/briefing-room/readout/")
    assert got.outcome == "readout"
    assert got.initiator_code == "KOR"


@pytest.mark.parametrize(
    "text",
    [
        "President Biden called on President Putin to end the war during their phone call today.",
        "President Biden called for calm in a phone call with President Macron today.",
    ],
)
def test_called_on_or_called_for_places_no_call(text: str):
    got = extract_text(text, "en", dt.date(2023, 3, 7))
    assert got.outcome == "readout"
    assert got.initiator_code is None


@pytest.mark.parametrize(
    ("text", "initiator"),
    [
        ("At Germany's initiative, Vladimir Putin had a telephone conversation with Chancellor Olaf Scholz.", "DEU"),
        (
            "On Monday, Prime Minister Kishida held a phone talk with Chancellor Scholz, on the latter's initiative.",
            "DEU",
        ),
        (
            "Prime Minister Kishida, upon request from the German side, held a telephone talk with Chancellor Scholz.",
            "DEU",
        ),
    ],
)
def test_possessive_and_from_forms_of_an_initiative_name_the_initiator(text: str, initiator: str):
    got = extract_text(text, "en", dt.date(2023, 3, 7))
    assert got.initiator_code == initiator


def test_a_returned_call_names_no_initiator():
    text = "On Saturday President Biden returned Prime Minister Kishida's phone call; Kishida had called him on Friday."
    got = extract_text(text, "en", dt.date(2023, 3, 7))
    assert got.outcome == "readout"
    assert got.initiator_code is None


@pytest.mark.parametrize(
    ("language", "text", "url"),
    [
        (
            "ja",
            "8日、岸田総理はショルツ・ドイツ首相と電話会談を行いました。本件会談は先方の発意によるものです。",
            "https://www.mofa.go.jp/mofaj/a.html",
        ),
        (
            "ja",
            "先方からの申し入れにより、岸田総理はショルツ・ドイツ首相と電話会談を行いました。",
            "https://www.mofa.go.jp/mofaj/b.html",
        ),
        (
            "en",
            "At the request of the other side, Prime Minister Kishida held a telephone talk with Chancellor Scholz.",
            "https://www.mofa.go.jp/erp/c.html",
        ),
    ],
)
def test_the_other_side_in_an_initiator_phrase_is_the_side_that_did_not_publish(language: str, text: str, url: str):
    got = extract_text(text, language, dt.date(2023, 3, 8), url=url)
    assert got.outcome == "readout"
    assert got.initiator_code == "DEU"


@pytest.mark.parametrize(
    ("language", "text", "initiator"),
    [
        ("ko", "윤석열 대통령은 8일 바이든 미국 대통령으로부터 전화를 받고 통화했다.", "USA"),
        ("zh", "国家主席习近平8日接到法国总统马克龙电话。两国元首通电话。", "FRA"),
        (
            "de",
            "Bundeskanzler Olaf Scholz erhielt am Dienstag einen Anruf von Präsident Joe Biden; sie telefonierten.",
            "USA",
        ),
        ("tr", "Cumhurbaşkanı Erdoğan, Rusya Devlet Başkanı Putin'in talebiyle telefonda görüştü.", "RUS"),
        ("ar", "اتصل الرئيس جو بايدن هاتفيا بالرئيس عبد الفتاح السيسي.", "USA"),
    ],
)
def test_a_call_from_or_a_request_in_other_languages_names_the_initiator(language: str, text: str, initiator: str):
    got = extract_text(text, language, dt.date(2023, 3, 8))
    assert got.outcome == "readout"
    assert got.initiator_code == initiator


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Today the President spoke by phone separately with Prime Minister Sunak and President Emmanuel Macron.",
        ),
        ("es", "El presidente Joe Biden conversó por teléfono por separado con Emmanuel Macron y con Olaf Scholz."),
        ("ru", "Владимир Путин поочерёдно провёл телефонные разговоры с Эммануэлем Макроном и Олафом Шольцем."),
    ],
)
def test_separate_calls_with_two_others_named_after_the_word_are_several_engagements(language: str, text: str):
    got = extract_text(text, language, dt.date(2023, 3, 7))
    assert got.outcome == "not_readout"
    assert "several" in (got.reason or "")


def test_a_number_of_calls_said_before_the_first_is_several_engagements():
    text = "The President made four calls this morning. He spoke with President Lula and Prime Minister Modi."
    got = extract_text(text, "en", dt.date(2023, 3, 7))
    assert got.outcome == "not_readout"
    assert "several" in (got.reason or "")


def test_a_page_listing_several_press_releases_is_no_readout():
    release = "The White House\nOffice of the Press Secretary\n"
    text = (
        f"{release}Readout of the President's Call with Prime Minister Sunak\n"
        "President Biden spoke today with Prime Minister Rishi Sunak of the United Kingdom.\n"
        f"{release}Statement by the President on the anniversary of the park service\n"
        "The President congratulated the park rangers.\n"
    )
    got = extract_text(text, "en", dt.date(2023, 3, 7))
    assert got.outcome == "not_readout"
    assert "listing" in (got.reason or "")
    single = extract_text(text.split(release)[1], "en", dt.date(2023, 3, 7))
    assert single.outcome == "readout"


def test_a_blogs_comment_counter_is_furniture_not_a_genre_line():
    body = "President Biden spoke today with President Emmanuel Macron of France about trade."
    assert clean_lines(f"Comment Off 12 Views\n{body}", load_reference()) == [body]
    labelled = extract_text(f"Analysis\n{body}", "en", dt.date(2023, 3, 7))
    assert labelled.outcome == "not_readout"
    assert "commentary" in (labelled.reason or "")


def test_a_pages_language_is_that_of_its_paragraphs_not_of_a_list_of_links():
    from readouts.parse import detect_language

    page = (
        "Today, the Prime Minister had a good conversation with the President about trade.\n"
        "The leaders discussed how to build on their work to support long-term peace and security in Europe.\n"
        "- Le premier ministre établit des partenariats et attire de nouveaux investissements au forum annuel d\n"
        "- Le premier ministre annonce de nouvelles mesures pour rendre l'épicerie plus abordable pour tous l\n"
    )
    assert detect_language(page) == "en"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Today, Prime Minister Mark Carney had a productive conversation with President Donald J. Trump."),
        ("es", "El presidente Andrés Manuel López Obrador conversó con el presidente Joe Biden sobre migración."),
        ("pt", "O presidente Lula conversou com o presidente Joe Biden sobre o clima."),
    ],
)
def test_a_conversation_of_two_leaders_whose_manner_is_unsaid_is_a_call(language: str, text: str):
    got = extract_text(text, language, dt.date(2025, 8, 21) if "Carney" in text else dt.date(2023, 3, 7))
    assert got.outcome == "readout"
    assert got.engagement_type == "phone_call"


def test_a_publication_known_only_to_the_month_or_year_is_read_from_its_metadata():
    from readouts.parse import parse_published_month

    assert parse_published_month("2015-06") == "2015-06"
    assert parse_published_month("2015-06-25") is None
    assert parse_published_month("2015-13") is None
    assert parse_published_month("2015") == "2015"
    assert parse_published_month("15") is None


@pytest.mark.parametrize(
    ("language", "text", "month", "day"),
    [
        ("ko", "트럼프 대통령은 30일 아베 신조 일본 총리를 만나 회담했습니다.", "2018-11", dt.date(2018, 11, 30)),
        (
            "ja",
            "10月9日、安倍総理はキー・ニュージーランド首相と首脳会談を行いました。",
            "2013-10",
            dt.date(2013, 10, 9),
        ),
        (
            "en",
            "On February 13th, Prime Minister Shinzo Abe held a telephone talk with Prime Minister Nguyen Tan Dung.",
            "2015-02",
            dt.date(2015, 2, 13),
        ),
    ],
)
def test_a_day_of_the_month_resolves_in_the_month_of_publication(language: str, text: str, month: str, day: dt.date):
    got = extract_text(text, language, published_month=month)
    assert got.outcome == "readout"
    assert got.engagement_date == day


def test_a_day_word_does_not_resolve_in_a_month_of_publication():
    got = extract_text("President Biden spoke yesterday with President Macron.", "en", published_month="2023-03")
    assert got.outcome == "readout"
    assert got.engagement_date is None


@pytest.mark.parametrize(
    ("text", "engagement_type"),
    [
        ("總統今天上午接見來訪的巴拉圭總統卡特斯,雙方就雙邊合作交換意見。", "meeting"),
        ("蔡總統今天以視訊方式與巴拉圭總統卡特斯晤談。", "video_call"),
    ],
)
def test_taiwans_words_for_a_meeting_and_for_video_report_an_engagement(text: str, engagement_type: str):
    got = extract_text(text, "zh", dt.date(2016, 7, 1), url="https://www.president.gov.tw/News/3")
    assert got.outcome == "readout"
    assert got.engagement_type == engagement_type
    assert set(participants_by_actor(got)) == {"TWN", "PRY"}


def test_receiving_a_delegation_of_non_leaders_in_audience_is_no_readout():
    got = extract_text("總統接見美國聯邦參議員訪問團。", "zh", dt.date(2017, 1, 11))
    assert got.outcome == "not_readout"


def test_the_german_future_with_a_time_to_come_after_its_auxiliary_announces():
    text = "Bundeskanzler Scholz wird am Montag den französischen Präsidenten Macron treffen."
    got = extract_text(text, "de", dt.date(2022, 2, 20))
    assert got.outcome == "not_readout"
    assert "to come" in (got.reason or "")


@pytest.mark.parametrize(
    ("language", "text", "initiator"),
    [
        (
            "en",
            "The call, which was requested by the Japanese side, lasted an hour; President Biden spoke with "
            "Prime Minister Kishida by phone.",
            "JPN",
        ),
        ("en", "President Biden spoke by phone with Prime Minister Kishida, who called to offer condolences.", "JPN"),
        ("ja", "先方からの申し入れにより、岸田総理大臣はバイデン米国大統領と電話会談を行いました。", "USA"),
    ],
)
def test_requested_by_who_called_and_the_other_side_of_the_languages_home(language: str, text: str, initiator: str):
    got = extract_text(text, language, dt.date(2023, 3, 8))
    assert got.outcome == "readout"
    assert got.initiator_code == initiator


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("總統昨(7)日接見巴拉圭總統卡特斯。", dt.date(2023, 3, 7)),
        ("總統今（8）日上午接見巴拉圭總統卡特斯。", dt.date(2023, 3, 8)),
        ("總統於上(2)月28日接見巴拉圭總統卡特斯。", dt.date(2023, 2, 28)),
    ],
)
def test_taiwans_bracketed_day_and_month_date_the_engagement(text: str, day: dt.date):
    got = extract_text(text, "zh", dt.date(2023, 3, 8), url="https://www.president.gov.tw/News/4")
    assert got.outcome == "readout"
    assert got.date_stated
    assert got.engagement_date == day


def test_a_pages_language_is_that_of_several_paragraphs_not_of_one_long_caption():
    from readouts.parse import detect_language

    caption = "The President and his guest meet with the press in the Oval Office on Wednesday. " * 4
    page = (
        f"{caption.strip()}\n"
        "Es un honor para mí darle la bienvenida a la Oficina Oval a mi amigo, el Presidente de Colombia.\n"
        "Hablamos acerca del comercio y de la seguridad, y nos comprometimos a terminar el acuerdo pronto.\n"
        "Le dije que una de las cosas que admiro es que cree firmemente en la democracia y los derechos.\n"
    )
    assert detect_language(page) == "es"


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("La reunión entre el presidente Joe Biden y el presidente Andrés Manuel López Obrador duró una hora.", None),
        (
            "Joe Biden: datos de la reunión del presidente con el presidente de México, Andrés Manuel López Obrador.",
            None,
        ),
    ],
)
def test_a_spanish_meeting_of_one_leader_with_another_is_a_meeting(text: str, url: str | None):
    got = extract_text(text, "es", dt.date(2023, 3, 8), url=url)
    assert got.outcome == "readout"
    assert got.engagement_type == "meeting"
    assert set(participants_by_actor(got)) == {"USA", "MEX"}


def test_one_leaders_transcript_greeting_a_guest_leader_reports_their_meeting():
    text = "President Vladimir Putin: Chancellor Merkel, I wish you a warm welcome to Moscow.\nWe have much to do."
    got = extract_text(text, "en", dt.date(2006, 1, 16))
    assert got.outcome == "readout"
    assert got.engagement_type == "meeting"
    assert set(participants_by_actor(got)) == {"RUS", "DEU"}
    speech = "President Vladimir Putin: Chancellor Merkel said the talks were useful.\nWe have much to do."
    assert extract_text(speech, "en", dt.date(2006, 1, 16)).outcome == "not_readout"


def test_a_called_thing_before_a_leader_is_no_called_side():
    text = (
        "President Biden spoke with President Macron by phone today. Biden called the attack by President Putin brutal."
    )
    got = extract_text(text, "en", dt.date(2023, 3, 7))
    assert got.outcome == "readout"
    assert got.initiator_code is None
    called = (
        "Readout of a call with France. President Biden called H.E. Mr. Emmanuel Macron, President of France, today."
    )
    assert extract_text(called, "en", dt.date(2023, 3, 7)).initiator_code == "USA"


def test_an_indonesian_bracketed_day_and_month_dates_the_engagement():
    text = "Presiden Vladimir Putin melakukan pembicaraan telepon dengan Presiden Barack Obama hari Kamis (25/6)."
    got = extract_text(text, "id", published_month="2015-06")
    assert got.outcome == "readout"
    assert got.engagement_date == dt.date(2015, 6, 25)


def test_a_telephone_conference_of_two_leaders_is_a_call_and_dates_it():
    text = (
        "On February 13th, Prime Minister Shinzo Abe held a telephone conference with Prime Minister Nguyen Tan Dung."
    )
    got = extract_text(text, "en", dt.date(2015, 2, 16), title="Japan-Viet Nam Summit Telephone Talk")
    assert got.outcome == "readout"
    assert got.engagement_type == "phone_call"
    assert got.engagement_date == dt.date(2015, 2, 13)


def test_a_sentence_opening_separately_is_no_roundup_of_its_leaders():
    text = (
        "President Biden met Prime Minister Kishida at the White House today. "
        "Separately, President Biden and Prime Minister Kishida held talks on trade over lunch."
    )
    got = extract_text(text, "en", dt.date(2023, 1, 13))
    assert got.outcome == "readout"


def test_a_genre_marker_before_its_author_still_labels_the_page():
    body = "President Biden spoke today with President Emmanuel Macron of France about trade."
    got = extract_text(f"Commentary by Jane Doe\n{body}", "en", dt.date(2023, 3, 7))
    assert got.outcome == "not_readout"
    assert "commentary" in (got.reason or "")


def test_a_json_record_published_to_the_month_keeps_the_month():
    import json

    from readouts.models import InboxFile
    from readouts.parse import parse_file, sha256_hex

    record = {"text": "Präsident Biden telefonierte am 25. Juni mit Bundeskanzler Scholz.", "published": "2023-06"}
    raw = json.dumps(record).encode()
    (doc,) = parse_file(InboxFile(7, "r.json", "r.json", sha256_hex(raw), len(raw)), raw, load_reference())
    assert doc.published_date is None
    assert doc.published_month == "2023-06"


def test_a_turkish_weekday_before_its_postposition_dates_the_engagement():
    text = "Cumhurbaşkanı Erdoğan pazartesi günü Fransa Cumhurbaşkanı Macron ile telefonda görüştü."
    got = extract_text(text, "tr", dt.date(2023, 3, 8))  # a Wednesday
    assert got.date_stated
    assert got.engagement_date == dt.date(2023, 3, 6)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "it",
            "Il presidente Sergio Mattarella ha avuto separatamente un colloquio telefonico con Macron e con Scholz.",
        ),
        ("tr", "Cumhurbaşkanı Erdoğan, bir dizi telefon görüşmesi yaptı; Macron ve Scholz ile telefonda görüştü."),
        ("zh", "国家主席习近平分别通电话,同法国总统马克龙和德国总理朔尔茨交换意见。"),
    ],
)
def test_several_calls_said_in_other_languages_are_several_engagements(language: str, text: str):
    got = extract_text(text, language, dt.date(2023, 3, 7))
    assert got.outcome == "not_readout"
    assert "several" in (got.reason or "")


@pytest.mark.parametrize(
    ("text", "initiator"),
    [
        ("本8日、バイデン米国大統領から岸田総理大臣に電話があり、首脳電話会談を行いました。", "USA"),
        ("岸田総理大臣は、バイデン米国大統領から電話を受け、電話会談を行いました。", "USA"),
        ("午前10時から岸田総理大臣はバイデン米国大統領と電話会談を行いました。", None),
    ],
)
def test_a_call_from_a_leader_in_japanese_names_the_caller(text: str, initiator: str | None):
    got = extract_text(text, "ja", dt.date(2023, 3, 8))
    assert got.outcome == "readout"
    assert got.initiator_code == initiator


@pytest.mark.parametrize(
    ("text", "initiator"),
    [
        ("트럼프 대통령이 문재인 대통령에게 전화를 걸어 통화했다.", "USA"),
        ("문재인 대통령은 트럼프 대통령에게 전화를 걸어 30분간 통화했다.", "KOR"),
        ("문재인 대통령은 트럼프 대통령과 전화 통화를 했다.", None),
    ],
)
def test_the_korean_caller_is_the_subject_who_phoned_the_other(text: str, initiator: str | None):
    got = extract_text(text, "ko", dt.date(2019, 3, 8))
    assert got.outcome == "readout"
    assert got.initiator_code == initiator


@pytest.mark.parametrize(
    ("language", "text", "initiator"),
    [
        ("ja", "岸田総理大臣は、バイデン米国大統領に電話をかけ、電話会談を行いました。", "JPN"),
        (
            "de",
            "Bundeskanzler Olaf Scholz rief am Dienstag Präsident Emmanuel Macron an; sie telefonierten lange.",
            "DEU",
        ),
        ("de", "Bundeskanzler Olaf Scholz hat Präsident Emmanuel Macron angerufen; sie telefonierten lange.", "DEU"),
        (
            "de",
            "Bundeskanzler Olaf Scholz rief Präsident Emmanuel Macron auf, zu helfen; sie telefonierten lange.",
            None,
        ),
        ("zh", "国家主席习近平给法国总统马克龙打电话,两国元首通电话。", "CHN"),
    ],
)
def test_the_caller_with_the_rest_of_the_phrase_after_the_called_side(language: str, text: str, initiator: str | None):
    got = extract_text(text, language, dt.date(2023, 3, 8))
    assert got.outcome == "readout"
    assert got.initiator_code == initiator


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "President Biden spoke by phone the day before yesterday with Chancellor Olaf Scholz."),
        ("id", "Presiden Joko Widodo kemarin lusa melakukan pembicaraan telepon dengan Presiden Emmanuel Macron."),
    ],
)
def test_the_day_before_yesterday_is_two_days_before_publication(language: str, text: str):
    got = extract_text(text, language, dt.date(2023, 3, 8))
    assert got.outcome == "readout"
    assert got.engagement_date == dt.date(2023, 3, 6)


def test_a_visitors_arrival_with_the_talks_still_to_come_announces_them():
    arrival = "Prime Minister Fumio Kishida has arrived in Washington on an official visit to the United States."
    got = extract_text(
        f"{arrival} Tomorrow President Joe Biden will welcome him at the White House.", "en", dt.date(2023, 1, 12)
    )
    assert got.outcome == "not_readout"
    assert "to come" in (got.reason or "")
    met = "Prime Minister Fumio Kishida arrived in Washington on an official visit and held talks with Joe Biden."
    assert extract_text(f"{met} They will meet again in May.", "en", dt.date(2023, 1, 13)).outcome == "readout"


# extract9a


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "President Biden met Chinese Foreign Minister Wang Yi at the White House. President Xi Jinping "
            "sent greetings.",
        ),
        (
            "ko",
            "푸틴 대통령은 20일 왕이 중국 외교부장과 면담했습니다. "
            "푸틴 대통령은 시진핑 국가주석의 초청을 승낙했습니다.",
        ),
        ("zh", "普京总统20日会见中国外交部长王毅。普京表示接受习近平主席的邀请访华。"),
        ("ja", "プーチン大統領は20日、王毅中国外相と会談した。プーチン大統領は習近平国家主席の招待を受け入れた。"),
        (
            "de",
            "Präsident Putin traf den chinesischen Außenminister Wang Yi in Moskau. Präsident Xi Jinping lud ihn ein.",
        ),
        (
            "pt",
            "O presidente Lula recebeu o ministro das Relações Exteriores da China, Wang Yi, em Brasília. O presidente "
            "Xi Jinping convidou Lula.",
        ),
        (
            "tr",
            "Cumhurbaşkanı Erdoğan, Çin Dışişleri Bakanı Wang Yi'yi Ankara'da kabul etti. Erdoğan, Çin Devlet Başkanı "
            "Şi Cinping'e selam gönderdi.",
        ),
        (
            "ru",
            "Владимир Путин встретился с Председателем Постоянного комитета Всекитайского собрания в Кремле. Летом "
            "ждём Председателя КНР Си Цзиньпина.",
        ),
    ],
)
def test_a_leader_meeting_a_minister_or_speaker_of_another_state_is_no_readout(language: str, text: str):
    got = extract_text(text, language, dt.date(2023, 9, 20))
    assert got.outcome == "not_readout"
    assert got.reason == "the counterpart in the engagement sentence holds no leader's office"


@pytest.mark.parametrize(
    ("language", "text", "sides"),
    [
        (
            "en",
            "President Biden met President Xi Jinping in Woodside, joined by Secretary of State Blinken.",
            {"USA", "CHN"},
        ),
        ("zh", "习近平同美国总统拜登举行会晤。双方外长参加会见。", {"CHN", "USA"}),
        ("zh", "马拉维总统穆塔里卡暨夫人抵达北京访问。习近平主席与穆塔里卡总统举行会谈。", {"CHN", "MWI"}),
    ],
)
def test_a_minister_beside_two_leaders_or_a_leaders_spouse_leaves_the_readout(language: str, text: str, sides: set):
    got = extract_text(text, language, dt.date(2015, 10, 7) if "MWI" in sides else dt.date(2023, 10, 7))
    assert got.outcome == "readout"
    assert {p.actor_code for p in got.participants} == sides


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "President Biden met President Emmanuel Macron in Paris. Biden thanked Macron for the invitation."),
        (
            "ru",
            "Владимир Путин провёл переговоры с Президентом Франции Эммануэлем Макроном в Париже. Путин "
            "поблагодарил Макрона за приглашение.",
        ),
        (
            "es",
            "El presidente Pedro Sánchez se reunió con el presidente Emmanuel Macron en París. Sánchez agradeció a "
            "Macron la invitación.",
        ),
        (
            "de",
            "Bundeskanzler Olaf Scholz traf Präsident Emmanuel Macron in Paris. Scholz dankte Macron für die "
            "Einladung.",
        ),
        (
            "pt",
            "O presidente Lula reuniu-se com o presidente Emmanuel Macron em Paris. Lula agradeceu a Macron pelo "
            "convite.",
        ),
        (
            "ja",
            "岸田総理大臣は、パリでマクロン・フランス大統領と首脳会談を行った。岸田総理はマクロン大統領の招待に感謝した。",
        ),
        (
            "ko",
            "윤석열 대통령은 파리에서 마크롱 프랑스 대통령과 정상회담을 가졌습니다. 윤 대통령은 마크롱 대통령의 초청에 "
            "감사를 표했습니다.",
        ),
        (
            "id",
            "Presiden Joko Widodo bertemu Presiden Emmanuel Macron di Paris. Jokowi berterima kasih kepada Macron atas "
            "undangan tersebut.",
        ),
        # a transcript: the guest thanks the host for the invitation
        (
            "en",
            "President Biden: President Macron, thank you for the invitation. It is good to be in Paris.\n"
            "President Macron: Welcome, Joe.",
        ),
        ("ru", "В.Путин: Уважаемый господин Президент! Спасибо за приглашение.\nЭ.Макрон: Добро пожаловать в Париж."),
    ],
)
def test_thanking_the_other_leader_for_the_invitation_names_the_host_as_initiator(language: str, text: str):
    got = extract_text(text, language, dt.date(2023, 3, 8))
    assert got.outcome == "readout"
    assert got.engagement_type == "meeting"
    assert got.initiator_code == "FRA"


def test_a_guest_thanked_for_accepting_the_invitation_leaves_the_host_initiator():
    text = "President Macron: President Biden, thank you for accepting my invitation.\nPresident Biden: Thank you."
    got = extract_text(text, "en", dt.date(2023, 3, 8))
    assert got.outcome == "readout"
    assert got.initiator_code == "FRA"


def test_thanks_deep_in_a_turn_for_an_invitation_to_an_event_name_no_initiator():
    filler = "We discussed trade, energy and the situation in the region in some detail. " * 4
    text = (
        f"President Biden: President Macron, it is good to talk to you. {filler}"
        "Thank you for the invitation to attend the opening ceremony next year.\nPresident Macron: Thank you, Joe."
    )
    got = extract_text(text, "en", dt.date(2023, 3, 8))
    assert got.outcome == "readout"
    assert got.initiator_code is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Bundeskanzler Olaf Scholz erhielt am Mittwoch einen Anruf von Präsident Emmanuel Macron."),
        ("id", "Presiden Joko Widodo menerima telepon dari Presiden Prancis Emmanuel Macron pada Rabu."),
        ("zh", "国家主席习近平8日接到法国总统马克龙来电。"),
        ("ru", "Владимир Путин ответил на телефонный звонок Президента Франции Эммануэля Макрона."),
        (
            "uk",
            "За ініціативи французької сторони відбулася телефонна розмова Володимира Зеленського з Президентом "
            "Франції Емманюелем Макроном.",
        ),
    ],
)
def test_a_call_received_from_or_answered_is_a_call_the_caller_initiated(language: str, text: str):
    got = extract_text(text, language, dt.date(2023, 3, 8))
    assert got.outcome == "readout"
    assert got.engagement_type == "phone_call"
    assert got.initiator_code == "FRA"


@pytest.mark.parametrize(
    ("language", "text", "initiator"),
    [
        (
            "en",
            "President Biden spoke by phone with President Emmanuel Macron on Wednesday. Macron asked to speak with "
            "President Biden before the summit.",
            "FRA",
        ),
        ("zh", "美国总统拜登8日同法国总统马克龙通电话。白宫官员说，马克龙希望在峰会前跟拜登总统交谈。", "FRA"),
        (
            "ru",
            "Владимир Путин провёл телефонный разговор с Президентом Франции Эммануэлем Макроном. Макрон попросил о "
            "телефонном разговоре с Путиным.",
            "FRA",
        ),
        (
            "es",
            "El presidente Pedro Sánchez conversó por teléfono con el presidente Emmanuel Macron. Macron pidió hablar "
            "con Sánchez antes de la cumbre.",
            "FRA",
        ),
        (
            "de",
            "Bundeskanzler Olaf Scholz telefonierte am Mittwoch mit Präsident Emmanuel Macron. Macron bat um ein "
            "Telefonat mit Scholz.",
            "FRA",
        ),
        (
            "ko",
            "윤석열 대통령은 8일 마크롱 프랑스 대통령과 전화 통화를 했습니다. 마크롱 대통령이 윤 대통령과의 통화를 "
            "요청했습니다.",
            "FRA",
        ),
        # asking the other to speak with a third leader: no request for this call
        (
            "en",
            "President Biden spoke by phone with President Emmanuel Macron. Biden asked Macron to speak with "
            "President Zelensky.",
            None,
        ),
    ],
)
def test_the_side_that_asked_to_speak_with_the_other_initiated(language: str, text: str, initiator: str | None):
    got = extract_text(text, language, dt.date(2023, 3, 8))
    assert got.outcome == "readout"
    assert got.initiator_code == initiator


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh", "国家主席习近平 3 月 14 日 同法国总统马克龙通电话。"),
        ("zh", "国家主席习近平2023 年 3 月 14 日同法国总统马克龙通电话。"),
        ("zh", "国家主席习近平本月14日同法国总统马克龙通电话。"),
        ("zh", "国家主席习近平14号同法国总统马克龙通电话。"),
        ("ko", "윤석열 대통령은 14일(현지시간) 파리에서 에마뉘엘 마크롱 프랑스 대통령과 정상회담을 가졌습니다."),
        ("ko", "윤석열 대통령은 14일(현지 시각) 파리에서 에마뉘엘 마크롱 프랑스 대통령과 정상회담을 가졌습니다."),
        (
            "ko",
            "윤석열 대통령은 14일 오후(한국시간 15일 새벽) 파리에서 에마뉘엘 마크롱 프랑스 대통령과 정상회담을 "
            "가졌습니다.",
        ),
    ],
)
def test_chinese_and_korean_date_forms_date_the_engagement(language: str, text: str):
    got = extract_text(text, language, dt.date(2023, 3, 15))
    assert got.outcome == "readout"
    assert got.engagement_date == dt.date(2023, 3, 14)


def test_a_lead_sentence_before_the_cues_dates_the_engagement_on_the_local_clock():
    text = (
        "蔡英文总统于瓜地马拉时间1月11日上午(台北时间12日凌晨2时)抵达国立文化宫。\n"
        "蔡总统与莫拉雷斯总统举行会谈，双方互赠勋章。"
    )
    got = extract_text(text, "zh", dt.date(2017, 1, 12))
    assert got.outcome == "readout"
    assert got.engagement_date == dt.date(2017, 1, 11)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "id",
            "Presiden Korea Selatan Yoon Suk Yeol mengadakan pembicaraan telepon dengan presiden AS terpilih Donald "
            "Trump pada Kamis.",
        ),
        (
            "es",
            "El presidente surcoreano Yoon Suk Yeol conversó por teléfono con el presidente estadounidense electo, "
            "Donald Trump.",
        ),
        (
            "pt",
            "O presidente sul-coreano Yoon Suk Yeol conversou por telefone com o presidente americano eleito Donald "
            "Trump.",
        ),
        ("ar", "أجرى الرئيس عبد الفتاح السيسي اتصالا هاتفيا مع الرئيس الأمريكي المنتخب دونالد ترامب."),
        (
            "de",
            "Der südkoreanische Präsident Yoon Suk Yeol telefonierte mit dem gewählten US-Präsidenten Donald Trump.",
        ),
    ],
)
def test_a_call_with_a_president_elect_named_after_the_states_adjective_is_no_readout(language: str, text: str):
    got = extract_text(text, language, dt.date(2024, 11, 7))
    assert got.outcome == "not_readout"
    assert "USA" not in {p.actor_code for p in got.participants}


@pytest.mark.parametrize(
    "text",
    [
        "Presiden Prancis Emmanuel Macron akan mengunjungi Jakarta pekan depan untuk bertemu Presiden Joko Widodo.",
        "Presiden Joko Widodo akan menerima Presiden Prancis Emmanuel Macron di Istana Bogor.",
    ],
)
def test_an_indonesian_visit_or_reception_to_come_announces_it(text: str):
    got = extract_text(text, "id", dt.date(2023, 3, 8))
    assert got.outcome == "not_readout"
    assert "to come" in (got.reason or "")
    met = "Presiden Joko Widodo bertemu Presiden Prancis Emmanuel Macron di Istana Bogor."
    assert extract_text(met, "id", dt.date(2023, 3, 8)).outcome == "readout"


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("ko", "윤 대통령, 마크롱 대통령과 통화", "phone_call"),
        ("ko", "윤석열 대통령, 마크롱 프랑스 대통령과 전화로 한-프 관계 논의", "phone_call"),
        ("ar", "عقد الرئيس عبد الفتاح السيسي والرئيس الفرنسي إيمانويل ماكرون قمة عبر تقنية الفيديو.", "video_call"),
    ],
)
def test_a_korean_headline_call_and_an_arabic_video_technique_are_engagements(language: str, text: str, kind: str):
    got = extract_text(text, language, dt.date(2023, 3, 8))
    assert got.outcome == "readout"
    assert got.engagement_type == kind


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The White House denied reports that President Biden had spoken by phone with President Xi Jinping."),
        (
            "ru",
            "Песков опроверг сообщения о телефонном разговоре Владимира Путина с Президентом Франции Эммануэлем "
            "Макроном.",
        ),
        ("ko", "대통령실은 윤석열 대통령과 시진핑 주석의 전화 통화설을 부인했습니다."),
        ("zh", "总统府回应媒体关于蔡英文总统与美国总统特朗普通电话的报道。发言人表示，相关报道不准确。"),
    ],
)
def test_a_lead_denying_or_answering_reports_of_a_call_reports_none(language: str, text: str):
    got = extract_text(text, language, dt.date(2023, 3, 8))
    assert got.outcome == "not_readout"
    assert got.reason == "denies or answers reports of an engagement, reports none"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Владимир Путин встретился с губернатором Московской области в Кремле. Обсуждались итоги визита "
            "Председателя КНР Си Цзиньпина.",
        ),
        ("zh", "习近平会见俄罗斯国家杜马主席沃洛金。沃洛金转达了普京总统的问候。"),
    ],
)
def test_a_leader_meeting_a_governor_or_a_chamber_head_is_no_readout(language: str, text: str):
    got = extract_text(text, language, dt.date(2023, 3, 8))
    assert got.outcome == "not_readout"


@pytest.mark.parametrize(
    ("language", "text", "weekday"),
    [
        ("zh", "两位领导人同意推迟原定下周二的会晤。", None),
        ("zh", "两位领导人原定下星期二会晤，已于星期四通电话。", "星期四"),
        ("en", "They will meet next Tuesday; they spoke on Thursday.", "Thursday"),
        ("ja", "来週火曜日の会談について木曜日に電話会談を行った。", "木曜日"),
        ("fr", "Leur rencontre de mardi prochain a été préparée jeudi.", "jeudi"),
        ("de", "Das Treffen am nächsten Dienstag wurde am Donnerstag besprochen.", "Donnerstag"),
        ("pt", "A reunião da próxima terça-feira foi discutida na quinta-feira.", "quinta-feira"),
    ],
)
def test_a_weekday_of_the_week_to_come_is_no_date_phrase(language: str, text: str, weekday: str | None):
    from readouts.extract import date_phrases

    profile = load_reference().languages[language]
    found = [m.group(0) for m in date_phrases(text.lower(), profile)]
    assert found == ([weekday.lower()] if weekday else [])


def test_next_weeks_meeting_put_off_in_a_call_report_is_no_roundup():
    text = (
        "美国白宫星期五(6月12日)表示，奥巴马理解朴槿惠推迟下周二(6月16日)见面的决定。\n"
        "美国总统奥巴马星期四和韩国总统朴槿惠通了电话。"
    )
    got = extract_text(text, "zh", dt.date(2015, 6, 15), title="奥巴马与朴槿惠通电话")
    assert got.outcome == "readout"
    assert {p.actor_code for p in got.participants} == {"USA", "KOR"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh", "白宫星期五(3月10日)表示，拜登总统和法国总统马克龙星期四通了电话。"),
        (
            "en",
            "The White House said on Friday that President Biden spoke by phone with President Emmanuel Macron on "
            "Thursday.",
        ),
        (
            "ru",
            "В Кремле заявили в пятницу, что Владимир Путин провёл телефонный разговор с Президентом Франции "
            "Эммануэлем Макроном в четверг.",
        ),
    ],
)
def test_the_date_of_a_statement_gives_way_to_the_engagements(language: str, text: str):
    got = extract_text(text, language, dt.date(2023, 3, 11))
    assert got.outcome == "readout"
    assert got.engagement_date == dt.date(2023, 3, 9)


def test_a_statements_date_dates_the_engagement_when_no_other_is_given():
    got = extract_text(
        "The White House said on Friday that President Biden spoke with President Emmanuel Macron.",
        "en",
        dt.date(2023, 3, 11),
    )
    assert got.outcome == "readout"
    assert got.engagement_date == dt.date(2023, 3, 10)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Vladimir Putin had a telephone conversation with Federal Chancellor of Germany Olaf Scholz.\n"
            "Moscow, March 7, 2023\nThe two leaders discussed energy.",
        ),
        (
            "ru",
            "Состоялся телефонный разговор Владимира Путина с Федеральным канцлером Германии Олафом Шольцем.\n"
            "7 марта 2023 года\nОбсуждались вопросы энергетики.",
        ),
    ],
)
def test_a_republished_releases_own_date_line_dates_an_undated_engagement(language: str, text: str):
    got = extract_text(text, language, dt.date(2023, 3, 9))
    assert got.outcome == "readout"
    assert got.engagement_date == dt.date(2023, 3, 7)
    # a date line long before the republication is no release's: the publication date stays
    old = text.replace("March 7, 2023", "March 7, 2021").replace("7 марта 2023", "7 марта 2021")
    assert extract_text(old, language, dt.date(2023, 3, 9)).engagement_date == dt.date(2023, 3, 9)


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("es", "El presidente Emmanuel Macron llamó al presidente Pedro Sánchez para hablar de Ucrania.", "phone_call"),
        ("zh", "法国总统马克龙8日给国家主席习近平打来电话。", "phone_call"),
        ("tr", "Fransa Cumhurbaşkanı Emmanuel Macron, Cumhurbaşkanı Erdoğan'ı telefonla aradı.", "phone_call"),
        ("ko", "윤석열 대통령은 8일 마크롱 프랑스 대통령의 전화를 받았습니다.", "phone_call"),
        ("ru", "Владимир Путин принял звонок Президента Франции Эммануэля Макрона.", "phone_call"),
        ("ko", "윤석열 대통령은 8일 엘리제궁에서 마크롱 프랑스 대통령을 만났습니다.", "meeting"),
    ],
)
def test_the_caller_in_more_word_orders_and_the_korean_polite_past(language: str, text: str, kind: str):
    got = extract_text(text, language, dt.date(2023, 3, 8))
    assert got.outcome == "readout"
    assert got.engagement_type == kind
    assert got.initiator_code == ("FRA" if kind == "phone_call" else None)


@pytest.mark.parametrize(
    ("language", "text", "initiator"),
    [
        ("ru", "Владимиру Путину позвонил Президент Франции Эммануэль Макрон.", "FRA"),
        ("ru", "Владимир Путин позвонил Президенту Франции Эммануэлю Макрону.", "RUS"),
        ("ru", "Президент Франции Эммануэль Макрон позвонил Владимиру Путину.", "FRA"),
        ("uk", "Володимиру Зеленському зателефонував Президент Франції Емманюель Макрон.", "FRA"),
    ],
)
def test_the_called_side_named_first_in_the_dative_is_not_the_caller(language: str, text: str, initiator: str):
    got = extract_text(text, language, dt.date(2023, 3, 8))
    assert got.outcome == "readout"
    assert got.initiator_code == initiator


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "يستقبل الرئيس عبد الفتاح السيسي غدا الرئيس الفرنسي إيمانويل ماكرون."),
        ("zh", "国家主席习近平明天会见法国总统马克龙。"),
        ("ja", "岸田総理大臣は明日、マクロン・フランス大統領と会談する。"),
        ("tr", "Cumhurbaşkanı Erdoğan yarın Fransa Cumhurbaşkanı Emmanuel Macron ile görüşüyor."),
        ("id", "Presiden Joko Widodo besok bertemu Presiden Prancis Emmanuel Macron."),
    ],
)
def test_tomorrow_in_a_present_tense_lead_announces_the_engagement(language: str, text: str):
    got = extract_text(text, language, dt.date(2023, 3, 8))
    assert got.outcome == "not_readout"
    assert "to come" in (got.reason or "")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh", "国家主席习近平上月14日同法国总统马克龙通电话。"),
        ("ja", "岸田総理大臣は、先月14日、マクロン・フランス大統領と電話会談を行いました。"),
        ("ko", "윤석열 대통령은 지난달 14일 마크롱 프랑스 대통령과 전화 통화를 했습니다."),
    ],
)
def test_a_day_of_last_month_is_in_the_month_before_publication(language: str, text: str):
    got = extract_text(text, language, dt.date(2023, 3, 20))
    assert got.outcome == "readout"
    assert got.engagement_date == dt.date(2023, 2, 14)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "tr",
            "Cumhurbaşkanı Erdoğan yarın Ankara'da Fransa Cumhurbaşkanı Emmanuel Macron ile bir araya gelecek.\n"
            "Görüşmenin ana gündem maddeleri güvenlik ve ekonomi.",
        ),
        (
            "en",
            "President Biden will welcome President Emmanuel Macron to the White House next week.\n"
            "The talks are expected to focus on trade.",
        ),
    ],
)
def test_a_lead_sentence_announcing_a_meeting_before_the_cue_sentences_announces_it(language: str, text: str):
    got = extract_text(text, language, dt.date(2023, 3, 8))
    assert got.outcome == "not_readout"
    assert "to come" in (got.reason or "")


# extract10b


@pytest.mark.parametrize(
    ("language", "text", "initiator"),
    [
        ("ja", "岸田総理大臣は10日、バイデン米大統領と電話会談を行った。バイデン大統領からの申し出によるもの。", "USA"),
        ("ja", "岸田総理大臣は3日、マクロン仏大統領からのお祝いの電話を受け、約15分間電話会談を行った。", "FRA"),
        (
            "en",
            "Prime Minister Rishi Sunak received a congratulatory call from President Emmanuel Macron on Monday.",
            "FRA",
        ),
        ("ko", "윤석열 대통령은 5일 마크롱 프랑스 대통령으로부터 축하 전화를 받고 양국 관계를 논의했다.", "FRA"),
    ],
)
def test_an_offer_or_a_congratulatory_call_from_a_side_names_it_initiator(language: str, text: str, initiator: str):
    got = extract_text(text, language, dt.date(2023, 3, 8))
    assert got.outcome == "readout"
    assert got.initiator_code == initiator


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Состоялся телефонный разговор Владимира Путина с Президентом Франции Эммануэлем Макроном. "
            "Французская сторона выступила инициатором разговора.",
        ),
        (
            "ru",
            "Состоялся телефонный разговор Владимира Путина с Эммануэлем Макроном. "
            "Инициатором разговора выступило руководство Франции.",
        ),
        (
            "uk",
            "Відбулася телефонна розмова Володимира Зеленського з Президентом Франції Емманюелем Макроном. "
            "Французька сторона виступила ініціатором розмови.",
        ),
    ],
)
def test_the_side_that_acted_as_initiator_in_any_gender_and_order(language: str, text: str):
    got = extract_text(text, language, dt.date(2023, 3, 8))
    assert got.outcome == "readout"
    assert got.initiator_code == "FRA"


@pytest.mark.parametrize(
    ("language", "text", "published", "initiator"),
    [
        (
            "ar",
            "قال المتحدث إن الرئيس الفرنسي إيمانويل ماكرون اتصل هاتفيا بالرئيس عبد الفتاح السيسي لبحث العلاقات.",
            dt.date(2023, 3, 8),
            "FRA",
        ),
        (
            "ar",
            "أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا بالرئيس عبد الفتاح السيسي تناول العلاقات الثنائية.",
            dt.date(2023, 3, 8),
            "FRA",
        ),
        # "held a call with": no side named as the caller
        (
            "ar",
            "أجرى الرئيس عبد الفتاح السيسي اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون تناول العلاقات الثنائية.",
            dt.date(2023, 3, 8),
            None,
        ),
        (
            "fa",
            "امانوئل ماکرون رئیس جمهور فرانسه با حسن روحانی رئیس جمهور ایران تماس تلفنی گرفت.",
            dt.date(2019, 3, 8),
            "FRA",
        ),
        # an Arabic-script comma ends the slot: "in a call with Rouhani, spoke with him" names no caller
        (
            "fa",
            "باراک اوباما رئیس جمهور آمریکا، در تماس تلفنی با حسن روحانی رئیس جمهور ایران، با وی گفت وگو کرد.",
            dt.date(2013, 9, 28),
            None,
        ),
    ],
)
def test_the_arabic_and_persian_caller_and_the_arabic_comma(
    language: str, text: str, published: dt.date, initiator: str | None
):
    got = extract_text(text, language, published)
    assert got.outcome == "readout"
    assert got.engagement_type == "phone_call"
    assert got.initiator_code == initiator


@pytest.mark.parametrize(
    ("text", "initiator"),
    [
        (
            "Cumhurbaşkanı Erdoğan, Fransa Cumhurbaşkanı Emmanuel Macron ile karşı tarafın talebine binaen "
            "bir telefon görüşmesi gerçekleştirdi.",
            "FRA",
        ),
        (
            "Cumhurbaşkanı Recep Tayyip Erdoğan, Fransa tarafının talebi doğrultusunda Cumhurbaşkanı Emmanuel "
            "Macron ile telefonda görüştü.",
            "FRA",
        ),
        ("Cumhurbaşkanı Recep Tayyip Erdoğan, Fransa Cumhurbaşkanı Emmanuel Macron ile telefonda görüştü.", None),
    ],
)
def test_turkish_requests_worded_binaen_istinaden_or_dogrultusunda(text: str, initiator: str | None):
    got = extract_text(text, "tr", dt.date(2023, 3, 8))
    assert got.outcome == "readout"
    assert got.initiator_code == initiator


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "El presidente Gustavo Petro dijo este lunes que en la llamada que sostuvo esta tarde con el "
            "presidente Emmanuel Macron hablaron de comercio.",
        ),
        ("en", "President Biden said on Monday that he spoke by phone with President Emmanuel Macron this morning."),
        (
            "ru",
            "Владимир Путин заявил в понедельник, что сегодня провёл телефонный разговор с Президентом Франции "
            "Эммануэлем Макроном.",
        ),
        (
            "fr",
            "Le président Emmanuel Macron a déclaré lundi qu'il s'était entretenu ce matin par téléphone avec le "
            "chancelier Olaf Scholz.",
        ),
    ],
)
def test_today_said_on_a_dated_statement_is_the_statements_day(language: str, text: str):
    got = extract_text(text, language, dt.date(2023, 3, 8))  # a Wednesday; the statement on Monday the 6th
    assert got.outcome == "readout"
    assert got.engagement_date == dt.date(2023, 3, 6)


def test_today_without_a_dated_statement_is_the_publication_day():
    got = extract_text(
        "President Biden spoke by phone with President Emmanuel Macron this morning.", "en", dt.date(2023, 3, 8)
    )
    assert got.engagement_date == dt.date(2023, 3, 8)


@pytest.mark.parametrize(
    ("text", "published", "initiator"),
    [
        (
            "جورج بوش رئیس جمهور آمریکا به حامد کرزی رئیس جمهور افغانستان تلفن کرد و درباره امنیت صحبت کرد.",
            dt.date(2005, 3, 8),
            "USA",
        ),
        (
            "باراک اوباما رئیس جمهور آمریکا روز جمعه به حامد کرزی زنگ زد و درباره خروج نیروها گفتگو کرد.",
            dt.date(2012, 3, 16),
            "USA",
        ),
        (
            "حامد کرزی روز جمعه گفت امروز صبح باراک اوباما برایم زنگ زد و درباره نیروها با من صحبت کرد.",
            dt.date(2012, 3, 16),
            "USA",
        ),
        (
            "حامد کرزی رئیس جمهور افغانستان با باراک اوباما رئیس جمهور آمریکا تلفنی گفتگو کرد.",
            dt.date(2012, 3, 16),
            None,
        ),
    ],
)
def test_the_persian_caller_who_rang_the_other(text: str, published: dt.date, initiator: str | None):
    got = extract_text(text, "fa", published)
    assert got.outcome == "readout"
    assert got.engagement_type == "phone_call"
    assert got.initiator_code == initiator


@pytest.mark.parametrize(
    ("language", "text", "published", "initiator"),
    [
        (
            "en",
            "PRESIDENT BIDEN: Welcome, Mr. President. Thank you for accepting the invitation to come to Washington.\n"
            "PRESIDENT MACRON: Thank you, Joe. It is good to be here.",
            dt.date(2022, 12, 1),
            "USA",
        ),
        (
            "ru",
            "В.Путин: Уважаемый господин Президент! Я рад, что Вы приняли приглашение и приехали в Москву.\n"
            "Э.Макрон (как переведено): Спасибо, господин Президент.",
            dt.date(2019, 3, 8),
            "RUS",
        ),
        (
            "fr",
            "Emmanuel Macron : Monsieur le Chancelier, merci d'avoir accepté l'invitation à Paris.\n"
            "Olaf Scholz : Merci, Monsieur le Président.",
            dt.date(2023, 3, 8),
            "FRA",
        ),
        (
            "de",
            "Olaf Scholz: Herr Präsident, ich freue mich, dass Sie die Einladung angenommen haben.\n"
            "Emmanuel Macron: Vielen Dank, Herr Bundeskanzler.",
            dt.date(2023, 3, 8),
            "DEU",
        ),
        # the speaker accepted an invitation himself: no side of this meeting named as host
        (
            "en",
            "PRESIDENT BIDEN: Welcome, Mr. President. I accepted the invitation to the summit last year.\n"
            "PRESIDENT MACRON: Thank you, Joe. It is good to be here.",
            dt.date(2022, 12, 1),
            None,
        ),
    ],
)
def test_a_speaker_saying_the_other_accepted_the_invitation_names_the_speaker_host(
    language: str, text: str, published: dt.date, initiator: str | None
):
    got = extract_text(text, language, published)
    assert got.outcome == "readout"
    assert got.initiator_code == initiator


@pytest.mark.parametrize(
    ("text", "initiator"),
    [
        (
            "US President Joe Biden on Friday called up Prime Minister Narendra Modi. The two leaders discussed trade "
            "during the telephone conversation.",
            "USA",
        ),
        (
            "Prime Minister Boris Johnson rang up President Emmanuel Macron on Monday evening. In the phone call, "
            "they discussed the border.",
            "GBR",
        ),
        # "called up" a memory, not a person: no caller
        (
            "President Emmanuel Macron spoke by phone with Prime Minister Narendra Modi. Macron called up the memory "
            "of their last meeting.",
            None,
        ),
    ],
)
def test_the_caller_who_called_up_or_rang_up_the_other(text: str, initiator: str | None):
    got = extract_text(text, "en", dt.date(2021, 4, 26))
    assert got.outcome == "readout"
    assert got.initiator_code == initiator


@pytest.mark.parametrize(
    ("text", "initiator"),
    [
        (
            "Presiden Joko Widodo menelpon Presiden Prancis Emmanuel Macron pada Rabu untuk membahas perdagangan "
            "melalui sambungan telepon.",
            "IDN",
        ),
        (
            "Presiden Joko Widodo ditelepon oleh Presiden Prancis Emmanuel Macron pada Rabu. Keduanya membahas "
            "perdagangan dalam percakapan telepon itu.",
            "FRA",
        ),
        (
            "Presiden Joko Widodo mendapat panggilan telepon dari Presiden Prancis Emmanuel Macron pada Rabu malam.",
            "FRA",
        ),
        ("Presiden Joko Widodo melakukan percakapan telepon dengan Presiden Prancis Emmanuel Macron pada Rabu.", None),
    ],
)
def test_the_indonesian_caller_in_other_spellings_and_the_passive(text: str, initiator: str | None):
    got = extract_text(text, "id", dt.date(2023, 3, 9))  # a Thursday
    assert got.outcome == "readout"
    assert got.initiator_code == initiator
    assert got.engagement_date == dt.date(2023, 3, 8)


@pytest.mark.parametrize(
    ("language", "phrase", "day"),
    [
        ("id", "pada Rabu", dt.date(2023, 3, 8)),
        ("id", "Rabu malam", dt.date(2023, 3, 8)),
        ("id", "pada Kamis", dt.date(2023, 3, 9)),
        ("id", "pada Rabu depan", None),
        ("tr", "geçen salı", dt.date(2023, 3, 7)),
        ("tr", "salı öğleden sonra", dt.date(2023, 3, 7)),
        ("tr", "cuma gecesi", dt.date(2023, 3, 3)),
    ],
)
def test_indonesian_and_turkish_weekdays_without_a_day_word(language: str, phrase: str, day: dt.date | None):
    sentence = (
        f"Kedua pemimpin berbicara melalui telepon {phrase}." if language == "id" else f"Liderler {phrase} görüştü."
    )
    found, _, stated = find_date([sentence], language, dt.date(2023, 3, 9), load_reference())  # a Thursday
    assert (found if stated else None) == day


@pytest.mark.parametrize(
    ("language", "text", "initiator"),
    [
        (
            "pt",
            "O presidente Lula conversou por telefone com o presidente Emmanuel Macron nesta quarta-feira. "
            "A ligação partiu do Palácio do Eliseu.",
            "FRA",
        ),
        (
            "pt",
            "O presidente Emmanuel Macron telefonou ontem, por volta das 10 horas, para o presidente Lula. "
            "Na conversa, os dois trataram do clima.",
            "FRA",
        ),
        (
            "es",
            "El presidente Pedro Sánchez habló por teléfono con el presidente Emmanuel Macron este miércoles. "
            "La llamada partió de Francia.",
            "FRA",
        ),
        (
            "fr",
            "Le chancelier Olaf Scholz s'est entretenu par téléphone avec le président Emmanuel Macron mercredi. "
            "L'appel est venu de l'Allemagne.",
            "DEU",
        ),
        (
            "de",
            "Bundeskanzler Olaf Scholz telefonierte am Mittwoch mit Präsident Emmanuel Macron. "
            "Der Anruf kam aus Paris.",
            "FRA",
        ),
        (
            "en",
            "Prime Minister Rishi Sunak spoke by phone with President Emmanuel Macron on Wednesday. "
            "The call came from the Élysée.",
            "FRA",
        ),
        (
            "ru",
            "Владимир Путин провел телефонный разговор с Эммануэлем Макроном. Макрон стал инициатором разговора.",
            "FRA",
        ),
        (
            "ru",
            "Владимир Путин провел телефонный разговор с Эммануэлем Макроном. Инициатива была французской стороны.",
            "FRA",
        ),
        (
            "uk",
            "Володимир Зеленський провів телефонну розмову з Емманюелем Макроном. Макрон став ініціатором розмови.",
            "FRA",
        ),
        # a conversation that "came from" an old invitation names no caller
        (
            "pt",
            "O presidente Lula conversou por telefone com o presidente Emmanuel Macron nesta quarta-feira. "
            "A conversa partiu de um convite antigo.",
            None,
        ),
    ],
)
def test_the_side_a_call_came_from_or_that_became_initiator(language: str, text: str, initiator: str | None):
    got = extract_text(text, language, dt.date(2023, 3, 9))
    assert got.outcome == "readout"
    assert got.engagement_type == "phone_call"
    assert got.initiator_code == initiator


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh", "国家主席习近平9日应印度政府邀请出席二十国集团峰会期间，应法方请求同法国总统马克龙举行会晤。"),
        (
            "en",
            "President Joe Biden, in New Delhi at the invitation of India for the G20 summit, met President Emmanuel "
            "Macron on Saturday at the request of the French side.",
        ),
        (
            "ru",
            "Владимир Путин, находящийся в Пекине по приглашению Китая, по просьбе французской стороны провел "
            "встречу с Президентом Франции Эммануэлем Макроном.",
        ),
    ],
)
def test_an_invitation_from_a_state_not_in_the_engagement_gives_way_to_the_sides_request(language: str, text: str):
    got = extract_text(text, language, dt.date(2023, 9, 9))
    assert got.outcome == "readout"
    assert got.initiator_code == "FRA"


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "حسن روحانی رئیس جمهور ایران روز ۲۱ آبان ۱۳۹۸ با امانوئل ماکرون رئیس جمهور فرانسه تلفنی گفتگو کرد.",
            dt.date(2019, 11, 13),
            dt.date(2019, 11, 12),
        ),
        # Afghanistan's (Dari) names of the same months
        (
            "محمد اشرف غنی رئیس جمهور افغانستان روز ۲۱ عقرب ۱۳۹۸ با دونالد ترامپ رئیس جمهور امریکا تلفنی صحبت کرد.",
            dt.date(2019, 11, 13),
            dt.date(2019, 11, 12),
        ),
        # no year: the Solar Hijri year of publication
        (
            "حسن روحانی رئیس جمهور ایران ۲۰ آبان‌ماه با امانوئل ماکرون رئیس جمهور فرانسه دیدار کرد.",
            dt.date(2019, 11, 12),
            dt.date(2019, 11, 11),
        ),
        # a numeric Solar Hijri date line is the publication date "today" is read against
        (
            "تاریخ انتشار: ۱۳۹۸/۰۸/۲۱\nحسن روحانی رئیس جمهور ایران امروز با امانوئل ماکرون رئیس جمهور فرانسه تلفنی "
            "گفتگو کرد.",
            None,
            dt.date(2019, 11, 12),
        ),
        # a Gregorian date in Persian stays Gregorian
        (
            "حسن روحانی رئیس جمهور ایران روز ۸ نوامبر ۲۰۱۹ با امانوئل ماکرون رئیس جمهور فرانسه تلفنی گفتگو کرد.",
            dt.date(2019, 11, 13),
            dt.date(2019, 11, 8),
        ),
    ],
)
def test_a_solar_hijri_date_is_read_as_the_gregorian_day(text: str, published: dt.date | None, day: dt.date):
    got = extract_text(text, "fa", published)
    assert got.outcome == "readout"
    assert got.engagement_date == day
    assert got.date_stated


@pytest.mark.parametrize(
    ("text", "initiator"),
    [
        (
            "윤석열 대통령은 8일 마크롱 프랑스 대통령과 전화 통화를 했다. "
            "이날 통화는 마크롱 대통령이 먼저 전화를 걸어 이뤄졌다.",
            "FRA",
        ),
        ("윤석열 대통령은 8일 마크롱 프랑스 대통령과 통화했다. 통화는 마크롱 대통령이 먼저 요청해 이뤄졌다.", "FRA"),
        ("기시다 일본 총리는 8일 윤석열 대통령과 통화했다. 통화는 윤 대통령이 먼저 제안해 이뤄졌다.", "KOR"),
        ("윤석열 대통령은 8일 오전 마크롱 프랑스 대통령 요청에 따라 전화 통화를 했다.", "FRA"),
        # a request for something else, not a leader's
        (
            "윤석열 대통령은 8일 마크롱 프랑스 대통령과 전화 통화를 하고 정상회담 개최 요청에 따라 일정을 논의했다.",
            None,
        ),
    ],
)
def test_the_korean_side_that_called_or_asked_first(text: str, initiator: str | None):
    got = extract_text(text, "ko", dt.date(2023, 3, 9))
    assert got.outcome == "readout"
    assert got.engagement_type == "phone_call"
    assert got.initiator_code == initiator


@pytest.mark.parametrize(
    ("text", "initiator"),
    [
        (
            "اتصل الرئيس الفرنسي إيمانويل ماكرون بالرئيس المصري عبد الفتاح السيسي، وبحث الرئيسان خلال الاتصال "
            "الهاتفي العلاقات الثنائية.",
            "FRA",
        ),
        (
            "اتصلت رئيسة الوزراء الإيطالية جورجا ميلوني بالرئيس عبد الفتاح السيسي، وتناول الاتصال الهاتفي الأوضاع "
            "في غزة.",
            "ITA",
        ),
    ],
)
def test_the_arabic_caller_named_right_after_the_verb(text: str, initiator: str):
    got = extract_text(text, "ar", dt.date(2023, 3, 9))
    assert got.outcome == "readout"
    assert got.initiator_code == initiator


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        (
            "ja",
            "24日にワシントンで行われる閣僚交渉を前に、岸田総理大臣は23日午前、バイデン米大統領と電話で会談しました。",
            dt.date(2023, 3, 23),
        ),
        (
            "ko",
            "25일 열리는 외교장관 회담을 앞두고 윤석열 대통령은 23일 바이든 미국 대통령과 전화 통화를 했다.",
            dt.date(2023, 3, 23),
        ),
        ("zh", "在24日举行的部长级会谈之前，国家主席习近平23日同法国总统马克龙通电话。", dt.date(2023, 3, 23)),
        # a day of last month stays last month's
        ("ja", "岸田総理大臣は先月24日、バイデン米大統領と電話で会談した。", dt.date(2023, 2, 24)),
    ],
)
def test_a_day_of_the_month_just_after_publication_is_a_plan_not_last_month(language: str, text: str, day: dt.date):
    got = extract_text(text, language, dt.date(2023, 3, 23))
    assert got.outcome == "readout"
    assert got.engagement_date == day


@pytest.mark.parametrize(
    ("language", "text", "initiator"),
    [
        (
            "en",
            "Prime Minister Rishi Sunak spoke by phone with President Emmanuel Macron on Wednesday. "
            "Macron had asked for the call.",
            "FRA",
        ),
        (
            "en",
            "President Biden spoke by phone with President Macron on Wednesday. Reporters requested the call "
            "transcript.",
            None,
        ),
        (
            "de",
            "Bundeskanzler Olaf Scholz telefonierte am Mittwoch mit Präsident Emmanuel Macron. "
            "Macron hatte um das Telefonat gebeten.",
            "FRA",
        ),
        (
            "fr",
            "Le président Emmanuel Macron s'est entretenu par téléphone mercredi avec le chancelier Olaf Scholz. "
            "Le chancelier Scholz avait sollicité cet entretien.",
            "DEU",
        ),
        (
            "es",
            "El presidente Pedro Sánchez habló por teléfono con el presidente Emmanuel Macron este miércoles. "
            "Macron había solicitado la llamada.",
            "FRA",
        ),
        (
            "pt",
            "O presidente Lula conversou por telefone com o presidente Emmanuel Macron nesta quarta-feira. "
            "Macron havia pedido a ligação.",
            "FRA",
        ),
        ("ja", "岸田総理大臣は8日、マクロン仏大統領と電話会談を行った。マクロン大統領が電話会談を求めた。", "FRA"),
    ],
)
def test_the_side_that_had_asked_for_the_call(language: str, text: str, initiator: str | None):
    got = extract_text(text, language, dt.date(2023, 3, 9))
    assert got.outcome == "readout"
    assert got.initiator_code == initiator


@pytest.mark.parametrize(
    ("text", "published", "initiator"),
    [
        (
            "President Barack Obama reached President Hassan Rouhani by phone on Friday as the Iranian leader was "
            "headed to the airport.",
            dt.date(2013, 9, 28),
            "USA",
        ),
        (
            "Prime Minister Rishi Sunak reached out to President Emmanuel Macron by phone on Monday to discuss "
            "migration.",
            dt.date(2023, 3, 8),
            "GBR",
        ),
        # "reached" a conclusion, not a person
        (
            "President Biden spoke with President Macron by phone on Monday. Biden reached the conclusion by phone "
            "consultations that more aid was needed.",
            dt.date(2023, 3, 8),
            None,
        ),
    ],
)
def test_the_caller_who_reached_the_other_by_phone(text: str, published: dt.date, initiator: str | None):
    got = extract_text(text, "en", published)
    assert got.outcome == "readout"
    assert got.initiator_code == initiator


# extract10a
@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "tr",
            "Cumhurbaşkanı Erdoğan, İran Cumhurbaşkanı İbrahim Reisi ve Irak Cumhurbaşkanı Abdullatif Reşid ile "
            "birer telefon görüşmesi gerçekleştirdi. Bölgesel gelişmeler ele alındı.",
        ),
        (
            "en",
            "President Biden held a call with each of President Macron and Chancellor Scholz today. "
            "They discussed Ukraine.",
        ),
        (
            "ru",
            "Владимир Путин провёл телефонные разговоры с каждым из лидеров: Эммануэлем Макроном и Олафом Шольцем. "
            "Обсуждалась ситуация на Украине.",
        ),
        (
            "es",
            "El presidente Pedro Sánchez habló por teléfono con cada uno de los líderes, Emmanuel Macron y "
            "Olaf Scholz. Abordaron la situación en Ucrania.",
        ),
        ("ko", "윤석열 대통령은 마크롱 프랑스 대통령, 숄츠 독일 총리와 각각 통화했다. 우크라이나 정세를 논의했다."),
    ],
)
def test_a_call_or_meeting_with_each_of_several_leaders_is_several_engagements(language: str, text: str):
    got = extract_text(text, language, dt.date(2023, 3, 8))
    assert got.outcome == "not_readout"
    assert "several engagements" in (got.reason or "")


@pytest.mark.parametrize(
    "text",
    [
        "8月29日から、モディ・インド首相が実務訪問賓客として訪日します。岸田総理大臣と会談を行います。",
        "来週、マクロン・フランス大統領が公式訪問のため来日します。",
        "岸田総理大臣は、来月、国賓としてインドを訪問します。",
    ],
)
def test_a_visit_announced_in_the_japanese_non_past_is_to_come(text: str):
    got = extract_text(text, "ja", dt.date(2023, 3, 8))
    assert got.outcome == "not_readout"
    assert "to come" in (got.reason or "")


def test_a_japanese_visit_told_in_the_past_is_still_a_readout():
    text = "モディ・インド首相が実務訪問賓客として訪日しました。岸田総理大臣はモディ首相と首脳会談を行いました。"
    got = extract_text(text, "ja", dt.date(2023, 3, 8))
    assert got.outcome == "readout"
    assert participants_by_actor(got) == {"IND": "Narendra Modi", "JPN": "Fumio Kishida"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Путин принимает поздравления от зарубежных коллег\n"
            "С переизбранием Путина поздравил премьер-министр Японии Синдзо Абэ в телефонном разговоре. "
            "Позже позвонил президент Турции Реджеп Эрдоган.",
        ),
        (
            "ru",
            "Владимиру Путину поступают поздравительные послания и телеграммы. "
            "В ходе телефонного разговора свои поздравления передали президент Казахстана Нурсултан Назарбаев "
            "и президент Армении Серж Саргсян.",
        ),
        (
            "en",
            "President Biden received congratulations from world leaders on Friday. "
            "He spoke by phone with Prime Minister Kishida, who congratulated him.",
        ),
        (
            "es",
            "Lula recibió felicitaciones de líderes de todo el mundo. "
            "El presidente habló por teléfono con Emmanuel Macron, que lo felicitó.",
        ),
        (
            "tr",
            "Cumhurbaşkanı Erdoğan'a tebrik telefonları yağdı. "
            "Erdoğan, Rusya Devlet Başkanı Vladimir Putin ile telefonda görüştü.",
        ),
    ],
)
def test_congratulations_pouring_in_from_many_leaders_is_a_roundup(language: str, text: str):
    got = extract_text(text, language, dt.date(2018, 3, 19))
    assert got.outcome == "not_readout"
    assert "several engagements" in (got.reason or "")


def test_arabic_vowel_marks_do_not_hide_a_phrase():
    from readouts.extract import without_arabic_marks

    assert without_arabic_marks("سيُجري اتصالاً") == "سيجري اتصالا"
    announced = extract_text(
        "الرئيس الأمريكي دونالد ترامب سيُجري اليوم اتصالاً هاتفياً مع الرئيس المصري عبد الفتاح السيسي.",
        "ar",
        dt.date(2017, 1, 23),
    )
    assert announced.outcome == "not_readout"
    assert "to come" in (announced.reason or "")
    held = extract_text(
        "تلقّى الرئيس عبد الفتاح السيسي اليوم اتصالاً هاتفيّاً من الرئيس الأمريكي دونالد ترامب.",
        "ar",
        dt.date(2017, 1, 23),
    )
    assert held.outcome == "readout"
    assert participants_by_actor(held) == {"EGY": "Abdel Fattah el-Sisi", "USA": "Donald Trump"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ko", "문재인 대통령이 18일 반기문 전 유엔 사무총장과 전화통화를 했다고 청와대가 밝혔다."),
        ("ko", "윤석열 대통령은 전 유엔사무총장과 만나 기후 문제를 논의했다."),
        ("en", "President Moon met the former UN Secretary-General in Seoul on Thursday."),
        ("ja", "岸田総理大臣は、元国連事務総長と会談しました。"),
        ("zh", "习近平会见前联合国秘书长。"),
    ],
)
def test_a_former_secretary_general_is_no_leader_counterpart(language: str, text: str):
    got = extract_text(text, language, dt.date(2017, 5, 18))
    assert got.outcome == "not_readout"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "PM holds talks with Turkey, Spain\n"
            "On the sidelines of the summit, Prime Minister Narendra Modi held bilaterals with Spain and Turkey. "
            "He met President Recep Tayyip Erdogan on Monday.",
        ),
        (
            "ru",
            "Владимир Путин провёл ряд двусторонних встреч на полях саммита. "
            "Состоялась встреча с Президентом Турции Реджепом Тайипом Эрдоганом.",
        ),
        (
            "es",
            "Pedro Sánchez mantuvo una serie de reuniones bilaterales en la cumbre. "
            "Se reunió con el presidente francés Emmanuel Macron.",
        ),
        ("ko", "윤석열 대통령은 순방 중 연쇄 양자회담을 가졌다. 윤 대통령은 기시다 후미오 일본 총리와 회담했다."),
    ],
)
def test_a_series_of_bilateral_meetings_is_several_engagements(language: str, text: str):
    got = extract_text(text, language, dt.date(2023, 9, 10))
    assert got.outcome == "not_readout"
    assert "several engagements" in (got.reason or "")


@pytest.mark.parametrize(
    ("text", "engagement_type", "guest"),
    [
        ("Cumhurbaşkanı Erdoğan, Fransa Cumhurbaşkanı Emmanuel Macron ile telefonda görüşmüştür.", "phone_call", "FRA"),
        ("Cumhurbaşkanı Erdoğan, Macar Başbakanı Viktor Orban'ı Külliye'de kabul etmiştir.", "meeting", "HUN"),
        ("Erdoğan ve Almanya Başbakanı Olaf Scholz Berlin'de görüşmüşlerdir.", "meeting", "DEU"),
    ],
)
def test_the_turkish_formal_past_of_official_releases_reports_an_engagement(
    text: str, engagement_type: str, guest: str
):
    got = extract_text(text, "tr", dt.date(2023, 3, 8))
    assert got.outcome == "readout"
    assert got.engagement_type == engagement_type
    assert set(participants_by_actor(got)) == {"TUR", guest}


def test_the_turkish_pluperfect_of_an_earlier_call_reports_none():
    text = (
        "Erdoğan daha önce Rusya Devlet Başkanı Vladimir Putin ile telefonda görüşmüştü. Bugün vatandaşları selamladı."
    )
    assert extract_text(text, "tr", dt.date(2023, 3, 8)).outcome == "not_readout"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "tr",
            "Cumhurbaşkanı Erdoğan bugün Külliye'de iki önemli görüşme gerçekleştirdi. "
            "İlk olarak Azerbaycan Başbakanı Ali Asadov'u kabul etti.",
        ),
        (
            "en",
            "President Biden held two meetings at the White House on Monday. "
            "He first met Chancellor Olaf Scholz of Germany.",
        ),
        ("ru", "Владимир Путин провёл две встречи в Кремле. Сначала он встретился с Президентом Турции Эрдоганом."),
        (
            "es",
            "El presidente Pedro Sánchez mantuvo dos reuniones en Bruselas. "
            "Primero se reunió con el presidente francés Emmanuel Macron.",
        ),
    ],
)
def test_a_count_of_meetings_is_several_engagements(language: str, text: str):
    got = extract_text(text, language, dt.date(2023, 3, 8))
    assert got.outcome == "not_readout"
    assert "several engagements" in (got.reason or "")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "id",
            "Presiden Joko Widodo menggelar pertemuan bilateral dengan sejumlah pemimpin negara di Bali. "
            "Jokowi bertemu Presiden Amerika Serikat Joe Biden.",
        ),
        (
            "en",
            "President Biden met with several world leaders on the sidelines of the summit. "
            "He met Prime Minister Fumio Kishida of Japan.",
        ),
        (
            "ru",
            "Владимир Путин провёл беседы с рядом лидеров на полях саммита. "
            "Он встретился с Президентом Турции Реджепом Тайипом Эрдоганом.",
        ),
        (
            "es",
            "Lula se reunió con varios mandatarios en la cumbre. Conversó con el presidente francés Emmanuel Macron.",
        ),
    ],
)
def test_meetings_with_a_number_of_leaders_are_several_engagements(language: str, text: str):
    got = extract_text(text, language, dt.date(2022, 11, 14))
    assert got.outcome == "not_readout"
    assert "several engagements" in (got.reason or "")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ja",
            "菅総理大臣は、トランプ大統領と電話会談を行いました。"
            "菅総理はオーストラリアのモリソン首相とも電話会談を行い、連携を確認しました。",
        ),
        (
            "ja",
            "菅首相は20日夜、トランプ米大統領と電話で会談した。これに先立ち、オーストラリアのモリソン首相と電話協議した。",
        ),
        (
            "en",
            "President Biden spoke by phone with Chancellor Olaf Scholz of Germany on Monday. "
            "The President also spoke with President Emmanuel Macron of France.",
        ),
        (
            "es",
            "El presidente Pedro Sánchez habló por teléfono con el canciller alemán Olaf Scholz. "
            "Sánchez también habló con el presidente francés Emmanuel Macron.",
        ),
        (
            "ru",
            "Владимир Путин провёл телефонный разговор с Президентом Турции Реджепом Тайипом Эрдоганом. "
            "Путин также провёл телефонный разговор с Президентом Франции Эммануэлем Макроном.",
        ),
    ],
)
def test_a_leader_who_also_engaged_a_third_states_leader_had_several_engagements(language: str, text: str):
    day = dt.date(2020, 9, 21) if language == "ja" else dt.date(2023, 3, 8)
    got = extract_text(text, language, day)
    assert got.outcome == "not_readout"
    assert "several engagements" in (got.reason or "")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "President Biden spoke by phone with Chancellor Olaf Scholz of Germany on Monday. "
            "The two leaders also spoke about Ukraine.",
        ),
        (
            "ja",
            "菅総理大臣は、トランプ大統領と電話会談を行いました。両首脳は北朝鮮問題とも関連して意見交換しました。",
        ),
    ],
)
def test_also_without_a_third_states_leader_is_still_one_engagement(language: str, text: str):
    day = dt.date(2020, 9, 21) if language == "ja" else dt.date(2023, 3, 8)
    got = extract_text(text, language, day)
    assert got.outcome == "readout"


# session 10 merge: phrases found in normalised text whatever the hamza, madda or alif maqsura
def test_a_language_files_phrases_gain_their_folded_spellings():
    from readouts.reference import with_folded_spellings

    data = {
        "other_side_words": ["الجانب الآخر", "الطرف الاخر"],
        "relative_days": {"أول أمس": -2, "اليوم": 0},
        "initiator_patterns": ["بناء على طلب {actor}"],
    }
    folded = with_folded_spellings(data)
    assert folded["other_side_words"] == ["الجانب الآخر", "الطرف الاخر", "الجانب الاخر"]
    assert folded["relative_days"] == {"اول امس": -2, "أول أمس": -2, "اليوم": 0}
    assert folded["initiator_patterns"] == data["initiator_patterns"]  # built from normalised text elsewhere


@pytest.mark.parametrize(
    ("text", "day", "initiator"),
    [
        (
            "أجرى الرئيس المصري عبد الفتاح السيسي أول أمس اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون.",
            dt.date(2021, 8, 4),
            None,
        ),
        (
            "أجرى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون "
            "بناء على طلب الجانب الآخر.",
            dt.date(2021, 8, 6),
            "FRA",
        ),
    ],
)
def test_arabic_phrases_with_hamza_and_madda_are_found_in_normalised_text(text: str, day: dt.date, initiator):
    got = extract_text(text, "ar", published=dt.date(2021, 8, 6), url="https://www.presidency.eg/ar/x")
    assert got.outcome == "readout"
    assert (got.engagement_date, got.initiator_code) == (day, initiator)


def test_a_sentence_printed_twice_below_the_title_is_a_photo_caption():
    caption = "두 정상이 지난 7월 독일에서 만찬을 함께 하고 있다."
    lines = clean_lines(
        f"정상회담 다음 주 개최\n\n{caption}\n{caption}\n\n본문은 다음 주 회담을 알립니다.\n짧은 줄\n짧은 줄",
        load_reference(),
    )
    assert [line for line in lines if line] == [
        "정상회담 다음 주 개최",
        "본문은 다음 주 회담을 알립니다.",
        "짧은 줄",
        "짧은 줄",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "문재인 대통령이 오늘(11일) 백악관에서 트럼프 대통령과 정상회담을 합니다.",
        "미국, 한국, 일본 세 나라 정상의 회담이 21일 뉴욕에서 열린다고 백악관이 밝혔습니다.",
    ],
)
def test_korean_present_tense_talks_or_event_are_scheduled_not_reported(text: str):
    got = extract_text(text, "ko", dt.date(2019, 4, 10))
    assert got.outcome == "not_readout"
    assert got.reason == "announces an engagement to come, not one that took place"


def test_chinese_jiang_with_gen_or_he_before_a_meeting_is_an_engagement_to_come():
    got = extract_text(
        "奥巴马总统下个星期出席联合国大会期间将跟普京总统会面，讨论乌克兰问题。", "zh", dt.date(2015, 9, 25)
    )
    assert got.outcome == "not_readout"
    assert got.reason == "announces an engagement to come, not one that took place"


def test_the_chair_of_a_party_committee_is_no_head_of_state():
    got = extract_text(
        "蔡英文总统今天接见美国共和党全国委员会共同主席一行，双方就台美关系交换意见。", "zh", dt.date(2017, 5, 23)
    )
    assert "USA" not in participants_by_actor(got)
    assert got.outcome == "not_readout"


def test_a_bracketed_day_after_yesterday_is_no_dateline():
    text = (
        "트럼프 대통령과 아베 총리가 어제(23일) 뉴욕에서 만찬을 함께 하며 북한 문제를 논의했습니다.\n\n"
        "일본 언론은 아베 총리가 이날 트럼프 대통령과 2시간 동안 만찬 회동을 했다고 보도했습니다."
    )
    got = extract_text(text, "ko", dt.date(2018, 9, 24))
    assert got.outcome == "readout"
    assert got.engagement_date == dt.date(2018, 9, 23)


def test_a_meeting_a_leader_proposes_is_an_engagement_to_come():
    got = extract_text("美国总统提议在板门店会晤朝鲜领导人金正恩，说地点还在考虑之中。", "zh", dt.date(2018, 5, 1))
    assert got.outcome == "not_readout"
    assert got.reason == "announces an engagement to come, not one that took place"


def test_a_page_end_marker_ends_a_page_written_in_traditional_characters():
    lines = clean_lines("總統府新聞\n總統今日接見友邦總理。\n相關新聞\n副總統今日接見訪問團", load_reference())
    assert [line for line in lines if line] == ["總統府新聞", "總統今日接見友邦總理。"]


def test_accessibility_links_and_a_clock_in_traditional_characters_are_page_furniture():
    lines = clean_lines("無障礙鏈接\n中國時間 19:59 2024年4月18日 星期四\n拜登習近平通電話", load_reference())
    assert [line for line in lines if line] == ["拜登習近平通電話"]


def test_two_rounds_of_talks_with_one_counterpart_are_one_engagement():
    got = extract_text("国家主席习近平星期六在北京与到访的俄罗斯总统普京举行了两场会谈。", "zh", dt.date(2016, 6, 25))
    assert got.outcome == "readout"
    assert set(participants_by_actor(got)) == {"CHN", "RUS"}


def test_a_closing_sentence_recalling_earlier_calls_makes_no_roundup():
    text = (
        "문재인 대통령과 시진핑 주석이 오늘(4일) 전화 통화를 하고 협력을 강조했습니다.\n\n"
        "앞서 문재인 대통령은 지난달 28일 트럼프 대통령과 전화통화를 한데 이어, 29일에는 아베 총리와 통화했습니다."
    )
    got = extract_text(text, "ko", dt.date(2018, 5, 4))
    assert got.outcome == "readout"
    assert set(participants_by_actor(got)) == {"KOR", "CHN"}
    assert got.engagement_date == dt.date(2018, 5, 4)


# "外相電話会談", "外相会談": an engagement cue compounded with a title that is no leader's is the
# ministers' talk, whatever leaders the text goes on to name (a message of the emperor's day, a president's)
def test_a_cue_compounded_with_a_ministers_title_is_no_leaders_engagement():
    text = (
        "茂木外務大臣は、ポンペオ米国国務長官と日米外相電話会談を行いました。"
        "茂木大臣から、天皇陛下の御即位に際してトランプ大統領から寄せられた祝意に謝意を述べました。"
    )
    got = extract_text(text, "ja", dt.date(2019, 10, 22))
    assert got.outcome == "not_readout"


# "麻生総理大臣は先方の発意により": the other-side word right before the phrase names the initiator,
# though the clause's subject (the publisher's leader) stands before it in the same slot
def test_the_other_side_word_decides_over_the_subject_before_it():
    text = "本日、麻生総理大臣は先方の発意によりケビン・ラッド豪州首相と電話会談を行った。"
    got = extract_text(text, "ja", dt.date(2009, 5, 26), url="https://www.mofa.go.jp/mofaj/kaidan/t.html")
    assert got.outcome == "readout", got.reason
    assert got.initiator_code == "AUS"


# "弔意書簡を発出しました": a leader's letter of condolence to another is no engagement, though the
# letter recalls a state visit of long ago ("国賓として...御訪問")
def test_a_letter_of_condolence_sent_is_no_engagement():
    text = (
        "5月2日、岸田文雄内閣総理大臣は、ジョー・バイデン米国大統領宛てに弔意書簡を発出しました。"
        "同氏は、1990年に国賓として我が国を訪問され、両国の友好に尽力されました。"
    )
    got = extract_text(text, "ja", dt.date(2023, 5, 2))
    assert got.outcome == "not_readout"


# Japanese request and invitation phrasings with 受けて / 応じ, and "our side" (我が方): who asked
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本日、石破総理大臣は、先方の要請を受けて、スターマー英国首相と電話会談を行いました。", "GBR"),
        ("本日、石破総理大臣は、先方の要請に応じ、スターマー英国首相と電話会談を行いました。", "GBR"),
        ("本日、石破総理大臣は、スターマー英国首相の招待を受けて英国を訪問し、首脳会談を行いました。", "GBR"),
        ("本日、石破総理大臣は、我が方からの申し入れにより、スターマー英国首相と電話会談を行いました。", "JPN"),
        ("本日、石破総理大臣は、日本側から申し入れ、スターマー英国首相と電話会談を行いました。", "JPN"),
    ],
)
def test_japanese_request_phrasings_name_the_initiator(text: str, expected: str):
    got = extract_text(text, "ja", dt.date(2025, 3, 4), url="https://www.mofa.go.jp/mofaj/kaidan/t.html")
    assert got.outcome == "readout", got.reason
    assert got.initiator_code == expected


# a page of talks "with the leaders of various countries" (各国首脳と立ち話), listed one by one, is a
# roundup of several engagements, not one readout
def test_talks_with_various_leaders_listed_are_a_roundup():
    text = (
        "本日、首脳会議に出席中の岸田総理は、会場において各国首脳と立ち話を行ったところ、概要以下のとおり。\n"
        "1. マクロン・フランス大統領\n両首脳は、経済安全保障について意見を交わした。\n"
        "2. ショルツ・ドイツ首相\n両首脳は、ウクライナ情勢について連携していくことで一致した。"
    )
    got = extract_text(text, "ja", dt.date(2023, 5, 20))
    assert got.outcome == "not_readout"


@pytest.mark.parametrize(
    "thanks",
    ["expressed his gratitude for the invitation to come", "voiced appreciation for the invitation to Berlin"],
)
def test_a_guest_thanking_for_the_invitation_in_a_report_makes_the_host_the_initiator(thanks: str):
    text = (
        "Chancellor Angela Merkel held talks in Berlin with Prime Minister Shinzo Abe of Japan. "
        f"Prime Minister Abe {thanks}, and the two leaders discussed trade."
    )
    got = extract_text(text, "en", dt.date(2016, 5, 4))
    assert set(participants_by_actor(got)) == {"DEU", "JPN"}
    assert got.initiator_code == "DEU"


def test_a_korean_summit_on_the_coming_day_is_an_engagement_to_come():
    # "오는 17일" (the coming 17th) dates a summit still ahead, whatever the verb's tense
    text = (
        "메르켈 독일 총리와 마크롱 프랑스 대통령의 정상회담이 오는 17일 파리에서 열립니다. "
        "두 정상은 유럽 안보 문제를 논의합니다."
    )
    got = extract_text(text, "ko")
    assert got.outcome == "not_readout"


def test_the_spaced_korean_title_of_chinas_president_names_him_not_the_publishers_leader():
    # "국가 주석" spelled with a space is the same title as "국가주석", not a bare "주석"
    text = (
        "시진핑 중국 국가 주석과 마크롱 프랑스 대통령이 오늘(5일) 베이징에서 정상회담을 가졌습니다. "
        "두 정상은 무역 문제를 논의했습니다."
    )
    got = extract_text(text, "ko", published=dt.date(2019, 11, 5), url="https://www.voakorea.com/a/1.html")
    assert sorted(participants_by_actor(got)) == ["CHN", "FRA"]
