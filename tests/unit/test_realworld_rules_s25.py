"""Session 25: rules driven by real pages (fresh dev pages and closed-licence probes kept in notes) -- each
case here is the project's own text of the shape that failed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import extract_text, participants_by_actor


@pytest.mark.parametrize(
    "body",
    [
        # other talks held by video, told of in the body's first cue sentence
        "The leaders discussed the situation in the region. The President informed his counterpart of the "
        "results of his talks with the Chancellor via videoconference on March 7.",
        # a session held by video before the call, in the same sentence
        "Following the emergency session of the regional council (via videoconference), the two presidents "
        "spoke on the phone about the situation in the region.",
    ],
    ids=["talks-told-of", "session-before"],
)
def test_a_heading_naming_a_call_is_not_overruled_by_a_video_link_in_the_body(body):
    result = extract_text(
        body,
        "en",
        dt.date(2022, 3, 18),
        title="Telephone conversation with President of Finland Sauli Niinistö",
        url="http://en.kremlin.ru/events/president/news/1",
    )
    assert result.outcome == "readout"
    assert result.engagement_type == "phone_call"


def test_a_heading_naming_a_video_call_keeps_it():
    result = extract_text(
        "Vladimir Putin and Sauli Niinistö discussed the situation in the region by telephone last week "
        "and agreed today to continue their contacts.",
        "en",
        dt.date(2022, 3, 18),
        title="Talks with President of Finland Sauli Niinistö via videoconference",
        url="http://en.kremlin.ru/events/president/news/1",
    )
    assert result.engagement_type == "video_call"


def test_a_speakers_label_may_name_the_office_and_its_state_before_the_name():
    """ "Prime Minister of Greece Kyriakos Mitsotakis:" opens the guest's turn: his thanks for the invitation name
    the host as the initiator."""
    text = (
        "Vladimir Putin and Kyriakos Mitsotakis held talks in Sochi.\n"
        "President of Russia Vladimir Putin: Mr Prime Minister, welcome to Sochi.\n"
        "Prime Minister of Greece Kyriakos Mitsotakis: Mr President, thank you very much for the invitation to "
        "visit Sochi and to meet with you."
    )
    result = extract_text(text, "en", dt.date(2021, 12, 8), title="Russian-Greek talks")
    assert result.outcome == "readout"
    assert result.initiator_code == "RUS"


@pytest.mark.parametrize(
    ("text", "language", "title"),
    [
        (
            "President Lai Ching-te met with Governor-General Falani and Prime Minister Feleti Teo on December 4. "
            "They discussed cooperation on climate change.",
            "en",
            None,
        ),
        (
            "赖清德总统4日下午先后会晤吐瓦鲁国总督法拉尼与总理戴斐立。双方就气候变迁议题交换意见。",
            "zh",
            None,
        ),
        # the name before each title, the two persons joined by 暨
        (
            "赖清德总统4日下午先后会晤吐瓦鲁国总督法拉尼与总理戴斐立。双方就气候变迁议题交换意见。",
            "zh",
            "总统会晤吐瓦鲁国法拉尼总督暨戴斐立总理",
        ),
    ],
    ids=["en", "zh", "zh-names-first"],
)
def test_an_official_joined_to_a_leader_as_the_object_leaves_the_leader_a_party(text, language, title):
    """A governor-general and a prime minister met one after the other: the prime minister is a party."""
    result = extract_text(text, language, dt.date(2024, 12, 5), title=title, url="https://www.president.gov.tw/NEWS/1")
    assert result.outcome == "readout"
    assert participants_by_actor(result).keys() == {"TWN", "TUV"}


def test_a_leader_telling_of_two_calls_in_the_first_person_reports_several_engagements():
    """An evening address: "I have personally called X. I spoke with Y." -- two calls, no one readout."""
    text = (
        "Glory to our defenders! Throughout the night and today we constantly talked to our partners. "
        "I have personally called German Chancellor Olaf Scholz. "
        "I spoke with French President Emmanuel Macron. "
        "We expect a clear reaction from the world."
    )
    result = extract_text(
        text,
        "en",
        dt.date(2022, 3, 12),
        title="Address by the President of Ukraine",
        url="https://www.president.gov.ua/en/news/address-1",
    )
    assert result.outcome == "not_readout"
    assert result.reason == "reports several engagements (a roundup or an essay), not one"


def test_a_leader_telling_of_one_call_in_the_first_person_reports_it():
    text = (
        "Glory to our defenders! I spoke with French President Emmanuel Macron. "
        "I informed him about the situation in our cities and we discussed the defence support."
    )
    result = extract_text(
        text,
        "en",
        dt.date(2022, 3, 12),
        title="Address by the President of Ukraine",
        url="https://www.president.gov.ua/en/news/address-1",
    )
    assert result.outcome == "readout"
    assert participants_by_actor(result).keys() == {"UKR", "FRA"}


@pytest.mark.parametrize(
    ("text", "language", "published"),
    [
        # setting off on a tour whose talks are to come
        (
            "ایمانوئل ماکرون، رئیس جمهور فرانسه امروز رهسپار دیدار از سه کشور آسیایی می شود. "
            "نخستین کشوری که رهبر فرانسه از آن دیدن می کند ژاپن است. وی سپس از کره و ویتنام دیدن می کند.\n\n"
            "ایمانوئل ماکرون با سران سه کشور گفتگو می کند و در تاریخ دهم مه در توکیو با نخست وزیر کیشیدا "
            "گفتگو خواهد داشت.",
            "fa",
            dt.date(2023, 5, 2),
        ),
        # Dari's present of "do" for a meeting today
        (
            "رئیس جمهور ماکرون امروز وارد هند میگردد. رئیس جمهور ماکرون با نریندرا مودی صدراعظم هند ملاقات مینماید.",
            "fa",
            dt.date(2023, 5, 2),
        ),
        # arrived in order to hold meetings
        (
            "آقای ماکرون بروز یکشنبه غرض ملاقات هایی با نریندرا مودی صدراعظم هند به دهلی مواصلت نمود. "
            "انتظار میرود دو رهبر در مورد تجارت بحث کنند.",
            "fa",
            dt.date(2023, 5, 2),
        ),
        ("Olaf Scholz will am Mittag mit Emmanuel Macron telefonieren.", "de", dt.date(2023, 5, 2)),
        (
            "No arrangements have been made for a phone call between Emmanuel Macron and Olaf Scholz, his office said.",
            "en",
            dt.date(2023, 5, 2),
        ),
        (
            "Президент России также может провести встречи с премьер-министром Индии Нарендрой Моди.",
            "ru",
            dt.date(2024, 7, 3),
        ),
        ("Владимир Путин и Нарендра Моди пока не общались на полях саммита.", "ru", dt.date(2024, 7, 3)),
        ("Трамп дал указание команде быстро готовить встречи с Путиным и Моди.", "ru", dt.date(2025, 8, 20)),
        ("Токаев приветствует встречу президентов России и США в Анкоридже.", "ru", dt.date(2025, 8, 16)),
        (
            "يستقبل الرئيس الفرنسي إيمانويل ماكرون بعد غد الأحد رئيس الوزراء الهندي ناريندرا مودي بقصر الإليزيه.",
            "ar",
            dt.date(2023, 7, 12),
        ),
        ("岸田首相は今夜、マクロン大統領との首脳会談を予定している。", "ja", dt.date(2023, 5, 2)),
        ("岸田首相がマクロン大統領と12日朝、電話会談を行うことが分かりました。", "ja", dt.date(2023, 5, 2)),
        ("Макрон планує провести в четвер відеоконференцію з Олафом Шольцом.", "uk", dt.date(2023, 5, 2)),
        ("Він додав, що Макрон і Шольц ще не готові до особистої зустрічі.", "uk", dt.date(2023, 5, 2)),
        (
            "Президент Казахстана прибыл во Францию, где сегодня будет проходить его встреча с Эммануэлем Макроном.",
            "ru",
            dt.date(2023, 5, 2),
        ),
        ("Lula não conversou com Macron por telefone.", "pt", dt.date(2023, 5, 2)),
    ],
    ids=[
        "fa-setting-off",
        "fa-dari-present",
        "fa-dari-purpose",
        "de-later-today",
        "en-no-arrangements",
        "ru-may-hold",
        "ru-not-yet-in-touch",
        "ru-to-prepare",
        "ru-welcomes-others-meeting",
        "ar-day-after-tomorrow",
        "ja-planned",
        "ja-found-to-hold",
        "uk-plans-to-hold",
        "uk-not-ready",
        "ru-will-be-held",
        "pt-did-not-talk",
    ],
)
def test_engagements_to_come_are_no_readout(text, language, published):
    result = extract_text(text, language, published)
    assert result.outcome == "not_readout"
    assert result.reason == "announces an engagement to come, not one that took place"


@pytest.mark.parametrize(
    ("text", "language", "published", "expected_initiator"),
    [
        # a day set off by commas between the call and its caller
        (
            "تلقى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا، الثلاثاء، من رئيس الوزراء الهندي ناريندرا مودي، "
            "بحث خلاله الجانبان العلاقات الثنائية.",
            "ar",
            dt.date(2023, 6, 13),
            "IND",
        ),
        # ... and between the call placed and its called side
        (
            "أجرى رئيس الوزراء الهندي ناريندرا مودي اتصالا هاتفيا، اليوم، بالرئيس الفرنسي إيمانويل ماكرون، "
            "بحث خلاله الجانبان العلاقات الثنائية.",
            "ar",
            dt.date(2023, 6, 13),
            "IND",
        ),
        # a reporting frame before the phrase is no briefing verb ("Как рассказал Песков, ...")
        (
            "Владимир Путин провел телефонный разговор с Реджепом Тайипом Эрдоганом. Как рассказал Дмитрий "
            "Песков, разговор состоялся по инициативе турецкой стороны.",
            "ru",
            dt.date(2023, 6, 13),
            "TUR",
        ),
        (
            "Emmanuel Macron ha telefonato a Olaf Scholz per parlare della crisi energetica.",
            "it",
            dt.date(2023, 6, 13),
            "FRA",
        ),
        (
            "Pedro Sánchez habló por teléfono con Emmanuel Macron. "
            "Sánchez le llamó para hablar de la crisis energética.",
            "es",
            dt.date(2023, 6, 13),
            "ESP",
        ),
        (
            "岸田首相はマクロン大統領と電話会談を行った。電話会談はマクロン大統領の提案で実現した。",
            "ja",
            dt.date(2023, 6, 13),
            "FRA",
        ),
        (
            "Emmanuel Macron telephones Olaf Scholz. During the telephonic conversation, both leaders exchanged "
            "views on energy.",
            "en",
            dt.date(2023, 6, 13),
            "FRA",
        ),
        (
            "Fransa tarafının inisiyatifi ile Putin ve Macron telefon görüşmesi yaptı.",
            "tr",
            dt.date(2022, 3, 3),
            "FRA",
        ),
        (
            "Состоялся телефонный разговор Ильхама Алиева с Реджепом Тайипом Эрдоганом. В свою очередь, Эрдоган "
            "поблагодарил президента Азербайджана за телефонный звонок.",
            "ru",
            dt.date(2023, 6, 13),
            "AZE",
        ),
        (
            "Macron y Scholz hablaron este jueves por teléfono, en una llamada iniciada por Alemania.",
            "es",
            dt.date(2023, 6, 13),
            "DEU",
        ),
    ],
    ids=[
        "ar-received-aside",
        "ar-placed-aside",
        "ru-reporting-frame",
        "it-phoned",
        "es-pronoun",
        "ja-proposal",
        "en-telephones",
        "tr-initiative",
        "ru-thanked-for-the-call",
        "es-initiated-by",
    ],
)
def test_initiator_phrasings(text, language, published, expected_initiator):
    result = extract_text(text, language, published)
    assert result.outcome == "readout"
    assert result.initiator_code == expected_initiator


def test_a_matter_reviewed_at_a_sides_request_names_no_initiator_of_the_call():
    """The verb right before the phrase, in its clause: the request was for the review, not for the call."""
    text = (
        "Vladimir Putin had a telephone conversation with Federal Chancellor of Germany Olaf Scholz. "
        "The situation around the gas transit was reviewed in detail at the request of the Federal Chancellor."
    )
    result = extract_text(text, "en", dt.date(2021, 12, 21))
    assert result.outcome == "readout"
    assert result.initiator_code is None


def test_a_cyrillic_yo_written_as_ye_still_names_the_leader():
    """ "Мирзиеев" for "Мирзиёев": the same leader."""
    result = extract_text("Касым-Жомарт Токаев и Шавкат Мирзиеев провели встречу в Хиве.", "ru", dt.date(2024, 8, 9))
    assert result.outcome == "readout"
    assert participants_by_actor(result).keys() == {"KAZ", "UZB"}


def test_a_meeting_to_come_named_after_a_call_is_no_part_of_it():
    """ "... провел телефонный разговор с X перед своей встречей с Y": Y is met later, not on the call."""
    result = extract_text(
        "В воскресенье Владимир Зеленский провел телефонный разговор с премьер-министром Великобритании Киром "
        "Стармером перед своей встречей с президентом США Дональдом Трампом.",
        "ru",
        dt.date(2025, 12, 28),
    )
    assert result.outcome == "readout"
    assert participants_by_actor(result).keys() == {"UKR", "GBR"}


def test_an_arabic_teh_marbuta_written_as_heh_still_reads_the_phrase():
    """ "تلبيه لدعوة" for "تلبية لدعوة" (at the invitation of): the host invited."""
    text = (
        "استقبل الرئيس الفرنسي إيمانويل ماكرون اليوم رئيس الوزراء الهندي ناريندرا مودي، الذي وصل تلبيه لدعوة من "
        "الرئيس الفرنسي إيمانويل ماكرون."
    )
    result = extract_text(text, "ar", dt.date(2023, 7, 14))
    assert result.outcome == "readout"
    assert result.initiator_code == "FRA"


def test_a_title_before_a_given_name_and_dot_is_the_named_leaders():
    """ "总理德米特里•梅德韦杰夫": the premier is Medvedev, known by his surname -- a domestic meeting, no Chinese
    premier."""
    result = extract_text(
        "俄总统弗拉基米尔•普京周一与总理德米特里•梅德韦杰夫举行了工作会晤。", "zh", dt.date(2016, 5, 16)
    )
    assert result.outcome == "not_readout"
    assert not result.participants


def test_a_short_persian_verb_ends_its_sentence():
    """ "... گفتگو کرد. او همچنین با ..." are two sentences (a two- or three-letter word before the dot is no
    abbreviation in Arabic script): the second call makes several engagements."""
    text = "امانوئل ماکرون با نارندرا مودی تلفنی گفتگو کرد. او همچنین با اولاف شولتس تلفنی گفتگو کرد."
    result = extract_text(text, "fa", dt.date(2023, 6, 1))
    assert result.outcome == "not_readout"
    assert result.reason == "reports several engagements (a roundup or an essay), not one"


def test_an_arabic_initial_does_not_end_a_sentence():
    """ "جوزيف ر. بايدن": one letter and a dot is an initial."""
    text = "رحب الرئيس جوزيف ر. بايدن جونيور بالرئيس الفرنسي إيمانويل ماكرون في البيت الأبيض."
    result = extract_text(text, "ar", dt.date(2022, 12, 1))
    assert result.outcome == "readout"
    assert participants_by_actor(result).keys() == {"USA", "FRA"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ماکرون قصد دارد ماه آینده به آلمان سفر کند.", "announces an engagement to come, not one that took place"),
        (
            "رئیسی عازم عشق آباد شد. پیش از این سردار بردی محمداف با رئیسی دیدار کرده بود.",
            "only recalls an earlier engagement, reports none",
        ),
    ],
    ids=["intends-to", "recalled-after-departure"],
)
def test_persian_plans_and_recalls_report_no_engagement(text, expected):
    result = extract_text(text, "fa", dt.date(2023, 6, 1))
    assert result.outcome == "not_readout"
    assert result.reason == expected


def test_leaders_who_met_virtually_held_a_video_call():
    text = (
        "Los presidentes de México y de Francia, Andrés Manuel López Obrador y Emmanuel Macron, se reunieron "
        "virtualmente este viernes."
    )
    result = extract_text(text, "es", dt.date(2021, 3, 5))
    assert result.outcome == "readout"
    assert result.engagement_type == "video_call"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El presidente Andrés Manuel López Obrador recibió hoy llamadas telefónicas de solidaridad. "
            "Lo llamaron el presidente francés Emmanuel Macron y el canciller alemán Olaf Scholz.",
            "es",
        ),
        (
            "تلقى الرئيس الفرنسي إيمانويل ماكرون اليوم اتصالين هاتفيين من رئيس الوزراء الهندي ناريندرا مودي "
            "والمستشار الألماني أولاف شولتس.",
            "ar",
        ),
        ("以色列总理内塔尼亚胡10日表示，特朗普在美国总统大选获胜后，2人已3次通话。", "zh"),
    ],
    ids=["es-received-calls", "ar-two-calls", "zh-count-of-calls"],
)
def test_calls_received_in_the_plural_are_several_engagements(text, language):
    result = extract_text(text, language, dt.date(2022, 9, 20))
    assert result.outcome == "not_readout"
    assert result.reason == "reports several engagements (a roundup or an essay), not one"


def test_a_headline_of_a_plan_over_a_call_reported_yesterday_leaves_the_call_a_readout():
    result = extract_text(
        "Le président Emmanuel Macron a reçu hier un appel téléphonique du chancelier allemand Olaf Scholz. "
        "Les deux dirigeants ont évoqué la situation en Ukraine.",
        "fr",
        dt.date(2023, 3, 1),
        title="Macron se rendra en Allemagne en mai",
    )
    assert result.outcome == "readout"
    assert participants_by_actor(result).keys() == {"FRA", "DEU"}


def test_a_headline_of_a_plan_the_body_opens_with_stays_an_announcement():
    """The body's opening repeats the plan; the meeting on the day before is another one."""
    result = extract_text(
        "Le président Emmanuel Macron rencontrera mercredi à Berlin le chancelier Olaf Scholz. "
        "Hier, Emmanuel Macron a tenu une réunion avec le président du Conseil européen Charles Michel.",
        "fr",
        dt.date(2023, 3, 1),
        title="Macron rencontrera Scholz à Berlin",
    )
    assert result.outcome == "not_readout"


