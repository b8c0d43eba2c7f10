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


def test_a_candidate_for_president_is_no_leader():
    """A president receiving a ruling party's presidential candidate ("總統候選人"): no leader's office yet."""
    text = (
        "李總統登輝先生今天上午接見薩爾瓦多共和國執政黨總統候選人賈德隆夫婦一行，"
        "雙方就兩國合作交換意見。賈德隆表示，當選後將繼續加強兩國邦誼。"
    )
    result = extract_text(
        text,
        "zh",
        dt.date(1993, 10, 9),
        title="李總統接見薩爾瓦多總統候選人",
        url="https://www.president.gov.tw/NEWS/99998",
    )
    assert result.outcome == "not_readout"
    assert result.participants == []


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        (
            "zh",
            "赖斯继续中东访问",
            "美国国务卿赖斯星期三会见以色列和巴勒斯坦领导人。\n\n赖斯会见了以色列的一些高级官员，包括总理奥尔默特。"
            "\n\n赖斯会见了巴勒斯坦领导人阿巴斯和他的政府中其他高级官员。",
        ),
        (
            "en",
            "Secretary Rice continues Middle East trip",
            "Secretary of State Condoleezza Rice on Wednesday met Israeli and Palestinian leaders.\n\nRice met senior "
            "Israeli officials, including Prime Minister Ehud Olmert.\n\nRice also met Palestinian President Mahmoud "
            "Abbas and officials of his government.",
        ),
    ],
)
def test_an_official_meeting_the_leaders_of_two_states_is_no_meeting_of_theirs(language, title, text):
    """An official (no leader) meets the Israeli and Palestinian leaders, each apart: the two leaders the next
    sentences name met her, not each other."""
    result = extract_text(text, language, dt.date(2008, 7, 23), title=title)
    assert result.outcome == "not_readout"
    assert result.participants == []


def test_a_leader_named_twice_out_of_office_on_the_day_is_no_participant():
    """A prime minister calls a former prime minister, named twice as "former PM": the former one held no office
    on the day, so the call is no engagement of two leaders."""
    text = (
        "Prime Minister Lee Hsien Loong spoke with former Malaysian prime minister Muhyiddin Yassin over the phone "
        "on Thursday.\n\nDuring the telephone conversation, PM Lee and Muhyiddin Yassin spoke of the close "
        "relations between both countries. PM Lee wished Muhyiddin Yassin all the best for the future."
    )
    result = extract_text(text, "en", dt.date(2021, 8, 26))
    assert result.outcome == "not_readout"


@pytest.mark.parametrize(
    ("language", "text", "published", "expected"),
    [
        # the leaders named before "に続いて" / "에 이어" were called first: no parties to the call reported
        (
            "ja",
            "菅首相は20日夜、モリソン首相に続いてトランプ大統領と電話会談をした。",
            dt.date(2020, 9, 21),
            {"JPN", "USA"},
        ),
        (
            "ko",
            "문재인 대통령이 도널드 트럼프 미국 대통령, 시진핑 중국 국가주석에 이어 "
            "아베 신조 일본 총리와 25분간 통화했다.",
            dt.date(2017, 5, 11),
            {"KOR", "JPN"},
        ),
        # a later sentence dated before the call recalls two earlier calls: no roundup
        (
            "ja",
            "安倍晋三首相は15日、英国のジョンソン首相と約40分間、電話会談した。"
            "安倍首相は13日に米国のトランプ大統領、フランスのマクロン大統領と電話会談している。",
            dt.date(2020, 3, 16),
            {"JPN", "GBR"},
        ),
    ],
)
def test_calls_before_the_one_reported_make_no_roundup(language, text, published, expected):
    result = extract_text(text, language, published)
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == expected
    assert result.engagement_type == "phone_call"


@pytest.mark.parametrize(
    ("language", "text", "published", "expected"),
    [
        # "Görüşme" (the meeting) on a short line opens no commentary ("Görüş", opinion, would)
        (
            "tr",
            "Cumhurbaşkanı Erdoğan, Orban ile görüştü.\nGörüşme, basına kapalı yapıldı.",
            dt.date(2022, 9, 16),
            "meeting",
        ),
        # a teleconference of leaders is a video call
        (
            "tr",
            "Erdoğan'ın Merkel ile yaptığı telekonferans sona erdi. Görüşme 1 saat sürdü.",
            dt.date(2020, 3, 17),
            "video_call",
        ),
        # the meeting verb with its object pronoun written onto it
        (
            "ar",
            "وصل الرئيس الإيراني إبراهيم رئيسي إلى دمشق واستقبله الرئيس بشار الأسد.",
            dt.date(2023, 5, 3),
            "meeting",
        ),
        # Trump in the Gulf spelling (an undated page: his name, not the title, says who)
        (
            "ar",
            "أجرى الملك سلمان بن عبد العزيز اتصالاً هاتفياً بالرئيس الأمريكي ترمب.",
            None,
            "phone_call",
        ),
    ],
)
def test_turkish_and_arabic_shapes_of_a_reported_engagement(language, text, published, expected):
    result = extract_text(text, language, published)
    assert result.outcome == "readout"
    assert result.engagement_type == expected
    assert len(participants_by_actor(result)) == 2


