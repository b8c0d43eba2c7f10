"""Session 21: rules driven by fresh real pages of the corpus's dev split -- each case here is the
project's own text of the shape that failed."""

from __future__ import annotations

import datetime as dt

import pytest

from readouts.extract import extract
from readouts.models import Extraction, InboxFile, ParsedDocument
from readouts.parse import parse_file, sha256_hex
from readouts.reference import load_reference
from tests.helpers import extract_text, participants_by_actor

# the accessibility settings, masthead and breadcrumb the Kremlin's site prints above every headline
_KREMLIN_FURNITURE = {
    "en": "View settings\n\nFont size:\nSite colours:\nImages\n\nSettings\n\n"
    "Official website of the President of Russia\n\nNews   /\n\n",
    "ru": "Настройки отображения\n\nРазмер шрифта:\nЦвета сайта:\nИзображения\n\nНастройки\n\n"
    "Президент России — официальный сайт\n\nНовости   /\n\n",
}


def _parsed_kremlin_page(text: str) -> ParsedDocument:
    """A Kremlin page as a feed would deliver it: the site's furniture, then the text."""
    raw = text.encode()
    (document,) = parse_file(InboxFile(1, "k.txt", "k.txt", sha256_hex(raw), len(raw)), raw, load_reference())
    return document


def _extract_kremlin_page(text: str, language: str) -> Extraction:
    """The extraction of a Kremlin page of 3 March 2016 whose text follows the site's furniture."""
    document = _parsed_kremlin_page(f"{_KREMLIN_FURNITURE[language]}{text}")
    document.language_hint = language
    document.published_date = dt.date(2016, 3, 3)
    return extract(document, load_reference())


@pytest.mark.parametrize(
    ("language", "headline", "body"),
    [
        (
            "en",
            "Meeting with Prime Minister of Ruritania",
            "Vladimir Putin met with the Prime Minister of Ruritania, who is in Moscow on a working visit.",
        ),
        (
            "ru",
            "Встреча с Президентом Киргизии",
            "Владимир Путин провёл встречу с Президентом Киргизии в Кремле.",
        ),
    ],
)
def test_a_sites_furniture_lines_are_no_headline(language, headline, body):
    document = _parsed_kremlin_page(
        f"{_KREMLIN_FURNITURE[language]}{headline}\n\nMarch 3, 2016, The Kremlin, Moscow\n\n{body}\n"
    )
    assert document.title == headline
    assert "Settings" not in document.text and "Настройки" not in document.text
    assert "/" not in document.text.split("\n")[0]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (  # a weekly page of the Kremlin's: the call is a topic of the meeting
            "en",
            "Meeting with permanent members of Security Council\n\nMarch 3, 2016, Novo-Ogaryovo, Moscow Region\n\n"
            "Vladimir Putin met with permanent members of the Security Council.\n\n"
            "The situation in the Middle East was discussed, particularly in the context of the telephone "
            "conversation between Vladimir Putin and US President Barack Obama.\n",
        ),
    ],
)
def test_a_meeting_with_the_security_council_reports_no_call_it_discusses(language, text):
    result = _extract_kremlin_page(text, language)
    assert result.outcome == "not_readout"
    assert result.participants == []


def test_a_call_reported_under_the_kremlins_furniture_is_still_a_readout():
    result = _extract_kremlin_page(
        "Telephone conversation with US President Barack Obama\n\nMarch 3, 2016\n\nVladimir Putin had a "
        "telephone conversation with President of the United States Barack Obama.\n",
        "en",
    )
    assert result.outcome == "readout"
    assert {p.actor_code for p in result.participants} == {"RUS", "USA"}
    assert result.engagement_type == "phone_call"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the leaders' joint words to the press after their talks, the host speaking first
        (
            "Déclaration de presse conjointe de MM. Emmanuel Macron, Président de la République, et Cyril "
            "Ramaphosa, Président de la République d'Afrique du Sud, à Pretoria le 28 mai 2021",
            "PRÉSIDENT CYRIL RAMAPHOSA - Je souhaite la bienvenue au Président français.",
        ),
        # a host's "our talks" with his guest
        (
            "Visite à Pretoria",
            "Nos entretiens aujourd'hui avec le Président Emmanuel Macron ont été francs et constructifs, "
            "a dit le Président sud-africain Cyril Ramaphosa.",
        ),
    ],
)
def test_french_joint_press_words_and_our_talks_report_a_meeting(title, text):
    result = extract_text(text, "fr", dt.date(2021, 5, 28), title=title)
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"FRA", "ZAF"}
    assert result.engagement_type == "meeting"


