"""Session 26: rules driven by real pages (closed-licence probes kept in notes) -- each case here is the
project's own text of the shape that failed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ولادیمیر پوتین، رئیس جمهور روسیه، روز جمعه با ابراهیم رئیسی تماس تلفنی گرفت.", "fa"),
        ("فلاديمير بوتين، الرئيس الروسي، اتصل هاتفيا بالرئيس الإيراني إبراهيم رئيسي يوم الجمعة.", "ar"),
    ],
    ids=["fa", "ar"],
)
def test_a_caller_with_a_title_set_off_by_arabic_script_commas_initiated(text, language):
    """The caller's title in apposition between Arabic-script commas ("،") stays in the caller's slot, as it does
    between Latin commas."""
    result = extract_text(text, language, dt.date(2023, 3, 4))
    assert result.outcome == "readout"
    assert result.initiator_code == "RUS"


@pytest.mark.parametrize(
    ("text", "language", "engagement_type"),
    [
        ("Gustavo Petro conversó este viernes con Joe Biden sobre migración y comercio.", "es", "phone_call"),
        ("El presidente Gustavo Petro dialogó el viernes con Joe Biden sobre migración.", "es", "phone_call"),
        ("O presidente Lula conversou nesta sexta-feira (3) com Joe Biden sobre o clima.", "pt", "phone_call"),
        ("Presiden Joko Widodo berbicara pada hari Jumat dengan Presiden Joe Biden.", "id", "phone_call"),
        ("Il presidente Mattarella ha parlato venerdì con il presidente Macron della situazione.", "it", "phone_call"),
    ],
    ids=["es-este", "es-el", "pt-nesta-numbered", "id-pada-hari", "it-bare"],
)
def test_a_day_named_between_the_verb_and_its_with_keeps_the_cue(text, language, engagement_type):
    """ "conversó este viernes con": the day between the verb and its "with" is read as absent, as a meeting's length
    is (the language's ``day_phrase_openers``)."""
    result = extract_text(text, language, dt.date(2023, 3, 4))
    assert result.outcome == "readout"
    assert result.engagement_type == engagement_type
    assert result.engagement_date == dt.date(2023, 3, 3)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El presidente de Francia, Emmanuel Macron, llamó este viernes a su homólogo ruso, Vladimir Putin.", "es"),
        ("Emmanuel Macron telefoneó el viernes al presidente ruso Vladimir Putin para hablar de Ucrania.", "es"),
        ("Emmanuel Macron a appelé vendredi Vladimir Poutine pour évoquer la situation en Ukraine.", "fr"),
    ],
    ids=["es-llamo", "es-telefoneo", "fr-a-appele"],
)
def test_a_call_placed_with_a_day_before_its_object_names_the_caller(text, language):
    result = extract_text(text, language, dt.date(2023, 3, 4))
    assert result.outcome == "readout"
    assert result.initiator_code == "FRA"


def test_a_day_between_a_call_verb_and_a_thing_is_still_no_call():
    """ "llamó este viernes a la calma": urged calm; the cue still needs a person after the gap."""
    result = extract_text(
        "El presidente Pedro Sánchez llamó este viernes a la calma tras conocer los resultados electorales.",
        "es",
        dt.date(2023, 3, 4),
    )
    assert result.outcome != "readout"


@pytest.mark.parametrize(
    ("text", "language", "published"),
    [
        (
            "El ex presidente del Gobierno español, José María Aznar, se ha reunido hoy en la Casa Blanca con el "
            "presidente de Estados Unidos, George W. Bush.",
            "es",
            dt.date(2004, 11, 9),
        ),
        (
            "O ex-presidente do Governo português, António Guterres, reuniu-se hoje em Madrid com o presidente do "
            "Governo espanhol, José María Aznar.",
            "pt",
            dt.date(2003, 6, 10),
        ),
    ],
    ids=["es-ex-apposed", "pt-ex-apposed"],
)
def test_a_former_leaders_title_set_off_from_his_name_names_no_office_holder(text, language, published):
    """ "the ex-president of the Spanish government, José María Aznar, met ...": the office left names neither him
    nor the one holding it that day (the language's ``former_words``)."""
    result = extract_text(text, language, published)
    assert result.outcome != "readout"


