"""Engagement types on real pages (session 9): cue families each tried on short self-written
sentences in several languages."""

from __future__ import annotations

import datetime as dt

import pytest

from readouts.reference import arabic_script_spellings, normalise
from tests.helpers import extract_text

DAY = dt.date(2021, 3, 10)


def test_a_persian_phrase_is_also_found_in_the_arabic_forms_of_its_letters():
    # the Persian and the Arabic yeh and kaf read as one, in text and phrases alike
    assert normalise("رئیس جمهور") == normalise("رئيس جمهور")  # Arabic yeh
    assert normalise("دیدار کرد") == normalise("ديدار كرد") == normalise("ديدار کرد")  # one form or both
    assert normalise("روسيا") == normalise("روسیا")  # and an Arabic phrase in the Persian yeh
    assert len(normalise("دیدار کرد")) == len("دیدار کرد")  # one letter for one: offsets stay
    assert "گفتوگو" in arabic_script_spellings("گفت\u200cوگو")  # the zero-width non-joiner dropped
    assert arabic_script_spellings("Moscow") == set()


@pytest.mark.parametrize(
    ("language", "text", "engagement_type"),
    [
        # the letters in their Arabic forms, and the light verb written onto its noun
        ("fa", "حسن روحاني رئيس جمهور با امانوئل ماکرون رئيس جمهور فرانسه ديدار کرد.", "meeting"),
        ("fa", "حسن روحانی رئیس جمهور با امانوئل ماکرون رئیس جمهور فرانسه دیدارکرد.", "meeting"),
        ("fa", "حسن روحانی رئیس جمهور و امانوئل ماکرون رئیس جمهور فرانسه در پاریس دیدار داشتند.", "meeting"),
        # rang, and the Dari spelling of the telephone
        ("fa", "حسن روحانی رئیس جمهور به امانوئل ماکرون رئیس جمهور فرانسه زنگ زد.", "phone_call"),
        ("fa", "امانوئل ماکرون رئیس جمهور فرانسه به حسن روحانی رئیس جمهور تلفون کرد.", "phone_call"),
        # by video, online
        ("fa", "حسن روحانی رئیس جمهور با امانوئل ماکرون رئیس جمهور فرانسه به صورت ویدئویی گفتگو کرد.", "video_call"),
        ("ja", "菅総理大臣は、マクロン・フランス大統領とオンラインで首脳会談を行いました。", "video_call"),
        ("tr", "Cumhurbaşkanı Erdoğan, Fransa Cumhurbaşkanı Macron ile video bağlantısıyla görüştü.", "video_call"),
        ("id", "Presiden Joko Widodo bertemu secara online dengan Presiden Prancis Emmanuel Macron.", "video_call"),
        # met: a verb form without its clitic, a time word before its object, one word for two
        ("pt", "O Presidente Jair Bolsonaro reuniu hoje com o Presidente francês Emmanuel Macron.", "meeting"),
        ("pt", "O Presidente Jair Bolsonaro reuniu em Paris com o Presidente francês Emmanuel Macron.", "meeting"),
        ("pt", "Bolsonaro e Macron reuniram-se em Paris.", "meeting"),
        ("tr", "Cumhurbaşkanı Erdoğan, Fransa Cumhurbaşkanı Emmanuel Macron ile zirvede biraraya geldi.", "meeting"),
        ("tr", "Cumhurbaşkanı Erdoğan ile Fransa Cumhurbaşkanı Macron, Paris'te bir araya gelerek görüştü.", "meeting"),
        # received a call, by telephone
        ("id", "Presiden Joko Widodo menerima telepon dari Presiden Prancis Emmanuel Macron.", "phone_call"),
        ("id", "Presiden Joko Widodo berbicara lewat telepon dengan Presiden Prancis Emmanuel Macron.", "phone_call"),
    ],
)
def test_the_engagement_type_cue_families(language: str, text: str, engagement_type: str):
    got = extract_text(text, language, DAY)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == engagement_type


def test_a_persian_talk_in_the_future_or_that_may_happen_is_no_readout():
    text = (
        "حسن روحانی رئیس جمهور و امانوئل ماکرون رئیس جمهور فرانسه درباره برجام تبادل نظر خواهند کرد. "
        "دیدار آنها ممکن است در پاریس صورت بگیرد."
    )
    got = extract_text(text, "fa", DAY)
    assert got.outcome == "not_readout"
    assert got.reason == "announces an engagement to come, not one that took place"