@pytest.mark.parametrize(
    ("text", "readout"),
    [
        # a leader's words in an interview with a newspaper: the talks he speaks of are not his engagement
        (
            "حامد کرزی، رییس جمهور افغانستان طی مصاحبه ای با روزنامه نیویارک تایمز گفت که جنگ باید به پاکستان "
            "کشانیده شود. آقای کرزی گفت از پلان حکومت جدید پاکستان برای مذاکرات صلح با تندروان حمایت می کند. "
            "او گفت روابط بین حکومت او و یوسف رضا گیلانی، صدراعظم پاکستان آغاز خوبی داشته است.",
            False,
        ),
        # Dari's spelling of Cameron's name: the meeting is reported
        ("رییس جمهور کرزی که اکنون در بریتانیا به سر میبرد، با صدراعظم آن کشور دیوید کمرون ملاقات کرد.", True),
    ],
)
def test_dari_interviews_and_spellings(text, readout):
    result = extract_text(text, "fa", dt.date(2011, 3, 1))
    assert (result.outcome == "readout") is readout
    if readout:
        assert set(participants_by_actor(result)) == {"AFG", "GBR"}


def test_leaders_of_a_meeting_the_call_comes_in_advance_of_are_mentions():
    text = (
        "This evening President Obama spoke by phone with Mexican President Enrique Peña Nieto in advance of his "
        "meeting tomorrow with the Presidents of Guatemala, Honduras, and El Salvador. They discussed migration."
    )
    result = extract_text(text, "en", dt.date(2014, 7, 24), title="Readout of the President's Call")
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"MEX", "USA"}


def test_a_summit_meeting_a_leader_will_have_is_no_readout():
    text = (
        "First of all, from now I will be visiting France and the United States. The Japan-U.S. summit meeting "
        "I will have with President Biden at that time will go beyond sitting down face to face with him."
    )
    result = extract_text(
        text,
        "en",
        dt.date(2023, 1, 10),
        title="Press Conference by the Prime Minister",
        url="https://japan.kantei.go.jp/101_kishida/statement/202301/10kaiken.html",
    )
    assert result.outcome == "not_readout"


def test_a_guest_answering_the_hosts_official_met_no_leader():
    text = (
        "PRESIDENT ZELENSKYY:  Thank you so much.  Happy to see you.\n\n"
        "VICE PRESIDENT HARRIS:  And you.\n\n"
        "PRESIDENT ZELENSKYY:  Madam Vice President, I would like to thank the United States and President "
        "Biden for our security agreement.\n"
    )
    result = extract_text(
        text,
        "en",
        dt.date(2024, 6, 15),
        title="Remarks by Vice President Harris and President Volodymyr Zelenskyy of Ukraine Before Bilateral Meeting",
        url="https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/06/15/remarks-by-vice-president-harris/",
    )
    assert result.outcome == "not_readout"


