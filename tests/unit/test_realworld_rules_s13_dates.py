"""Session 13's paradigm sweep of dates across the languages: written forms of explicit dates
the extractor missed (numeric dates with slashes or stops, month spellings CLDR lacks, a whole
date in Chinese numerals, a weekday joined by a zero-width non-joiner, a day in brackets after
a weekday), and agency datelines a day before the page's date that relative dates count from.
Each case is a sentence written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import extract_text

PUBLISHED = dt.date(2023, 9, 21)  # a Thursday
TUESDAY = dt.date(2023, 9, 19)
WEDNESDAY = dt.date(2023, 9, 20)

CALLS = {
    "en": "President Joe Biden spoke by phone {} with President Emmanuel Macron of France.",
    "uk": "Президент України Володимир Зеленський {} провів телефонну"
    " розмову з Президентом Франції Емманюелем Макроном.",
    "zh": "国家主席习近平{}同法国总统马克龙通电话。",
    "ja": "岸田文雄内閣総理大臣は、{}、マクロン・フランス大統領と電話会談を行いました。",
    "ko": "윤석열 대통령은 {} 에마뉘엘 마크롱 프랑스 대통령과 전화 통화를 했다.",
    "es": "El presidente Andrés Manuel López Obrador conversó por"
    " teléfono {} con el presidente de Francia, Emmanuel Macron.",
    "pt": "O presidente Luiz Inácio Lula da Silva conversou por"
    " telefone {} com o presidente da França, Emmanuel Macron.",
    "fa": "سید ابراهیم رئیسی رئیس‌جمهور ایران {} در تماس تلفنی با امانوئل مکرون رئیس‌جمهور فرانسه گفتگو کرد.",
}


@pytest.mark.parametrize(
    ("language", "when"),
    [
        # a month abbreviation of four letters ends no sentence
        ("en", "on Sept. 19, 2023"),
        # numeric dates with slashes: the order the numbers allow, else the American one
        ("en", "on 19/09/2023"),
        ("en", "on 9/19/2023"),
        # "last Tuesday" in the genitive
        ("uk", "минулого вівторка"),
        # a whole date in Chinese numerals, and numeric dates year first
        ("zh", "二〇二三年九月十九日"),
        ("zh", "2023-09-19"),
        ("ja", "2023/9/19"),
        # Korean numeric dates with stops, spaced or not: no sentence ends inside them
        ("ko", "2023. 9. 19."),
        ("ko", "2023.09.19"),
        # Peru's and Uruguay's spelling of September
        ("es", "el 19 de setiembre"),
        # a Brazilian day in brackets after the weekday, with "-feira" or without, and "no dia 19"
        ("pt", "na terça-feira (19)"),
        ("pt", "na terça (19)"),
        ("pt", "no dia 19"),
        # Tuesday written with its zero-width non-joiner: one weekday, not Saturday ("شنبه") after a word
        ("fa", "سه\u200cشنبه"),
        ("fa", "عصر سه\u200cشنبه"),
        # the weekday joined to "روز" without a space, as older pages write it
        ("fa", "روزسه\u200cشنبه"),
        ("fa", "روزسه شنبه"),
    ],
)
def test_written_forms_of_a_date(language: str, when: str):
    got = extract_text(CALLS[language].format(when), language, PUBLISHED)
    assert got.outcome == "readout", got.reason
    assert got.engagement_date == TUESDAY


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "WASHINGTON, Sept. 20 (Reuters) - President Joe Biden spoke by phone"
            " yesterday with President Emmanuel Macron of France.",
        ),
        (
            "ru",
            "МОСКВА, 20 сентября. /ТАСС/. Владимир Путин вчера провёл телефонный"
            " разговор с Президентом Франции Эммануэлем Макроном.",
        ),
        (
            "es",
            "MADRID, 20 sep (EFE).- El presidente Andrés Manuel López Obrador conversó por"
            " teléfono ayer con el presidente de Francia, Emmanuel Macron.",
        ),
        (
            "fr",
            "PARIS, 20 septembre 2023 (AFP) - Le président Emmanuel Macron s'est"
            " entretenu par téléphone hier avec le président américain Joe Biden.",
        ),
        (
            "de",
            "Berlin, 20.09.2023 - Bundeskanzler Olaf Scholz hat gestern mit dem"
            " französischen Präsidenten Emmanuel Macron telefoniert.",
        ),
        ("zh", "新华社北京9月20日电 国家主席习近平昨天同法国总统马克龙通电话。"),
        ("ar", "القاهرة في 20 سبتمبر /أ ش أ/ - تلقى الرئيس عبد الفتاح السيسي أمس اتصالا هاتفيا من الرئيس جو بايدن."),
        (
            "tr",
            "ANKARA, 20 Eylül (AA) - Cumhurbaşkanı Recep Tayyip Erdoğan, dün Fransa"
            " Cumhurbaşkanı Emmanuel Macron ile telefonda görüştü.",
        ),
        (
            "id",
            "JAKARTA, 20 September (ANTARA) - Presiden Joko Widodo melakukan pembicaraan"
            " telepon dengan Presiden Prancis Emmanuel Macron kemarin.",
        ),
        (
            "pt",
            "BRASÍLIA, 20 de setembro de 2023 - O presidente Luiz Inácio Lula da Silva"
            " conversou por telefone ontem com o presidente da França, Emmanuel Macron.",
        ),
    ],
)
def test_yesterday_counts_from_a_dateline_a_day_before_the_page_date(language: str, text: str):
    got = extract_text(text, language, PUBLISHED)
    assert got.outcome == "readout", got.reason
    assert got.engagement_date == TUESDAY


def test_a_dateline_of_the_page_day_leaves_yesterday_as_it_was():
    text = (
        "WASHINGTON, Sept. 21 (Reuters) - President Joe Biden spoke by phone"
        " yesterday with President Emmanuel Macron of France."
    )
    assert extract_text(text, "en", PUBLISHED).engagement_date == WEDNESDAY


def test_a_dateline_long_before_the_page_date_is_no_filing_day():
    # a page dated a week after its dateline: the page's date stays the base ("yesterday" of the 21st)
    text = (
        "WASHINGTON, Sept. 14 (Reuters) - President Joe Biden spoke by phone"
        " yesterday with President Emmanuel Macron of France."
    )
    assert extract_text(text, "en", PUBLISHED).engagement_date == WEDNESDAY


MORE_CALLS = {
    "ja": CALLS["ja"],
    "ko": CALLS["ko"],
    "es": CALLS["es"],
    "pt": CALLS["pt"],
    "fa": CALLS["fa"],
    "de": "Bundeskanzler Olaf Scholz hat {} mit dem französischen Präsidenten Emmanuel Macron telefoniert.",
    "id": "Presiden Joko Widodo melakukan pembicaraan telepon dengan Presiden Prancis Emmanuel Macron {}.",
}


@pytest.mark.parametrize(
    ("language", "when", "day"),
    [
        # last night, and a day of this month
        ("ja", "昨夜", WEDNESDAY),
        ("ja", "昨晩", WEDNESDAY),
        ("ja", "今月19日", TUESDAY),
        ("ko", "어젯밤", WEDNESDAY),
        ("id", "tadi malam", WEDNESDAY),
        ("id", "semalam", WEDNESDAY),
        # a day of the month without its month
        ("es", "el día 19", TUESDAY),
        ("pt", "no último dia 19", TUESDAY),
        # a day and month in numbers without the year
        ("de", "am 19.9.", TUESDAY),
        # a Solar Hijri month joined to "ماه"
        ("fa", "۲۸ شهریورماه", TUESDAY),
    ],
)
def test_more_written_forms_of_a_date(language: str, when: str, day: dt.date):
    got = extract_text(MORE_CALLS[language].format(when), language, PUBLISHED)
    assert got.outcome == "readout", got.reason
    assert got.engagement_date == day


def test_a_day_of_the_month_to_come_is_no_day_of_last_month():
    got = extract_text(CALLS["pt"].format("ontem") + " Os dois voltam a falar no próximo dia 28.", "pt", PUBLISHED)
    assert got.engagement_date == WEDNESDAY


@pytest.mark.parametrize(
    "text",
    [
        "Following their meeting of September 5, President Joe Biden spoke by phone on September 19"
        " with President Emmanuel Macron of France.",
        "President Joe Biden, who met President Emmanuel Macron of France on September 5, spoke by phone"
        " with him on September 19.",
    ],
)
def test_an_earlier_engagement_recalled_first_in_the_sentence_does_not_date_the_report(text: str):
    got = extract_text(text, "en", PUBLISHED)
    assert got.outcome == "readout", got.reason
    assert got.engagement_date == TUESDAY


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        # the same moment on another clock, in brackets or after a time-zone word
        (
            "en",
            "On September 18, President Joe Biden met President Emmanuel Macron of France in New York"
            " from 9 P.M. local time (10 A.M. on September 19, Tokyo time).",
            dt.date(2023, 9, 18),
        ),
        (
            "ja",
            "岸田文雄内閣総理大臣は、現地時間18日午後9時(日本時間19日午前10時)から、マクロン・フランス大統領と電話会談を行いました。",
            dt.date(2023, 9, 18),
        ),
        # the end of a range is no later engagement, its start a date phrase or not
        (
            "en",
            "On 19 September, President Joe Biden met President Emmanuel Macron of France, who was on a visit from 18"
            " to 20 September.",
            TUESDAY,
        ),
        ("zh", "国家主席习近平9月18日至19日在纽约同法国总统马克龙举行会谈。", dt.date(2023, 9, 18)),
    ],
)
def test_the_first_date_stays_when_the_later_one_is_the_same_moment_or_a_range_end(
    language: str, text: str, day: dt.date
):
    got = extract_text(text, language, PUBLISHED)
    assert got.outcome == "readout", got.reason
    assert got.engagement_date == day


ARABIC_CALL = "تلقى الرئيس عبد الفتاح السيسي اتصالا هاتفيا من الرئيس جو بايدن {}."


@pytest.mark.parametrize(
    ("when", "published", "day"),
    [
        # a day of the lunar Hijri calendar, with its year (Western or Eastern Arabic digits) or without
        ("في 4 ربيع الأول 1445 هـ", PUBLISHED, TUESDAY),
        ("في ٤ ربيع الأول ١٤٤٥ هـ", PUBLISHED, TUESDAY),
        ("في 4 ربيع الأول", PUBLISHED, TUESDAY),
        # without a year, a day that would come after publication is of the Hijri year before
        ("في 20 رمضان", dt.date(2024, 1, 3), dt.date(2023, 4, 11)),
        # the Gregorian day the page gives beside it is read, even when a local calendar differs by a day
        ("يوم الثلاثاء 3 ربيع الأول 1445هـ الموافق 19 سبتمبر 2023م", PUBLISHED, TUESDAY),
    ],
)
def test_arabic_lunar_hijri_dates(when: str, published: dt.date, day: dt.date):
    got = extract_text(ARABIC_CALL.format(when), "ar", published)
    assert got.outcome == "readout", got.reason
    assert got.engagement_date == day


NUMERIC_CALLS = {
    "ru": "Владимир Путин {} провёл телефонный разговор с Президентом Франции Эммануэлем Макроном.",
    "uk": CALLS["uk"],
    "de": MORE_CALLS["de"],
    "es": CALLS["es"],
    "fr": "Le président Emmanuel Macron s'est entretenu par téléphone {} avec le président américain Joe Biden.",
    "pt": CALLS["pt"],
    "ar": ARABIC_CALL,
    "tr": "Cumhurbaşkanı Recep Tayyip Erdoğan, {} Fransa Cumhurbaşkanı Emmanuel Macron ile telefonda görüştü.",
    "id": MORE_CALLS["id"],
}


@pytest.mark.parametrize(
    ("language", "when"),
    [
        # numeric dates, day first, with the separators each language's pages also use
        ("tr", "19/09/2023 tarihinde"),
        ("ar", "في 19-9-2023"),
        ("es", "el 19-09-2023"),
        ("id", "pada 19-09-2023"),
        ("fr", "le 19.09.2023"),
        ("pt", "em 19.09.2023"),
        # a two-digit year
        ("ru", "19.09.23"),
        ("de", "am 19.09.23"),
        # a day and month without the year, in brackets after the weekday or after "dia"
        ("pt", "na terça-feira (19/9)"),
        ("pt", "no dia 19/09"),
        # a month abbreviated without "de"
        ("pt", "em 19 set. 2023"),
        # the day with its ordinal ending
        ("ru", "19-го сентября"),
        ("uk", "19-го вересня"),
    ],
)
def test_numeric_and_abbreviated_dates(language: str, when: str):
    got = extract_text(NUMERIC_CALLS[language].format(when), language, PUBLISHED)
    assert got.outcome == "readout", got.reason
    assert got.engagement_date == TUESDAY


LAST_WEEK_THURSDAY = dt.date(2023, 9, 14)
EVERY_CALL = {**CALLS, **MORE_CALLS, **NUMERIC_CALLS}


@pytest.mark.parametrize(
    ("language", "when"),
    [
        ("en", "last Thursday"),
        ("ru", "в прошлый четверг"),
        ("uk", "минулого четверга"),
        ("es", "el jueves pasado"),
        ("fr", "jeudi dernier"),
        ("de", "am vergangenen Donnerstag"),
        ("pt", "na última quinta-feira"),
        ("tr", "geçen perşembe"),
        ("id", "Kamis lalu"),
        ("ko", "지난 목요일"),
        ("ja", "先週木曜日"),
        ("zh", "上周四"),
        ("ar", "الخميس الماضي"),
        ("fa", "پنجشنبه گذشته"),
    ],
)
def test_last_weekday_said_on_that_weekday_is_a_week_before(language: str, when: str):
    # published on a Thursday: "last Thursday" is the Thursday before, "Thursday" alone that very day
    got = extract_text(EVERY_CALL[language].format(when), language, PUBLISHED)
    assert got.outcome == "readout", got.reason
    assert got.engagement_date == LAST_WEEK_THURSDAY


def test_a_weekday_said_on_that_weekday_without_last_is_that_day():
    assert extract_text(CALLS["en"].format("on Thursday"), "en", PUBLISHED).engagement_date == PUBLISHED


def test_a_bracket_giving_the_day_on_another_clock_is_no_agency_credit():
    text = (
        "President Joe Biden spoke by phone on Wednesday night Washington time (Thursday morning in Beijing)"
        " with President Xi Jinping of China."
    )
    got = extract_text(text, "en", PUBLISHED)
    assert got.outcome == "readout", got.reason
    assert got.engagement_date == WEDNESDAY


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "President Joe Biden spoke by phone with President Emmanuel Macron of France, their first call since"
            " September 5.",
        ),
        (
            "de",
            "Bundeskanzler Olaf Scholz hat mit dem französischen Präsidenten Emmanuel Macron zum ersten Mal seit dem"
            " 5. September telefoniert.",
        ),
        (
            "fr",
            "Le président Emmanuel Macron s'est entretenu par téléphone avec le président américain Joe Biden, une"
            " première depuis le 5 septembre.",
        ),
        (
            "es",
            "El presidente Andrés Manuel López Obrador conversó por teléfono con el presidente de Francia, Emmanuel"
            " Macron, por primera vez desde el 5 de septiembre.",
        ),
        (
            "pt",
            "O presidente Luiz Inácio Lula da Silva conversou por telefone com o presidente da França, Emmanuel Macron,"
            " pela primeira vez desde 5 de setembro.",
        ),
        (
            "ru",
            "Владимир Путин провёл телефонный разговор с Президентом Франции Эммануэлем Макроном, первый с 5 сентября.",
        ),
        (
            "uk",
            "Президент України Володимир Зеленський провів телефонну розмову з Президентом Франції Емманюелем"
            " Макроном, першу з 5 вересня.",
        ),
        ("zh", "国家主席习近平同法国总统马克龙通电话，这是两国元首自9月5日以来首次通话。"),
        ("ja", "岸田文雄内閣総理大臣は、マクロン・フランス大統領と9月5日以来となる電話会談を行いました。"),
        ("ko", "윤석열 대통령은 에마뉘엘 마크롱 프랑스 대통령과 9월 5일 이후 처음으로 전화 통화를 했다."),
        (
            "tr",
            "Cumhurbaşkanı Recep Tayyip Erdoğan, Fransa Cumhurbaşkanı Emmanuel Macron ile 5 Eylül'den bu yana ilk kez"
            " telefonda görüştü.",
        ),
        (
            "id",
            "Presiden Joko Widodo melakukan pembicaraan telepon dengan Presiden Prancis Emmanuel Macron, yang pertama"
            " sejak 5 September.",
        ),
        ("ar", "تلقى الرئيس عبد الفتاح السيسي اتصالا هاتفيا من الرئيس جو بايدن هو الأول منذ 5 سبتمبر."),
    ],
)
def test_the_start_of_a_span_dates_no_engagement(language: str, text: str):
    # no day of the call is said: the publication day stands, not the day the span began
    got = extract_text(text, language, PUBLISHED)
    assert got.outcome == "readout", got.reason
    assert got.engagement_date == PUBLISHED
    assert not got.date_stated


def test_a_span_start_beside_the_day_of_the_call():
    text = (
        "President Joe Biden spoke by phone on Tuesday with President Emmanuel Macron of France, their first call"
        " since September 5."
    )
    assert extract_text(text, "en", PUBLISHED).engagement_date == TUESDAY


AFTER_THE_ATTACK = dt.date(2023, 10, 12)


@pytest.mark.parametrize(
    ("text", "day", "stated"),
    [
        # a date naming another event, before its noun: the publication day stands
        (
            "President Joe Biden spoke by phone with Prime Minister Benjamin Netanyahu of Israel about the October 7"
            " attack.",
            AFTER_THE_ATTACK,
            False,
        ),
        (
            "President Joe Biden spoke by phone with Prime Minister Benjamin Netanyahu of Israel about Hamas’s"
            " October 7 terrorist attacks.",
            AFTER_THE_ATTACK,
            False,
        ),
        # "on the 10th of October" and "the October 10 call" date the call
        (
            "President Joe Biden spoke by phone on the 10th of October with Prime Minister Benjamin Netanyahu of"
            " Israel.",
            dt.date(2023, 10, 10),
            True,
        ),
        (
            "President Joe Biden spoke by phone with Prime Minister Benjamin Netanyahu of Israel; the October 10 call"
            " lasted an hour.",
            dt.date(2023, 10, 10),
            True,
        ),
    ],
)
def test_a_date_naming_another_event_dates_no_engagement(text: str, day: dt.date, stated: bool):
    got = extract_text(text, "en", AFTER_THE_ATTACK)
    assert got.outcome == "readout", got.reason
    assert (got.engagement_date, got.date_stated) == (day, stated)
