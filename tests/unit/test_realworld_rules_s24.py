"""Session 24: rules driven by real pages (fresh dev pages and closed-licence probes kept in notes) -- each
case here is the project's own text of the shape that failed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import extract_text, participants_by_actor


@pytest.mark.parametrize(
    ("text", "expected_initiator"),
    [
        # the foreign leader said, further on in his own sentence, that he had called
        (
            "本12日,午後4時から約20分間,岸田文雄内閣総理大臣は,マルク・ルッテ・オランダ首相と電話会談を行いました。"
            "冒頭,ルッテ首相から,新たな任期を始めるに当たり,地域情勢について意見を聞きたく電話した旨述べました。",
            "NLD",
        ),
        # the Prime Minister said he had called to thank the other side
        (
            "本12日,午後4時から約20分間,岸田文雄内閣総理大臣は,マルク・ルッテ・オランダ首相と電話会談を行いました。"
            "岸田総理大臣から,邦人の退避に際しての尽力に直接謝意をお伝えしたくお電話したと述べました。",
            "JPN",
        ),
    ],
    ids=["foreign-leader", "prime-minister"],
)
def test_a_side_saying_it_called_is_the_initiator(text, expected_initiator):
    result = extract_text(text, "ja", dt.date(2023, 5, 12), title="日蘭首脳電話会談")
    assert result.outcome == "readout"
    assert result.initiator_code == expected_initiator


def test_a_minister_named_with_given_names_in_a_case_form_is_no_leader():
    """A later president named as the foreign minister he was, his given names in the genitive between the
    title and the surname ("министра иностранных дел Германии Франка-Вальтера Штайнмайера"): an official
    received, whatever the page's date."""
    text = (
        "Владимир Путин принял в Кремле министра иностранных дел Германии Франка-Вальтера Штайнмайера. "
        "В начале встречи стороны отметили, что в отношениях двух стран есть повод для оптимизма."
    )
    result = extract_text(text, "ru", dt.date(2024, 3, 5))
    assert result.outcome == "not_readout"
    assert not result.participants


def test_earlier_talks_spoken_of_in_a_call_make_no_roundup():
    """A call's readout that speaks of a recent video conference with a third leader and briefs the other side
    on an earlier summit: one call, between the two sides of the headline."""
    title = "Telephone conversation with President of France Emmanuel Macron"
    text = (
        "The presidents discussed the situation on the border and the migration crisis. "
        "The President stressed the need for talks on security guarantees. "
        "This issue also came up during a recent videoconference with US President Joseph Biden. "
        "Vladimir Putin briefed his counterpart on the trilateral meeting of the leaders of Russia, "
        "Azerbaijan and Armenia in Sochi on November 26. "
        "The parties agreed to maintain close personal contact."
    )
    result = extract_text(
        text, "en", dt.date(2021, 12, 14), title=title, url="http://en.kremlin.ru/events/president/news/1"
    )
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"FRA", "RUS"}
    assert result.engagement_type == "phone_call"


@pytest.mark.parametrize(
    ("text", "language", "expected_initiator", "published"),
    [
        (
            "Saudi King Salman received a phone call, on Monday, from the Emir of Qatar, "
            "Sheikh Tamim bin Hamad Al Thani, who wished him well.",
            "en",
            "QAT",
            dt.date(2023, 6, 7),
        ),
        (
            "President Petro met the press in Bogota. He then left to answer a call from the President of "
            "Venezuela, Nicolás Maduro, and the two presidents spoke about the border.",
            "en",
            "VEN",
            dt.date(2023, 6, 7),
        ),
        (
            "جرى اتصال هاتفي أجراه رئيس الوزراء البريطاني بوريس جونسون بالرئيس الإيراني إبراهيم رئيسي.",
            "ar",
            "GBR",
            dt.date(2022, 5, 10),
        ),
        (
            "تلقى الرئيس الأمريكي جو بايدن الاتصال الهاتفي من الرئيس الروسي فلاديمير بوتين يوم الخميس.",
            "ar",
            "RUS",
            dt.date(2023, 6, 7),
        ),
    ],
    ids=["en-day-in-commas", "en-to-answer", "ar-relative-clause", "ar-definite-call"],
)
def test_more_caller_phrasings(text, language, expected_initiator, published):
    result = extract_text(text, language, published)
    assert result.outcome == "readout"
    assert result.initiator_code == expected_initiator


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "President Zelensky has confirmed that he requested a phone conversation with President Vladimir Putin.",
            "en",
        ),
        (
            "President Hassan Rouhani of Iran refused to engage in a phone conversation with his American counterpart, "
            "Donald Trump.",
            "en",
        ),
        (
            "Prime Minister Fumio Kishida on Tuesday held separate telephone talks with Kyrgyz President Sadyr "
            "Japarov and Mongolian Prime Minister Luvsannamsrai Oyun-Erdene.",
            "en",
        ),
        ("التقى ولي العهد السعودي محمد بن سلمان كلاً من الملك عبدالله الثاني والرئيس بشار الأسد.", "ar"),
    ],
    ids=["en-requested", "en-refused", "en-separate-calls", "ar-each-of"],
)
def test_calls_asked_for_refused_or_held_separately_are_no_readout(text, language):
    assert extract_text(text, language, dt.date(2021, 6, 7)).outcome == "not_readout"


