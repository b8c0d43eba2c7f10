"""Session 19: rules driven by real pages of the corpus's dev split and by real news probes (closed
licences, kept out of the repository) -- each case here is the project's own sentence of the shape
that failed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import extract_text, participants_by_actor


@pytest.mark.parametrize(
    ("text", "url", "actors"),
    [
        # a government's feed entry: a subjectless heading over its date line, no blank line between
        (
            "Telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev\n14 March 2024",
            "http://en.kremlin.ru/events/president/news/70001",
            {"KAZ", "RUS"},
        ),
        (
            "Телефонный разговор с Президентом Казахстана Касым-Жомартом Токаевым\n14 марта 2024 года",
            "http://kremlin.ru/events/president/news/70001",
            {"KAZ", "RUS"},
        ),
        # the same heading on a news site's page speaks for no one
        (
            "Telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev\n14 March 2024",
            "https://news.example.com/world/70001",
            set(),
        ),
    ],
)
def test_a_subjectless_heading_over_a_date_line_speaks_for_the_sites_leader(text, url, actors):
    result = extract_text(text, "ru" if "Телефонный" in text else "en", dt.date(2024, 3, 14), url=url)
    assert (result.outcome == "readout") == bool(actors)
    assert set(participants_by_actor(result)) == actors


KREMLIN = "http://kremlin.ru/events/president/transcripts/1"


@pytest.mark.parametrize(
    ("text", "year", "actors"),
    [
        # the host welcomes "господин Премьер-министр"; the only foreign state named says whose, the
        # year of publication says which holder (Canada's prime minister in 2002: Chrétien)
        (
            "В.Путин: Уважаемый господин Премьер-министр, уважаемые коллеги!\n"
            "Рад приветствовать Вас в Москве. Отношения между Россией и Канадой развиваются. "
            "Канада - наш важный партнёр в Арктике.\n",
            "2002",
            {"RUS": "Vladimir Putin", "CAN": "Jean Chrétien"},
        ),
        # the same words in 2016: Trudeau
        (
            "В.Путин: Уважаемый господин Премьер-министр, уважаемые коллеги!\n"
            "Рад приветствовать Вас в Москве. Отношения между Россией и Канадой развиваются. "
            "Канада - наш важный партнёр в Арктике.\n",
            "2016",
            {"RUS": "Vladimir Putin", "CAN": "Justin Trudeau"},
        ),
        # a year with two holders (Canada, 2006: Martin, then Harper) says no one
        (
            "В.Путин: Уважаемый господин Премьер-министр, уважаемые коллеги!\n"
            "Рад приветствовать Вас в Москве. Отношения между Россией и Канадой развиваются. "
            "Канада - наш важный партнёр в Арктике.\n",
            "2006",
            {},
        ),
    ],
)
def test_a_title_addressed_on_a_page_known_to_its_year_is_that_years_holder(text, year, actors):
    result = extract_text(text, "ru", None, url=KREMLIN, published_month=year)
    assert participants_by_actor(result) == actors
    assert (result.outcome == "readout") == bool(actors)


def test_a_guest_first_addressed_as_a_minister_makes_the_leaders_spoken_of_no_participants():
    # the host greets a foreign minister, then speaks of a call with her prime minister: no leaders' engagement
    text = (
        "В.Путин: Уважаемая госпожа Министр, уважаемые коллеги!\n"
        "Рад приветствовать Вас в Москве. Мы недавно разговаривали с господином Премьер-министром по телефону. "
        "Отношения с Японией развиваются, и к визиту Премьер-министра Японии в Россию мы готовимся.\n"
    )
    result = extract_text(text, "ru", None, url=KREMLIN, published_month="2002")
    assert result.outcome == "not_readout"
    assert participants_by_actor(result) == {}


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # the host addresses his guest and names one foreign state, once: its president
        (
            "В.Путин: Уважаемый господин Президент, уважаемые дамы и господа!\n"
            "Позвольте сердечно поприветствовать Вас в Москве. Отношения между Россией и Германией "
            "приобрели прагматический характер.\n",
            {"RUS": "Vladimir Putin", "DEU": "Johannes Rau"},
        ),
        # two foreign states named once each: whose president is not said
        (
            "В.Путин: Уважаемый господин Президент, уважаемые дамы и господа!\n"
            "Позвольте сердечно поприветствовать Вас в Москве. Мы обсудим отношения с Германией "
            "и положение в Сербии.\n",
            {},
        ),
    ],
)
def test_a_guest_addressed_by_title_is_of_the_one_foreign_state_named(text, actors):
    result = extract_text(text, "ru", dt.date(2002, 4, 10), url=KREMLIN)
    assert participants_by_actor(result) == actors


@pytest.mark.parametrize(
    ("text", "language", "url", "actors"),
    [
        (
            "В.Путин: Ваше Высочество, позвольте сердечно поприветствовать Вас в Москве.\n"
            "Мы ценим отношения с Катаром. Катар - важный партнёр России на Ближнем Востоке.\n",
            "ru",
            KREMLIN,
            {"RUS": "Vladimir Putin", "QAT": "Tamim bin Hamad Al Thani"},
        ),
        (
            "Vladimir Putin: Your Majesty, let me warmly welcome you to Moscow.\n"
            "We value our relations with Jordan. Jordan is an important partner of Russia in the region.\n",
            "en",
            "http://en.kremlin.ru/events/president/transcripts/1",
            {"RUS": "Vladimir Putin", "JOR": "Abdullah II"},
        ),
    ],
)
def test_a_guest_addressed_as_highness_or_majesty_is_the_named_states_monarch(text, language, url, actors):
    result = extract_text(text, language, dt.date(2019, 10, 3), url=url)
    assert result.outcome == "readout"
    assert participants_by_actor(result) == actors


@pytest.mark.parametrize(
    ("text", "url", "actors"),
    [
        # a guest's greeting on the host's government site: he met the host
        (
            "С.Абэ: Очень рад Вас видеть. Мы уже встречались в июне, и я рад нашей новой встрече.\n"
            "Хотел бы обсудить японо-российское сотрудничество на Дальнем Востоке.\n",
            KREMLIN,
            {"RUS": "Vladimir Putin", "JPN": "Shinzō Abe"},
        ),
        # the same words on the guest's own side's site name no host
        (
            "С.Абэ: Очень рад Вас видеть. Мы уже встречались в июне, и я рад нашей новой встрече.\n"
            "Хотел бы обсудить японо-российское сотрудничество на Дальнем Востоке.\n",
            "https://www.kantei.go.jp/jp/1",
            {},
        ),
    ],
)
def test_a_guest_greeting_his_host_on_the_hosts_site_met_its_leader(text, url, actors):
    result = extract_text(text, "ru", dt.date(2007, 9, 8), url=url)
    assert participants_by_actor(result) == actors


@pytest.mark.parametrize(
    ("text", "language", "url", "readout", "actors"),
    [
        # the host's words to his guest at the start of their talks: the talks "about to begin" are these
        (
            "Ж.Ширак: Господин Президент, сегодня для меня особая радость принять Вас здесь, в Париже. "
            "Сейчас у нас состоится беседа, а завтра будет трёхсторонняя встреча с участием Канцлера Германии "
            "госпожи Ангелы Меркель.\nНаши отношения с Россией очень высокого качества.\n",
            "ru",
            KREMLIN,
            True,
            {"FRA": "Jacques Chirac", "RUS": "Vladimir Putin"},
        ),
        # words spoken of a meeting to come, with no one addressed: still an announcement
        (
            "Ж.Ширак: Завтра у нас состоится встреча с Президентом России Владимиром Путиным.\n"
            "Наши отношения с Россией очень высокого качества.\n",
            "ru",
            "https://www.elysee.fr/1",
            False,
            {},
        ),
    ],
)
def test_words_to_a_leader_present_are_at_the_meeting(text, language, url, readout, actors):
    result = extract_text(text, language, dt.date(2006, 9, 22), url=url)
    assert (result.outcome == "readout") == readout
    assert participants_by_actor(result) == actors


def test_an_arabic_call_placed_with_a_comma_before_the_called_side_names_its_caller():
    text = "أجرى ولي العهد الأمير محمد بن سلمان اتصالًا هاتفيًا، بفخامة الرئيس رجب طيب أردوغان رئيس الجمهورية التركية."
    result = extract_text(text, "ar", dt.date(2024, 3, 5))
    assert result.outcome == "readout"
    assert result.initiator_code == "SAU"


@pytest.mark.parametrize(
    "text",
    [
        "روسای جمهور ایران و فرانسه شب گذشته با یکدیگر به صورت تلفنی مکالمه کردند.",
        "روسای جمهور ایران و فرانسه شب گذشته با یکدیگر مکالمه کردند.",
    ],
)
def test_persian_by_phone_and_conversed_are_a_call(text):
    result = extract_text(text, "fa", dt.date(2019, 7, 7))
    assert result.outcome == "readout"
    assert result.engagement_type == "phone_call"
    assert set(participants_by_actor(result)) == {"FRA", "IRN"}


@pytest.mark.parametrize(
    ("text", "engagement_type"),
    [
        (
            "Беседа с Президентом Египта Абдельфаттахом ас-Сиси\n"
            "Владимир Путин побеседовал по телефону с Президентом Арабской Республики Египет Абдельфаттахом ас-Сиси.",
            "phone_call",
        ),
        (
            "Беседа с Премьер-министром Армении Николом Пашиняном\n"
            "Владимир Путин и Никол Пашинян обменялись мнениями в ходе беседы по защищённой видеосвязи.",
            "video_call",
        ),
        (
            "Беседа с Премьер-министром Армении Николом Пашиняном\n"
            "В Кремле Владимир Путин и Никол Пашинян обменялись мнениями о положении в регионе.",
            "meeting",
        ),
    ],
)
def test_a_russian_talk_heading_takes_the_medium_the_next_sentence_says(text, engagement_type):
    result = extract_text(text, "ru", dt.date(2022, 6, 3), url="http://kremlin.ru/events/president/news/1")
    assert result.outcome == "readout"
    assert result.engagement_type == engagement_type


@pytest.mark.parametrize(
    ("text", "language", "readout"),
    [
        # the trip's leg still to come ("se dirigirá al Medio Oriente para asistir a conversaciones")
        (
            "El presidente Bush viaja hoy a Europa y después se dirigirá al Medio Oriente. Un vocero dijo que el "
            "encuentro entre el presidente Bush y el primer ministro de Israel Ariel Sharon busca impulsar la paz.",
            "es",
            False,
        ),
        # a call being prepared, no call in view, readiness to meet
        ("Макрон сообщил, что разговор с президентом России Владимиром Путиным готовится.", "ru", False),
        ("Сейчас о телефонном разговоре Владимира Путина и Владимира Зеленского речь не идёт.", "ru", False),
        # what will be discussed at the talks, a future passive
        (
            "По словам Виктора Орбана, в беседе с Владимиром Путиным будет затронута тема переговоров по Украине.",
            "ru",
            False,
        ),
        (
            "Никол Пашинян заявил о готовности к встрече с Президентом Азербайджана Ильхамом Алиевым.",
            "ru",
            False,
        ),
    ],
)
def test_engagements_to_come_prepared_or_not_in_view_of_session_19(text, language, readout):
    result = extract_text(text, language, dt.date(2003, 5, 30) if language == "es" else dt.date(2025, 3, 5))
    assert (result.outcome == "readout") == readout


def test_a_call_before_this_one_or_the_last_one_dates_it_not():
    text = (
        "Владимир Путин и Нарендра Моди провели телефонный разговор. "
        "В последний раз Владимир Путин и Нарендра Моди общались по телефону 17 сентября."
    )
    result = extract_text(text, "ru", dt.date(2025, 10, 8))
    assert result.outcome == "readout"
    assert result.engagement_date == dt.date(2025, 10, 8)


def test_thanks_for_proposing_the_meeting_name_its_initiator():
    text = (
        "В Женеве прошли переговоры Владимира Путина и Джозефа Байдена. "
        "Путин поблагодарил американского коллегу за предложение встретиться."
    )
    result = extract_text(text, "ru", dt.date(2021, 6, 16))
    assert result.outcome == "readout"
    assert result.initiator_code == "USA"


@pytest.mark.parametrize(
    ("text", "readout"),
    [
        # a call planned with another leader ("とも…予定だ") is no second engagement beside the one reported
        ("安倍首相は31日、トランプ大統領と電話会談を行った。\n安倍首相はモリソン首相とも電話会談を行う予定だ。", True),
        # a second call held the same day with another leader still is
        ("安倍首相は31日、トランプ大統領と電話会談を行った。\n安倍首相はモリソン首相とも電話会談を行った。", False),
    ],
)
def test_another_counterpart_only_planned_makes_no_roundup(text, readout):
    result = extract_text(text, "ja", dt.date(2020, 8, 31))
    assert (result.outcome == "readout") == readout


@pytest.mark.parametrize(
    ("text", "language", "day", "readout", "initiator"),
    [
        # Argentine "el llamado": a call received from the side
        ("Mauricio Macri recibió el llamado de Donald Trump.", "es", dt.date(2017, 7, 19), True, "USA"),
        # the caller with a day between his verb and its medium
        ("Donald Trump llamó ayer por teléfono a Mauricio Macri.", "es", dt.date(2017, 7, 19), True, "USA"),
        # a call said not to have taken place
        (
            "La llamada telefónica entre Enrique Peña Nieto y Donald Trump no se produjo, reconoció la Casa Blanca.",
            "es",
            dt.date(2017, 8, 2),
            False,
            None,
        ),
        # the Arabic dual future: the two will hold a virtual summit
        (
            "قال البيت الأبيض إن الرئيسين الأميركي جو بايدن والصيني شي جين بينغ سيعقدان قمة افتراضية يوم الإثنين.",
            "ar",
            dt.date(2021, 11, 13),
            False,
            None,
        ),
        # the Persian present that tells the future: the call takes place today
        ("تماس تلفنی دونالد ترامپ و ولادیمیر پوتین امروز صورت می‌گیرد.", "fa", dt.date(2025, 3, 18), False, None),
        # the side called for the talks, as a verb
        (
            "岸田文雄首相は17日夜、ロシアのプーチン大統領と電話会談した。電話会談は日本側が呼び掛けた。",
            "ja",
            dt.date(2022, 2, 17),
            True,
            "JPN",
        ),
        # proposed by the side
        ("由美方提议，国家主席习近平14日同美国总统拜登举行会晤。", "zh", dt.date(2022, 11, 14), True, "USA"),
        (
            "日本首相高市早苗2日与美国总统川普举行电话会谈。通话是由日方提出要求。",
            "zh",
            dt.date(2025, 11, 2),
            True,
            "JPN",
        ),
        # a leader's spouse written with the variant sign 伕
        ("国家主席习近平21日会见美国总统奥巴马伕人米歇尔。", "zh", dt.date(2014, 3, 21), False, None),
        # from the second probes
        # calls that did not take place, were being arranged, might be held, or were missed
        (
            "Запит Президента України Петра Порошенка на телефонну розмову з Володимиром Путіним був, однак "
            "розмова не відбулася.",
            "uk",
            dt.date(2018, 11, 27),
            False,
            None,
        ),
        (
            "Die Videokonferenz von Wladimir Putin und Angela Merkel hat nicht stattgefunden.",
            "de",
            dt.date(2020, 5, 6),
            False,
            None,
        ),
        (
            "Japan is arranging a phone call between Prime Minister Fumio Kishida and President Xi Jinping.",
            "en",
            dt.date(2022, 9, 1),
            False,
            None,
        ),
        (
            "President Erdogan might hold a telephone conversation with President Bashar al-Assad.",
            "en",
            dt.date(2022, 9, 1),
            False,
            None,
        ),
        # requested "upon X's request"
        (
            "Prime Minister Narendra Modi held a telephone conversation with Australian Prime Minister Scott "
            "Morrison upon Morrison's request.",
            "en",
            dt.date(2020, 4, 7),
            True,
            "AUS",
        ),
        # welcomed the visit of
        (
            "Presiden Joko Widodo menyambut kunjungan Perdana Menteri Ceko Petr Fiala di Istana Bogor.",
            "id",
            dt.date(2023, 4, 18),
            True,
            None,
        ),
        # agreed to hold one: to come
        (
            "청와대는 문재인 대통령과 트럼프 미국 대통령 간 정상회담을 갖기로 합의했다고 밝혔다.",
            "ko",
            dt.date(2019, 5, 13),
            False,
            None,
        ),
        # the honorific subject called first
        (
            "문재인 대통령은 시진핑 중국 국가주석과 전화통화를 가졌습니다. "
            "이번 통화는 시진핑 주석께서 먼저 전화를 걸었습니다.",
            "ko",
            dt.date(2019, 5, 13),
            True,
            "CHN",
        ),
        # started by the side; Washington for the United States
        ("普京和特朗普今天通电话。他说这场电话会谈是由俄方发起。", "zh", dt.date(2025, 3, 18), True, "RUS"),
        ("克里姆林宫指出，普京和特朗普今天通话，且是华府方面主动提出。", "zh", dt.date(2025, 3, 18), True, "USA"),
        # English news
        (
            "Vladimir Putin and Recep Tayyip Erdogan did not hold telephone conversations as of yet, "
            "Dmitry Peskov said.",
            "en",
            dt.date(2023, 3, 5),
            False,
            None,
        ),
        (
            "Ukrainian President Volodymyr Zelenskyy arrived in Paris on Friday for scheduled talks with French "
            "President Emmanuel Macron.",
            "en",
            dt.date(2023, 3, 5),
            False,
            None,
        ),
    ],
)
def test_language_data_of_session_19(text, language, day, readout, initiator):
    result = extract_text(text, language, day)
    assert (result.outcome == "readout") == readout
    assert result.initiator_code == initiator


@pytest.mark.parametrize(
    ("text", "readout", "engagement_type"),
    [
        # the meeting to come is the call's topic: the call was held, by phone
        (
            "Канцлер Германии Ангела Меркель по телефону обсудила с Президентом России Владимиром Путиным "
            "подготовку к встрече в нормандском формате.",
            True,
            "phone_call",
        ),
        # a plan alone, no engagement held
        (
            "Канцлер Германии Ангела Меркель и Президент России Владимир Путин ведут подготовку к встрече "
            "в нормандском формате.",
            False,
            None,
        ),
    ],
)
def test_a_meeting_to_come_discussed_in_a_call_is_its_topic(text, readout, engagement_type):
    result = extract_text(text, "ru", dt.date(2019, 8, 29))
    assert (result.outcome == "readout") == readout
    if readout:
        assert result.engagement_type == engagement_type


@pytest.mark.parametrize(
    ("text", "day", "initiator"),
    [
        (
            "Prime Minister Narendra Modi spoke on phone with President Vladimir Putin. "
            "The call was made by President Putin.",
            dt.date(2021, 3, 5),
            "RUS",
        ),
        (
            "Prime Minister Abe had a telephone conversation with President Trump, who had requested the talks.",
            dt.date(2018, 3, 5),
            "USA",
        ),
    ],
)
def test_english_call_phrasings_of_session_19(text, day, initiator):
    result = extract_text(text, "en", day)
    assert result.outcome == "readout"
    assert result.engagement_type == "phone_call"
    assert result.initiator_code == initiator


@pytest.mark.parametrize(
    "text",
    [
        "バイデン大統領から菅総理大臣に対し電話があり、日米首脳電話会談が行われました。",
        "菅総理大臣は、バイデン大統領からの電話を受け、約20分間会談を行いました。",
    ],
)
def test_japanese_calls_from_the_other_side(text):
    result = extract_text(text, "ja", dt.date(2021, 3, 5))
    assert result.outcome == "readout"
    assert result.engagement_type == "phone_call"
    assert result.initiator_code == "USA"


@pytest.mark.parametrize(
    ("text", "language", "readout"),
    [
        # a compound of states' initials and a meeting said to have been held names its participants
        ("中美元首视频会晤15日晚举行，持续约三个半小时。", "zh", True),
        ("日米首脳会談は15日に行われ、両首脳は同盟の強化を確認した。", "ja", True),
        ("한미 정상회담이 15일 워싱턴에서 열렸다. 두 정상은 동맹 강화에 합의했다.", "ko", True),
        # ... but not the name of a meeting someone else attended, nor one still to be held
        ("林外務大臣は日露首脳会談等へ同席しました。", "ja", False),
        ("中美元首视频会晤将于16日上午举行。", "zh", False),
    ],
)
def test_a_paired_compound_over_a_meeting_held_names_its_participants(text, language, readout):
    result = extract_text(text, language, dt.date(2021, 11, 16))
    assert (result.outcome == "readout") == readout


@pytest.mark.parametrize(
    ("url", "actors"),
    [
        ("http://kremlin.ru/events/president/news/71000", {"RUS": "Vladimir Putin", "CHN": "Xi Jinping"}),
        ("https://news.example.com/world/71000", {}),
    ],
)
def test_a_states_compound_title_on_a_government_site_speaks_for_its_leader(url, actors):
    text = (
        "Российско-китайские переговоры\n"
        "В Кремле состоялись российско-китайские переговоры. Председатель КНР Си Цзиньпин находится в России "
        "с государственным визитом."
    )
    result = extract_text(text, "ru", dt.date(2023, 3, 21), url=url)
    assert participants_by_actor(result) == actors


def test_the_president_of_an_entity_is_no_leader():
    text = (
        "Беседа с Президентом Республики Сербской Милорадом Додиком\n"
        "Владимир Путин провёл беседу с Президентом Республики Сербской Милорадом Додиком."
    )
    result = extract_text(text, "ru", dt.date(2023, 3, 21), url="http://kremlin.ru/events/president/news/1")
    assert result.outcome == "not_readout"
    assert "SRB" not in participants_by_actor(result)


@pytest.mark.parametrize(("text", "day"), [("廿五日", dt.date(2025, 11, 25)), ("卅日", dt.date(2025, 11, 30))])
def test_a_bare_day_in_the_signs_of_twenty_and_thirty(text, day):
    result = extract_text(f"日本首相高市早苗{text}与美国总统川普进行电话会谈。", "zh", dt.date(2025, 12, 1))
    assert result.engagement_date == day


@pytest.mark.parametrize(
    ("words", "day", "engagement_type"),
    [
        # the opening words say the talks they open are by video
        (
            "Уважаемый Председатель! Дорогой друг! Рад видеть Вас, пусть и по видеосвязи.",
            dt.date(2021, 6, 4),
            "video_call",
        ),
        # a video call recalled in them says nothing of these talks
        (
            "Уважаемый Председатель! Рад видеть Вас в Москве. Мы недавно общались по видеосвязи.",
            dt.date(2023, 3, 21),
            "meeting",
        ),
    ],
)
def test_a_video_cue_in_the_first_words_under_a_heading_without_medium(words, day, engagement_type):
    text = f"Переговоры с Председателем КНР Си Цзиньпином\nВ.Путин: {words}"
    result = extract_text(text, "ru", day, url="http://kremlin.ru/events/president/transcripts/1")
    assert result.outcome == "readout"
    assert result.engagement_type == engagement_type


@pytest.mark.parametrize(
    ("text", "initiator"),
    [
        (
            "Mr. SUGA Yoshihide, Prime Minister of Japan, held a Japan-Australia Summit video teleconference meeting "
            "with the Hon. Scott Morrison MP, Prime Minister of Australia, which was proposed by the Australian side.",
            "AUS",
        ),
        # a plan proposed by a side is no proposal of the call
        (
            "Prime Minister Suga held a telephone talk with Prime Minister Morrison. The two leaders discussed the "
            "framework proposed by the Australian side.",
            None,
        ),
    ],
)
def test_an_engagement_proposed_by_a_side(text, initiator):
    result = extract_text(text, "en", dt.date(2021, 3, 5))
    assert result.outcome == "readout"
    assert result.initiator_code == initiator


@pytest.mark.parametrize(
    ("text", "readout"),
    [
        ("François Hollande s'est entretenu au téléphone avec son futur homologue américain.", False),
        ("François Hollande s'est entretenu au téléphone avec le futur président américain Donald Trump.", False),
        ("François Hollande s'est entretenu au téléphone avec son homologue américain.", True),
    ],
)
def test_a_future_counterpart_or_title_holds_no_office_yet(text, readout):
    result = extract_text(text, "fr", dt.date(2016, 11, 10))
    assert (result.outcome == "readout") == readout


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("L'entretien téléphonique entre Emmanuel Macron et Vladimir Poutine n'a pas eu lieu.", "fr"),
        ("Erdoğan ile Putin arasındaki telefon görüşmesi gerçekleşmedi.", "tr"),
        ("岸田首相とバイデン大統領の電話会談は行われなかった。", "ja"),
        ("习近平与拜登的通话没有举行。", "zh"),
        ("The phone call between President Biden and President Xi did not take place.", "en"),
        ("La reunión entre Pedro Sánchez y Emmanuel Macron no tuvo lugar.", "es"),
        ("Das Telefonat zwischen Olaf Scholz und Wladimir Putin kam nicht zustande.", "de"),
        ("Pembicaraan telepon antara Joko Widodo dan Joe Biden tidak terjadi.", "id"),
        ("O telefonema entre Lula e Joe Biden não aconteceu.", "pt"),
    ],
)
def test_an_engagement_said_not_to_have_taken_place_is_none(text, language):
    assert extract_text(text, language, dt.date(2023, 3, 5)).outcome == "not_readout"


@pytest.mark.parametrize(
    ("text", "language", "url", "day", "actors", "initiator"),
    [
        # the host greets his guest on the guest's own side's page, by first name and patronymic
        (
            "И.Каримов: Дмитрий Анатольевич, я искренне рад приветствовать Вас в Ташкенте.\n"
            "Отношения Узбекистана и России развиваются.",
            "ru",
            "http://kremlin.ru/events/president/transcripts/1",
            dt.date(2009, 1, 22),
            {"RUS", "UZB"},
            None,
        ),
        # the speaker's own proposal that the guest come
        (
            "В.Путин: Уважаемый Леонид Данилович! Спасибо, что Вы так оперативно откликнулись на моё "
            "предложение приехать.\nЛ.Кучма: Спасибо за тёплый приём.",
            "ru",
            "http://kremlin.ru/events/president/transcripts/1",
            dt.date(2004, 10, 7),
            {"RUS", "UKR"},
            "RUS",
        ),
    ],
)
def test_fresh_page_shapes_of_session_19(text, language, url, day, actors, initiator):
    result = extract_text(text, language, day, url=url)
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == actors
    assert result.initiator_code == initiator


@pytest.mark.parametrize(
    ("text", "language", "actors"),
    [
        # the leader of an earlier engagement's opening clause is a mention
        ("在与俄罗斯总统普京进行视频通话后，国家主席习近平与美国总统特朗普通电话。", "zh", {"CHN", "USA"}),
        (
            "After their video call last week with President Putin, President Xi spoke by phone with President Trump.",
            "en",
            {"CHN", "USA"},
        ),
        # Taiwan's and Hong Kong's spellings of Putin
        ("中國國家主席習近平今天應約與普廷通話。", "zh", {"CHN", "RUS"}),
    ],
)
def test_participants_of_session_19(text, language, actors):
    result = extract_text(
        text, language, dt.date(2026, 2, 4) if "特朗普" in text or "Trump" in text else dt.date(2025, 8, 8)
    )
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == actors


@pytest.mark.parametrize(
    ("text", "readout", "engagement_type"),
    [
        # an intention conveyed in a call held is no plan
        ("高市首相は5日、ゼレンスキー大統領と電話会談し、支援を継続する考えを伝えた。", True, "phone_call"),
        # a meeting by virtual means
        ("バイデン米大統領は23日、カナダのトルドー首相とバーチャル方式の首脳会談を行った。", True, "video_call"),
        # put off, none held, or headed for
        ("安倍総理大臣とオバマ大統領の会談は見送られた。", False, None),
        ("李在明大統領、トランプ大統領と電話会談なし", False, None),
        ("日米首脳会談開催へ\n\nバイデン大統領と岸田総理大臣の首脳会談が行われる。", False, None),
    ],
)
def test_japanese_news_shapes_of_session_19(text, readout, engagement_type):
    day = (
        dt.date(2025, 11, 5) if "高市" in text else dt.date(2021, 2, 23) if "トルドー" in text else dt.date(2016, 9, 8)
    )
    if "李在明" in text:
        day = dt.date(2025, 6, 6)
    if "岸田" in text:
        day = dt.date(2022, 1, 17)
    result = extract_text(text, "ja", day)
    assert (result.outcome == "readout") == readout
    if readout:
        assert result.engagement_type == engagement_type


@pytest.mark.parametrize(
    ("url", "actor"),
    [
        ("https://www.lbcgroup.tv/news/1", None),  # a Lebanese broadcaster, not Tuvalu
        ("https://example.io/a", None),
        ("https://www.presidencia.gov.co/prensa/1", "COL"),  # a government's own site keeps its country
        ("https://www.gov.uk/government/news/1", "GBR"),
    ],
)
def test_a_country_code_sold_for_any_use_names_no_country(url, actor):
    from readouts.extract.participants import address_actor
    from readouts.reference import load_reference

    assert address_actor(url, load_reference()) == actor


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        # seeing a guest off after the talks is no summit put off
        ("首脳会談の後、岸田首相はバイデン大統領を空港で見送りました。", "ja", dt.date(2023, 5, 21)),
        # a meeting held without a joint press conference was held
        (
            "President Biden and President Xi met for three hours but did not hold a joint press conference.",
            "en",
            dt.date(2023, 11, 15),
        ),
    ],
)
def test_words_of_refusal_only_where_they_refuse_the_engagement(text, language, day):
    assert extract_text(text, language, day).outcome == "readout"


@pytest.mark.parametrize(
    "text",
    [
        "Putin and Xi to meet in the Kremlin next week",
        "President Putin and President Xi will meet in the Kremlin on Tuesday.",
    ],
)
def test_a_meeting_to_come_in_a_place_stays_one_to_come(text):
    assert extract_text(text, "en", dt.date(2023, 3, 15)).outcome == "not_readout"