@pytest.mark.parametrize(
    ("language", "text", "engagement_type"),
    [
        # a video cue sharing a word with a longer meeting phrase is not hidden by it
        (
            "es",
            "El presidente Pedro Sánchez mantuvo una reunión virtual con el presidente francés Emmanuel Macron.",
            "video_call",
        ),
        ("es", "Pedro Sánchez y Emmanuel Macron mantuvieron una reunión telemática.", "video_call"),
        (
            "tr",
            "Cumhurbaşkanı Erdoğan, Fransa Cumhurbaşkanı Macron ile görüntülü telefon görüşmesi yaptı.",
            "video_call",
        ),
        # talked, the medium unsaid: the other cues decide, else a call
        ("ru", "Владимир Путин побеседовал с Эммануэлем Макроном.", "phone_call"),
        ("ru", "Владимир Путин по видеосвязи побеседовал с Президентом Франции Эммануэлем Макроном.", "video_call"),
        # online, virtual, by a video link
        ("ko", "문재인 대통령은 마크롱 프랑스 대통령과 온라인으로 정상회담을 했다.", "video_call"),
        ("ar", "عقد الرئيس عبد الفتاح السيسي اجتماعا افتراضيا مع الرئيس الفرنسي إيمانويل ماكرون.", "video_call"),
        ("ar", "أجرى الرئيس عبد الفتاح السيسي محادثة مرئية مع الرئيس الفرنسي إيمانويل ماكرون.", "video_call"),
        # received a call
        ("ar", "تلقى الرئيس عبد الفتاح السيسي اتصالا من الرئيس الفرنسي إيمانويل ماكرون.", "phone_call"),
        # an informal talk, a courtesy call, a meal together
        ("ja", "菅総理大臣は、マクロン・フランス大統領と首脳懇談を行いました。", "meeting"),
        ("ja", "マクロン・フランス大統領は、菅総理大臣を表敬しました。", "meeting"),
    ],
)
def test_more_engagement_type_cue_families(language: str, text: str, engagement_type: str):
    got = extract_text(text, language, DAY)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == engagement_type


@pytest.mark.parametrize(
    ("language", "text", "engagement_type"),
    [
        # a call without its adjective, a meeting noun, a video link
        ("ar", "تلقى الرئيس عبد الفتاح السيسي مكالمة من الرئيس الفرنسي إيمانويل ماكرون.", "phone_call"),
        ("ar", "عقد الرئيس عبد الفتاح السيسي اجتماعا مع الرئيس الفرنسي إيمانويل ماكرون.", "meeting"),
        (
            "ar",
            "عقد الرئيس عبد الفتاح السيسي اجتماعا عبر تقنية الفيديو مع الرئيس الفرنسي إيمانويل ماكرون.",
            "video_call",
        ),
        ("ar", "شارك الرئيس عبد الفتاح السيسي في قمة عبر الإنترنت مع الرئيس الفرنسي إيمانويل ماكرون.", "video_call"),
        # received in audience
        ("fa", "حسن روحانی رئیس جمهور امانوئل ماکرون رئیس جمهور فرانسه را به حضور پذیرفت.", "meeting"),
        # talked, the medium unsaid: a call unless another cue says how
        ("fa", "حسن روحانی رئیس جمهور با امانوئل ماکرون رئیس جمهور فرانسه گفتگو کرد.", "phone_call"),
        (
            "fa",
            "حسن روحانی رئیس جمهور با امانوئل ماکرون رئیس جمهور فرانسه گفتگو کرد. این دیدار در تهران انجام شد.",
            "meeting",
        ),
        ("uk", "Володимир Зеленський мав розмову з Емманюелем Макроном.", "phone_call"),
        # a meal together, an online summit
        ("zh", "习近平与法国总统马克龙共进晚餐。", "meeting"),
        ("zh", "习近平与法国总统马克龙举行线上峰会。", "video_call"),
        # received a person; a remote format
        ("ru", "Владимир Путин принял Президента Франции Эммануэля Макрона.", "meeting"),
        ("ru", "Владимир Путин и Эммануэль Макрон провели встречу в дистанционном формате.", "video_call"),
        ("ru", "Путин и Эрдоган провели переговоры в режиме телефонной связи.", "phone_call"),
        ("ru", "Владимир Путин и Эммануэль Макрон обсудили Сирию в телефонном режиме.", "phone_call"),
        # by telephone, a video meeting
        ("ko", "문재인 대통령은 마크롱 프랑스 대통령과 전화로 회담했다.", "phone_call"),
        ("ko", "문재인 대통령은 마크롱 프랑스 대통령과 비디오 회의를 했다.", "video_call"),
    ],
)
def test_engagement_type_cue_families_of_the_weaker_languages(language: str, text: str, engagement_type: str):
    got = extract_text(text, language, DAY)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == engagement_type


def test_received_is_a_meeting_only_with_a_person_after_it():
    got = extract_text("Владимир Путин принял решение о визите. Эммануэль Макрон приветствовал его.", "ru", DAY)
    assert got.outcome == "not_readout"
    assert got.engagement_type is None


