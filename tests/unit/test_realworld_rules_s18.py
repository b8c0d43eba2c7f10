"""Session 18: rules driven by real news probes (closed licences, kept out of the repository) and by
fresh real pages scored at first sight -- each case here is the project's own sentence of the shape
that failed."""

from __future__ import annotations

import datetime as dt

import pytest

from readouts.extract import extract
from readouts.models import InboxFile
from readouts.parse import parse_file, sha256_hex
from readouts.reference import load_reference
from tests.helpers import extract_text, participants_by_actor

DAY = dt.date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "language", "readout"),
    [
        # the lead's only engagement is one to come: "ahead of his upcoming meeting with"
        (
            "WASHINGTON - President Joe Biden told reporters on Tuesday that he would press on trade ahead of his "
            "upcoming meeting with Chinese President Xi Jinping in San Francisco.",
            "en",
            False,
        ),
        # a call being planned: "plans a telephone conversation with"
        (
            "BERLIN - Chancellor Olaf Scholz plans a telephone conversation with U.S. President Joe Biden this week "
            "about aid to Ukraine, his spokesman said on Tuesday.",
            "en",
            False,
        ),
        # no call held: "has not had a phone conversation with"
        (
            "PARIS - President Emmanuel Macron has not had a phone conversation with President Vladimir Putin since "
            "the autumn, the Elysee said on Tuesday.",
            "en",
            False,
        ),
        # a reported meeting that also looks ahead to another stays a readout
        (
            "WASHINGTON - President Joe Biden met Chinese President Xi Jinping on Tuesday ahead of the upcoming "
            "meeting of their trade envoys.",
            "en",
            True,
        ),
        # messages of congratulation, not an engagement
        (
            "Le président Bassirou Diomaye Faye a reçu mardi des messages de félicitation du président Emmanuel "
            "Macron et du président Joe Biden.",
            "fr",
            False,
        ),
        # calls said to be several, none reported: "plusieurs fois au téléphone"
        (
            "Emmanuel Macron et Volodymyr Zelensky se sont parlé plusieurs fois au téléphone ces dernières "
            "semaines, a indiqué l'Élysée mardi.",
            "fr",
            False,
        ),
    ],
)
def test_engagements_to_come_not_held_or_several(text, language, readout):
    got = extract_text(text, language, DAY)
    assert (got.outcome == "readout") is readout, got.reason


def test_called_up_is_a_call_placed_by_the_caller():
    got = extract_text(
        "NEW DELHI - Prime Minister Narendra Modi on Tuesday called up Russian President Vladimir Putin and "
        "discussed the situation in Ukraine.",
        "en",
        DAY,
    )
    assert got.outcome == "readout"
    assert got.engagement_type == "phone_call"
    assert set(participants_by_actor(got)) == {"IND", "RUS"}
    assert got.initiator_code == "IND"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "TOKYO - Foreign Minister Yoko Kamikawa met Indian Prime Minister Narendra Modi in New Delhi on Tuesday "
            "and conveyed the greetings of Prime Minister Fumio Kishida to him.",
            "en",
        ),
        (
            "Foreign Minister Yoko Kamikawa met Prime Minister Narendra Modi on Tuesday and conveyed to him the "
            "greetings of Prime Minister Fumio Kishida.",
            "en",
        ),
    ],
)
def test_greetings_a_minister_conveys_make_no_leader_a_side(text, language):
    got = extract_text(text, language, DAY)
    assert got.outcome == "not_readout", got.participants


@pytest.mark.parametrize(
    ("text", "language", "readout"),
    [
        # a page opening on an interview the leader gave: the call an answer speaks of is recalled
        (
            "總統府新聞\n總統接受日本電視台專訪\n\n總統今日上午接受日本電視台專訪，回應媒體提問。\n\n"
            "問：您如何形容和美國總統的關係？\n\n總統：我很感謝川普總統願意跟我有一次電話溝通的機會。",
            "zh",
            False,
        ),
        (
            "President interviewed by Japanese broadcaster\n\nPresident Lai Ching-te was interviewed on Tuesday by "
            "a Japanese broadcaster.\n\nQ: How would you describe your relations with the United States?\n\n"
            "A: I spoke by phone with President Donald Trump and we had a good conversation.",
            "en",
            False,
        ),
        # an interview named after the reported call changes nothing
        (
            "President Lai Ching-te spoke by phone with President Donald Trump on Tuesday, the Presidential Office "
            "said. Lai later gave an interview to a Japanese broadcaster.",
            "en",
            True,
        ),
    ],
)
def test_a_page_opening_on_an_interview_reports_no_engagement(text, language, readout):
    got = extract_text(text, language, dt.date(2025, 5, 20))
    assert (got.outcome == "readout") is readout, got.reason