def test_a_visit_announced_or_expected_is_no_engagement_held():
    """ "В Кремле анонсировали государственный визит ...", "В ноябре ожидается приезд ...": a visit to come, though a
    past call of the two is recalled further down."""
    result = extract_text(
        "В ноябре ожидается приезд в Россию президента Казахстана Касым-Жомарта Токаева с государственным визитом, "
        "сообщил пресс-секретарь президента.\n17 августа Токаев и Владимир Путин провели телефонный разговор.",
        "ru",
        dt.date(2025, 9, 28),
        title="В Кремле анонсировали государственный визит Токаева в Россию",
    )
    assert result.outcome == "not_readout"
    assert "to come" in (result.reason or "")


@pytest.mark.parametrize(
    ("text", "language", "title"),
    [
        (
            "The foreign ministry said on Wednesday that Prime Minister Narendra Modi and his Australian "
            "counterpart, Scott Morrison, would have a virtual summit the following day.",
            "en",
            "Indian, Australian Prime Ministers To Hold Virtual Summit On Thursday",
        ),
        (
            "رئیس جمهور ترکیه و نخست وزیر ارمنستان در پراگ با یکدیگر دیدار و گفتگو میکنند.",
            "fa",
            None,
        ),
    ],
    ids=["en-headline-to-hold", "fa-meet-and-talk"],
)
def test_a_summit_or_meeting_to_come_is_announced(text, language, title):
    result = extract_text(text, language, dt.date(2020, 6, 3), title=title)
    assert result.outcome == "not_readout"
    assert "to come" in (result.reason or "")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Prime Minister Narendra Modi today received telephone calls from President Moon Jae-in of the Republic of "
            "Korea; President Emmerson Mnangagwa of Zimbabwe; and President Filipe Nyusi of Mozambique, congratulating "
            "him on his victory.",
            "en",
        ),
        (
            "أجرى الرئيس الفرنسي، إيمانويل ماكرون، ليلة أمس اتصالا بالرئيس المصري عبد الفتاح السيسي لبحث الوضع.\n"
            "وأضاف البيان أن الرئيس ماكرون أجرى أيضا اتصالات بالرئيس الأمريكي دونالد ترامب وبولي العهد السعودي "
            "الأمير محمد بن سلمان.",
            "ar",
        ),
    ],
    ids=["en-received-calls", "ar-also-calls"],
)
def test_calls_in_the_plural_are_several_engagements(text, language):
    result = extract_text(text, language, dt.date(2019, 6, 5))
    assert result.outcome == "not_readout"
    assert "several" in (result.reason or "")


def test_this_noon_dates_the_meeting_to_the_day_of_publication():
    """ "recibió este mediodía ... a Maduro, quien llegó en una gira que inició ayer": the noon is today's; the
    yesterday of the tour is another thing's day."""
    result = extract_text(
        "La presidenta Cristina Fernández de Kirchner recibió este mediodía en la Casa de Gobierno a su par de "
        "Venezuela, Nicolás Maduro, quien llegó al país en el marco de una gira que inició ayer en Uruguay.",
        "es",
        dt.date(2013, 5, 8),
    )
    assert result.outcome == "readout"
    assert result.engagement_date == dt.date(2013, 5, 8)


def test_cristina_fernandez_without_her_married_name_is_the_president():
    result = extract_text(
        "La presidenta Cristina Fernández recibió hoy en la Casa de Gobierno a su par de Venezuela, Nicolás Maduro.",
        "es",
        dt.date(2013, 5, 8),
    )
    assert result.outcome == "readout"
    assert {p.actor_code for p in result.participants} == {"ARG", "VEN"}