def test_that_day_is_the_day_a_date_names_not_a_day_of_its_own():
    """ "当天" beside "11月30日" and an earlier call on the 29th: two days, no roundup of three."""
    text = (
        "当地时间11月30日，法国总统府发表声明称，法国总统马克龙当天在巴黎与德国总理朔尔茨会面。\n"
        "据媒体报道，马克龙与西班牙首相桑切斯于29日就能源问题通电话。"
    )
    result = extract_text(text, "zh", dt.date(2022, 12, 1))
    assert result.outcome == "readout"
    assert participants_by_actor(result).keys() == {"FRA", "DEU"}


def test_a_bilateral_summit_written_with_a_hyphen_is_a_meeting():
    result = extract_text("Narendra Modi held a bi-lateral summit with Sheikh Hasina.", "en", dt.date(2020, 12, 17))
    assert result.outcome == "readout"
    assert result.engagement_type == "meeting"


def test_kosovo_is_a_state_with_its_leaders():
    """Kosovo (XKX, outside ISO 3166) and its president: a leader met, not one leader alone."""
    result = extract_text(
        "Prime Minister Justin Trudeau today met with the President of Kosovo, Vjosa Osmani.",
        "en",
        dt.date(2021, 11, 23),
    )
    assert result.outcome == "readout"
    assert participants_by_actor(result) == {"CAN": "Justin Trudeau", "XKX": "Vjosa Osmani"}