def test_the_dutch_prime_minister_of_2026_is_rob_jetten():
    got = extract_text(
        "Президент України Володимир Зеленський провів першу телефонну розмову з новим Прем’єр-міністром "
        "Нідерландів Робом Єттеном.",
        "uk",
        dt.date(2026, 2, 24),
    )
    assert participants_by_actor(got) == {"UKR": "Volodymyr Zelensky", "NLD": "Rob Jetten"}


@pytest.mark.parametrize(
    ("text", "language", "readout"),
    [
        # Persian present of a trip, and "will have" separate meetings: to come
        (
            "حسن روحانی رئیس جمهور به دعوت رسمی ولادیمیر پوتین رئیس جمهوری روسیه اواخر هفته جاری به این کشور "
            "سفر می کند.",
            "fa",
            False,
        ),
        (
            "رئیس جمهور در حاشیه اجلاس دیدارهای جداگانه ای با ولادیمیر پوتین و الهام علی‌اف خواهد داشت.",
            "fa",
            False,
        ),
        # talks only weighed, and calls said to be several
        ("Макрон заявил, что рассматривает возможность переговоров с Путиным.", "ru", False),
        ("Макрон несколько раз говорил по телефону с Путиным за последний месяц.", "ru", False),
        ("Макрон не исключает телефонного разговора с Путиным.", "ru", False),
        ("Зеленський не виключає зустрічі з Путіним.", "uk", False),
    ],
)
def test_weighed_talks_trips_to_come_and_several_calls_report_none(text, language, readout):
    got = extract_text(text, language, DAY)
    assert (got.outcome == "readout") is readout, got.reason


@pytest.mark.parametrize(
    ("text", "language", "day", "initiator"),
    [
        # the cleft "it was X who asked for the call"
        (
            "Gustavo Petro y Donald Trump conversaron por teléfono. Trump precisó que fue Petro quien solicitó la "
            "comunicación.",
            "es",
            dt.date(2026, 1, 8),
            "COL",
        ),
        # the caller quoted by the called side
        (
            "Claudia Sheinbaum y Donald Trump sostuvieron una llamada telefónica. “Trump nos llamó”, expresó "
            "Sheinbaum.",
            "es",
            dt.date(2026, 1, 29),
            "USA",
        ),
        # Korean "at the proposal of"
        (
            "문재인 대통령은 김정은 북한 국무위원장의 제안에 따라 남북정상회담이 열렸다고 설명했습니다.",
            "ko",
            dt.date(2018, 5, 27),
            "PRK",
        ),
    ],
)
def test_initiator_phrasings_of_session_18(text, language, day, initiator):
    got = extract_text(text, language, day)
    assert got.outcome == "readout", got.reason
    assert got.initiator_code == initiator


def test_a_leader_named_past_a_topic_marker_after_a_paired_subject_is_a_mention():
    got = extract_text(
        "Gustavo Petro y Donald Trump conversaron por teléfono tras la captura del mandatario venezolano, Nicolás "
        "Maduro.",
        "es",
        dt.date(2026, 1, 8),
    )
    assert set(participants_by_actor(got)) == {"COL", "USA"}


def test_the_bilateral_is_a_meeting():
    got = extract_text(
        'Milei habló con Macron del "episodio desafortunado"\n\nLa polémica fue parte de la bilateral en París.',
        "es",
        dt.date(2024, 7, 26),
    )
    assert got.outcome == "readout" and got.engagement_type == "meeting"


@pytest.mark.parametrize(
    ("headline", "body", "language", "day", "readout"),
    [
        # a headline's bare day well after publication and nearer than last month's: this month's, to come
        ("日米首脳、27日に会談", "トランプ米大統領の来日日程が固まった。", "ja", dt.date(2019, 5, 16), False),
        ("한미 정상, 27일 정상회담", "트럼프 대통령의 방한 일정이 확정됐다.", "ko", dt.date(2019, 5, 16), False),
        # a headline's bare day before publication reports one held
        ("日米首脳、14日に会談", "トランプ米大統領の来日日程について。", "ja", dt.date(2019, 5, 16), True),
        # the body's bare day is left to the dates (a feed's publication day may disagree with the page's)
        ("日米首脳会談", "安倍首相は27日、トランプ大統領と会談した。", "ja", dt.date(2019, 5, 16), True),
    ],
)
def test_a_headlines_bare_day_nearer_ahead_than_last_month_is_to_come(headline, body, language, day, readout):
    got = extract_text(body, language, day, title=headline)
    assert (got.outcome == "readout") is readout, got.reason


