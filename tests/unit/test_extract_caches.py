"""The extractor's speed-ups keep its answers: cached date phrases are handed out as new lists, and
the letters-and-digits reduction of a line agrees with ``str.isalnum`` on every code point."""

from __future__ import annotations

from readouts.extract.classification import _alnum
from readouts.extract.dates import date_phrases
from readouts.reference import load_reference


def test_cached_date_phrases_are_a_new_list_each_call() -> None:
    profile = load_reference().languages["en"]
    text = "The two leaders spoke on March 3, 2024 and again on 5 April 2024."
    first = date_phrases(text, profile)
    assert [m.group(0).strip() for m in first] == ["March 3, 2024", "5 April 2024"]
    first.append(first[0])  # a caller extending its list (the dateline rule does) changes no later answer
    assert len(date_phrases(text, profile)) == 2
    assert [m.group(0).strip() for m in date_phrases(text, profile, 30)] == ["5 April 2024"]


def test_letters_and_digits_as_str_isalnum_keeps_them() -> None:
    every_code_point = "".join(map(chr, range(0x110000)))
    assert _alnum(every_code_point) == "".join(ch for ch in every_code_point if ch.isalnum())
    assert _alnum("• 日本・ニュージーランド首脳会談の写真 (2)_x") == "日本ニュージーランド首脳会談の写真2x"