@pytest.mark.parametrize(
    ("language", "text", "engagement_type"),
    [
        # a call recalled in a meeting's report
        (
            "en",
            "President Biden met with President Macron of France in Rome, following up on their video call.",
            "meeting",
        ),
        (
            "ru",
            "Владимир Путин провёл переговоры с Эммануэлем Макроном после телефонного разговора в марте.",
            "meeting",
        ),
        (
            "fr",
            "Emmanuel Macron a reçu Angela Merkel, après leur entretien téléphonique de la semaine dernière.",
            "meeting",
        ),
        ("de", "Bundeskanzlerin Merkel traf Präsident Macron in Paris, nach ihrem Telefonat.", "meeting"),
        (
            "es",
            "Pedro Sánchez se reunió con Emmanuel Macron tras la llamada telefónica de la semana pasada.",
            "meeting",
        ),
        ("zh", "习近平在北京会见法国总统马克龙，两国元首此前曾通电话。", "meeting"),
        (
            "ru",
            "В Женеве прошла встреча Владимира Путина и Джозефа Байдена. Ранее президенты дважды говорили по телефону.",
            "meeting",
        ),
        ("ru", "Путин встретился с Эммануэлем Макроном. До этого лидеры обсуждали Сирию по телефону.", "meeting"),
        ("ja", "菅総理大臣は、先月の電話会談に続き、マクロン大統領と首脳会談を行いました。", "meeting"),
        ("ko", "문재인 대통령은 지난달 전화 통화에 이어 마크롱 프랑스 대통령과 정상회담을 가졌다.", "meeting"),
        # a meeting recalled in a call's report stays a call (guards: the call is the more specific medium)
        (
            "en",
            "President Biden spoke by phone with President Macron of France after their meeting last month.",
            "phone_call",
        ),
        ("ru", "Владимир Путин провёл телефонный разговор с Эммануэлем Макроном после встречи в Париже.", "phone_call"),
    ],
)
def test_an_earlier_engagement_the_report_recalls_gives_no_type(language: str, text: str, engagement_type: str):
    got = extract_text(text, language, DAY)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == engagement_type


def test_a_cue_dated_earlier_still_types_when_it_is_the_only_medium():
    got = extract_text("President Biden spoke by phone with President Macron of France last week.", "en", DAY)
    assert got.engagement_type == "phone_call"


@pytest.mark.parametrize(
    ("language", "text", "engagement_type"),
    [
        (
            "es",
            "El presidente Pedro Sánchez conversó con el presidente francés Emmanuel Macron durante la cumbre.",
            "meeting",
        ),
        (
            "es",
            "El presidente Pedro Sánchez sostuvo un encuentro en línea con el presidente francés Emmanuel Macron.",
            "video_call",
        ),
        (
            "es",
            "Pedro Sánchez mantuvo una reunión a distancia con el presidente francés Emmanuel Macron.",
            "video_call",
        ),
        ("de", "Bundeskanzlerin Angela Merkel hat Präsident Macron angerufen.", "phone_call"),
        ("de", "Bundeskanzlerin Angela Merkel ist in Paris mit Präsident Macron zusammengetroffen.", "meeting"),
        ("pt", "O presidente Jair Bolsonaro esteve com o presidente francês Emmanuel Macron em Paris.", "meeting"),
        ("en", "President Biden sat down with President Macron of France in Paris.", "meeting"),
        (
            "it",
            "Mario Draghi ha incontrato il presidente Emmanuel Macron dopo la telefonata della settimana scorsa.",
            "meeting",
        ),
    ],
)
def test_meeting_call_and_remote_verbs_of_the_romance_languages_german_and_english(
    language: str, text: str, engagement_type: str
):
    got = extract_text(text, language, DAY)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == engagement_type


@pytest.mark.parametrize(
    ("language", "title", "body", "engagement_type"),
    [
        # a heading naming a talk: "Беседа" where they met; "Разговор", "Розмова": the medium unsaid
        ("ru", "Беседа с Президентом Франции Эммануэлем Макроном", "Владимир Путин принял гостя в Кремле.", "meeting"),
        (
            "ru",
            "Разговор с Президентом Франции Эммануэлем Макроном",
            "Владимир Путин и Эммануэль Макрон обсудили Сирию.",
            "phone_call",
        ),
        (
            "uk",
            "Розмова з Президентом Франції Емманюелем Макроном",
            "Володимир Зеленський і Емманюель Макрон обговорили ситуацію.",
            "phone_call",
        ),
        (
            "ru",
            "Телефонная беседа с Президентом Франции Эммануэлем Макроном",
            "Владимир Путин и Эммануэль Макрон обсудили Сирию.",
            "phone_call",
        ),
    ],
)
def test_a_heading_that_names_a_talk(language: str, title: str, body: str, engagement_type: str):
    got = extract_text(body, language, DAY, title=title)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == engagement_type