def test_phone_traffic_between_two_leaders_is_a_call():
    result = extract_text(
        "ABD Başkanı Donald Trump ile Cumhurbaşkanı Recep Tayyip Erdoğan arasında bir telefon trafiği yaşandı. "
        "Beyaz Saray, iki lider arasında bir görüşme yapıldığını açıkladı.",
        "tr",
        dt.date(2026, 3, 1),
    )
    assert result.outcome == "readout"
    assert result.engagement_type == "phone_call"


def test_a_bare_president_in_simplified_chinese_is_not_the_prcs_head_of_state():
    """ "梅德韦杰夫向总统汇报": "总统" alone is the president spoken of (Putin), never Xi Jinping, whose title is
    "国家主席": the Russian president's meeting with his own prime minister stays a domestic one."""
    result = extract_text(
        "俄总统普京周一与总理梅德韦杰夫举行了工作会晤。梅德韦杰夫向总统汇报了政府工作报告的几项关键内容。",
        "zh",
        dt.date(2016, 4, 19),
    )
    assert result.outcome == "not_readout"
    assert "one state" in (result.reason or "")


@pytest.mark.parametrize(
    "title",
    ["Modi to hold summit talks with Japan PM today", "Modi to meet Japanese Prime Minister Shinzo Abe in Tokyo"],
    ids=["to-hold", "to-meet"],
)
def test_a_headline_subject_with_an_infinitive_is_a_plan(title):
    result = extract_text(
        "Prime Minister Narendra Modi arrived in Tokyo on Sunday for summit talks with his Japanese counterpart Shinzo "
        "Abe, with whom he shares cordial relations.",
        "en",
        dt.date(2014, 8, 31),
        title=title,
    )
    assert result.outcome == "not_readout"
    assert "to come" in (result.reason or "")


@pytest.mark.parametrize(
    "title",
    ["Modi invites Abe to visit India", "Modi and Abe agree to meet again next year"],
    ids=["invites", "agree"],
)
def test_an_infinitive_after_a_verb_in_a_headline_is_no_plan(title):
    result = extract_text(
        "Prime Minister Narendra Modi held talks with Prime Minister Shinzo Abe in Tokyo on Sunday.",
        "en",
        dt.date(2014, 8, 31),
        title=title,
    )
    assert result.outcome == "readout"


def test_a_first_call_ahead_is_announced():
    result = extract_text(
        "Kyodo News reported that President Moon Jae-in will have his first phone call with Japanese Prime Minister "
        "Fumio Kishida today.",
        "en",
        dt.date(2021, 10, 14),
    )
    assert result.outcome == "not_readout"


def test_a_headlines_present_call_names_the_medium_and_the_caller():
    """ "Obama liga para Dilma e fala em preparar visita de Estado": the headline's present names the call and its
    caller, though the body speaks mostly of a state visit to prepare."""
    result = extract_text(
        "O presidente Barack Obama sugeriu que os dois países iniciem preparativos para uma visita de Estado de Dilma "
        "Rousseff.",
        "pt",
        dt.date(2014, 10, 28),
        title="Obama liga para Dilma e fala em preparar visita de Estado",
    )
    assert result.outcome == "readout"
    assert result.engagement_type == "phone_call"
    assert result.initiator_code == "USA"


def test_calls_with_the_leaders_of_many_states_are_several_engagements():
    result = extract_text(
        "Le président russe Vladimir Poutine a eu au moins 140 conversations téléphoniques avec les dirigeants de près "
        "de 50 pays depuis le début de l'année. Son interlocuteur le plus fréquent a été le président français "
        "Emmanuel Macron.",
        "fr",
        dt.date(2022, 6, 14),
    )
    assert result.outcome == "not_readout"