def test_a_persian_plural_title_over_two_states_names_both_presidents():
    got = extract_text("شب گذشته روسای جمهور ایران و فرانسه به صورت تلفنی گفتگو کردند.", "fa", dt.date(2019, 7, 7))
    assert got.outcome == "readout", got.reason
    assert set(participants_by_actor(got)) == {"IRN", "FRA"}


@pytest.mark.parametrize(
    ("text", "language", "initiator"),
    [
        ("3月5日，国家主席习近平应邀同美国总统拜登举行视频会晤。", "zh", "USA"),
        ("總統5日接獲美國總統拜登來電，雙方通話約20分鐘。", "zh", "USA"),
        ("President Biden received a call today from Prime Minister Netanyahu of Israel.", "en", "ISR"),
        (
            "윤석열 대통령은 5일 일본 측의 요청으로 이뤄진 기시다 후미오 일본 총리와의 통화에서 양국 관계를 논의했다.",
            "ko",
            "JPN",
        ),
        (
            "Президент України Володимир Зеленський відповів на телефонний дзвінок Президента Франції Емманюеля "
            "Макрона.",
            "uk",
            "FRA",
        ),
        ("Президенту України Володимиру Зеленському зателефонував Президент Франції Емманюель Макрон.", "uk", "FRA"),
    ],
)
def test_official_initiator_formulas_of_session_18(text, language, initiator):
    got = extract_text(text, language, dt.date(2023, 3, 5))
    assert got.outcome == "readout", got.reason
    assert got.initiator_code == initiator


@pytest.mark.parametrize(
    ("text", "language", "day", "readout", "actors", "initiator"),
    [
        # Arabic: a time word between the call and its caller
        (
            "تلقى ولي العهد الأمير محمد بن سلمان اتصالاً هاتفياً اليوم من الرئيس الفرنسي إيمانويل ماكرون.",
            "ar",
            dt.date(2023, 3, 5),
            True,
            {"SAU", "FRA"},
            "FRA",
        ),
        # Turkish: "in response to the invitation of"
        (
            "Gürcistan Cumhurbaşkanı Mikheil Kavelaşvili, Cumhurbaşkanı Recep Tayyip Erdoğan'ın davetine icabetle "
            "Ankara'da Erdoğan ile görüştü.",
            "tr",
            dt.date(2025, 3, 5),
            True,
            {"GEO", "TUR"},
            "TUR",
        ),
        # Indonesian: a restricted meeting, a first deputy prime minister, "a number of leaders"
        (
            "Presiden Joko Widodo menggelar pertemuan terbatas dengan Perdana Menteri Malaysia Najib Razak di Kuching.",
            "id",
            dt.date(2017, 11, 22),
            True,
            {"IDN", "MYS"},
            None,
        ),
        (
            "Presiden Prabowo Subianto menerima kunjungan Wakil Pertama Perdana Menteri Rusia Denis Manturov di "
            "Istana Merdeka.",
            "id",
            dt.date(2025, 3, 5),
            False,
            set(),
            None,
        ),
        (
            "Presiden Joko Widodo menerima kunjungan kehormatan sejumlah pemimpin negara sahabat di Istana Merdeka, "
            "antara lain Perdana Menteri Australia Scott Morrison dan Perdana Menteri Kamboja Hun Sen.",
            "id",
            dt.date(2019, 10, 21),
            False,
            set(),
            None,
        ),
        # Ukrainian: a presidential candidate is no leader; a call "to take place within hours"; a call after
        # another leader's is no third side
        (
            "Президент Франції Еммануель Макрон і кандидат у президенти України Володимир Зеленський провели "
            "телефонну розмову.",
            "uk",
            dt.date(2019, 4, 12),
            False,
            set(),
            None,
        ),
        (
            "Телефонна розмова Макрона з Зеленським має відбутися найближчими годинами.",
            "uk",
            dt.date(2023, 3, 5),
            False,
            set(),
            None,
        ),
        (
            "Макрон зателефонував Зеленському після розмови з Путіним.",
            "uk",
            dt.date(2022, 3, 5),
            True,
            {"FRA", "UKR"},
            "FRA",
        ),
        # Chinese: a call reported, then a plan joined to it ("并将"); "电话连线"; "应X之请"; "「应约」"
        (
            "習近平與歐巴馬通電話\n\n大陸國家主席習近平今天與美國總統歐巴馬通電話,並將在9月訪美進行國是訪問。",
            "zh",
            dt.date(2015, 2, 11),
            True,
            {"CHN", "USA"},
            None,
        ),
        (
            "川普與普廷通話\n\n美國總統川普今天表示，他與俄羅斯總統普廷進行電話連線。",
            "zh",
            dt.date(2025, 10, 17),
            True,
            {"USA", "RUS"},
            None,
        ),
        (
            "高市早苗與川普通話\n\n日本首相高市早苗今天與美國總統川普通話，是應川普總統之請，舉行電話會談。",
            "zh",
            dt.date(2025, 11, 25),
            True,
            {"JPN", "USA"},
            "USA",
        ),
        (
            "習近平與普廷通話\n\n中國國家主席習近平今天「應約」與俄羅斯總統普廷通話。",
            "zh",
            dt.date(2025, 8, 8),
            True,
            {"CHN", "RUS"},
            "RUS",
        ),
    ],
)
def test_probe_shapes_of_session_18(text, language, day, readout, actors, initiator):
    got = extract_text(text, language, day)
    assert (got.outcome == "readout") is readout, got.reason
    if readout:
        assert set(participants_by_actor(got)) == actors
        assert got.initiator_code == initiator