@pytest.mark.parametrize(
    ("text", "language", "published"),
    [
        ("ترامپ و پوتین در تماسی تلفنی به مسائل مختلفی درباره اوکراین پرداختند.", "fa", dt.date(2025, 3, 18)),
    ],
    ids=["fa-indefinite-call"],
)
def test_by_phone_before_another_verb_is_a_call(text, language, published):
    result = extract_text(text, language, published)
    assert result.outcome == "readout"
    assert result.engagement_type == "phone_call"


def test_a_female_president_in_arabic_is_a_leader():
    text = "عقد الملك عبدالله بن عبدالعزيز جلسة مباحثات رسمية مع رئيسة الفلبين في الرياض."
    result = extract_text(text, "ar", dt.date(2007, 4, 10))
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"SAU", "PHL"}


@pytest.mark.parametrize(
    ("text", "published", "readout"),
    [
        # a leader's special representative meets a president: an official's meeting
        ("5月9日，习近平主席特别代表王岐山会见韩国总统文在寅。", dt.date(2018, 5, 9), False),
        # a summit "later" that day, from an arrival report
        (
            "日本首相岸田文雄6日下午抵达韩国，稍后将会与韩国总统尹锡悦举行日韩高峰会。此次会谈的重点包含强化两国合作。",
            dt.date(2023, 5, 6),
            False,
        ),
        # a call received, the caller named before "的电话"
        (
            "马来西亚首相安华星期六说，他接到美国总统特朗普的电话，双方就边境冲突进行讨论。",
            dt.date(2025, 12, 13),
            True,
        ),
    ],
    ids=["special-representative", "later-today", "call-received"],
)
def test_chinese_officials_plans_and_calls_received(text, published, readout):
    result = extract_text(text, "zh", published)
    assert (result.outcome == "readout") is readout
    if readout:
        assert result.engagement_type == "phone_call"
        assert result.initiator_code == "USA"


def test_talking_together_yesterday_dates_the_talks():
    text = "Путин и Мирзиёев провели переговоры в Ташкенте. Вчера они общались вдвоём в резиденции."
    result = extract_text(text, "ru", dt.date(2024, 5, 28))
    assert result.outcome == "readout"
    assert result.engagement_date == dt.date(2024, 5, 27)


def test_the_agencys_news_of_the_day_is_no_engagement_date():
    """ "据新华社5月20日消息" credits the agency's report of the 20th: the call is of the 19th."""
    text = "据新华社5月20日消息，美国总统特朗普和俄罗斯总统普京19日通电话。两国元首讨论了乌克兰局势。"
    result = extract_text(text, "zh", dt.date(2025, 5, 20))
    assert result.outcome == "readout"
    assert result.engagement_date == dt.date(2025, 5, 19)


def test_a_monday_morning_said_on_a_monday_is_that_day():
    """ "于周一上午" on a report of Monday 17 June: the morning (上午) of that Monday, not the Monday before
    ("上周一", last week's)."""
    text = "澳大利亚总理阿尔巴尼斯与中国国务院总理李强于周一上午在国会大厦举行会晤。双方讨论了贸易问题。"
    result = extract_text(text, "zh", dt.date(2024, 6, 17))
    assert result.outcome == "readout"
    assert result.engagement_date == dt.date(2024, 6, 17)


@pytest.mark.parametrize(
    ("text", "language", "expected_initiator"),
    [
        (
            "本10日,午後9時から約20分間,岸田文雄内閣総理大臣は,ジョー・バイデン米国大統領と電話会談を行いました。"
            "本件電話会談は,先方発意により行われたものです。",
            "ja",
            "USA",
        ),
        (
            "本10日,先方より申入れがあり,岸田文雄内閣総理大臣は,ジョー・バイデン米国大統領と電話会談を行いました。",
            "ja",
            "USA",
        ),
        (
            "Prime Minister Fumio Kishida held a telephone conversation with President Joseph R. Biden, Jr. of the "
            "United States upon the request from the U.S. side.",
            "en",
            "USA",
        ),
    ],
    ids=["ja-initiative-without-no", "ja-formal-yori", "en-upon-the-request-from"],
)
def test_more_request_phrasings_of_japanese_releases(text, language, expected_initiator):
    result = extract_text(text, language, dt.date(2023, 3, 10))
    assert result.outcome == "readout"
    assert result.initiator_code == expected_initiator