@pytest.mark.parametrize(
    ("language", "text", "published"),
    [
        # a call being prepared
        (
            "tr",
            "Kremlin, Erdoğan ile Putin arasında bir telefon görüşmesi hazırlığı olduğunu doğruladı.",
            dt.date(2022, 3, 1),
        ),
        # a leader's senior adviser received: his principal's title names whose adviser he is
        (
            "ar",
            "استقبل الرئيس عبد الفتاح السيسي اليوم مسعد بولس، كبير مستشاري الرئيس الأمريكي للشؤون الأفريقية.",
            dt.date(2025, 6, 1),
        ),
    ],
)
def test_turkish_and_arabic_shapes_of_no_engagement(language, text, published):
    assert extract_text(text, language, published).outcome == "not_readout"


_WH = "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2023/09/07/readout"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Vice President's meeting with two leaders of other states, both named after the cue: theirs too
        (
            "Vice President Kamala Harris met with President Ferdinand Marcos Jr. of the Philippines and Prime "
            "Minister Fumio Kishida of Japan yesterday in Jakarta, Indonesia.",
            {"PHL", "JPN"},
        ),
        # ... not her separate calls with several leaders, each hers alone
        (
            "Vice President Kamala Harris today had five separate calls with European leaders. The Vice President "
            "spoke individually with Prime Minister Kaja Kallas of Estonia and Prime Minister Krisjanis Karins of "
            "Latvia.",
            None,
        ),
    ],
)
def test_the_deputys_meeting_with_two_leaders_is_theirs(text, expected):
    result = extract_text(text, "en", dt.date(2023, 9, 7), url=_WH)
    if expected is None:
        assert result.outcome == "not_readout"
    else:
        assert result.outcome == "readout"
        assert set(participants_by_actor(result)) == expected


def test_a_question_whether_leaders_will_talk_is_no_report():
    text = "外交部发言人主持例行记者会。有记者提问：中美元首是否会在今年春天或未来几个月内通话？"
    assert extract_text(text, "zh", dt.date(2021, 3, 1)).outcome == "not_readout"


def test_the_dialogue_a_side_initiated_names_the_initiator():
    text = (
        "Владимир Путин и Владимир Зеленский провели первую телефонную беседу.\n\n"
        "Ранее сообщалось, что диалог инициировала Украина."
    )
    result = extract_text(text, "ru", dt.date(2019, 7, 12))
    assert result.outcome == "readout"
    assert result.initiator_code == "UKR"


def test_a_photo_caption_in_a_bulleted_list_is_dropped():
    """The Prime Minister of Japan's pages list their photos' captions above the report ("• Photograph of the
    Japan-Myanmar Summit Meeting"): dropped like an unbulleted caption, the report's lines kept."""
    from readouts.parse import clean_lines
    from readouts.reference import load_reference

    page = (
        "Japan-Myanmar Summit Meeting\n"
        "  • Photograph of the Japan-Myanmar Summit Meeting\n"
        "  • Photograph of the Prime Minister shaking hands with the President of Myanmar\n"
        "On December 14, Prime Minister Shinzo Abe held a summit meeting with President Htin Kyaw of Myanmar."
    )
    lines = clean_lines(page, load_reference())
    assert not any("Photograph" in line for line in lines)
    assert lines[0] == "Japan-Myanmar Summit Meeting"
    assert lines[-1].startswith("On December 14")


@pytest.mark.parametrize(
    "text",
    [
        "Президент Азербайджана Ильхам Алиев и премьер-министр Армении Никол Пашинян пообщались в Казани.",
        "Песков: неформальное общение Путина и Моди было содержательным и длилось 3 часа.",
    ],
)
def test_leaders_talk_said_without_its_medium_is_a_meeting(text):
    """ "пообщались", "неформальное общение": the leaders talked, how unsaid; a meeting unless a later cue says how."""
    result = extract_text(text, "ru", dt.date(2024, 10, 24))
    assert result.outcome == "readout"
    assert result.engagement_type == "meeting"