@pytest.mark.parametrize(
    ("text", "readout"),
    [
        # a count of calls with foreign leaders is a roundup
        (
            "习近平的24次首脑电话\n\n3月27日，国家主席习近平应约同美国总统特朗普通电话。自2月以来，习近平已经24次同外国领导人"
            "通电话。",
            False,
        ),
        # an interview given by video is no video call
        (
            "賴清德談兩岸\n\n總統賴清德日前以視訊方式，接受紐約時報專訪，談及習近平。",
            False,
        ),
        # talks in a sentence of the title of their own, then the visitor's arrival: the talks were held
        (
            "梅德韦杰夫今天起开始对我国进行正式访问。国务院总理李克强在人民大会堂与俄罗斯总理梅德韦杰夫举行会谈。\n\n"
            "俄罗斯总理梅德韦杰夫今天凌晨乘专机抵达北京，开始对我国进行正式访问。\n\n下午习近平主席也将会见梅德韦杰夫总理。",
            True,
        ),
    ],
)
def test_chinese_pages_of_session_18(text, readout):
    got = extract_text(text, "zh", dt.date(2013, 10, 22) if "梅德韦杰夫" in text else dt.date(2020, 4, 10))
    assert (got.outcome == "readout") is readout, got.reason


def test_an_archive_photo_caption_is_page_furniture():
    """Parsed as a page: the caption line ("资料图片：...举行会谈") is dropped, and the telegram reports none."""
    raw = (
        "胡锦涛致电祝贺奥巴马当选连任美国总统\n\n资料图片：2011年1月19日，国家主席胡锦涛在华盛顿同美国总统奥巴马举行会谈。\n\n"
        "国家主席胡锦涛7日向美国当选连任总统奥巴马致贺电。\n"
    ).encode()
    ref = load_reference()
    (document,) = parse_file(InboxFile(1, "t.txt", "t.txt", sha256_hex(raw), len(raw)), raw, ref)
    document.published_date = dt.date(2012, 11, 7)
    assert "资料图片" not in document.text
    assert extract(document, ref).outcome == "not_readout"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # planned after the cue
        (
            "President Zelenskyy to visit Ottawa",
            "President Zelenskyy arrives in Ottawa on Thursday. A meeting with Prime Minister Justin Trudeau is "
            "planned.",
        ),
        # met many times: no one engagement
        (
            "Statement by Prime Minister Trudeau on the anniversary of the invasion",
            "Since then I have met President Zelenskyy many times, and I spoke with him again last week.",
        ),
    ],
)
def test_english_plans_after_the_cue_and_engagements_many_times_report_none(title, text):
    got = extract_text(text, "en", dt.date(2023, 3, 5), title=title)
    assert got.outcome == "not_readout", got.participants


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Pedro Sánchez ha hablado varias veces por teléfono con Volodímir Zelenski en las últimas semanas.", "es"),
        ("岸田総理はゼレンスキー大統領と何度も電話会談を行ってきた。", "ja"),
        ("윤석열 대통령은 기시다 총리와 여러 차례 통화했다.", "ko"),
        ("Scholz hat mit Macron in den vergangenen Wochen mehrfach telefoniert.", "de"),
        ("Lula conversou várias vezes por telefone com Macron nas últimas semanas.", "pt"),
    ],
)
def test_calls_said_to_be_many_report_no_one_engagement(text, language):
    got = extract_text(text, language, dt.date(2023, 3, 5))
    assert got.outcome == "not_readout", got.participants