def test_a_surname_in_katakana_before_a_title_is_the_office_holder_of_the_day():
    """ "マクリ大統領" on a visit summary that never names him in full: the President of the day whose name in
    katakana ends so ("マウリシオ・マクリ")."""
    text = (
        "安倍総理はアルゼンチンを訪問しました。"
        "現地時間21日午後,安倍総理大臣は,大統領府においてマクリ大統領と会談を行いました。"
    )
    result = extract_text(text, "ja", dt.date(2016, 11, 21))
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"JPN", "ARG"}


def test_a_page_whose_only_summit_is_one_held_already_reports_none():
    """A foreign ministers' meeting whose minister says the leaders have already met four times: a recall
    (既に, before the cue), no engagement of leaders reported."""
    text = (
        "(1)町村大臣より、小泉総理とフォックス大統領は既に4回首脳会談を行い、両国関係は緊密化している旨述べた。"
        "これに対し、デルベス外相より、今後とも協力していきたい旨述べた。"
    )
    assert extract_text(text, "ja", dt.date(2005, 9, 26)).outcome == "not_readout"


@pytest.mark.parametrize(
    "title",
    ["Secretary of Foreign Affairs", "Minister of External Affairs"],
)
def test_foreign_ministers_under_other_names_are_officials(title):
    text = (
        f"On June 27, Prime Minister Shinzo Abe received a courtesy call from H.E. Dr. Carlos Ruiz, {title}. "
        "Prime Minister Abe recalled his meetings with President Enrique Peña Nieto."
    )
    assert extract_text(text, "en", dt.date(2014, 6, 27)).outcome == "not_readout"


@pytest.mark.parametrize(
    "second_sentence",
    [
        "Президент поблагодарил за телефонный разговор накануне.",
        "Ранее, 12 мая, лидеры провели телефонный разговор.",
    ],
    ids=["thanks-for-a-call-the-day-before", "a-call-earlier"],
)
def test_a_call_spoken_of_below_a_meeting_does_not_date_it(second_sentence):
    title = "Встреча с Федеральным канцлером Германии Ангелой Меркель"
    text = f"На полях саммита «Группы двадцати» Владимир Путин встретился с Ангелой Меркель. {second_sentence}"
    result = extract_text(
        text, "ru", dt.date(2019, 6, 28), title=title, url="http://kremlin.ru/events/president/news/1"
    )
    assert result.outcome == "readout"
    assert result.engagement_type == "meeting"
    assert result.engagement_date == dt.date(2019, 6, 28)


@pytest.mark.parametrize("heading", ["Рабочий ужин", "Неформальный завтрак", "Совместный обед"])
def test_a_meal_the_leaders_shared_is_a_meeting(heading):
    title = f"{heading} с Премьер-министром Японии Синдзо Абэ"
    text = "Владимир Путин и Синдзо Абэ продолжили общение в неформальной обстановке."
    result = extract_text(text, "ru", dt.date(2016, 9, 4), title=title, url="http://kremlin.ru/events/president/news/1")
    assert result.outcome == "readout"
    assert result.engagement_type == "meeting"
    assert set(participants_by_actor(result)) == {"RUS", "JPN"}


def test_the_called_side_named_with_two_titles_joined_still_names_the_caller():
    """ "X, Cumhurbaşkanı ve AK Parti Genel Başkanı Recep Tayyip Erdoğan'ı arayarak": the titles run into the called
    leader's name before the verb; X called."""
    text = (
        "İngiltere Başbakanı Theresa May, Cumhurbaşkanı ve AK Parti Genel Başkanı Recep Tayyip Erdoğan'ı arayarak "
        "seçim zaferini tebrik etti."
    )
    result = extract_text(text, "tr", dt.date(2018, 6, 25))
    assert result.outcome == "readout"
    assert result.initiator_code == "GBR"


def test_a_call_with_a_leader_of_no_side_names_no_caller():
    text = (
        "岸田文雄首相は17日夜、ロシアのプーチン大統領と約25分間電話会談した。"
        "首相はウクライナのゼレンスキー大統領とも15日に電話で会談している。"
    )
    result = extract_text(text, "ja", dt.date(2022, 2, 17))
    assert result.outcome == "readout"
    assert result.initiator_code is None