@pytest.mark.parametrize(
    ("language", "text", "published", "expected_type", "expected"),
    [
        # a call reported in indirect speech
        (
            "tr",
            "Arınç, Başkan Obama'nın Başbakan Erdoğan'ı aradığını ve olumlu bir görüşme gerçekleştiğini söyledi.",
            dt.date(2013, 5, 1),
            "phone_call",
            {"USA", "TUR"},
        ),
        # the Pope in Turkish
        (
            "tr",
            "Cumhurbaşkanı Erdoğan, Papa Leo ile Külliye'de görüştü.",
            dt.date(2025, 11, 27),
            "meeting",
            {"TUR", "VAT"},
        ),
        # an official welcome ceremony
        ("fa", "رئیسی از الکاظمی نخست‌وزیر عراق استقبال رسمی کرد.", dt.date(2021, 9, 12), "meeting", {"IRN", "IRQ"}),
    ],
)
def test_turkish_and_persian_engagement_words(language, text, published, expected_type, expected):
    result = extract_text(text, language, published)
    assert result.outcome == "readout"
    assert result.engagement_type == expected_type
    assert set(participants_by_actor(result)) == expected


@pytest.mark.parametrize(
    ("language", "text", "readout"),
    [
        ("uk", "Прем'єр-міністр України Денис Шмигаль поспілкувався з новим Прем'єр-міністром Словаччини.", True),
        ("uk", "Президент Зеленський провів годинну розмову з Президентом Франції Емманюелем Макроном.", True),
        ("uk", "Про телефонну розмову між Зеленським та Путіним не йдеться, заявив Пєсков.", False),
        ("uk", "Трамп може зустрітися з Зеленським. Він сказав про потенційну зустріч.", False),
        ("ru", "Зеленский перед встречей с Трампом провел шесть телефонных разговоров", False),
        ("ru", "В Кремле прокомментировали предстоящие переговоры Зеленского и Эрдогана в Стамбуле.", False),
    ],
)
def test_ukrainian_and_russian_shapes(language, text, readout):
    result = extract_text(text, language, dt.date(2025, 6, 1))
    assert (result.outcome == "readout") is readout


def test_the_passive_participle_names_the_initiator():
    text = "Путин и Зеленский провели телефонный разговор, инициированный Киевом."
    result = extract_text(text, "ru", dt.date(2019, 7, 11))
    assert result.outcome == "readout"
    assert result.initiator_code == "UKR"


def test_an_officials_courtesy_call_named_as_its_agent_is_no_leaders_meeting():
    """MOFA's heading "X外務大臣によるY大統領表敬": the foreign minister's courtesy call on a president; the prime
    minister the president sends greetings to is no participant."""
    text = (
        "河野外務大臣によるエルドアン・トルコ大統領表敬\n\n"
        "本28日，トルコ訪問中の河野太郎外務大臣は，エルドアン・トルコ共和国大統領を表敬訪問しました。\n"
        "エルドアン大統領は，安倍総理に宜しくお伝えいただきたいと述べました。"
        "河野大臣から，安倍首相とエルドアン大統領の首脳間の交流に触れました。"
    )
    result = extract_text(text, "ja", dt.date(2017, 12, 28), title="トルコ共和国")
    assert result.outcome == "not_readout"
    assert result.participants == []


def test_last_evening_is_the_day_before():
    text = "Prime Minister Narendra Modi and US President Donald Trump held a telephonic conversation last evening."
    result = extract_text(text, "en", dt.date(2019, 1, 9))
    assert result.outcome == "readout"
    assert result.engagement_date == dt.date(2019, 1, 8)


@pytest.mark.parametrize(
    "text",
    [
        "Japanese foreign minister Yoshimasa Hayashi sounded out China about the possibility of a phone call between "
        "Prime Minister Fumio Kishida and Chinese President Xi Jinping, Kyodo news agency reported on Tuesday.",
        "Prime Minister Shigeru Ishiba said arrangements are underway to hold telephone talks with U.S. President "
        "Donald Trump.",
    ],
)
def test_a_call_only_possible_or_being_arranged_is_no_report(text):
    assert extract_text(text, "en", None).outcome == "not_readout"


@pytest.mark.parametrize(
    "text",
    [
        "President Volodymyr Zelensky also spoke about this with President of the European Council Charles Michel.",
        "President Volodymyr Zelensky said a conversation took place with President of the European Council "
        "Charles Michel.",
    ],
)
def test_a_conversation_said_in_other_words(text):
    """ "spoke about this with", "a conversation took place": the words an evening address uses for a talk (so that
    an address naming two talks is read as several engagements)."""
    result = extract_text(text, "en", dt.date(2022, 4, 1))
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"UKR", "EU"}