@pytest.mark.parametrize(
    "title",
    [
        "Background Press Call Previewing the Bilateral Meeting of President Biden and President Marcos",
        "Background Press Call by Senior Administration Officials Previewing the President's Bilateral Meeting "
        "with Prime Minister Boris Johnson",
    ],
)
def test_a_press_call_previewing_talks_announces_them(title):
    text = (
        "MODERATOR:  Thank you all for joining today's background call to preview the bilateral meeting of "
        "President Biden and the Prime Minister.\n\nSENIOR ADMINISTRATION OFFICIAL:  Thanks.  The two leaders "
        "will meet tomorrow in the Oval Office.\n"
    )
    result = extract_text(text, "en", dt.date(2024, 4, 10), title=title)
    assert result.outcome == "not_readout"
    assert result.reason == "announces an engagement to come, not one that took place"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "President of Ukraine Volodymyr Zelenskyy met with President of the Norwegian Storting Masud "
            "Gharahkhani, who is in Kyiv on a visit.",
            "en",
        ),
        (
            "李總統登輝先生今天接見美國在台協會理事主席白樂崎，感謝美國政府的支持。白樂崎並向總統介紹美國克林頓政府的亞洲政策。",
            "zh",
        ),
    ],
)
def test_a_parliaments_president_and_the_ait_chairman_are_no_leaders(text, language):
    result = extract_text(text, language, dt.date(2022, 5, 8) if language == "en" else dt.date(1993, 3, 16))
    assert result.outcome == "not_readout"


_MOFA_CALL = (
    "6月10日午後5時から約20分間、安倍晋三内閣総理大臣は、グエン・スアン・フック・ベトナム首相と電話会談を行いました。"
)


@pytest.mark.parametrize(
    ("text", "title", "initiator"),
    [
        (_MOFA_CALL + "本件は先方の求めによる。", "日・ベトナム首脳電話会談", "VNM"),
        (_MOFA_CALL + "本電話会談は先方の要望によって実施されました。", "日・ベトナム首脳電話会談", "VNM"),
        (_MOFA_CALL + "本電話会談は日本側が申し入れたものです。", "日・ベトナム首脳電話会談", "JPN"),
        (_MOFA_CALL + "本電話会談は日本側から働きかけたものです。", "日・ベトナム首脳電話会談", "JPN"),
        # the guest thanks the host's invitation, named as the host's
        (
            "6月10日、安倍晋三内閣総理大臣は、グエン・スアン・フック・ベトナム首相と首脳会談を行いました。"
            "冒頭、フック首相から、安倍総理の招待に対する謝意が述べられました。",
            "日・ベトナム首脳会談",
            "JPN",
        ),
        # ... and a host's invitation the guest thanks, with no owner named
        (
            "6月10日、ベトナムを公式訪問中の安倍晋三内閣総理大臣は、ハノイにてグエン・スアン・フック首相と首脳会談を"
            "行いました。安倍総理から、招待に対し謝意を表明しました。",
            "日・ベトナム首脳会談",
            "VNM",
        ),
    ],
)
def test_mofa_closing_notes_and_thanks_name_the_initiator(text, title, initiator):
    result = extract_text(
        text, "ja", dt.date(2019, 6, 10), title=title, url="https://www.mofa.go.jp/mofaj/a_o/na/page4_000001.html"
    )
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"JPN", "VNM"}
    assert result.initiator_code == initiator


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "總統接見美國智庫訪問團\n\n蔡英文總統今日上午接見美國智庫訪問團時表示，感謝拜登政府上任以來六度批准對臺軍售。"
            "總統指出，拜登政府持續以實際行動支持臺灣。",
            "zh",
        ),
        (
            "President Tsai received a delegation of an American think tank. She thanked the Biden administration "
            "for its support, and said the Biden administration had approved arms sales six times.",
            "en",
        ),
    ],
)
def test_a_government_named_twice_after_its_leader_is_no_counterpart(text, language):
    result = extract_text(text, language, dt.date(2022, 11, 14), url="https://www.president.gov.tw/NEWS/1")
    assert result.outcome == "not_readout"


_MONCLOA = "https://www.lamoncloa.gob.es/presidente/actividades/Paginas/2021/100321-llamada.aspx"