@pytest.mark.parametrize(
    "text",
    [
        "استقبل الرئيس باراك أوباما أمس وزير الخارجية سعود الفيصل الذي نقل إليه تحيات الملك عبدالله بن عبدالعزيز.",
        "استقبل الرئيس محمود عباس الاثنين السفير المصري ياسر عثمان، لبحث ترتيبات الزيارة التي سيقوم بها عباس لمصر "
        "الأربعاء القادم ويلتقي خلالها بالرئيس المصري محمد مرسي.",
    ],
    ids=["foreign-minister", "ambassador"],
)
def test_the_object_of_a_verb_first_clause_is_the_second_person_named(text):
    """Arabic puts the verb first, then its subject, then its object: a minister or an ambassador received is an
    official, and the leaders named after him are mentions."""
    assert extract_text(text, "ar", dt.date(2012, 9, 10)).outcome == "not_readout"


def test_a_princess_of_the_imperial_family_is_no_leader():
    """ "彬子女王殿下" (Princess Akiko): 女王 is a princess's title here, no reigning queen's."""
    text = "彬子女王殿下は、チリ共和国政府の招待を受け、同国を公式訪問された。女王殿下は、ピニェラ大統領を表敬された。"
    assert extract_text(text, "ja", dt.date(2013, 9, 12)).outcome == "not_readout"


def test_earlier_calls_made_each_in_turn_make_no_roundup_and_the_side_sign_names_the_initiator():
    """A call of the 15th with a closing sentence on calls "each" (それぞれ) of the 13th: no second engagement; and
    "英側の求めによる" (at the British side's request) names the caller by the state's one sign."""
    text = (
        "安倍晋三首相は15日、英国のジョンソン首相と約40分間、電話会談した。両首脳はG7の連携を確認した。"
        "電話会談は英側の求めによるもの。安倍首相は13日に米国のトランプ大統領、フランスのマクロン大統領とそれぞれ"
        "電話会談している。"
    )
    result = extract_text(text, "ja", dt.date(2020, 3, 15))
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"JPN", "GBR"}
    assert result.initiator_code == "GBR"


@pytest.mark.parametrize(
    ("text", "published", "expected_initiator"),
    [
        ("جرى اتصال هاتفي تلقاه أمير الكويت من السلطان هيثم بن طارق.", dt.date(2021, 6, 2), "OMN"),
        (
            "تلقى أمير الكويت الشيخ صباح الأحمد الجابر الصباح اتصالا هاتفيا ظهر اليوم من الرئيس الفلسطيني محمود عباس.",
            dt.date(2019, 5, 20),
            "PSE",
        ),
    ],
    ids=["receiver-named", "time-before-the-caller"],
)
def test_arabic_calls_received_with_words_between(text, published, expected_initiator):
    result = extract_text(text, "ar", published)
    assert result.outcome == "readout"
    assert result.initiator_code == expected_initiator


def test_a_persian_call_with_a_later_with_names_no_caller():
    """ "تماس تلفنی {actor} با": the slot may not begin with the pattern's own "با", so "در تماس تلفنی با ... با رأی"
    (with the vote of) is no call "of" the side between."""
    text = (
        "رئیس جمهور کشورمان در تماس تلفنی با رجب طیب اردوغان انتخاب وی با رأی مستقیم مردم ترکیه را تبریک گفت. "
        "حسن روحانی روز دوشنبه در این مکالمه تلفنی با اردوغان سخن گفت."
    )
    result = extract_text(text, "fa", dt.date(2014, 8, 12))
    assert result.outcome == "readout"
    assert result.initiator_code is None


def test_dushanbe_is_no_monday():
    """ "در دوشنبه" (in Dushanbe) is the city, spelled as the weekday: the meeting keeps the page's day."""
    text = "حسن روحانی و ولادیمیر پوتین در دوشنبه دیدار و گفت‌وگو کردند."
    result = extract_text(text, "fa", dt.date(2019, 6, 15))
    assert result.outcome == "readout"
    assert result.engagement_date == dt.date(2019, 6, 15)


def test_a_call_at_a_suitable_time_is_to_come():
    text = "法国总统马克龙多次表示会在适当时候给俄罗斯总统普京打电话。"
    assert extract_text(text, "zh", dt.date(2025, 2, 1)).outcome == "not_readout"


def test_a_call_started_by_a_side_names_it_and_the_part_of_a_weekday_dates_it():
    result = extract_text(
        "Lula conversou com Emmanuel Macron na tarde desta quinta-feira, numa ligação iniciada por Macron.",
        "pt",
        dt.date(2025, 6, 13),
    )
    assert result.initiator_code == "FRA"
    spanish = extract_text(
        "Barack Obama y Raúl Castro sostuvieron una conversación telefónica la tarde del jueves.",
        "es",
        dt.date(2015, 4, 10),
    )
    assert spanish.engagement_date == dt.date(2015, 4, 9)


