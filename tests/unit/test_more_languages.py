"""Languages added as data only (issue #3): Portuguese, Italian, Turkish, Ukrainian, Arabic,
Japanese, Korean, Persian.

Each language gets short readouts written for the test: a phone call with a stated
initiator and a relative date, a meeting named by title and country, and an
announcement of an engagement to come, which is not a readout. The language is the
detector's, as in the pipeline.
"""

from __future__ import annotations

import datetime as dt

import pytest

from readouts.models import Extraction
from readouts.parse import detect_language
from tests.helpers import extract_text, participants_by_actor


def _read(text: str, published: dt.date, title: str | None = None) -> Extraction:
    """Extract with the detector's language, as the pipeline does."""
    return extract_text(text, detect_language(f"{title}\n{text}" if title else text), published, title)


_people = participants_by_actor


# (language, text, publication date, type, date, participants, initiator)
READOUTS = [
    (
        "pt",
        "O presidente Luiz Inácio Lula da Silva conversou por telefone nesta terça-feira com o presidente "
        "da França, Emmanuel Macron. A ligação foi feita a pedido do lado francês. Os dois líderes trataram "
        "do acordo entre o Mercosul e a União Europeia.",
        dt.date(2024, 3, 14),
        "phone_call",
        dt.date(2024, 3, 12),
        {"BRA": "Luiz Inácio Lula da Silva", "FRA": "Emmanuel Macron"},
        "FRA",
    ),
    (
        "pt",
        "O primeiro-ministro de Portugal reuniu-se em 5 de junho de 2024 em Lisboa com o presidente de Angola, "
        "João Lourenço. Os dois governantes assinaram acordos de cooperação económica.",
        dt.date(2024, 6, 6),
        "meeting",
        dt.date(2024, 6, 5),
        {"PRT": "Luís Montenegro", "AGO": "João Lourenço"},
        None,
    ),
    (
        "it",
        "La presidente del Consiglio Giorgia Meloni ha avuto ieri un colloquio telefonico con il presidente "
        "ucraino Volodymyr Zelensky. La telefonata si è svolta su iniziativa della parte ucraina. I due "
        "leader hanno parlato della conferenza per la ricostruzione.",
        dt.date(2024, 2, 20),
        "phone_call",
        dt.date(2024, 2, 19),
        {"ITA": "Giorgia Meloni", "UKR": "Volodymyr Zelensky"},
        "UKR",
    ),
    (
        "it",
        "Il presidente della Repubblica ha ricevuto al Quirinale il presidente dell'Algeria, Abdelmadjid "
        "Tebboune, in visita di Stato. Al centro dei colloqui l'energia e la cooperazione nel Mediterraneo.",
        dt.date(2023, 5, 24),
        "meeting",
        dt.date(2023, 5, 24),
        {"ITA": "Sergio Mattarella", "DZA": "Abdelmadjid Tebboune"},
        None,
    ),
    (
        "tr",
        "Cumhurbaşkanı Recep Tayyip Erdoğan, dün Rusya Devlet Başkanı Vladimir Putin ile telefonda görüştü. "
        "Görüşme Rus tarafının talebi üzerine gerçekleşti. Görüşmede Karadeniz'deki gelişmeler ele alındı.",
        dt.date(2024, 3, 15),
        "phone_call",
        dt.date(2024, 3, 14),
        {"TUR": "Recep Tayyip Erdoğan", "RUS": "Vladimir Putin"},
        "RUS",
    ),
    (
        "tr",
        "Cumhurbaşkanı Erdoğan, 12 Haziran 2024 tarihinde Külliye'de Kazakistan Cumhurbaşkanı'nı resmi törenle "
        "karşıladı. İki lider, heyetlerarası görüşmenin ardından ortak basın toplantısı düzenledi.",
        dt.date(2024, 6, 13),
        "meeting",
        dt.date(2024, 6, 12),
        {"TUR": "Recep Tayyip Erdoğan", "KAZ": "Kassym-Jomart Tokayev"},
        None,
    ),
    (
        "uk",
        "Президент України Володимир Зеленський учора провів телефонну розмову з Президентом Франції "
        "Еммануелем Макроном. Розмова відбулася з ініціативи французької сторони. Лідери обговорили "
        "підготовку до саміту НАТО.",
        dt.date(2024, 5, 8),
        "phone_call",
        dt.date(2024, 5, 7),
        {"UKR": "Volodymyr Zelensky", "FRA": "Emmanuel Macron"},
        "FRA",
    ),
    (
        "uk",
        "Президент України зустрівся в Києві 5 червня 2024 року з Прем'єр-міністром Польщі. Сторони "
        "обговорили безпекову співпрацю та відбудову.",
        dt.date(2024, 6, 6),
        "meeting",
        dt.date(2024, 6, 5),
        {"UKR": "Volodymyr Zelensky", "POL": "Donald Tusk"},
        None,
    ),
    (
        "ar",
        "القاهرة - تلقى الرئيس أمس اتصالاً هاتفياً من الرئيس الفرنسي إيمانويل ماكرون. وتناول الاتصال "
        "العلاقات الثنائية بين البلدين وتطورات الأوضاع في المنطقة.",
        dt.date(2024, 3, 15),
        "phone_call",
        dt.date(2024, 3, 14),
        {"EGY": "Abdel Fattah el-Sisi", "FRA": "Emmanuel Macron"},
        "FRA",
    ),
    (
        "ar",
        "القاهرة - استقبل الرئيس المصري في 10 أبريل 2024 رئيس وزراء باكستان، وعقد الجانبان جلسة مباحثات "
        "تناولت التعاون الاقتصادي والاستثمار.",
        dt.date(2024, 4, 11),
        "meeting",
        dt.date(2024, 4, 10),
        {"EGY": "Abdel Fattah el-Sisi", "PAK": "Shehbaz Sharif"},
        None,
    ),
    (
        "fa",
        "تهران - مسعود پزشکیان، رئیس جمهور ایران، روز سه‌شنبه در یک گفتگوی تلفنی با امانوئل ماکرون، "
        "رئیس جمهور فرانسه، دربارهٔ برنامه هسته‌ای و روابط دوجانبه گفتگو کرد. این تماس به درخواست طرف فرانسوی "
        "انجام شد.",
        dt.date(2024, 10, 3),
        "phone_call",
        dt.date(2024, 10, 1),
        {"IRN": "Masoud Pezeshkian", "FRA": "Emmanuel Macron"},
        "FRA",
    ),
    (
        "fa",
        "ولادیمیر پوتین، رئیس جمهور روسیه، در ۲۲ اکتبر ۲۰۲۴ در حاشیه نشست بریکس در کازان با مسعود پزشکیان، "
        "رئیس‌جمهور ایران دیدار کرد. دو رئیس جمهور دربارهٔ همکاری در حوزه انرژی و حمل و نقل رایزنی کردند.",
        dt.date(2024, 10, 23),
        "meeting",
        dt.date(2024, 10, 22),
        {"RUS": "Vladimir Putin", "IRN": "Masoud Pezeshkian"},
        None,
    ),
    (
        "ja",
        "岸田文雄首相は７日夜、ロシア側の要請で、プーチン大統領と約４０分間電話会談した。両首脳は平和条約締結に"
        "向けた交渉や、エネルギー分野の協力について意見を交わした。",
        dt.date(2021, 10, 8),
        "phone_call",
        dt.date(2021, 10, 7),
        {"JPN": "Fumio Kishida", "RUS": "Vladimir Putin"},
        "RUS",
    ),
    (
        "ja",
        "石破茂首相は昨日、首相官邸で来日中のインドネシアのプラボウォ大統領と首脳会談を行った。両首脳は"
        "安全保障と経済の分野で協力を深めることで一致した。",
        dt.date(2024, 11, 16),
        "meeting",
        dt.date(2024, 11, 15),
        {"JPN": "Shigeru Ishiba", "IDN": "Prabowo Subianto"},
        None,
    ),
    (
        "ko",
        "윤석열 대통령은 어제 기시다 후미오 일본 총리와 전화 통화를 했다. 이번 통화는 일본 측의 요청으로 "
        "이뤄졌다. 두 정상은 북한의 핵 문제와 경제 협력 방안을 논의했다.",
        dt.date(2023, 3, 10),
        "phone_call",
        dt.date(2023, 3, 9),
        {"KOR": "Yoon Suk Yeol", "JPN": "Fumio Kishida"},
        "JPN",
    ),
    (
        "ko",
        "한국 대통령은 2024년 6월 12일 아스타나에서 카자흐스탄 대통령과 정상회담을 가졌다. 두 정상은 "
        "에너지와 교역 분야의 협력을 강화하기로 했다.",
        dt.date(2024, 6, 13),
        "meeting",
        dt.date(2024, 6, 12),
        {"KOR": "Yoon Suk Yeol", "KAZ": "Kassym-Jomart Tokayev"},
        None,
    ),
]