@pytest.mark.parametrize(
    ("text", "language", "expected_type"),
    [
        ("岸田文雄首相は28日未明、バイデン米大統領と電話首脳会談を行った。", "ja", "phone_call"),
        ("Зеленський телефоном поговорив із Макроном.", "uk", "phone_call"),
        ("Volodymyr Zelensky ligou hoje a Marcelo Rebelo de Sousa.", "pt", "phone_call"),
        ("Макрон и Шольц в течение часа вели переговоры с Си Цзиньпином через онлайн-связь.", "ru", "video_call"),
    ],
    ids=["ja-phone-summit", "uk-adverb-first", "pt-ligar-a", "ru-online"],
)
def test_how_leaders_engaged_in_more_words(text, language, expected_type):
    result = extract_text(text, language, dt.date(2022, 3, 1))
    assert result.outcome == "readout"
    assert result.engagement_type == expected_type


def test_a_heading_naming_a_bare_call_leaves_the_medium_to_the_body():
    """ "PM call with President X" over "... spoke by video call": a video call is a call too."""
    result = extract_text(
        "The Prime Minister spoke to President Emmanuel Macron by video call this afternoon. "
        "The leaders discussed the situation in Ukraine.",
        "en",
        dt.date(2022, 3, 5),
        title="PM call with President Macron: 5 March 2022",
        url="https://www.gov.uk/government/news/pm-call-with-president-macron-5-march-2022",
    )
    assert result.outcome == "readout"
    assert result.engagement_type == "video_call"


