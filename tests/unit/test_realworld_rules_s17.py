"""Session 17: rules driven by real news probes (closed licences, kept out of the repository) and by
fresh real pages scored at first sight -- each case here is the project's own sentence of the shape
that failed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import extract_text, participants_by_actor


@pytest.mark.parametrize(
    ("text", "day", "readout"),
    [
        # the German present with a weekday is the future in a report's body
        (
            "Bundeskanzlerin Angela Merkel empfängt am Donnerstag den italienischen Ministerpräsidenten Giuseppe Conte "
            "im Kanzleramt. Es ist Contes erster Besuch in Berlin.",
            dt.date(2019, 6, 11),
            False,
        ),
        (
            "Merkel trifft Conte\nKanzlerin Angela Merkel trifft am Freitag (10.00 Uhr) den italienischen "
            "Ministerpräsidenten Giuseppe Conte.",
            dt.date(2019, 6, 11),
            False,
        ),
        # the past with a weekday is a report
        (
            "Bundeskanzlerin Angela Merkel empfing am Donnerstag den italienischen Ministerpräsidenten Giuseppe Conte "
            "im Kanzleramt.",
            dt.date(2019, 6, 15),
            True,
        ),
    ],
)
def test_german_present_with_a_weekday_is_to_come(text, day, readout):
    got = extract_text(text, "de", day)
    assert (got.outcome == "readout") is readout


@pytest.mark.parametrize(
    ("text", "readout"),
    [
        # one leader met two others; a later sentence speaks of the meeting with one of them: two meetings
        (
            "Prime Minister Narendra Modi on Saturday met French President Emmanuel Macron and Japanese Prime "
            "Minister Fumio Kishida on the sidelines of the summit. Modi said his meeting with Fumio Kishida "
            "was very productive.",
            False,
        ),
        (
            "Prime Minister Narendra Modi on Saturday met Crown Prince Mohammed bin Salman and President Emmanuel "
            "Macron on the sidelines of the summit. The Prime Minister later met President Macron at the venue.",
            False,
        ),
        # a call whose later sentence recalls a meeting with a third leader: still one call
        (
            "Vladimir Putin had a telephone conversation with President of Syria Bashar al-Assad. The Russian "
            "leader informed President al-Assad on the results of his meeting with President of Turkey Recep "
            "Tayyip Erdogan.",
            True,
        ),
    ],
)
def test_a_later_sentence_on_one_of_the_meetings_makes_them_separate(text, readout):
    got = extract_text(text, "en", dt.date(2023, 9, 9))
    assert (got.outcome == "readout") is readout


@pytest.mark.parametrize(
    ("headline", "text", "language", "readout"),
    [
        # "until tomorrow" says how long a visit lasts, not an engagement to come
        (
            "Macky Sall a eu un tête-à-tête avec son homologue ivoirien Alassane Ouattara",
            "« Le président me fait l'honneur de passer quelques heures avec moi jusqu'à demain pour que nous "
            "puissions échanger », a déclaré le président Ouattara.",
            "fr",
            True,
        ),
        (
            "Macky Sall reçoit son homologue ivoirien Alassane Ouattara",
            "Le président Macky Sall recevra demain son homologue ivoirien Alassane Ouattara.",
            "fr",
            False,
        ),
        (
            "Lula se reuniu com o presidente argentino Alberto Fernández",
            "O presidente argentino fica em Brasília até amanhã para conversar com o presidente Lula.",
            "pt",
            True,
        ),
    ],
)
def test_until_tomorrow_is_no_engagement_to_come(headline, text, language, readout):
    got = extract_text(text, language, dt.date(2023, 10, 10), title=headline)
    assert (got.outcome == "readout") is readout


@pytest.mark.parametrize(
    ("text", "language", "day", "expected"),
    [
        # a generic leader's title: the state's leading office, whatever it is called there
        (
            "El presidente Andrés Manuel López Obrador sostuvo una reunión virtual con el mandatario canadiense.",
            "es",
            dt.date(2021, 3, 1),
            {"MEX": "Andrés Manuel López Obrador", "CAN": "Justin Trudeau"},
        ),
        (
            "El presidente Andrés Manuel López Obrador habló por teléfono con el mandatario alemán.",
            "es",
            dt.date(2021, 3, 1),
            {"MEX": "Andrés Manuel López Obrador", "DEU": "Angela Merkel"},
        ),
        (
            "El presidente Andrés Manuel López Obrador habló por teléfono con el mandatario estadounidense.",
            "es",
            dt.date(2021, 3, 1),
            {"MEX": "Andrés Manuel López Obrador", "USA": "Joe Biden"},
        ),
        (
            "O presidente Jair Bolsonaro conversou por telefone com o mandatário canadense.",
            "pt",
            dt.date(2021, 3, 1),
            {"BRA": "Jair Bolsonaro", "CAN": "Justin Trudeau"},
        ),
    ],
)
def test_a_generic_leaders_title_means_the_states_leading_office(text, language, day, expected):
    got = extract_text(text, language, day)
    assert got.outcome == "readout"
    assert participants_by_actor(got) == expected


@pytest.mark.parametrize(
    ("text", "initiator"),
    [
        ("President Biden placed a call to Prime Minister Suga on Wednesday.", "USA"),
        ("President Biden made a call to Prime Minister Suga on Wednesday.", "USA"),
        # "the latter" after a leader named by title and surname only: the one participant holding that title
        ("President Biden spoke with Prime Minister Suga on Wednesday at the latter's request.", "JPN"),
        ("Prime Minister Suga spoke with President Biden on Wednesday at the request of the latter.", "USA"),
    ],
)
def test_a_call_placed_and_the_latter_named_by_title(text, initiator):
    got = extract_text(text, "en", dt.date(2021, 3, 10))
    assert got.outcome == "readout"
    assert got.initiator_code == initiator


_SUGA_BIDEN_CALL = "本日（3月10日）、菅義偉内閣総理大臣は、ジョー・バイデン米国大統領と電話会談を行いました。"


@pytest.mark.parametrize(
    ("closing", "initiator"),
    [
        ("（先方発意）", "USA"),  # a bracketed closing note
        ("（日本側発意）", "JPN"),
        ("本会談は我が方から申し入れて実施されました。", "JPN"),  # "our side" after the sentence's topic
    ],
)
def test_japanese_closing_notes_on_who_asked(closing, initiator):
    got = extract_text(_SUGA_BIDEN_CALL + closing, "ja", dt.date(2021, 3, 10))
    assert got.outcome == "readout"
    assert got.initiator_code == initiator


@pytest.mark.parametrize(
    ("text", "day", "initiator"),
    [
        # a side named by its state's first sign: which state, the engagement's own participants say
        ("國家主席習近平10日同烏克蘭總統澤連斯基通電話。此次通話應烏方要求進行。", dt.date(2023, 4, 26), "UKR"),
        ("习近平同乌兹别克斯坦总统米尔济约耶夫通电话。此次通话应乌方要求进行。", dt.date(2023, 4, 26), "UZB"),
        ("總統蔡英文10日與巴拉圭總統阿布鐸通電話，此次通話係應巴方要求進行。", dt.date(2021, 3, 10), "PRY"),
        # two participants' states begin with the same sign: no side said
        ("习近平同巴西总统卢拉、巴基斯坦总理夏巴兹举行三方通话。应巴方要求进行。", dt.date(2023, 4, 26), None),
    ],
)
def test_a_side_named_by_its_states_first_sign(text, day, initiator):
    got = extract_text(text, "zh", day)
    assert got.outcome == "readout"
    assert got.initiator_code == initiator


def test_our_side_raised_it_names_the_publisher():
    got = extract_text(
        "總統蔡英文10日與巴拉圭總統阿布鐸通電話，此次通話係由我方主動提出。",
        "zh",
        dt.date(2021, 3, 10),
        url="https://www.president.gov.tw/News/26000",
    )
    assert got.initiator_code == "TWN"


@pytest.mark.parametrize(
    ("text", "initiator"),
    [
        ("El presidente Andrés Manuel López Obrador realizó una llamada al presidente Joe Biden.", "MEX"),
        (
            "El presidente Andrés Manuel López Obrador sostuvo una llamada con el presidente Joe Biden, quien se "
            "comunicó para felicitarlo.",
            "USA",
        ),
    ],
)
def test_spanish_calls_placed_and_who_got_in_touch(text, initiator):
    got = extract_text(text, "es", dt.date(2021, 3, 10))
    assert got.outcome == "readout"
    assert got.initiator_code == initiator


@pytest.mark.parametrize(
    ("text", "language", "day", "initiator", "engagement_type"),
    [
        # ar: the caller after أجرى, a day set off by commas, the called side after ب (after مع: "held a call
        # with", no caller said)
        (
            "أجرى الرئيس عبد الفتاح السيسي، اليوم، اتصالاً هاتفيًا بالملك عبدالله الثاني بن الحسين، عاهل الأردن.",
            "ar",
            dt.date(2021, 3, 10),
            "EGY",
            "phone_call",
        ),
        (
            "أجرى الرئيس عبد الفتاح السيسي، اليوم، اتصالاً هاتفيًا مع الملك عبدالله الثاني بن الحسين، عاهل الأردن.",
            "ar",
            dt.date(2021, 3, 10),
            None,
            "phone_call",
        ),
        # fa: "this call was from Obama"
        (
            "حسن روحانی روز جمعه با باراک اوباما تلفنی گفت‌وگو کرد. این تماس تلفنی از طرف اوباما بوده است.",
            "fa",
            dt.date(2013, 9, 28),
            "USA",
            "phone_call",
        ),
        # tr: reported speech "that X called Y"
        (
            "ABD Başkanı Barack Obama ile Başbakan Recep Tayyip Erdoğan telefonda görüştü. Arınç, Başkan "
            "Obama'nın Başbakan Erdoğan'ı aradığını söyledi.",
            "tr",
            dt.date(2013, 5, 2),
            "USA",
            "phone_call",
        ),
    ],
)
def test_helper_probes_ar_fa_tr(text, language, day, initiator, engagement_type):
    got = extract_text(text, language, day)
    assert got.outcome == "readout"
    assert (got.initiator_code, got.engagement_type) == (initiator, engagement_type)


def test_a_modifier_prime_is_read_as_an_apostrophe():
    # U+02B9 before a Turkish case ending ("Putinʹi"), as some pages type it
    got = extract_text("Erdoğan, Suriye konusunda Putinʹi aradı.", "tr", dt.date(2015, 10, 21))
    assert got.outcome == "readout"
    assert {p.actor_code for p in got.participants} == {"TUR", "RUS"}


@pytest.mark.parametrize(
    ("text", "language", "readout"),
    [
        # a third party's reaction to an engagement: the page reports the reaction
        (
            "Iran's Revolutionary Guards commander on Monday criticised the historic phone call between President "
            "Hassan Rouhani and his US counterpart Barack Obama.",
            "en",
            False,
        ),
        ("انتقد الجنرال الاتصال الهاتفي بين حسن روحاني وباراك أوباما.", "ar", False),
        # the verb leads a long clause: its subject and a day stand between it and the call
        ("انتقد قائد الحرس الثوري الإيراني اليوم الاثنين الاتصال الهاتفي بين حسن روحاني وباراك أوباما.", "ar", False),
        # a leader criticising something in a call he held: the call is reported
        (
            "President Hassan Rouhani criticised the sanctions in a phone call with President Barack Obama on Friday.",
            "en",
            True,
        ),
    ],
)
def test_a_reaction_to_an_engagement_reports_none(text, language, readout):
    got = extract_text(text, language, dt.date(2013, 9, 30))
    assert (got.outcome == "readout") is readout


@pytest.mark.parametrize(
    ("text", "language", "day", "readout"),
    [
        # two calls with one leader: not one engagement
        (
            "Володимир Зеленський днями провів 2 телефонні розмови з Дональдом Трампом.",
            "uk",
            dt.date(2025, 10, 13),
            False,
        ),
        # is going to; being agreed
        (
            "Президент Володимир Зеленський збирається зустрітися з президентом США Джо Байденом у Білому домі.",
            "uk",
            dt.date(2023, 9, 18),
            False,
        ),
        (
            "Визит Зеленского в Вашингтон почти согласован\nОфициальный визит президента Владимира Зеленского в США "
            "уже почти согласован.",
            "ru",
            dt.date(2019, 8, 20),
            False,
        ),
        # a page whose only engagement sentence recalls an earlier one
        (
            "Зеленский выступил в Верховной Раде.\nНапомним, 25 июля состоялся телефонный разговор Зеленского с "
            "Трампом.",
            "ru",
            dt.date(2019, 8, 20),
            False,
        ),
        (
            "25 июля состоялся телефонный разговор Владимира Зеленского с Дональдом Трампом.",
            "ru",
            dt.date(2019, 7, 26),
            True,
        ),
        # a president's special envoy, a former minister: no leaders
        (
            "Владимир Зеленский провёл переговоры со спецпредставителем президента США Китом Келлогом.",
            "ru",
            dt.date(2025, 8, 25),
            False,
        ),
        (
            "Сьогодні відбулась зустріч Зеленського із ексміністром МЗС України Павлом Клімкіним.",
            "uk",
            dt.date(2026, 2, 27),
            False,
        ),
    ],
)
def test_helper_probes_ru_uk(text, language, day, readout):
    got = extract_text(text, language, day)
    assert (got.outcome == "readout") is readout


@pytest.mark.parametrize(
    ("text", "language", "day", "readout"),
    [
        # "the first president" of a state: its founding leader, long out of office
        (
            "Президент России Владимир Путин встретился с первым президентом Казахстана Нурсултаном Назарбаевым.",
            "ru",
            dt.date(2025, 12, 22),
            False,
        ),
        # ... not a sitting president who was the first to do something
        (
            "Владимир Путин стал первым президентом России, посетившим Монголию, и провёл переговоры с Президентом "
            "Монголии Ухнагийн Хурэлсухом.",
            "ru",
            dt.date(2024, 9, 3),
            True,
        ),
        # preparing or organising a meeting, soon
        (
            "Президент Украины Владимир Зеленский заявил о подготовке к встрече с президентом России Владимиром "
            "Путиным.",
            "ru",
            dt.date(2025, 8, 25),
            False,
        ),
        (
            "Команды Владимира Зеленского и Дональда Трампа работают над организацией встречи лидеров.",
            "ru",
            dt.date(2025, 8, 25),
            False,
        ),
        # "spoke by phone", once and twice
        (
            "Зеленський у неділю говорив телефоном з президентом США Дональдом Трампом.",
            "uk",
            dt.date(2025, 10, 13),
            True,
        ),
        (
            "Зеленський за вихідні двічі говорив телефоном з президентом США Дональдом Трампом.",
            "uk",
            dt.date(2025, 10, 13),
            False,
        ),
    ],
)
def test_helper_probes_ru_uk_made_up_shapes(text, language, day, readout):
    got = extract_text(text, language, day)
    assert (got.outcome == "readout") is readout


def test_japanese_talks_expected_are_to_come():
    got = extract_text("バイデン大統領は、来週、岸田総理大臣と会談する見通しです。", "ja", dt.date(2024, 4, 1))
    assert got.outcome == "not_readout"


def test_turkish_adverbials_between_the_caller_and_the_called():
    got = extract_text(
        "Erdoğan, MGK toplantısına girmeden önce Putin'i aradı. Esad'ın Moskova ziyareti hakkında bilgi aldı.",
        "tr",
        dt.date(2015, 10, 21),
    )
    assert got.outcome == "readout"
    assert got.initiator_code == "TUR"


@pytest.mark.parametrize(
    ("text", "language", "day", "readout"),
    [
        # the synthetic future of a call or a visit
        ("El Presidente Macri hablará por teléfono con Donald Trump este jueves.", "es", dt.date(2017, 2, 8), False),
        (
            "El presidente Mauricio Funes cumplirá una visita de Estado a México. Destaca una reunión en privado "
            "con Felipe Calderón.",
            "es",
            dt.date(2011, 6, 18),
            False,
        ),
        (
            "Lula e Trump vão conversar por telefone nesta semana, informou o Planalto.",
            "pt",
            dt.date(2025, 10, 1),
            False,
        ),
        # a meeting that was to be, but was not, names no participant
        (
            "Dilma Rousseff teve uma reunião com o príncipe Felipe de Astúrias. Dilma deveria se encontrar com o "
            "presidente da Venezuela, Hugo Chávez, mas ele retornou ao seu país.",
            "pt",
            dt.date(2011, 1, 2),
            False,
        ),
        # an adverb of manner in the call verb; an adjective after the noun
        (
            "Lula da Silva ligou pessoalmente para Luís Montenegro, primeiro-ministro de Portugal.",
            "pt",
            dt.date(2024, 4, 4),
            True,
        ),
        ("Emmanuel Macron tuvo una conversación productiva con Donald Trump.", "es", dt.date(2020, 3, 27), True),
        (
            'El presidente Emmanuel Macron dijo el viernes que tuvo una "conversación muy buena" con el presidente '
            "estadounidense Donald Trump.",
            "es",
            dt.date(2020, 3, 27),
            True,
        ),
    ],
)
def test_helper_probes_es_pt(text, language, day, readout):
    got = extract_text(text, language, day)
    assert (got.outcome == "readout") is readout


def test_an_end_marker_above_the_report_is_a_line_dropped_alone():
    from readouts.parse import clean_lines
    from readouts.reference import load_reference

    ref = load_reference()
    lines = clean_lines("Saiba mais\nO presidente Lula e o presidente Trump tiveram uma conversa por telefone.", ref)
    assert [line for line in lines if line] == [
        "O presidente Lula e o presidente Trump tiveram uma conversa por telefone."
    ]
    below = clean_lines("Lula e Trump conversaram por telefone.\nSaiba mais\nLula recebe Macron", ref)
    assert [line for line in below if line] == ["Lula e Trump conversaram por telefone."]


@pytest.mark.parametrize(
    ("text", "language", "day", "engagement_date"),
    [
        # the days an engagement was arranged on are not engagements of their own, nor its date
        (
            "La reunión bilateral entre ambos jefes de Estado fue confirmada el 30 de octubre por la Casa Blanca y "
            "reconfirmada hasta anoche, 2 de noviembre. El encuentro entre la presidenta Dina Boluarte y su homólogo "
            "estadounidense, Joe Biden, se desarrolló hoy en la Casa Blanca.",
            "es",
            dt.date(2023, 11, 3),
            dt.date(2023, 11, 3),
        ),
        (
            "The meeting between President Biden and Prime Minister Kishida, announced on March 3, took place at the "
            "White House on Wednesday.",
            "en",
            dt.date(2023, 3, 16),
            dt.date(2023, 3, 15),
        ),
    ],
)
def test_the_day_an_engagement_was_arranged_is_not_its_date(text, language, day, engagement_date):
    got = extract_text(text, language, day)
    assert got.outcome == "readout"
    assert got.engagement_date == engagement_date


@pytest.mark.parametrize(
    ("text", "initiator"),
    [
        # a briefing asked for inside the call is no request for the call
        (
            "At the request of Xavier Bettel, Vladimir Putin updated him on the situation. It was agreed to maintain "
            "contacts.",
            None,
        ),
        (
            "The telephone conversation took place at the request of Xavier Bettel. Contacts will continue.",
            "LUX",
        ),
    ],
)
def test_a_briefing_asked_for_is_no_request_for_the_call(text, initiator):
    got = extract_text(
        text,
        "en",
        dt.date(2022, 3, 14),
        title="Telephone conversation with Prime Minister of Luxembourg Xavier Bettel",
        url="http://en.kremlin.ru/events/president/news/67981",
    )
    assert got.outcome == "readout"
    assert got.initiator_code == initiator


def test_a_title_with_no_subject_is_the_publishing_sides_leaders():
    got = extract_text(
        "The presidents agreed to join efforts in fighting the pandemic.",
        "en",
        dt.date(2021, 12, 4),
        title="Telephone conversation with President of South Africa Cyril Ramaphosa",
        url="http://en.kremlin.ru/events/president/news/67272",
    )
    assert got.outcome == "readout"
    assert participants_by_actor(got) == {"RUS": "Vladimir Putin", "ZAF": "Cyril Ramaphosa"}


def test_talks_the_other_leader_tells_about_add_no_participant_nor_date():
    got = extract_text(
        "The presidents discussed the situation at the border. Alexander Lukashenko spoke about the measures Minsk "
        "is taking, as well as about his telephone conversation with Acting Federal Chancellor of Germany Angela "
        "Merkel on November 17.",
        "en",
        dt.date(2021, 11, 19),
        title="Telephone conversation with President of Belarus Alexander Lukashenko",
        url="http://en.kremlin.ru/events/president/news/67126",
    )
    assert participants_by_actor(got) == {"RUS": "Vladimir Putin", "BLR": "Alexander Lukashenko"}
    assert got.engagement_date == dt.date(2021, 11, 19)


def test_a_queens_title_before_another_name_than_the_reigning_holders_is_a_consorts():
    got = extract_text(
        "The First Lady asked for a meeting between President Volodymyr Zelenskyy and Queen Mathilde of Belgium.",
        "en",
        dt.date(2022, 5, 18),
    )
    assert "BEL" not in participants_by_actor(got)


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        # "it has been decided that ... will hold talks"; "intends to convey"
        (
            "岸田総理大臣はことし4月10日にアメリカでバイデン大統領と日米首脳会談を行うことになりました。",
            "ja",
            dt.date(2024, 1, 26),
        ),
        ("安倍総理大臣は、来週ワシントンでトランプ大統領と会談し、謝意を伝える考えです。", "ja", dt.date(2019, 4, 19)),
        # a president-elect holds no office yet
        ("總統蔡英文2日與美國新任總統當選人唐納川普通電話。", "zh", dt.date(2016, 12, 3)),
    ],
)
def test_helper_probes_ja_zh(text, language, day):
    assert extract_text(text, language, day).outcome == "not_readout"


def test_a_subjectless_title_on_a_news_agencys_page_adds_no_leader():
    got = extract_text(
        "ALGER, 2 mars (AFP) - Le président Abdelaziz Bouteflika a reçu des centaines de milliers d'Algériens.",
        "fr",
        dt.date(2003, 3, 2),
        title="Visite d'État historique en Algérie",
        url="https://www.afp.com/fr/actus/123",
    )
    assert got.outcome == "not_readout"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a compound of states' initials and a word for their leaders, as the sentence's subject
        ("日米首脳は5日、電話会談を行い、緊密な連携を確認した。", "ja", {"JPN", "USA"}),
        ("한미 정상은 5일 전화통화를 했다.", "ko", {"KOR", "USA"}),
        ("中美两国元首5日通电话。", "zh", {"CHN", "USA"}),
        # the name of a meeting someone else attended: no participants
        ("世耕大臣は、日露首脳会談等へ同席しました。", "ja", None),
    ],
)
def test_a_pair_of_states_leaders_named_by_their_initials(text, language, expected):
    got = extract_text(text, language, dt.date(2025, 12, 5))
    if expected is None:
        assert got.outcome == "not_readout"
    else:
        assert got.outcome == "readout"
        assert {p.actor_code for p in got.participants} == expected