@pytest.mark.parametrize(
    ("text", "day", "actors", "kind", "initiator"),
    [
        (
            "Obama initiated a telephone conversation with Erdogan on Saturday night.",
            dt.date(2016, 3, 6),
            {"USA", "TUR"},
            "phone_call",
            "USA",
        ),
        (
            "The two leaders talked on the phone on Monday after Trump dialed Prime Minister Modi.",
            dt.date(2020, 6, 2),
            {"USA", "IND"},
            "phone_call",
            "USA",
        ),
        (
            "Prime Minister Modi and President Trump discussed the border standoff during a telephonic talk on "
            "Tuesday.",
            dt.date(2020, 6, 3),
            {"USA", "IND"},
            "phone_call",
            None,
        ),
        (
            "Prime Minister Modi also received a congratulatory call from British Prime Minister Rishi Sunak.",
            dt.date(2024, 6, 5),
            {"IND", "GBR"},
            "phone_call",
            "GBR",
        ),
    ],
)
def test_english_call_verbs_of_session_18(text, day, actors, kind, initiator):
    got = extract_text(text, "en", day)
    assert got.outcome == "readout", got.reason
    assert set(participants_by_actor(got)) == actors
    assert (got.engagement_type, got.initiator_code) == (kind, initiator)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Prime Minister Nguyen Xuan Phuc will be on an official visit to Singapore from Wednesday at the "
            "invitation of Prime Minister Lee Hsien Loong.",
            dt.date(2018, 4, 23),
        ),
        ("President Trump claimed to have received a call from President Xi Jinping.", dt.date(2025, 4, 25)),
        (
            "Prime Minister Keir Starmer has landed in Tokyo ahead of a meeting with his Japanese counterpart.",
            dt.date(2026, 1, 31),
        ),
        ("Erdogan called Putin his great friend, the speaker of the Federation Council said.", dt.date(2025, 3, 20)),
        (
            "Prime Minister Narendra Modi received calls from both President Joe Biden and President Vladimir Putin, "
            "who congratulated him.",
            dt.date(2024, 6, 5),
        ),
        ("First lady Jill Biden met Olena Zelenska, President Zelensky's wife, in Kyiv.", dt.date(2022, 5, 8)),
    ],
)
def test_english_plans_claims_namings_and_roundups_report_none(text, day):
    got = extract_text(text, "en", day)
    assert got.outcome == "not_readout", got.participants


def test_a_sentence_of_its_own_dates_the_call():
    got = extract_text(
        "Erdogan and Pezeshkian held a telephone conversation. The call occurred on 21 January 2026.",
        "en",
        dt.date(2026, 1, 22),
    )
    assert got.engagement_date == dt.date(2026, 1, 21)


def test_a_leader_named_for_a_meeting_ahead_is_a_mention():
    got = extract_text(
        "President Zelenskyy held a phone call with British Prime Minister Keir Starmer ahead of his planned meeting "
        "with U.S. President Donald Trump.",
        "en",
        dt.date(2025, 12, 27),
    )
    assert set(participants_by_actor(got)) == {"UKR", "GBR"}


def test_a_joint_statement_after_a_meeting_said_by_its_length_reports_the_meeting():
    got = extract_text(
        "In a joint statement after their one and a half hour meeting Wednesday afternoon, President Barack Obama "
        "and Prime Minister Nawaz Sharif said they were committed to the partnership.",
        "en",
        dt.date(2013, 10, 24),
    )
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == "meeting"