def test_a_meeting_held_with_a_place_before_the_other_side():
    text = "João Lourenço manteve um encontro em Nova Iorque com Emmerson Mnangagwa, Presidente do Zimbabué."
    result = extract_text(text, "pt", dt.date(2019, 9, 25))
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"AGO", "ZWE"}


def test_a_greetings_receive_a_hug_is_no_reception():
    text = (
        "Querido presidente Andrés Manuel López Obrador, recibe un abrazo. "
        "Así felicitó Miguel Díaz-Canel al mandatario mexicano en un mensaje."
    )
    assert extract_text(text, "es", dt.date(2021, 7, 1)).outcome == "not_readout"


@pytest.mark.parametrize(
    ("text", "language", "published", "sides"),
    [
        ("小泉総理大臣は、ムベキ大統領と首脳会談を行いました。", "ja", dt.date(2003, 10, 1), {"JPN", "ZAF"}),
        ("박근혜 대통령은 지우마 호세프 대통령과 정상회담을 했다.", "ko", dt.date(2013, 9, 5), {"KOR", "BRA"}),
        (
            "بدأت مباحثات بين الرئيس عبد الفتاح السيسي وألكسندر فوتشيتش بقصر الاتحادية.",
            "ar",
            dt.date(2019, 7, 30),
            {"EGY", "SRB"},
        ),
        ("تلقى الشيخ صباح الأحمد اتصالا هاتفيا من محمود عباس.", "ar", dt.date(2019, 5, 20), {"KWT", "PSE"}),
        ("دیدار امامعلی رحمان با حسن روحانی امروز عصر صورت گرفت.", "fa", dt.date(2019, 6, 15), {"TJK", "IRN"}),
        (
            "Володимир Зеленський провів телефонну розмову з Каролем Навроцьким. Навроцького привітали з інавгурацією.",
            "uk",
            dt.date(2025, 8, 7),
            {"UKR", "POL"},
        ),
    ],
    ids=["ja-mbeki", "ko-rousseff", "ar-vucic", "ar-sabah", "fa-rahmon", "uk-case-forms"],
)
def test_leaders_named_in_the_scripts_the_reference_lacked(text, language, published, sides):
    """Names the reference had in no form of these scripts (katakana, hangul, Arabic script, Ukrainian case
    forms): the leader is found by name alone, no state beside the title."""
    result = extract_text(text, language, published)
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == sides


@pytest.mark.parametrize(
    ("text", "language", "published"),
    [
        ("Песков подтвердил, что Путин и Алиев на встрече обсудят двусторонние отношения.", "ru", dt.date(2025, 10, 8)),
        (
            "Песков не может ни подтвердить, ни опровергнуть публикации о телефонном разговоре Путина и Трампа.",
            "ru",
            dt.date(2025, 2, 9),
        ),
        (
            "Двусторонняя встреча президентов России и Украины в Москве отменена, сообщили в Кремле во вторник.",
            "ru",
            dt.date(2011, 12, 20),
        ),
        (
            "В ближайших планах Владимира Путина нет телефонного разговора с американским лидером Бараком Обамой.",
            "ru",
            dt.date(2011, 12, 20),
        ),
        (
            "López Obrador detalló que el contacto telefónico con Joe Biden será a las 9:00 horas.",
            "es",
            dt.date(2022, 4, 29),
        ),
        ("La reunión entre Daniel Noboa y Donald Trump sería en noviembre.", "es", dt.date(2025, 9, 10)),
        ("João Lourenço vai manter um encontro com Félix Tshisekedi em Luanda.", "pt", dt.date(2025, 9, 10)),
        ("O encontro entre Marcelo Rebelo de Sousa e Jair Bolsonaro foi desmarcado.", "pt", dt.date(2025, 9, 10)),
        ("Luís Montenegro será recebido por Pedro Sánchez em Madrid.", "pt", dt.date(2025, 9, 10)),
    ],
    ids=[
        "ru-will-discuss",
        "ru-neither-confirmed",
        "ru-called-off",
        "ru-none-in-view",
        "es-at-nine",
        "es-would-be",
        "pt-will-hold",
        "pt-called-off",
        "pt-will-be-received",
    ],
)
def test_engagements_to_come_called_off_or_unconfirmed_are_no_readout(text, language, published):
    assert extract_text(text, language, published).outcome == "not_readout"