@pytest.mark.parametrize(
    ("text", "language", "published"),
    [
        ("菅義偉首相は29日、太平洋の6カ国の首脳とそれぞれテレビ会議方式で会談した。", "ja", dt.date(2021, 3, 29)),
        ("石破総理大臣が、アメリカ大統領選挙で勝利したトランプ氏と電話で会談しました。", "ja", dt.date(2024, 11, 7)),
        ("Владимир Путин за три дня поговорил с девятью зарубежными лидерами.", "ru", dt.date(2025, 8, 19)),
    ],
    ids=["ja-each-of-six", "ja-election-winner", "ru-foreign-leaders"],
)
def test_several_or_with_a_leader_to_be_is_no_readout(text, language, published):
    assert extract_text(text, language, published).outcome == "not_readout"


@pytest.mark.parametrize(
    ("text", "language", "expected_type"),
    [
        (
            "Во время разговора Владимир Путин и Реджеп Тайип Эрдоган обсудили ситуацию в регионе.",
            "ru",
            "phone_call",
        ),
        (
            "Emmanuel Macron falou com Olaf Scholz no encontro que tiveram em Nova Iorque.",
            "pt",
            "meeting",
        ),
    ],
    ids=["ru-bare-conversation", "pt-the-meeting-they-had"],
)
def test_conversations_and_meetings_named_in_passing(text, language, expected_type):
    result = extract_text(text, language, dt.date(2023, 9, 20))
    assert result.outcome == "readout"
    assert result.engagement_type == expected_type