@pytest.mark.parametrize(
    ("text", "language", "published", "actors"),
    [
        (
            "رییس جمهور غنی عصر امروز با ینس ستولتنبرگ سرمنشی سازمان ناتو صحبت تیلفونی نمود.",
            "fa",
            dt.date(2020, 5, 10),
            {"AFG", "NATO"},
        ),
        (
            "تلقى الرئيس عبد الفتاح السيسي اليوم اتصالا هاتفيا من رئيس الوزراء اليوناني كيرياكوس متسوتاكيس.",
            "ar",
            dt.date(2021, 3, 12),
            {"EGY", "GRC"},
        ),
        (
            "دکتر رییسی و مصطفی الکاظمی نخست وزیر عراق امروز در تهران دیدار و گفتگو کردند.",
            "fa",
            dt.date(2021, 9, 12),
            {"IRN", "IRQ"},
        ),
    ],
    ids=["dari-ghani-stoltenberg", "ar-mitsotakis", "fa-raisi"],
)
def test_leaders_named_as_afghan_persian_and_arabic_pages_spell_them(text, language, published, actors):
    """ "رییس جمهور غنی", "ستولتنبرگ", "متسوتاكيس", "دکتر رییسی": spellings of real pages."""
    result = extract_text(text, language, published)
    assert result.outcome == "readout"
    assert {p.actor_code for p in result.participants} == actors


@pytest.mark.parametrize(
    ("text", "language", "published", "initiator"),
    [
        (
            "Prime Minister Lee Hsien Loong of Singapore called newly minted Prime Minister of Malaysia Muhyiddin "
            "Yassin on Sunday to congratulate him.",
            "en",
            dt.date(2020, 3, 2),
            "SGP",
        ),
        (
            "이명박 대통령과 버락 오바마 미국 대통령은 3일 전화 통화를 했습니다. 전화는 오바마 대통령 측이 "
            "걸어왔습니다.",
            "ko",
            dt.date(2009, 2, 3),
            "USA",
        ),
    ],
    ids=["en-newly-minted", "ko-call-placed-by-side"],
)
def test_the_side_that_placed_the_call_initiated(text, language, published, initiator):
    result = extract_text(text, language, published)
    assert result.outcome == "readout"
    assert result.initiator_code == initiator


def test_kwasniewski_spelled_without_the_soft_sign():
    result = extract_text(
        "12 февраля Леонид Кучма провел в Варшаве переговоры с Александром Квасневским.",
        "ru",
        dt.date(2004, 2, 13),
    )
    assert result.outcome == "readout"
    assert {p.actor_code for p in result.participants} == {"UKR", "POL"}


@pytest.mark.parametrize(
    "text",
    [
        "President Ferdinand Marcos Jr. and Malaysian Prime Minister Anwar Ibrahim will discuss areas of cooperation "
        "during their bilateral meeting on March 1, the palace said on Tuesday.",
        "Turkish President Recep Tayyip Erdogan plans in the coming days a telephone conversation with Russian "
        "President Vladimir Putin, his spokesman said.",
    ],
    ids=["will-discuss", "plans-in-the-coming-days"],
)
def test_talks_whose_agenda_or_timing_lies_ahead_are_announced(text):
    result = extract_text(text, "en", dt.date(2023, 2, 28))
    assert result.outcome == "not_readout"


def test_a_caller_in_apposition_between_the_verb_and_the_call_initiated():
    """ "أجرى الرئيس الإيراني، محمود أحمدي نجاد، اتصالاً هاتفياً بالرئيس المصري": the name set off by commas inside
    the phrase stays in its caller slot."""
    result = extract_text(
        "أجرى الرئيس الإيراني، محمود أحمدي نجاد، اتصالاً هاتفياً بالرئيس المصري محمد مرسي، وعبر له عن تمنياته بالنجاح.",
        "ar",
        dt.date(2012, 7, 2),
    )
    assert result.outcome == "readout"
    assert result.initiator_code == "IRN"


def test_pinyin_readings_set_after_signs_are_read_past():
    """ "會(huì)晤", "應(yīng)約": a page converted from the other script with each sign's reading after it."""
    result = extract_text(
        "國務(wù)院總理李克強(qiáng)21日下午在人民大會(huì)堂應(yīng)約同老撾總理通倫舉行視頻會(huì)晤。",
        "zh",
        dt.date(2020, 7, 22),
    )
    assert result.outcome == "readout"
    assert result.engagement_type == "video_call"
    assert result.initiator_code == "LAO"


