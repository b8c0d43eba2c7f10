"""Session 14's paradigm sweep in Arabic, Turkish and Persian: sentences written for the test
(90 cells over phone, video and meeting cues, leaders' spellings, initiators, dates and
negatives; 9 failed before the change). Self-written, so an upper bound, not a real-page figure."""

from __future__ import annotations

import datetime as dt

import pytest

from readouts.extract import scan
from readouts.reference import load_reference
from tests.helpers import extract_text, participants_by_actor

DAY = dt.date(2022, 6, 15)  # a Wednesday
ZWNJ = "\u200c"


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        # a light verb's plural ("مذاکره کردند", "رایزنی کردند"): the singular's word boundary did not reach it
        ("رجب طیب اردوغان و ولادیمیر پوتین در سوچی مذاکره کردند.", "meeting", {"TUR", "RUS"}),
        ("رجب طیب اردوغان و ولادیمیر پوتین در آنکارا رایزنی کردند.", "meeting", {"TUR", "RUS"}),
        # a video link called a picture link ("تماس تصویری", "گفتگوی تصویری")
        ("ولادیمیر پوتین و شی جین‌پینگ در تماس تصویری درباره روابط دوجانبه گفتگو کردند.", "video_call", {"RUS", "CHN"}),
        ("جو بایدن و بوریس جانسون به صورت تصویری گفت‌وگو کردند.", "video_call", {"USA", "GBR"}),
        # Persian spellings of leaders' names ("مکرون", not only "ماکرون"; "شولتز"; "پاشینیان")
        ("امانوئل مکرون رئیس جمهوری فرانسه دیروز با ابراهیم رئیسی تلفنی گفتگو کرد.", "phone_call", {"FRA", "IRN"}),
        ("اولاف شولتز صدراعظم آلمان با جو بایدن تلفنی گفتگو کرد.", "phone_call", {"DEU", "USA"}),
        ("ولادیمیر پوتین با نیکول پاشینیان در مسکو دیدار کرد.", "meeting", {"RUS", "ARM"}),
    ],
)
def test_persian_cues_and_spellings(text: str, kind: str, pair: set[str]):
    got = extract_text(text, "fa", DAY)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == kind
    assert set(participants_by_actor(got)) == pair


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        # "came together by phone": the phone word makes the meeting verb a call
        (
            "Cumhurbaşkanı Erdoğan, İngiltere Başbakanı Boris Johnson'la telefonda bir araya geldi.",
            "phone_call",
            {"TUR", "GBR"},
        ),
        # an article between "virtual" and its noun ("sanal bir görüşme")
        ("Başkan Biden ile Hindistan Başbakanı Modi sanal bir görüşme gerçekleştirdi.", "video_call", {"USA", "IND"}),
        ("Cumhurbaşkanı Erdoğan ile Macron çevrim içi bir görüşme yaptı.", "video_call", {"TUR", "FRA"}),
    ],
)
def test_turkish_phone_and_video_wordings(text: str, kind: str, pair: set[str]):
    got = extract_text(text, "tr", DAY)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == kind
    assert set(participants_by_actor(got)) == pair


@pytest.mark.parametrize(
    ("language", "spelling", "person"),
    [
        ("fa", "مکرون", "macron"),
        ("fa", "شولتز", "scholz"),
        ("fa", "هرتزوگ", "herzog"),
        ("fa", f"الهام علی{ZWNJ}اف", "aliyev"),
        ("fa", "الهام علی اف", "aliyev"),
        ("fa", "پاشینیان", "pashinyan"),
        ("fa", "توکایف", "tokayev"),
        ("fa", "میرضیایف", "mirziyoyev"),
        ("fa", "لوکاشنکو", "lukashenko"),
        ("fa", "استولتنبرگ", "stoltenberg"),
        ("fa", "مارک روته", "rutte"),
        ("fa", "اورزولا فون در لاین", "von-der-leyen"),
        ("fa", "پدرو سانچز", "sanchez"),
        ("fa", "لی کیانگ", "li-qiang"),
        ("fa", "الکاظمی", "kadhimi"),
        # Turkish press spellings, with the suffix after the apostrophe
        ("tr", "Şi Cinping", "xi"),
        ("tr", "Zelenskiy'le", "zelensky"),
        ("tr", "Kişida'yla", "kishida"),
        ("tr", "Miçotakis", "mitsotakis"),
        ("tr", "Paşinyan", "pashinyan"),
        ("tr", "Lukaşenko'ya", "lukashenko"),
        ("tr", "Tebbun", "tebboune"),
        ("tr", "Muhammed bin Selman", "bin-salman"),
        ("tr", "Pezeşkiyan", "pezeshkian"),
        ("tr", "İbrahim Reisi", "raisi"),
        ("tr", "Beşar Esad", "assad"),
        ("tr", "Şahbaz Şerif", "sharif"),
        ("ar", "بينيت", "bennett"),
        ("ar", "علييف", "aliyev"),
        ("ar", "باشينيان", "pashinyan"),
        ("ar", "لوكاشينكو", "lukashenko"),
        ("ar", "ستولتنبرغ", "stoltenberg"),
        ("ar", "فيكتور أوربان", "orban"),
        ("ar", "ميتسوتاكيس", "mitsotakis"),
    ],
)
def test_press_spellings_of_leaders_names(language: str, spelling: str, person: str):
    hits = [h for h in scan(f"x {spelling} x", load_reference(), language) if h.entry.kind == "leader"]
    assert [h.entry.value for h in hits] and person in hits[0].entry.value


@pytest.mark.parametrize(("language", "word"), [("ar", "الرئيس السوداني"), ("tr", "Devlet Reisi"), ("fa", "روحانی")])
def test_a_word_of_the_language_is_no_leaders_name(language: str, word: str):
    assert not [h for h in scan(f"x {word} x", load_reference(), language) if h.entry.kind == "leader"]


@pytest.mark.parametrize(
    ("text", "language", "kind", "pair", "day"),
    [
        # a translated White House readout: "spoke" with its verb first, a headline's "readout of the call",
        # the date with its month first as the English original writes it
        (
            "البيت الأبيض\nيونيو/حزيران 14, 2022\nقراءة لمكالمة الرئيس بايدن مع الرئيس التركي أردوغان\n"
            "تحدث الرئيس جوزيف ر. بايدن الابن اليوم مع الرئيس التركي رجب طيب أردوغان. وناقش الزعيمان حلف الناتو.",
            "ar",
            "phone_call",
            {"USA", "TUR"},
            "2022-06-14",
        ),
        (
            "Beyaz Saray\n14 Haziran 2022\n"
            "Başkan Biden, Hindistan Başbakanı Modi ile sanal bir toplantı gerçekleştirdi.",
            "tr",
            "video_call",
            {"USA", "IND"},
            "2022-06-14",
        ),
    ],
)
def test_translated_readout_pages(text: str, language: str, kind: str, pair: set[str], day: str):
    got = extract_text(text, language, None)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == kind
    assert set(participants_by_actor(got)) == pair
    assert str(got.engagement_date) == day