def test_a_german_call_recalled_in_the_pluperfect_does_not_date_the_call_reported():
    result = extract_text(
        "Bundeskanzler Olaf Scholz hat mit Präsident Emmanuel Macron telefoniert. "
        "Scholz hatte zuletzt am 30. März mit Macron telefoniert.",
        "de",
        dt.date(2022, 5, 13),
    )
    assert result.outcome == "readout"
    assert result.engagement_date == dt.date(2022, 5, 13)


@pytest.mark.parametrize(
    ("text", "language", "published"),
    [
        ("پیشنهاد دیدار ماکرون با مودی در کاخ الیزه مطرح شد.", "fa", dt.date(2023, 5, 2)),
        ("ماکرون از ۱۶ اکتبر تاکنون با مودی گفتگوی تلفنی نداشته است.", "fa", dt.date(2023, 10, 30)),
        (
            "سيتحدث الرئيس الفرنسي إيمانويل ماكرون هاتفيا مع رئيس الوزراء الهندي ناريندرا مودي.",
            "ar",
            dt.date(2023, 5, 2),
        ),
        (
            "قال الإليزيه إنه لا يستطيع تأكيد ما إذا كان ماكرون تحدث هاتفيا مع رئيس الوزراء الهندي ناريندرا مودي.",
            "ar",
            dt.date(2023, 5, 2),
        ),
        (
            "نفى مصدر مسؤول إجراء اتصال هاتفي بين الرئيس الفرنسي إيمانويل ماكرون ورئيس الوزراء الهندي ناريندرا مودي.",
            "ar",
            dt.date(2023, 5, 2),
        ),
        (
            "استقبل الرئيس الفرنسي إيمانويل ماكرون مبعوثا من رئيس الوزراء الهندي ناريندرا مودي.",
            "ar",
            dt.date(2023, 5, 2),
        ),
        ("Macron plans to have a phone conversation with Prime Minister Narendra Modi.", "en", dt.date(2023, 5, 2)),
        ("Emmanuel Macron informó que hoy tendrá una llamada telefónica con Olaf Scholz.", "es", dt.date(2023, 5, 2)),
        (
            "President Emmanuel Macron refused a phone call from Prime Minister Narendra Modi.",
            "en",
            dt.date(2023, 6, 13),
        ),
        (
            "The announcement doesn't require an urgent conversation between Emmanuel Macron and Olaf Scholz.",
            "en",
            dt.date(2023, 6, 13),
        ),
        ("Macron receives special message from Scholz.", "en", dt.date(2023, 6, 13)),
    ],
    ids=[
        "fa-meeting-proposed",
        "fa-no-call-had",
        "ar-will-talk",
        "ar-cannot-confirm",
        "ar-source-denies",
        "ar-envoy-received",
        "en-plans-to-have",
        "es-will-have-a-call",
        "en-refused-a-call",
        "en-does-not-require",
        "en-special-message",
    ],
)
def test_proposed_denied_unconfirmed_or_planned_engagements_are_no_readout(text, language, published):
    assert extract_text(text, language, published).outcome == "not_readout"