ANNOUNCEMENTS = [
    (
        "pt",
        "O presidente Lula vai se reunir na próxima semana em Brasília com o presidente da Argentina, "
        "Javier Milei, para discutir o comércio bilateral e a integração regional.",
        dt.date(2024, 7, 1),
    ),
    (
        "it",
        "La presidente del Consiglio incontrerà domani a Palazzo Chigi il cancelliere tedesco Olaf Scholz "
        "per discutere di migrazione e di politica industriale europea.",
        dt.date(2024, 4, 3),
    ),
    (
        "tr",
        "Cumhurbaşkanı Erdoğan, gelecek hafta Berlin'de Almanya Başbakanı Olaf Scholz ile bir araya gelecek. "
        "Ziyarette ikili ilişkilerin ele alınması bekleniyor.",
        dt.date(2024, 4, 3),
    ),
    (
        "uk",
        "Президент України Володимир Зеленський наступного тижня відвідає Берлін, де зустрінеться з "
        "канцлером Німеччини Олафом Шольцом.",
        dt.date(2024, 4, 3),
    ),
    (
        "ar",
        "من المقرر أن يلتقي الرئيس الأمريكي نظيره الصيني الأسبوع المقبل في سان فرانسيسكو لبحث العلاقات "
        "التجارية بين البلدين.",
        dt.date(2023, 11, 8),
    ),
    (
        "fa",
        "رئیس جمهور ایران قرار است هفته آینده در مسکو با ولادیمیر پوتین، رئیس جمهور روسیه دیدار کند و دربارهٔ "
        "همکاری‌های اقتصادی گفتگو خواهد کرد.",
        dt.date(2024, 10, 1),
    ),
    (
        "ja",
        "岸田文雄首相は来週、来日するベトナムの首相と東京で会談する予定だ。経済協力が主な議題となる見通しだ。",
        dt.date(2023, 5, 20),
    ),
    (
        "ko",
        "윤석열 대통령은 다음 주 서울에서 베트남 국가주석과 정상회담을 할 예정이다. 양국 간 경제 협력이 "
        "주요 의제가 될 전망이다.",
        dt.date(2023, 6, 15),
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "published", "etype", "day", "people", "initiator"),
    READOUTS,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(READOUTS)],
)
def test_a_readout_in_a_new_language(
    language: str,
    text: str,
    published: dt.date,
    etype: str,
    day: dt.date,
    people: dict[str, str],
    initiator: str | None,
):
    got = _read(text, published)
    assert got.language == language
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == etype
    assert got.engagement_date == day
    assert _people(got) == people
    assert got.initiator_code == initiator
    assert [p.actor_code for p in got.participants if p.is_initiator] == ([initiator] if initiator else [])


@pytest.mark.parametrize(
    ("language", "text", "published"), ANNOUNCEMENTS, ids=[f"{a[0]}-{i}" for i, a in enumerate(ANNOUNCEMENTS)]
)
def test_an_announcement_in_a_new_language_is_not_a_readout(language: str, text: str, published: dt.date):
    got = _read(text, published)
    assert got.language == language
    assert got.outcome == "not_readout"
    assert got.reason == "announces an engagement to come, not one that took place"