@pytest.mark.parametrize(
    ("text", "initiator"),
    [
        (
            "El presidente del Gobierno, Pedro Sánchez, recibió hoy una llamada del presidente de Francia, Emmanuel "
            "Macron.",
            "FRA",
        ),
        ("El presidente de Francia, Emmanuel Macron, telefoneó hoy al presidente del Gobierno, Pedro Sánchez.", "FRA"),
        (
            "El presidente de Francia, Emmanuel Macron, llamó hoy al presidente del Gobierno, Pedro Sánchez, para "
            "abordar la situación en Ucrania.",
            "FRA",
        ),
        (
            "El presidente del Gobierno, Pedro Sánchez, atendió hoy la llamada del presidente de Francia, Emmanuel "
            "Macron.",
            "FRA",
        ),
        (
            "El presidente del Gobierno, Pedro Sánchez, ha mantenido hoy una conversación telefónica con el presidente "
            "de Francia, Emmanuel Macron, a instancias del mandatario galo.",
            "FRA",
        ),
    ],
)
def test_spanish_calls_with_a_day_word_answered_or_asked_for_name_the_caller(text, initiator):
    result = extract_text(text, "es", dt.date(2021, 3, 10), title="Sánchez conversa con Macron", url=_MONCLOA)
    assert result.outcome == "readout"
    assert result.engagement_type == "phone_call"
    assert set(participants_by_actor(result)) == {"ESP", "FRA"}
    assert result.initiator_code == initiator


def test_a_french_meeting_to_come_does_not_type_the_call():
    text = (
        "Le premier ministre Mark Carney s'est entretenu aujourd'hui avec le président de l'Ukraine, Volodymyr "
        "Zelensky. Les dirigeants ont discuté de la prochaine réunion virtuelle de la Coalition des volontaires."
    )
    result = extract_text(text, "fr", dt.date(2025, 11, 23), url="https://www.pm.gc.ca/fr/nouvelles/1")
    assert result.outcome == "readout"
    assert result.engagement_type == "phone_call"


@pytest.mark.parametrize(
    ("type_word", "initiator"),
    [
        ("spoke by phone", None),  # on a call, an invitation to visit is to a visit to come
        ("met at the White House", "ISR"),  # at a meeting, the visit is this one
    ],
)
def test_an_invitation_to_visit_initiates_no_call(type_word, initiator):
    text = (
        f"President Biden {type_word} today with Prime Minister Naftali Bennett of Israel. The President thanked "
        "the Prime Minister for his invitation to visit Israel."
    )
    result = extract_text(text, "en", dt.date(2022, 2, 6), url="https://www.whitehouse.gov/briefing-room/1")
    assert result.outcome == "readout"
    assert result.initiator_code == initiator


def test_agreements_reached_during_earlier_talks_are_a_recall():
    text = (
        "Today in Kyiv I met with the Minister of Foreign Affairs of Denmark. I see progress in implementing the "
        "agreements reached during the talks with the Prime Minister of Denmark."
    )
    result = extract_text(
        text, "en", dt.date(2022, 5, 2), title="Address by the President", url="https://www.president.gov.ua/en/1"
    )
    assert result.outcome == "not_readout"


_TW = "https://www.president.gov.tw/NEWS/1"


def test_attending_the_host_leaders_state_banquet_is_a_meeting():
    text = "蔡英文總統今晚出席吐瓦魯索本嘉總理國宴，感謝吐國政府與人民的熱情款待。"
    result = extract_text(text, "zh", dt.date(2017, 11, 1), title="總統出席吐瓦魯總理國宴", url=_TW)
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"TUV", "TWN"}
    assert result.engagement_type == "meeting"