@pytest.mark.parametrize(
    ("text", "language", "day", "readout", "initiator"),
    [
        ("安倍総理と朴大統領の間では、いまだ首脳会談は開かれていません。", "ja", dt.date(2014, 3, 5), False, None),
        ("이재명 대통령과 트럼프 대통령의 첫 정상회담이 결국 무산됐다.", "ko", dt.date(2025, 6, 17), False, None),
        (
            "이재명 대통령과 트럼프 대통령의 첫 통화는 오늘 밤에는 어려울 것 같다고 대통령실이 밝혔다.",
            "ko",
            dt.date(2025, 6, 5),
            False,
            None,
        ),
        (
            "윤석열 대통령과 기시다 총리는 6일 서울에서 정상회담을 가졌습니다. 이번 회담은 기시다 총리가 적극 희망해 "
            "성사됐습니다.",
            "ko",
            dt.date(2024, 9, 6),
            True,
            "JPN",
        ),
    ],
)
def test_ja_ko_probe_shapes_of_session_18(text, language, day, readout, initiator):
    got = extract_text(text, language, day)
    assert (got.outcome == "readout") is readout, got.reason
    if readout:
        assert got.initiator_code == initiator


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("岸田首相が前日、バイデン大統領と電話会談した。", dt.date(2023, 3, 4)),
        ("岸田首相はきのう、バイデン大統領と電話会談を行いました。", dt.date(2023, 3, 4)),
        # the eve of another event is no day before publication
        ("会談の前日、岸田首相はバイデン大統領と電話会談を行いました。", dt.date(2023, 3, 5)),
    ],
)
def test_japanese_day_before_words(text, day):
    assert extract_text(text, "ja", dt.date(2023, 3, 5)).engagement_date == day


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        # a count of days is no date: no roundup of three days
        (
            "문재인 대통령과 도널드 트럼프 미국 대통령이 어제(11일) 통화했다.\n"
            "한미 정상 간의 전화통화는 지난달 20일 방미 전 날 통화 이후 22일 만에 이뤄진 통화다.",
            "ko",
            dt.date(2018, 6, 11),
        ),
        (
            "安倍首相は11日、トランプ大統領と電話会談を行った。\n両首脳の電話会談は先月20日の電話会談以来22日ぶり。",
            "ja",
            dt.date(2018, 6, 11),
        ),
    ],
)
def test_a_count_of_days_is_no_date(text, language, day):
    got = extract_text(text, language, dt.date(2018, 6, 12))
    assert got.outcome == "readout", got.reason
    assert got.engagement_date == day


@pytest.mark.parametrize(
    ("text", "readout"),
    [
        (
            "President Biden spoke today with Chancellor Scholz of Germany, and a further meeting is planned for June.",
            True,
        ),
        ("President Biden will travel to Berlin and will meet Chancellor Scholz on Friday.", False),
    ],
)
def test_a_plan_joined_after_a_reported_call(text, readout):
    got = extract_text(text, "en", dt.date(2023, 3, 5), title="Readout of President Biden's call")
    assert (got.outcome == "readout") is readout, got.reason


@pytest.mark.parametrize(
    ("text", "language", "day", "readout"),
    [
        # a cue one space after a non-leader title names the officials' engagement
        (
            "한·독 외교장관 전화 통화\n양국 외교장관은 외국 정상 가운데 처음으로 당선 축하전화를 한 앙겔라 메르켈 독일 "
            "총리와 박근혜 대통령 사이의 신뢰관계를 상기하면서 양국의 우정을 평가하였다.",
            "ko",
            dt.date(2013, 3, 5),
            False,
        ),
        # an Arabic page whose only call is recalled ("وكان ...")
        (
            "وكان الرئيس السوري بشار الأسد أجرى اتصالا هاتفياً مع الرئيس الإيراني مسعود بزشكيان قبل أيام.",
            "ar",
            dt.date(2024, 12, 8),
            False,
        ),
        # an opposition chief named without a date is no leader
        ("British opposition chief Keir Starmer held talks with French President Emmanuel Macron.", "en", None, False),
        # a readout's lead on a summit that "will take place" stays a readout
        (
            "President Biden spoke today with Prime Minister Kishida of Japan to discuss the NATO Summit that will "
            "take place in Vilnius next week.",
            "en",
            dt.date(2023, 7, 5),
            True,
        ),
    ],
)
def test_single_shapes_of_session_18(text, language, day, readout):
    got = extract_text(text, language, day)
    assert (got.outcome == "readout") is readout, (got.reason, got.participants)