def test_a_title_run_into_a_former_holders_name_is_his():
    """ "the 43rd President of the United States of America George W. Bush" on a page of 2022: Bush's title,
    not Biden's (who held the office that day); Bush, out of office, is no leader of the engagement."""
    text = (
        "President of Ukraine Volodymyr Zelensky held a video conference with the 43rd President of the United "
        "States of America George W. Bush."
    )
    result = extract_text(text, "en", dt.date(2022, 5, 5))
    assert "USA" not in participants_by_actor(result)
    assert result.outcome == "not_readout"


def test_a_headline_x_llama_a_y_names_the_caller():
    text = (
        "El presidente del Gobierno, Pedro Sánchez, ha mantenido una conversación telefónica con el presidente "
        "ucraniano, Volodímir Zelenski."
    )
    result = extract_text(text, "es", dt.date(2025, 2, 13), title="Sánchez llama a Zelenski tras el acercamiento")
    assert result.outcome == "readout"
    assert result.initiator_code == "ESP"


@pytest.mark.parametrize(
    ("language", "text", "readout"),
    [
        (
            "fr",
            "Emmanuel Macron accueillait Kyriakos Mitsotakis, Premier ministre grec, pour un dîner officiel au palais "
            "de l'Elysée.",
            True,
        ),
        (
            "fr",
            "Les deux présidents doivent se parler au téléphone vendredi. Emmanuel Macron et Vladimir Poutine doivent "
            "s'appeler ce vendredi.",
            False,
        ),
        (
            "fr",
            "Le chef d'État ukrainien Volodymyr Zelensky s'est entretenu plusieurs fois avec le président français "
            "Emmanuel Macron depuis l'invasion russe de son pays.",
            False,
        ),
        (
            "de",
            "Bundesaußenminister Frank-Walter Steinmeier (SPD) ist am Mittwoch vom russischen Präsidenten Wladimir "
            "Putin im Kreml in Moskau empfangen worden.",
            False,
        ),
    ],
)
def test_french_and_german_shapes(language, text, readout):
    """Undated stored copies: the names alone say who (Steinmeier was foreign minister before he was president)."""
    assert (extract_text(text, language, None).outcome == "readout") is readout


@pytest.mark.parametrize(
    ("title", "text", "published"),
    [
        (
            "土耳其總統埃爾多安期望繼續與普京通電話",
            "俄羅斯衛星通訊社安卡拉11月10日電 土耳其總統埃爾多安表示，期望繼續與俄羅斯總統普京通電話。",
            dt.date(2022, 11, 10),
        ),
        (
            None,
            "10月8日，外交部發言人趙立堅主持例行記者會。央視記者提問，我想了解關於中美元首可能舉行會晤事，請介紹有關情況。",
            dt.date(2021, 10, 8),
        ),
    ],
)
def test_a_wish_or_a_possible_engagement_is_no_report(title, text, published):
    assert extract_text(text, "zh", published, title=title).outcome == "not_readout"


def test_the_prime_ministers_special_envoy_is_an_official():
    """ "総理特使として" (as the Prime Minister's special envoy): an official's courtesy call on a president, no
    meeting of the prime minister's."""
    text = (
        "9月30日から10月3日まで，中山外務大臣政務官は，総理特使として，パラオ独立25周年式典に出席するため，"
        "パラオ共和国を訪問しました。\n中山政務官は，滞在中レメンゲサウ・パラオ共和国大統領に表敬しました。"
    )
    result = extract_text(text, "ja", dt.date(2019, 10, 3))
    assert result.outcome == "not_readout"
    assert result.participants == []


def test_a_and_b_had_a_meeting():
    text = (
        "On June 28, commencing at 8:35 p.m. for approximately 20 minutes, Mr. Shinzo Abe, Prime Minister of Japan, "
        "and Mr. Pedro Sánchez Pérez-Castejón, President of the Government of Spain, who was visiting Osaka to "
        "attend the G20 Osaka Summit, had a meeting."
    )
    result = extract_text(text, "en", dt.date(2019, 6, 28), title="Japan-Spain Relations")
    assert result.outcome == "readout"
    assert result.engagement_type == "meeting"
    assert set(participants_by_actor(result)) == {"JPN", "ESP"}


def test_thanks_for_an_invitation_to_a_summit_to_come_names_no_initiator():
    text = (
        "On January 9, Prime Minister Shinzo Abe held a meeting with Prime Minister Mark Rutte of the Netherlands in "
        "Rotterdam. Prime Minister Rutte expressed his gratitude for the invitation to the G20 Osaka Summit."
    )
    result = extract_text(text, "en", dt.date(2019, 1, 9))
    assert result.outcome == "readout"
    assert result.initiator_code is None