@pytest.mark.parametrize(
    ("title", "words"),
    [
        (
            "Meeting with Human Rights Commissioner Tatyana Moskalkova",
            "Mr President, I would like to present my report; the rights of our citizens were violated by the "
            "Ukrainian authorities, as President Volodymyr Zelensky's office admitted.",
        ),
        (
            "Meeting with BTS-MOST Board Chairman Ruslan Baysarov",
            "We would like to ask you to invite President of China Xi Jinping to the opening ceremony of the bridge.",
        ),
    ],
)
def test_a_headline_meeting_with_an_official_is_no_leader_engagement(title, words):
    text = (
        f"President of Russia Vladimir Putin: Good afternoon. How are things going?\n\n{title.split()[-2]} "
        f"{title.split()[-1]}: Thank you, Mr President. {words}\n\nVladimir Putin: Thank you.\n"
    )
    result = extract_text(
        text, "en", dt.date(2022, 2, 14), title=title, url="http://en.kremlin.ru/events/president/news/67777"
    )
    assert result.outcome == "not_readout"


def test_a_video_conference_with_a_states_think_tank_is_no_leader_engagement():
    text = "馬英九總統今天上午與美國華府智庫「戰略暨國際研究中心」（CSIS）舉行視訊會議，就臺美關係交換意見。"
    result = extract_text(text, "zh", dt.date(2014, 4, 9), title="總統與美國華府智庫視訊會議", url=_TW)
    assert result.outcome == "not_readout"


def test_leaders_statements_for_the_press_after_talks_report_the_meeting():
    text = (
        "Following Russian-Belarusian talks, Vladimir Putin and President of Belarus Alexander Lukashenko made "
        "statements for the press.\n\nPresident of Russia Vladimir Putin: Thank you for accepting my invitation. "
        "Tomorrow, if everything goes as planned, we will attend an exercise together.\n"
    )
    result = extract_text(
        text, "en", dt.date(2022, 2, 18), title="Russian-Belarusian talks", url="http://en.kremlin.ru/events/1"
    )
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"BLR", "RUS"}
    assert result.initiator_code == "RUS"


def test_a_japanese_guest_answering_a_health_secretarys_message_met_no_leader():
    text = (
        "本1日午前9時20分から15分間,安倍晋三内閣総理大臣は,来日中のジェレミー・ハント英国保健大臣の表敬を受けたところ,"
        "概要は以下のとおりです。\n- ハント保健大臣からは,キャメロン首相からのメッセージとして,"
        "日英間の緊密な協力に感謝する旨伝えました。\n"
        "- 安倍総理からは,キャメロン首相によろしく伝えてほしい旨述べました。"
    )
    result = extract_text(text, "ja", dt.date(2013, 3, 1), url="https://www.mofa.go.jp/mofaj/kaidan/s_abe2/1.html")
    assert result.outcome == "not_readout"


@pytest.mark.parametrize(
    "words",
    [
        "Thank you for invitation. It is a great pleasure to be here.",
        "Mr President, thank you for your kind invitation to Washington.",
    ],
)
def test_a_guests_short_or_kind_thanks_for_the_invitation_name_the_host(words):
    text = f"PRESIDENT BIDEN:  Welcome back to the White House, Mr. President.\n\nPRESIDENT ZELENSKYY:  {words}\n"
    result = extract_text(
        text,
        "en",
        dt.date(2023, 12, 12),
        title="Remarks by President Biden and President Zelenskyy of Ukraine Before Bilateral Meeting",
        url="https://www.whitehouse.gov/briefing-room/speeches-remarks/2023/12/12/remarks/",
    )
    assert result.outcome == "readout"
    assert result.initiator_code == "USA"


def test_a_chinese_passive_invitation_names_the_inviter():
    text = "蔡英文總統今天在太子港與海地總統摩依士會談。總統表示，她很高興受到摩依士總統的邀請，前來海地訪問。"
    result = extract_text(text, "zh", dt.date(2019, 7, 13), title="總統與海地總統摩依士會談", url=_TW)
    assert result.outcome == "readout"
    assert result.initiator_code == "HTI"