def test_a_permanent_representative_is_an_official():
    result = extract_text(
        "Earlier today the Secretary-General spoke to the UK Permanent Representative, Matthew Rycroft, about the "
        "attack in Manchester.",
        "en",
        dt.date(2017, 5, 23),
    )
    assert result.outcome == "not_readout"
    assert "no leader's office" in (result.reason or "")


@pytest.mark.parametrize(
    ("text", "language", "published"),
    [
        (
            "Президент України Володимир Зеленський провів зустріч із Вселенським Патріархом Варфоломієм. "
            "Варфоломій розповів про свою зустріч із президентом США Дональдом Трампом.",
            "uk",
            dt.date(2025, 9, 23),
        ),
        (
            "Президент России Владимир Путин провёл встречу со Святейшим Патриархом Кириллом. Патриарх рассказал о "
            "своей встрече с президентом Сербии Александром Вучичем.",
            "ru",
            dt.date(2025, 9, 23),
        ),
        (
            "30 января президент Узбекистана Ислам Каримов принял в Ташкенте руководителя администрации президента "
            "России Александра Волошина. Стороны обсудили двустороннее сотрудничество.",
            "ru",
            dt.date(2003, 1, 31),
        ),
        (
            "이명박 대통령 당선자가 20일 저녁 조지 W 부시 미국 대통령과 통화했다. 부시 대통령은 당선을 축하했다.",
            "ko",
            dt.date(2007, 12, 20),
        ),
    ],
    ids=["uk-patriarch", "ru-patriarch", "ru-chief-of-staff", "ko-president-elect"],
)
def test_a_counterpart_who_holds_no_leaders_office_makes_no_leaders_engagement(text, language, published):
    """A patriarch, the Kremlin's chief of staff ("руководителя администрации президента России", not Russia's
    president) and a president-elect ("대통령 당선자", not the president of the day) hold no leader's office; a
    leader the patriarch tells of meeting is no participant."""
    result = extract_text(text, language, published)
    assert result.outcome == "not_readout"


@pytest.mark.parametrize(
    ("text", "language", "title", "published"),
    [
        (
            "El presidente Javier Milei generó un escándalo diplomático al cancelar de forma inesperada su reunión con "
            "Ursula von der Leyen, presidenta de la Comisión Europea, durante la cumbre del G7.",
            "es",
            None,
            dt.date(2024, 6, 14),
        ),
        (
            "President Javier Milei abruptly cancelled his meeting with European Commission President Ursula von der "
            "Leyen on the sidelines of the G7 summit.",
            "en",
            None,
            dt.date(2024, 6, 14),
        ),
        (
            "Le président Javier Milei a annulé sa rencontre avec la présidente de la Commission européenne Ursula von "
            "der Leyen en marge du sommet du G7.",
            "fr",
            None,
            dt.date(2024, 6, 14),
        ),
        (
            "Двустороннюю встречу президентов России и Украины Дмитрия Медведева и Виктора Януковича внезапно "
            "отменили.",
            "ru",
            None,
            dt.date(2011, 12, 20),
        ),
        (
            "Лидеры ряда иностранных государств выразили готовность организовать встречу премьер-министра Армении "
            "Никола Пашиняна и президента Азербайджана Ильхама Алиева.",
            "ru",
            "Пашинян заявил о готовности встретиться с Алиевым",
            dt.date(2023, 9, 13),
        ),
        (
            "Ukrainian President Volodymyr Zelensky wanted to have a telephone conversation on Thursday morning with "
            "Russian President Vladimir Putin, but the latter did not respond.",
            "en",
            None,
            dt.date(2022, 2, 24),
        ),
    ],
    ids=["es-called-off", "en-called-off", "fr-called-off", "ru-cancelled", "ru-ready-to-meet", "en-unanswered"],
)
def test_an_engagement_called_off_offered_or_unanswered_is_none_held(text, language, title, published):
    result = extract_text(text, language, published, title=title)
    assert result.outcome == "not_readout"
