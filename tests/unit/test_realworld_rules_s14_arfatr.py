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
    ("spelling", "person"),
    [
        ("مکرون", "macron"),
        ("شولتز", "scholz"),
        ("هرتزوگ", "herzog"),
        (f"الهام علی{ZWNJ}اف", "aliyev"),
        ("الهام علی اف", "aliyev"),
        ("پاشینیان", "pashinyan"),
        ("توکایف", "tokayev"),
        ("میرضیایف", "mirziyoyev"),
        ("لوکاشنکو", "lukashenko"),
        ("استولتنبرگ", "stoltenberg"),
        ("مارک روته", "rutte"),
        ("اورزولا فون در لاین", "von-der-leyen"),
        ("پدرو سانچز", "sanchez"),
        ("لی کیانگ", "li-qiang"),
        ("الکاظمی", "kadhimi"),
    ],
)
def test_persian_spellings_of_leaders_names(spelling: str, person: str):
    hits = [h for h in scan(f"دیدار با {spelling} در تهران", load_reference(), "fa") if h.entry.kind == "leader"]
    assert [h.entry.value for h in hits] and person in hits[0].entry.value