@pytest.mark.parametrize(
    ("title", "engagement_type"),
    [
        ("Conversation with President of Tajikistan Emomali Rahmon", "meeting"),  # the Kremlin's "Беседа с ..."
        ("Telephone conversation with President of Tajikistan Emomali Rahmon", "phone_call"),
    ],
)
def test_a_kremlin_conversation_heading_is_a_talk_in_person(title, engagement_type):
    text = (
        "December 27, 2021, St Petersburg\n\n"
        "Vladimir Putin had a conversation with President of Tajikistan Emomali Rahmon."
    )
    result = extract_text(text, "en", dt.date(2021, 12, 27), title=title, url="http://en.kremlin.ru/events/1")
    assert result.outcome == "readout"
    assert result.engagement_type == engagement_type


def test_words_between_a_state_and_a_title_are_no_name():
    text = (
        "總統接見村上正邦\n84年09月21日\n\n李總統登輝先生今天接見日本參議員村上正邦。\n\n"
        "總統希望日本能協助我國加入關稅暨貿易總協。至於，日本政府是否邀請總統參加亞太經濟合作會議領袖會議的問題，"
        "在今天的晤談中，並沒有提及。"
    )
    result = extract_text(text, "zh", dt.date(1995, 9, 21), url=_TW)
    assert result.outcome == "not_readout"
    assert "JPN" not in participants_by_actor(result)


@pytest.mark.parametrize(
    "headline",
    ["接見德國西門子訪團　總統盼深化合作", "接見美國退伍軍團協會　總統感謝協會對臺堅定支持"],
)
def test_a_delegation_between_a_state_and_the_next_parts_title_is_no_name(headline):
    text = f"{headline}\n106年07月26日\n\n蔡英文總統今日上午接見訪團，希望持續加強交流與合作。"
    result = extract_text(text, "zh", dt.date(2017, 7, 26), url=_TW)
    assert result.outcome == "not_readout"


def test_the_results_of_earlier_talks_told_on_a_call_are_a_recall():
    text = (
        "Vladimir Putin told Sauli Niinisto about the results of his talks with US President Joseph Biden via "
        "videoconference on December 7, 2021. The two presidents discussed security in Europe."
    )
    result = extract_text(
        text,
        "en",
        dt.date(2021, 12, 14),
        title="Telephone conversation with President of Finland Sauli Niinisto",
        url="http://en.kremlin.ru/events/president/news/67348",
    )
    assert set(participants_by_actor(result)) == {"FIN", "RUS"}
    assert result.engagement_date == dt.date(2021, 12, 14)


@pytest.mark.parametrize(
    ("headline", "body", "day"),
    [
        (
            "總統接見日本福岡縣知事麻生渡（Aso Wataru）訪華團",
            "馬英九總統今天下午接見日本福岡縣知事麻生渡（Aso Wataru）訪華團。"
            "總統表示，麻生知事推動台日地方交流，令人敬佩。",
            dt.date(2011, 1, 11),
        ),
        (
            "總統接見美國「布魯金斯研究院」東北亞政策研究中心主任卜睿哲（Richard Bush）",
            "馬英九總統上午接見美國「布魯金斯研究院」東北亞政策研究中心主任卜睿哲（Richard Bush）時，"
            "就臺美關係交換意見。",
            dt.date(2012, 9, 14),
        ),
    ],
)
def test_a_governor_or_a_director_sharing_a_leaders_surname_is_no_leader(headline, body, day):
    result = extract_text(f"{headline}\n100年01月11日\n\n{body}", "zh", day, url=_TW)
    assert result.outcome == "not_readout"


def test_a_third_states_outlet_reporting_one_meeting_is_no_roundup():
    text = (
        "Paris: French President Emmanuel Macron welcomed Ukraine's President Volodymyr Zelenskyy to Paris on "
        "Monday.\n\nAhead of his meeting with Zelenskyy on Monday, Macron's office said the two leaders would "
        "discuss conditions for peace.\n"
    )
    result = extract_text(text, "en", dt.date(2025, 12, 2), url="https://www.millenniumpost.in/world/talks-1")
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"FRA", "UKR"}