def test_that_day_in_korean_is_the_day_named_before():
    """ "이날" in the call's sentence is the 23rd the sentence before names, not the day of publication."""
    text = (
        "마크롱 대통령은 23일 오전 모디 총리에게 협력을 요청했다. "
        "마크롱 대통령은 이날 오전 모디 인도 총리와의 긴급 전화 통화에서 이같이 말했다."
    )
    result = extract_text(text, "ko", dt.date(2023, 6, 24))
    assert result.outcome == "readout"
    assert result.engagement_date == dt.date(2023, 6, 23)


def test_a_korean_guest_thanking_for_invitation_and_hospitality_names_the_host():
    text = (
        "모디 인도 총리가 8일 프랑스를 방문해 마크롱 대통령과 정상회담을 가졌다. "
        "모디 총리는 초청 및 환대에 사의를 표한 뒤 협력 강화를 강조했다."
    )
    result = extract_text(text, "ko", dt.date(2023, 7, 8))
    assert result.outcome == "readout"
    assert result.initiator_code == "FRA"


def test_a_leader_calling_another_a_name_in_quotes_did_not_phone_him():
    result = extract_text(
        'Emmanuel Macron and Olaf Scholz held a video call on Friday. Macron called Scholz "dear friend".',
        "en",
        dt.date(2023, 1, 20),
    )
    assert result.outcome == "readout"
    assert result.initiator_code is None


def test_a_leader_named_in_a_time_clause_takes_no_part():
    """ "..., hours after Donald Trump was inaugurated": the time of the call, not a party to it."""
    result = extract_text(
        "Putin and Xi praised their partnership during a video call on Tuesday, hours after Donald Trump was "
        "inaugurated.",
        "en",
        dt.date(2025, 1, 21),
    )
    assert result.outcome == "readout"
    assert participants_by_actor(result).keys() == {"RUS", "CHN"}