# extract10d
@pytest.mark.parametrize(
    ("language", "text", "engagement_type"),
    [
        # a headline naming talks or a meeting, its medium said by the next sentence
        (
            "tr",
            "Erdoğan ile Macron Suriye'yi görüştü\nCumhurbaşkanı Erdoğan, Fransa Cumhurbaşkanı Macron ile telefonda"
            " görüştü. Görüşmede bölgesel konular ele alındı.",
            "phone_call",
        ),
        (
            "ru",
            "Переговоры Путина и Макрона завершились\nПереговоры Владимира Путина и Эммануэля Макрона прошли"
            " в формате телемоста.",
            "video_call",
        ),
        (
            "uk",
            "Зустріч Зеленського і Макрона\nВолодимир Зеленський та Емманюель Макрон поспілкувалися у режимі"
            " відеозв'язку.",
            "video_call",
        ),
        (
            "en",
            "Talks between President Biden and President Macron\nPresident Biden and President Macron spoke by"
            " phone on Tuesday about Ukraine.",
            "phone_call",
        ),
        (
            "es",
            "Reunión entre Sánchez y Macron\nEl presidente Pedro Sánchez y el presidente Emmanuel Macron hablaron"
            " por videoconferencia sobre Ucrania.",
            "video_call",
        ),
        (
            "zh",
            "习近平同马克龙会谈\n国家主席习近平同法国总统马克龙通电话。",
            "phone_call",
        ),
    ],
)
def test_a_headline_without_a_medium_takes_the_next_sentences(language: str, text: str, engagement_type: str):
    got = extract_text(text, language, DAY)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == engagement_type


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the next sentence names no medium, or says where: a meeting
        (
            "tr",
            "Erdoğan ile Macron Suriye'yi görüştü\nCumhurbaşkanı Erdoğan, Fransa Cumhurbaşkanı Macron ile"
            " Ankara'da görüştü.",
        ),
        (
            "ru",
            "Переговоры Путина и Макрона\nВладимир Путин и Эммануэль Макрон провели переговоры в Кремле."
            " Стороны обсудили Сирию.",
        ),
        # a call recalled as earlier, or planned, is not this engagement's medium
        (
            "en",
            "Talks between President Biden and President Macron\nPresident Biden hosted President Macron at the"
            " White House after their phone call last week.",
        ),
        (
            "tr",
            "Erdoğan ile Macron Suriye'yi görüştü\nİki lider geçen haftaki telefon görüşmesinin ardından"
            " Ankara'da bir araya geldi.",
        ),
        # a medium named deep in the page, past its opening, says nothing of the lead's engagement
        (
            "en",
            "Meeting between President Biden and President Macron\nThe two presidents discussed trade.\n"
            "They discussed Ukraine.\nThey discussed Iran.\nTheir aides praised the telephone conversations.",
        ),
    ],
)
def test_a_headline_without_a_medium_stays_a_meeting(language: str, text: str):
    got = extract_text(text, language, DAY)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == "meeting"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a summit held by video: longer than the summit (meeting) word it holds
        ("ko", "조 바이든 미국 대통령과 시진핑 중국 국가주석이 첫 화상 정상회담을 개최했다."),
        ("ko", "문재인 대통령은 스가 요시히데 일본 총리와 화상정상회담을 가졌다."),
        ("ru", "Владимир Путин и Си Цзиньпин провели видеосаммит."),
        ("id", "Presiden Joko Widodo dan Presiden Emmanuel Macron mengikuti KTT virtual bilateral."),
    ],
)
def test_a_summit_held_by_video(language: str, text: str):
    got = extract_text(text, language, DAY)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == "video_call"


@pytest.mark.parametrize(
    "text",
    [
        # Hong Kong's word for video (視像), in traditional and simplified characters
        "國家主席習近平今日上午同美國總統拜登舉行視像會晤。",
        "国家主席习近平同法国总统马克龙以视像方式举行会谈。",
        "習近平主席與法國總統馬克龍進行視像通話。",
    ],
)
def test_hong_kong_video_word(text: str):
    got = extract_text(text, "zh", DAY)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == "video_call"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the next sentence recalls earlier calls ("此前", "previously", "предыдущие", "先月"): a meeting
        ("zh", "习近平同拜登在巴厘岛举行会晤\n此前两国元首曾多次通电话和视频会晤。"),
        (
            "en",
            "Talks between President Biden and President Xi\nPreviously the two had talked often by video call.",
        ),
        ("ru", "Переговоры Путина и Си Цзиньпина\nПредыдущие переговоры лидеры провели по видеосвязи."),
        ("ja", "菅総理はバイデン大統領と首脳会談を行いました\n両首脳は先月、電話会談を行っていた。"),
    ],
)
def test_a_headline_without_a_medium_and_earlier_calls(language: str, text: str):
    got = extract_text(text, language, DAY)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == "meeting"