def test_a_guest_who_came_at_the_invitation_was_invited_by_the_host():
    text = (
        "蔡英文總統今天在宏都拉斯總統府與宏都拉斯總統葉南德茲舉行雙邊會談。\n\n"
        "蔡總統表示，我們很願意持續分享發展經驗。這次應邀率團來訪，獲得宏都拉斯政府及人民的熱烈接待。"
    )
    result = extract_text(text, "zh", dt.date(2017, 1, 9), title="總統與宏都拉斯總統葉南德茲雙邊會談", url=_TW)
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"HND", "TWN"}
    assert result.initiator_code == "HND"


_SEVERAL = "reports several engagements (a roundup or an essay), not one"


@pytest.mark.parametrize(
    ("text", "language", "day", "title", "url"),
    [
        # ja: summit meetings held "each" in turn
        (
            "小泉総理大臣は、26日、カナダのクレティエン首相及び米国のブッシュ大統領と、それぞれ首脳会談を行いました。"
            "両首脳との会談では、テロ対策について意見交換が行われました。",
            "ja",
            dt.date(2002, 6, 26),
            "日加・日米首脳会談",
            None,
        ),
        # a press secretary's count of "world leader calls"
        (
            "MR. SPOKESMAN: Good morning. First of all, the President had two world leader calls this morning. "
            "He spoke with President Putin of Russia about energy security.\n\n"
            "Then following that, the President spoke with President Lula of Brazil about trade.",
            "en",
            dt.date(2006, 2, 1),
            "Press Gaggle by the Press Secretary",
            None,
        ),
        # "separate telephone conversations"
        (
            "The Prime Minister held separate telephone conversations earlier today with the US President Donald "
            "Trump and the French President Emmanuel Macron. They discussed the situation in Syria.",
            "en",
            dt.date(2018, 4, 10),
            None,
            "https://www.gov.uk/government/news/pm-calls",
        ),
        # zh: leaders met one after another (接續會晤)
        (
            "蔡英文總統訪問巴拿馬，於當地時間6月26日上午接續會晤多明尼加總統梅迪納（Danilo Medina）及宏都拉斯總統"
            "葉南德茲（Juan Orlando Hernández）。蔡總統對友邦的支持表示感謝。",
            "zh",
            dt.date(2016, 6, 26),
            "總統與友邦元首雙邊會晤",
            "https://www.president.gov.tw/NEWS/1",
        ),
        # a leader's first-person address naming a second counterpart
        *(
            (
                "Ukrainians! I spoke today with Prime Minister of the Netherlands Mark Rutte. We discussed sanctions. "
                f"{second} We discussed reconstruction.\n",
                "en",
                dt.date(2022, 4, 19),
                "We will fight - address by President of Ukraine Volodymyr Zelenskyy",
                "https://www.president.gov.ua/en/news/1",
            )
            for second in (
                "I also spoke with European Commission President Ursula von der Leyen.",
                "I also spoke today with Italian Prime Minister Mario Draghi.",
            )
        ),
        # a Kremlin heading of "Telephone conversations with A and B"
        (
            "January 8, 2022\n\nVladimir Putin had telephone conversations with Alexander Lukashenko and Nikol "
            "Pashinyan. The situation in Kazakhstan was discussed.",
            "en",
            dt.date(2022, 1, 8),
            "Telephone conversations with President of Belarus Alexander Lukashenko and Prime Minister of Armenia "
            "Nikol Pashinyan",
            "http://en.kremlin.ru/events/president/news/67540",
        ),
    ],
)
def test_pages_reporting_several_engagements_are_no_readout(text, language, day, title, url):
    meta = {"url": url} if url else {}
    result = extract_text(text, language, day, title=title, **meta)
    assert result.outcome == "not_readout"
    assert result.reason == _SEVERAL
