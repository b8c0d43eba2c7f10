"""Session 14's paradigm sweep in Arabic, Turkish and Persian: sentences written for the test
(90 cells over phone, video and meeting cues, leaders' spellings, initiators, dates and
negatives; 9 failed before the change). Self-written, so an upper bound, not a real-page figure."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import extract_text, participants_by_actor

DAY = dt.date(2022, 6, 15)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "language", "kind", "pair"),
    [
        # a light verb's plural ("مذاکره کردند", "رایزنی کردند"): the singular's word boundary did not reach it
        ("رجب طیب اردوغان و ولادیمیر پوتین در سوچی مذاکره کردند.", "fa", "meeting", {"TUR", "RUS"}),
        ("رجب طیب اردوغان و ولادیمیر پوتین در آنکارا رایزنی کردند.", "fa", "meeting", {"TUR", "RUS"}),
        # a video link called a picture link ("تماس تصویری", "گفتگوی تصویری")
        (
            "ولادیمیر پوتین و شی جین‌پینگ در تماس تصویری درباره روابط دوجانبه گفتگو کردند.",
            "fa",
            "video_call",
            {"RUS", "CHN"},
        ),
        ("جو بایدن و بوریس جانسون به صورت تصویری گفت‌وگو کردند.", "fa", "video_call", {"USA", "GBR"}),
        # Persian spellings of leaders' names ("مکرون", not only "ماکرون"; "شولتز"; "پاشینیان")
        (
            "امانوئل مکرون رئیس جمهوری فرانسه دیروز با ابراهیم رئیسی تلفنی گفتگو کرد.",
            "fa",
            "phone_call",
            {"FRA", "IRN"},
        ),
        ("اولاف شولتز صدراعظم آلمان با جو بایدن تلفنی گفتگو کرد.", "fa", "phone_call", {"DEU", "USA"}),
        ("ولادیمیر پوتین با نیکول پاشینیان در مسکو دیدار کرد.", "fa", "meeting", {"RUS", "ARM"}),
        # Turkish "came together by phone": the phone word makes the meeting verb a call
        (
            "Cumhurbaşkanı Erdoğan, İngiltere Başbakanı Boris Johnson'la telefonda bir araya geldi.",
            "tr",
            "phone_call",
            {"TUR", "GBR"},
        ),
        # an article between "virtual" and its noun ("sanal bir görüşme")
        (
            "Başkan Biden ile Hindistan Başbakanı Modi sanal bir görüşme gerçekleştirdi.",
            "tr",
            "video_call",
            {"USA", "IND"},
        ),
        ("Cumhurbaşkanı Erdoğan ile Macron çevrim içi bir görüşme yaptı.", "tr", "video_call", {"TUR", "FRA"}),
    ],
)
def test_persian_and_turkish_cues_and_spellings(text: str, language: str, kind: str, pair: set[str]):
    got = extract_text(text, language, DAY)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == kind
    assert set(participants_by_actor(got)) == pair


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
