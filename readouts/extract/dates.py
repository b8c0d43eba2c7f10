"""The engagement date: date phrases of a language, publication dates of a page (datelines,
headlines, page date lines), relative dates read against them."""

from __future__ import annotations

import datetime as dt
import functools
import re

import jdatetime
from hijridate import Gregorian, Hijri

from readouts.extract.text import Sentence, language_list, normalised_list, whole_word
from readouts.models import ParsedDocument
from readouts.reference import LanguageProfile, Reference, fold_letters, normalise

FUTURE_DAY_MONTH_DAYS = 183  # a day and month without a year up to this far after publication is a future day


# A bare day of the month this few days after publication's is still to come ("the talks on the
# 24th", published on the 23rd), not that day of the month before: it dates no engagement.
DAYS_AHEAD_NOT_LAST_MONTH = 3


NOT_A_PAST_DATE = dt.date.max  # a calendar date that cannot be the engagement's: after publication


@functools.lru_cache(maxsize=8)
def _date_parser(language: str, base: dt.date | None):  # noqa: ANN202 - dateparser type
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": False}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(base, dt.time(12))
    return DateDataParser(languages=[language], settings=settings)


@functools.lru_cache(maxsize=4096)  # the same phrases recur: "yesterday" against one publication day
def _date_of_phrase(
    phrase: str, profile: LanguageProfile, published: dt.date | None, month_only: bool = False
) -> tuple[dt.date, str] | None:
    """A date phrase ("8 February", "on Wednesday", "yesterday") read against the publication
    date; when that is known only to the month (``published`` its last day, ``month_only``),
    only phrases with a day number resolve ("10月9日", "30일"): no day word or weekday does."""
    phrase = _numerals_to_digits(phrase, profile)
    has_year = re.search(r"\d{4}", phrase) is not None
    has_day_number = re.search(r"\d", phrase) is not None
    if not has_year and published is None:
        return None  # "February 8" / "on Wednesday" without a year to anchor it
    if month_only and not has_day_number:
        return None  # "yesterday", "on Wednesday": of which day of the month?
    relative = profile.data.get("relative_days", {})
    offset = relative.get(normalise(phrase).strip())
    if offset is not None and published is not None:
        return published + dt.timedelta(days=int(offset)), "day"
    last_month = next((w for w in language_list(profile, "previous_month_words") if phrase.startswith(w)), None)
    if last_month is not None:  # "上月14日", "先月14日", "지난달 14일"
        phrase = phrase[len(last_month) :].strip()
    day_only = re.fullmatch(r"\D{0,3}(\d{1,2})\D{0,3}", phrase)
    if day_only is not None and published is not None:
        if last_month is not None:
            return _day_of_previous_month(int(day_only.group(1)), published)
        return _day_of_month(int(day_only.group(1)), published)
    previous_week = next((w for w in language_list(profile, "previous_week_words") if phrase.startswith(w)), None)
    if has_day_number:
        day = calendar_date(phrase, profile, published)
    elif previous_week is not None and published is not None:  # "上周五", "先週金曜日", "지난주 금요일"
        return _weekday_of_previous_week(phrase[len(previous_week) :].strip(), profile, published)
    else:
        day = weekday_date(phrase, profile, published) if published is not None else None
    if day == NOT_A_PAST_DATE:
        return None
    period = "day"
    if day is None:
        parsed = _parse_with_dateparser(phrase, profile, published, has_year)
        if parsed is None:
            return None
        day, period = parsed
        if not has_day_number and published is not None and (published - day).days == 7:
            day = published  # a weekday: the weekday of publication means that very day
    # a day after publication may be the event's own day where it is held: a page dated in Washington in the evening
    # of the 27th tells of a meeting in Tokyo on the 28th
    if (published is not None and day > published + TIME_ZONE_DAYS) or day.year < 1990:
        return None
    return day, period


TIME_ZONE_DAYS = dt.timedelta(days=1)  # how far a stated day may lie after the publication date


def calendar_date(phrase: str, profile: LanguageProfile, published: dt.date | None) -> dt.date | None:
    """A phrase of numbers and a month name ("8. Februar 2023", "February 8th", "8 февраля",
    "2023年2月8日", "08.02.2023") read with the language's CLDR month names and numeric
    order; None for anything else (weekdays, relative words), which dateparser reads.

    Without a year it is that day in the publication year, or in the year before when that
    is more than half a year after publication ("30 December" published on 2 January); a
    day within half a year after publication is no past engagement's date (a plan, or a
    time-zone slip) and gives ``NOT_A_PAST_DATE``. Other words in the phrase ("of", "de",
    a weekday) are the date pattern's business and are passed over.
    """
    solar = _solar_hijri_date(phrase, profile, published) or _lunar_hijri_date(phrase, profile, published)
    if solar is not None:
        return solar
    phrase = _era_to_common_year(phrase, profile.data.get("era_years", {}))
    phrase = _numerals_to_digits(phrase, profile)
    if "three_digit_era_base" in profile.data:  # "106年01月14日" on a page of Taiwan: 2017
        base = int(profile.data["three_digit_era_base"])
        phrase = re.sub(r"(?<!\d)(\d{3})(?=年)", lambda m: str(base + int(m.group(1))), phrase)
    short_year = _SHORT_YEAR_DATE.fullmatch(phrase.strip())
    if short_year is not None:  # "19.09.23": this century, or the one before for a year after publication
        year = 2000 + int(short_year.group(1))
        year = year - 100 if published is not None and year > published.year else year
        phrase = short_year.group(0)[: short_year.start(1)] + str(year)
    numbers = [int(n) for n in re.findall(r"\d+", phrase)]
    lowered = phrase.lower()
    months = {profile.month_numbers[w] for w in re.findall(r"[^\W\d_]+", lowered) if w in profile.month_numbers}
    months |= {number for name, number in _month_names_of_words(profile).items() if _names(name, lowered)}
    years = [n for n in numbers if n >= 1000]
    if len(months) > 1 or len(years) > 1:
        return None
    rest = [n for n in numbers if n < 1000]
    if months and len(rest) == 1:
        month, day = months.pop(), rest[0]
    elif not months and len(rest) == 2:
        if years and numbers[0] == years[0]:
            month, day = rest  # year first: 2023-02-08, 2023年2月8日
        else:
            day, month = rest if profile.day_before_month else reversed(rest)
    else:
        return None
    year = years[0] if years else (published.year if published is not None else None)
    if year is None:
        return None
    if not months and not (1 <= month <= 12) and 1 <= day <= 12:
        day, month = month, day  # "27/01/2025" on an English page: the order the numbers allow
    try:
        found = dt.date(year, month, day)
        if not years and published is not None and found > published:
            if (found - published).days <= FUTURE_DAY_MONTH_DAYS:
                return NOT_A_PAST_DATE
            found = dt.date(year - 1, month, day)  # "30 December" published on 2 January
    except ValueError:
        return None
    return found


_SHORT_YEAR_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(\d{2})")  # a day, month and two-digit year ("19.09.23")


@functools.lru_cache(maxsize=64)
def _month_names_of_words(profile: LanguageProfile) -> dict[str, int]:
    """The language's month names of more than one word (Levantine Arabic "تشرين الأول")."""
    return {name: number for name, number in profile.month_numbers.items() if " " in name}


@functools.lru_cache(maxsize=64)
def _weekday_names_of_words(profile: LanguageProfile) -> tuple[str, ...]:
    """The language's weekday names of more than one word (Persian "سه شنبه"), longest first."""
    return tuple(sorted((name for name in profile.weekday_numbers if " " in name), key=len, reverse=True))


def _names(name: str, text: str) -> bool:
    """Whether ``text`` holds ``name`` as whole words."""
    return whole_word(text, name) is not None


SOLAR_HIJRI_YEARS = range(1300, 1500)  # years of the Solar Hijri calendar (1921-2121), never Gregorian ones


def _solar_hijri_date(phrase: str, profile: LanguageProfile, published: dt.date | None) -> dt.date | None:
    """A date of the Solar Hijri calendar ("۲۱ آبان ۱۳۹۸", "21 عقرب", "1398/08/21") in a
    language that writes it (``solar_hijri_months``: the month names and their numbers), as a
    Gregorian date: a day and a Solar Hijri month name, or numbers with a Solar Hijri year
    first. Without a year it is in the Solar Hijri year of publication, as ``calendar_date``
    reads a day and month; None for any other phrase."""
    months: dict[str, int] = profile.data.get("solar_hijri_months", {})
    if not months:
        return None
    words = [w.removesuffix("ماه") if w.removesuffix("ماه") in months else w for w in re.findall(r"[^\W\d_]+", phrase)]
    month = next((months[w] for w in words if w in months), None)  # "۲۸ شهریورماه": the month joined to "ماه"
    numbers = [int(n) for n in re.findall(r"\d+", phrase)]
    years = [n for n in numbers if n in SOLAR_HIJRI_YEARS]
    rest = [n for n in numbers if n <= 31]
    if month is None and len(years) == 1 and len(rest) == 2 and numbers[0] == years[0]:
        month, day = rest  # 1398/08/21
    elif month is not None and len(rest) == 1 and len(numbers) - len(years) == 1:
        day = rest[0]
    else:
        return None
    if years:
        year = years[0]
    elif published is not None:
        year = jdatetime.date.fromgregorian(date=published).year
    else:
        return None
    try:
        found = jdatetime.date(year, month, day).togregorian()
        if not years and published is not None and found > published:
            if (found - published).days <= FUTURE_DAY_MONTH_DAYS:
                return NOT_A_PAST_DATE
            found = jdatetime.date(year - 1, month, day).togregorian()  # "۱۰ اسفند" read early in the next year
    except ValueError:
        return None
    return found


LUNAR_HIJRI_YEARS = range(1343, 1500)  # years of the (lunar) Hijri calendar that Umm al-Qura tables cover (1924-2077)


@functools.lru_cache(maxsize=64)
def _lunar_hijri_month_names(profile: LanguageProfile) -> tuple[tuple[str, int], ...]:
    """The language's lunar Hijri month names (``lunar_hijri_months``), folded as date phrases are, longest first."""
    months = profile.data.get("lunar_hijri_months", {})
    return tuple(sorted(((fold_letters(str(k)), int(v)) for k, v in months.items()), key=lambda kv: -len(kv[0])))


def _lunar_hijri_date(phrase: str, profile: LanguageProfile, published: dt.date | None) -> dt.date | None:
    """A date of the lunar Hijri calendar ("4 ربيع الأول 1445 هـ") in a language that writes it
    (``lunar_hijri_months``), as the Gregorian day of the Umm al-Qura calendar: a day and a month
    name, with a Hijri year or in the Hijri year of publication (the year before when that day
    would come after publication). None for any other phrase."""
    names = _lunar_hijri_month_names(profile)
    if not names:
        return None
    folded = fold_letters(phrase)
    month = next((number for name, number in names if _names(name, folded)), None)
    numbers = [int(n) for n in re.findall(r"\d+", folded)]
    years = [n for n in numbers if n in LUNAR_HIJRI_YEARS]
    days = [n for n in numbers if 1 <= n <= 30]
    if month is None or len(days) != 1 or len(numbers) - len(years) != 1:
        return None
    try:
        if years:
            return _gregorian(years[0], month, days[0])
        if published is None:
            return None
        year = Gregorian.fromdate(published).to_hijri().year
        found = _gregorian(year, month, days[0])
        return found if found <= published else _gregorian(year - 1, month, days[0])
    except (ValueError, OverflowError):
        return None


def _gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of a day of the Umm al-Qura Hijri calendar."""
    day_of = Hijri(year, month, day).to_gregorian()
    return dt.date(day_of.year, day_of.month, day_of.day)


def _numerals_to_digits(phrase: str, profile: LanguageProfile) -> str:
    """Runs of the language's ``numeral_digits`` before one of its ``numeral_date_units`` as
    Arabic numbers ("十二月一日" -> "12月1日"; not "星期一", a weekday's name): the ten sign
    (value 10) multiplies the digit before it and adds the one after it, a sign of twenty or
    thirty ("廿五日" -> "25日") adds the one after it, other runs are read digit by digit
    ("二〇〇三年" -> "2003年")."""
    digits: dict[str, int] = profile.data.get("numeral_digits", {})
    units: list[str] = profile.data.get("numeral_date_units", [])
    if not digits or not units:
        return phrase
    tens = [sign for sign, value in digits.items() if value >= 10 and value % 10 == 0]

    def number(match: re.Match[str]) -> str:
        run = match.group(0)
        ten = next((t for t in tens if t in run), None)
        if ten is None:
            return "".join(str(digits[ch]) for ch in run)
        head, _, tail = run.partition(ten)
        times = digits[head[-1]] if head and digits[ten] == 10 else 1
        return str(times * digits[ten] + (digits[tail[0]] if tail else 0))

    run_pattern = "[" + re.escape("".join(digits)) + "]+(?=" + "|".join(map(re.escape, units)) + ")"
    return re.sub(run_pattern, number, phrase)


def _era_to_common_year(phrase: str, eras: dict[str, int]) -> str:
    """ "令和6年10月2日" -> "2024年10月2日" for a language with era years (``era_years``)."""
    for era, base in eras.items():
        match = re.search(rf"{re.escape(era)}(\d{{1,3}}|元)", phrase)
        if match is not None:
            year = base + (1 if match.group(1) == "元" else int(match.group(1)))
            return phrase[: match.start()] + str(year) + phrase[match.end() :]
    return phrase


def weekday_date(phrase: str, profile: LanguageProfile, published: dt.date) -> dt.date | None:
    """A weekday phrase ("Wednesday", "am Mittwoch", "el jueves", "星期三") read with the
    language's CLDR weekday names: the latest such day on or before publication (the
    weekday of publication is that very day), also before a postposition the language lists
    (``weekday_postpositions``: "pazartesi günü"). None for anything else ("В среду": not a
    CLDR form; "next Friday": more than one short word before it), which dateparser reads.
    """
    lowered = phrase.lower().replace("\u200c", "")  # "سه‌شنبه" is one word, "شنبه" after "سه" no weekday of its own
    for name in _weekday_names_of_words(profile):  # "سه شنبه": one weekday written in two words
        lowered = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", name.replace(" ", ""), lowered)
    words = re.findall(r"[^\W\d_]+", lowered)
    if len(words) == 2 and words[1] in profile.data.get("weekday_postpositions", []):
        words = words[:1]  # "pazartesi günü": the weekday before its postposition
    if not words or len(words) > 2 or (len(words) == 2 and len(words[0]) > 3):
        return None
    weekday = profile.weekday_numbers.get(words[-1])
    if weekday is None:
        return None
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def _parse_with_dateparser(
    phrase: str, profile: LanguageProfile, published: dt.date | None, has_year: bool
) -> tuple[dt.date, str] | None:
    parser = _date_parser(profile.code, published)
    tried = [phrase]
    words = phrase.split(maxsplit=1)
    if len(words) == 2:
        tried.append(words[1])  # "am Mittwoch", "el jueves": the preposition may confuse the parser
    if not has_year and published is not None:
        tried += [profile.data["year_template"].format(text=t, year=published.year) for t in list(tried)]
    data = next((d for d in map(parser.get_date_data, tried) if d.date_obj is not None), None)
    if data is None:
        return None
    return data.date_obj.date(), (data.period if data.period in ("day", "month", "year") else "day")


def month_end(month: str | None) -> dt.date | None:
    """The last day of a month given as "YYYY-MM" (a publication known only to the month); none
    for a year alone ("YYYY": of which month would a bare day be?)."""
    if not month or len(month) < len("YYYY-MM"):
        return None
    year, number = int(month[:4]), int(month[5:7])
    following = dt.date(year + number // 12, number % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _day_of_month(day: int, published: dt.date) -> tuple[dt.date, str] | None:
    """A bare day of the month ("习近平10日…"): in the publication month, or the one before
    when that day is still to come."""
    year, month = published.year, published.month
    if day > published.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    try:
        return dt.date(year, month, day), "day"
    except ValueError:
        return None


def _weekday_of_previous_week(phrase: str, profile: LanguageProfile, published: dt.date) -> tuple[dt.date, str] | None:
    """A weekday of the calendar week (Monday to Sunday) before the week of publication ("上周五"
    published on a Friday: the Friday seven days before; published on a Monday: three days before)."""
    day = weekday_date(phrase, profile, published)
    if day is None:
        return None
    monday = published - dt.timedelta(days=published.weekday())
    return monday - dt.timedelta(days=7 - day.weekday()), "day"


def _day_of_previous_month(day: int, published: dt.date) -> tuple[dt.date, str] | None:
    """A day of the month before publication ("上月14日": the 14th of last month)."""
    first = published.replace(day=1) - dt.timedelta(days=1)
    try:
        return first.replace(day=day), "day"
    except ValueError:
        return None


def date_phrases(text: str, profile: LanguageProfile, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """Every match of the language's date patterns in ``text[start:end]``, in text order (a new list
    each call; the matching is done once per text and span: a document's sentences are read for
    dates by several rules)."""
    return list(_date_phrases(text, profile, start, end))


@functools.lru_cache(maxsize=512)
def _date_phrases(text: str, profile: LanguageProfile, start: int, end: int | None) -> tuple[re.Match[str], ...]:
    stop = len(text) if end is None else end
    folded = fold_letters(text)  # the patterns are folded too: "الإثنين" and "الاثنين", "أكتوبر" and "اكتوبر"
    return tuple(
        sorted(
            (m for regex in profile.date_regexes for m in regex.finditer(folded, start, stop)),
            key=lambda m: (m.start(), -m.end()),
        )
    )


def engagement_days(
    sentences: list[str], language: str | None, published: dt.date | None, ref: Reference
) -> set[dt.date]:
    """The distinct days the cue sentences date something to (a roundup dates several). The
    end of a range ("6月15日至18日", "du 15 au 18 juin") is not a day of its own."""
    profile = ref.languages.get(language or "")
    days: set[dt.date] = set()
    if profile is None:
        return days
    phrases: list[str] = []
    for sentence in sentences:
        previous_end = None
        matches = list(date_phrases(sentence, profile))
        arranged = _arrangement_dates(sentence, matches, profile)
        for match in matches:
            if match in arranged:
                continue  # "confirmada el 30 de octubre": when it was arranged, not another engagement
            if previous_end is None or match.start() - previous_end > RANGE_GAP_CHARS:
                phrases.append(match.group(0))
            previous_end = match.end()
    that_day = _that_day_of_another(phrases, profile)  # "当天" is the day a date names, no day of its own
    phrases = [p for p in phrases if normalise(p) not in that_day]
    if len(set(phrases)) < ROUNDUP_MIN_DAYS:
        return days
    for phrase in set(phrases):
        found = _date_of_phrase(phrase, profile, published)
        if found is not None:
            days.add(found[0])
    return days


def _that_day_of_another(phrases: list[str], profile: LanguageProfile) -> set[str]:
    """The language's ``same_day_words`` ("当天", "이날"), normalised, when ``phrases`` (date phrases of a text)
    name another day too: that day is the one they stand for, so they count for no day of their own. Empty
    when no other day is named (then "that day" is the day of the report)."""
    same_day = set(normalised_list(profile, "same_day_words"))
    return same_day if any(normalise(p) not in same_day for p in phrases) else set()


def find_date(
    sentences: list[str], language: str | None, published: dt.date | None, ref: Reference, month_only: bool = False
) -> tuple[dt.date | None, str, bool]:
    """(date, precision, stated) of the engagement: the first date phrase of the first cue
    sentence holding one (stated), else the publication date (not stated: a fallback that
    engagement resolution treats as no date), else unknown. ``month_only``: ``published`` is
    the last day of the month the page is known to be published in (no fallback day)."""
    profile = ref.languages.get(language or "")
    if profile is not None:
        of_statement: tuple[dt.date, str] | None = None
        # "that day" ("이날", "当天") is the day another date of these sentences names: that one dates it
        named = [list(date_phrases(t, profile)) for t in sentences]
        that_day = _that_day_of_another([m.group(0) for found in named for m in found], profile)
        for sentence, found in zip(sentences, named, strict=True):
            spoken: tuple[dt.date, str] | None = None  # the day a statement of this sentence is dated to
            matches = [m for m in found if normalise(m.group(0)) not in that_day]
            arranged = _arrangement_dates(sentence, matches, profile)
            for match, following in zip(matches, [*matches[1:], None], strict=False):
                if match in arranged:
                    continue  # "the meeting, confirmed on October 30": the day it was arranged
                if _a_day_ahead(match.group(0), profile, published):
                    continue  # "24日に行われる閣僚交渉", published on the 23rd: a plan, not last month's 24th
                if _weekday_of_the_date_after(match, following, sentence, profile):
                    continue  # "On Thursday, May 26": the day number after the weekday says which Thursday
                if _since_the_date(sentence, match, profile):
                    continue  # "their first call since September 5": the start of a span, no engagement's day
                if _names_another_event(sentence, match, profile):
                    continue  # "the October 7 attack": a date naming another event
                if _hijri_beside_its_gregorian(match, following, profile, published):
                    continue  # "4 ربيع الأول 1445 هـ الموافق 19 سبتمبر 2023م": the page's own Gregorian day
                found = _date_of_phrase(match.group(0), profile, published, month_only)
                if found is not None and _dates_a_statement(sentence, match, profile):
                    spoken = found
                    of_statement = of_statement or found  # "the White House said on Friday": when it spoke
                elif found is not None:
                    offset = _relative_day_offset(match.group(0), profile)
                    if offset is None and found[0] == published and _a_past_weekday(sentence, match, profile):
                        found = (found[0] - dt.timedelta(days=7), found[1])  # "last Thursday" said on a Thursday
                    if spoken is not None and offset is not None:  # "said on Wednesday ... the call this afternoon"
                        return spoken[0] + dt.timedelta(days=offset), "day", True
                    after = _relative_day_after_dateline(match, following, sentence, profile)
                    if offset is None and after is not None:  # "CANADA, June 28 - Yesterday, ...": of the 28th
                        return found[0] + dt.timedelta(days=after), "day", True
                    later = _a_later_day_beside(match, matches, sentence, profile, published, month_only)
                    if later is not None and later[0] > found[0]:  # "who met him on 5 May, spoke with him on 19 May"
                        return later[0], later[1], True
                    return found[0], found[1], True
        if of_statement is not None:
            return of_statement[0], of_statement[1], True
    if published is not None and not month_only:
        return published, "day", False
    return None, "unknown", False


def _a_later_day_beside(
    match: re.Match[str],
    matches: list[re.Match[str]],
    sentence: str,
    profile: LanguageProfile,
    published: dt.date | None,
    month_only: bool,
) -> tuple[dt.date, str] | None:
    """The latest past day named with a day number further on in the sentence of a first dated
    one, itself with a day number: a sentence that recalls an earlier engagement beside the one
    it reports ("Following their meeting of 5 September, X spoke with Y on 19 September", "X, who
    met Y on 5 September, spoke with him on 19 September") dates the report's to the later day.
    The end of a range ("15 to 18 June") and a statement's day are no such day."""
    if not re.search(r"\d", match.group(0)):
        return None
    latest: tuple[dt.date, str] | None = None
    previous_end = match.end()
    zones = normalised_list(profile, "time_zone_words")
    for other in matches:
        if other.start() < match.end():
            continue
        gap, previous_end = other.start() - previous_end, other.end()
        if gap <= RANGE_GAP_CHARS or not re.search(r"\d", other.group(0)):
            continue
        between = sentence[match.end() : other.start()]
        if _in_open_bracket(between) or any(w in normalise(between) for w in zones):
            break  # "21日(日本時間22日)", "May 26 ... local time (May 27, JST)": the same moment on another clock
        if _a_day_ahead(other.group(0), profile, published) or _dates_a_statement(sentence, other, profile):
            continue
        if _RANGE_END_BEFORE.search(sentence[max(0, other.start() - 6) : other.start()]):
            continue  # "from 18 to 20 September": the end of a range whose start is no date phrase
        if _since_the_date(sentence, other, profile) or _names_another_event(sentence, other, profile):
            continue
        found = _date_of_phrase(other.group(0), profile, published, month_only)
        if found is not None and found[1] == "day" and (latest is None or found[0] > latest[0]):
            latest = found
    return latest


SINCE_WINDOW = 12  # "since", "seit", "depuis" right before a date; "以来", "'den beri" right after it


def _arrangement_dates(sentence: str, matches: list[re.Match[str]], profile: LanguageProfile) -> list[re.Match[str]]:
    """The date phrases that date an engagement's arrangement, not the engagement: right after one
    of the language's ``arrangement_date_words`` ("fue confirmada el 30 de octubre", "announced on
    March 3"), or in apposition to such a date ("reconfirmada hasta anoche, 2 de noviembre")."""
    words = normalised_list(profile, "arrangement_date_words")
    if not words:
        return []
    arranged: list[re.Match[str]] = []
    for match in matches:
        before = normalise(sentence[max(0, match.start() - ARRANGEMENT_WINDOW) : match.start()]).rstrip()
        if any(re.search(rf"(?<!\w){re.escape(w)}$", before) for w in words) or (
            arranged and not sentence[arranged[-1].end() : match.start()].strip(" ,")
        ):
            arranged.append(match)
    return arranged


ARRANGEMENT_WINDOW = 30  # "confirmada el", "reconfirmada hasta": the words right before a date


def _since_the_date(sentence: str, match: re.Match[str], profile: LanguageProfile) -> bool:
    """Whether a date phrase starts a span ("since September 5", "seit dem 5. September", "自9月5日以来",
    "5 Eylül'den bu yana": the language's ``since_date_words`` right before it or ``since_date_suffixes``
    right after it): the day something began, not the day of the engagement reported."""
    before = normalise(sentence[max(0, match.start() - SINCE_WINDOW) : match.start()]).rstrip()
    after = normalise(sentence[match.end() : match.end() + SINCE_WINDOW]).lstrip()
    if any(
        re.search(rf"(?<!\w){re.escape(normalise(w))}$", before) for w in language_list(profile, "since_date_words")
    ):
        return True
    return any(after.startswith(normalise(w)) for w in language_list(profile, "since_date_suffixes"))


def _names_another_event(sentence: str, match: re.Match[str], profile: LanguageProfile) -> bool:
    """Whether a date phrase is used as the name of another event, an adjective before its noun ("the
    October 7 attack", "Hamas's October 7 attacks", "the 24 February invasion"; not "on the 19th of
    September", "the September 19 call"): the language's ``attributive_date_before`` pattern matches
    the text before it and ``attributive_date_after`` the text after it."""
    before_pattern = profile.data.get("attributive_date_before")
    after_pattern = profile.data.get("attributive_date_after")
    if not before_pattern or not after_pattern:
        return False
    before = sentence[max(0, match.start() - SINCE_WINDOW) : match.start()]
    after = sentence[match.end() : match.end() + SINCE_WINDOW * 2]
    return re.search(before_pattern, before) is not None and re.match(after_pattern, after) is not None


PAST_WEEKDAY_WINDOW = 14  # "в прошлый четверг", "el pasado jueves": the word for "last" beside the weekday


def _a_past_weekday(sentence: str, match: re.Match[str], profile: LanguageProfile) -> bool:
    """Whether a weekday phrase is qualified by the language's word for "last" (``past_weekday_words``)
    or for "last week" (``previous_week_words``) right before or after it or within it ("last
    Thursday", "jeudi dernier", "geçen perşembe", "上周四"): said on that weekday, it is the one a
    week before, not the day of publication."""
    if re.search(r"\d", match.group(0)):
        return False
    past = normalised_list(profile, "past_weekday_words")
    words = past + normalised_list(profile, "previous_week_words")
    before = normalise(sentence[max(0, match.start() - PAST_WEEKDAY_WINDOW) : match.start()]).rstrip()
    after = normalise(sentence[match.end() : match.end() + PAST_WEEKDAY_WINDOW]).lstrip()
    inside = normalise(match.group(0))
    # a word for "last week" stands before its weekday ("上周四"): after it, "上" is of "上午" (the morning)
    return any(before.endswith(w) or inside.startswith(w) or inside.endswith(w) for w in words if w) or any(
        after.startswith(w) for w in past if w
    )


HIJRI_TO_GREGORIAN_CHARS = 16  # "4 ربيع الأول 1445 هـ الموافق 19 سبتمبر": the Gregorian day right after the Hijri one


def _hijri_beside_its_gregorian(
    match: re.Match[str], following: re.Match[str] | None, profile: LanguageProfile, published: dt.date | None
) -> bool:
    """Whether a lunar Hijri date is followed at once by a date with a day number, the Gregorian
    day the page gives for it: that one is read (a local calendar may differ by a day from Umm al-Qura)."""
    return (
        following is not None
        and following.start() - match.end() <= HIJRI_TO_GREGORIAN_CHARS
        and re.search(r"\d", following.group(0)) is not None
        and _lunar_hijri_date(match.group(0), profile, published) is not None
    )


# a word or mark joining the end of a range to its start ("18 to 20 September", "du 18 au 20", "vom 18. bis 20.")
_RANGE_END_BEFORE = re.compile(r"(?:\bto|\bau|\bbis|\bal|\baté|\bpo|\bдо|\bпо|[-–—~～至])\s*$", re.IGNORECASE)


def _in_open_bracket(text: str) -> bool:
    """Whether a text leaves a bracket open ("local time (1:10 A.M. on "): what follows is inside it."""
    return text.rfind("(") > text.rfind(")") or text.rfind("（") > text.rfind("）")


_DATELINE_DASH = re.compile(r"\s*(?:\(\w[^)]{0,30}\)|/[A-Z]{2,10}/)?\s*[–—-]{1,2}\s*")
_WEEKDAY_TO_DATE = re.compile(r"[\s,(（]{0,3}")


def _weekday_of_the_date_after(
    match: re.Match[str], following: re.Match[str] | None, sentence: str, profile: LanguageProfile
) -> bool:
    """Whether a weekday phrase is followed at once by a date with a day number ("On Thursday,
    May 26", "Saturday (6 August)"): that date says which day, not the last such weekday before
    publication."""
    if following is None or re.search(r"\d", match.group(0)) or not re.search(r"\d", following.group(0)):
        return False
    if _relative_day_offset(match.group(0), profile) is not None:
        return False  # "yesterday, 26 May" is the relative day's business
    return _WEEKDAY_TO_DATE.fullmatch(sentence[match.end() : following.start()]) is not None


def _relative_day_after_dateline(
    match: re.Match[str], following: re.Match[str] | None, sentence: str, profile: LanguageProfile
) -> int | None:
    """The day offset of a relative day word right after a dated dateline's dash ("CANADA, June
    28 - Yesterday, ...", "OTTAWA, May 12, 2025 /CNW/ - Today"): it counts from the dateline's
    day, which is when the report was filed, not when the leaders met."""
    if following is None or _DATELINE_DASH.fullmatch(sentence[match.end() : following.start()]) is None:
        return None
    return _relative_day_offset(following.group(0), profile)


def _bare_day(phrase: str, profile: LanguageProfile) -> int | None:
    """The day of a phrase that names a day of the month alone ("24日", "24일"; not "上月24日", of last
    month: the language's ``previous_month_words``), else None."""
    day_only = re.fullmatch(r"\D{0,3}(\d{1,2})\D{0,3}", phrase)
    if day_only is None or any(phrase.startswith(w) for w in language_list(profile, "previous_month_words")):
        return None
    return int(day_only.group(1))


def _a_day_ahead(phrase: str, profile: LanguageProfile, published: dt.date | None) -> bool:
    """Whether a bare day of the month is up to ``DAYS_AHEAD_NOT_LAST_MONTH`` days after the
    publication day: a day still to come, which dates no engagement (a roundup still counts it as
    another day)."""
    day = _bare_day(phrase, profile)
    return day is not None and published is not None and 0 < day - published.day <= DAYS_AHEAD_NOT_LAST_MONTH


def headline_day_ahead(headline: str, language: str | None, published: dt.date | None, ref: Reference) -> bool:
    """Whether a headline dates its engagement to a bare day of this month still to come ("日米首脳、27日に
    会談", published on the 16th: ``_a_nearer_day_ahead``). The headline only: a body's bare day beside a
    feed's publication date that disagrees with the page's own dateline is no plan."""
    profile = ref.languages.get(language or "")
    if profile is None or published is None or not headline:
        return False
    return any(_a_nearer_day_ahead(m.group(0), profile, published) for m in date_phrases(headline, profile))


def _a_nearer_day_ahead(phrase: str, profile: LanguageProfile, published: dt.date) -> bool:
    """Whether a bare day of the month ("27日", "27일") lies more than ``DAYS_AHEAD_NOT_LAST_MONTH``
    days after the publication day and nearer to it than the same day of the month before: a day
    of this month still to come (news names a day of an earlier month with its month). Nearer
    days only date nothing (``_a_day_ahead``): a feed's publication day may lag the page's."""
    day = _bare_day(phrase, profile)
    if day is None:
        return False
    ahead = day - published.day
    before = _day_of_previous_month(day, published)
    return ahead > DAYS_AHEAD_NOT_LAST_MONTH and (before is None or ahead < (published - before[0]).days)


def _relative_day_offset(phrase: str, profile: LanguageProfile) -> int | None:
    """The day offset of a relative day word ("yesterday" -1, "this afternoon" 0: the
    language's ``relative_days``), None for any other date phrase. Said after a dated
    statement in the same sentence, it counts from the statement's day, not publication's."""
    offset = profile.data.get("relative_days", {}).get(normalise(phrase).strip())
    return None if offset is None else int(offset)


STATEMENT_WINDOW_BEFORE = 12  # "said on Friday", "заявил в пятницу"
STATEMENT_WINDOW_AFTER = 6  # "星期五(6月12日)表示", "20일 밝혔다"
_BRACKET_AFTER = re.compile(r"^\s*[(（][^()（）]{0,16}[)）]")


def _dates_a_statement(sentence: str, match: re.Match[str], profile: LanguageProfile) -> bool:
    """Whether a date phrase is that of a statement about the engagement, a verb of saying right
    beside it ("the White House said on Friday", "白宫星期五(6月12日)表示": the language's
    ``statement_verbs``): a date of the engagement elsewhere in the cue sentences comes first."""
    verbs = language_list(profile, "statement_verbs")
    if not verbs:
        return False
    before = normalise(sentence[max(0, match.start() - STATEMENT_WINDOW_BEFORE) : match.start()])
    rest = _BRACKET_AFTER.sub("", sentence[match.end() : match.end() + 40], count=1)  # "星期五(6月12日)表示"
    after = normalise(rest[:STATEMENT_WINDOW_AFTER])
    return any(v in before or v in after for v in verbs)


FUTURE_SLIP_DAYS = 1  # a date one day after publication may be a time-zone slip, not the future


def future_date_stated(sentences: list[str], language: str | None, published: dt.date | None, ref: Reference) -> bool:
    """Whether a lead sentence states a full date (with its year) up to half a year after
    publication ("... will welcome Chancellor Merkel on 7 June 2011", published in April):
    the engagement is still to come. A date further on is taken for a publication date gone
    astray (a feed's wrong date), not for a plan."""
    profile = ref.languages.get(language or "")
    if profile is None or published is None:
        return False
    ahead_words = normalised_list(profile, "event_ahead_openers")
    for sentence in sentences:
        for match in date_phrases(sentence, profile):
            if re.search(r"\d{4}", match.group(0)) is None:
                if _weekday_named_day_ahead(sentence, match, profile, published):
                    return True
                continue
            opener = normalise(sentence[: match.start()]).lstrip()
            if any(opener.startswith(w) for w in ahead_words) and "," not in opener:
                continue  # "In view of the summit scheduled on 9 December 2019, X had a call": that event's date
            day = calendar_date(match.group(0), profile, None)
            ahead = (day - published).days if day is not None and day != NOT_A_PAST_DATE else 0
            if FUTURE_SLIP_DAYS < ahead <= FUTURE_DAY_MONTH_DAYS:  # further on: a publication date astray
                return True
    return False


WEEKDAY_NAMED_DAY_AHEAD_DAYS = 62  # a day and month without a year, its weekday named, this far ahead: a plan
WEEKDAY_BEFORE_DATE_CHARS = 16  # "Thursday, " before "June 8": the weekday named with the date


def _weekday_named_day_ahead(sentence: str, match: re.Match[str], profile: LanguageProfile, published: dt.date) -> bool:
    """Whether a day and month without a year, after the weekday it falls on in the publication year ("on
    Thursday, June 8" in a statement of 30 May 2023), lies ahead of publication by more than
    ``FUTURE_SLIP_DAYS`` and up to ``WEEKDAY_NAMED_DAY_AHEAD_DAYS``: a visit or call announced for that day. The
    weekday must agree with the date, so a recalled day of an earlier year is not taken for a plan."""
    day = calendar_date(match.group(0), profile, dt.date(published.year, 12, 31))
    if day is None or day == NOT_A_PAST_DATE or day.year != published.year:
        return False
    if not FUTURE_SLIP_DAYS < (day - published).days <= WEEKDAY_NAMED_DAY_AHEAD_DAYS:
        return False
    before = sentence[max(0, match.start() - WEEKDAY_BEFORE_DATE_CHARS) : match.start()].lower()
    named = [
        number
        for name, number in profile.weekday_numbers.items()
        if name in match.group(0).lower() or re.search(rf"(?<!\w){re.escape(name)}[\s,(（]{{0,3}}$", before)
    ]
    return day.weekday() in named


# A dateline: a place and date, then a dash or an agency's credit in brackets ("(EFE)", "(ANTARA)"); a
# bracketed day and month ("hari Kamis (5/3)") or day ("na terça-feira (19)") is the date of what the sentence
# reports, no credit; an agency between slashes ("МОСКВА, 20 сентября. /ТАСС/."), a Chinese agency's "电", or its
# news or report of the day ("据新华社5月20日消息，", "澳洲新闻集团6月17日报道称，")
DATELINE = re.compile(
    r"[^\n]{2,80}?(?:\s[–—-]{1,2}\s|\s*\((?!\d{1,2}(?:/\d{1,2})?\))\w[^)]{0,30}\)\.?\s*[–—-]{0,2}\s"
    r"|\s/[^\W\d_]{2,10}/\.?\s|(?:(?<=月\d日)|(?<=月\d\d日))(?:电|消息[，,]|报道称?[，,])\s*)"
)


_DATELINE_AGENCY = re.compile(r"(\([^()]*\)|/[^\W\d_]{2,10}/)[^()/]*$")
DATELINE_LAG_DAYS = 2  # a dateline this many days before the page's date is the day the report was filed


def _dateline_date(doc: ParsedDocument, full: str, ref: Reference) -> tuple[dt.date | None, str]:
    """The publication date, and the text with its dateline's date blanked out.

    A date in the dateline ("ABU DHABI, 10th March, 2024 (WAM) --") is when the report was
    filed, not when the leaders spoke ("held a phone call yesterday"): it is the base for
    relative dates when no publication date is known, or when it falls a day or two before
    the page's date (the page went up later than the report was filed), and never the
    engagement date itself.
    """
    profile = ref.languages.get(doc.language_hint or "")
    if profile is None:
        return doc.published_date, full
    offset = len(doc.title) + 1 if doc.title and not _a_dated_first_sentence(doc.title, profile) else 0
    dateline, offset = _find_dateline(full, offset, profile)
    if dateline is None:
        return doc.published_date, full
    published = doc.published_date
    undated = full
    # the agency blanked: "Sept. 20 (Reuters)", "20 сентября. /ТАСС/" is a date before it, not one before a bracket
    agency = _DATELINE_AGENCY.search(dateline.group(0))
    seen = full
    if agency is not None:
        start, end = dateline.start() + agency.start(1), dateline.start() + agency.end(1)
        seen = full[:start] + " " * (end - start) + full[end:]
    matches = date_phrases(full, profile, offset, dateline.end())
    matches += [
        m for m in date_phrases(seen, profile, offset, dateline.end()) if m.span() not in {n.span() for n in matches}
    ]
    for match in matches:
        if published is None and re.search(r"\d{4}", match.group(0)):
            found = _date_of_phrase(match.group(0), profile, None)
            published = found[0] if found else None
        elif published is not None and re.search(r"\d", match.group(0)):
            found = _date_of_phrase(match.group(0), profile, published)
            if found is not None and 0 < (published - found[0]).days <= DATELINE_LAG_DAYS:
                published = found[0]  # "MOSCOW, March 3 -" on a page dated the 4th: its "yesterday" is the 2nd
        undated = _blank(undated, match)
    return published, undated


DATELINE_LINES = 3  # a heading may stand between the title and the dateline
# a sentence's end: a stop, then a capitalised word in lower case ("Erga. Mereka"; not "мая. INTERFAX.RU")
SENTENCE_END = re.compile(r"[.!?]\s+[^\W\d_][^\W\d_A-ZÀ-ÖØ-ÞА-ЯЁ]")
DATELINE_MAX_WORDS = 5  # words of a dateline before a stop ("Минск. 14 мая.", "WASHINGTON, D.C. Sept. 17")
SENTENCE_STOPS = ".。!?！？"  # a line ending on one of these is a sentence, no headline


def _runs_past_a_sentence(dateline: re.Match[str]) -> bool:
    """Whether a would-be dateline holds the end of a sentence of prose and the start of the next
    ("Presiden Obama bertemu ... di Istana Erga. Mereka - saling sapa"): a dash inside the report's
    prose, no dateline above it."""
    text = dateline.group(0)
    return any(len(text[: m.start()].split()) > DATELINE_MAX_WORDS for m in SENTENCE_END.finditer(text))


def _find_dateline(full: str, offset: int, profile: LanguageProfile) -> tuple[re.Match[str] | None, int]:
    """The dateline at the start of the body, or, below a heading, one at the start of the
    next lines that begins with a capital and holds a date ("CANADA, April 28 - Yesterday, ...")."""
    dateline = DATELINE.match(full, offset)
    if dateline is not None and not _bracket_of_prose(dateline, profile) and not _runs_past_a_sentence(dateline):
        return dateline, offset
    start = offset
    for _ in range(DATELINE_LINES - 1):
        start = full.find("\n", start) + 1
        if start == 0:
            break
        while start < len(full) and full[start] == "\n":
            start += 1
        line = DATELINE.match(full, start)
        if (
            line is not None
            and not _bracket_of_prose(line, profile)
            and not _runs_past_a_sentence(line)
            and _opens_like_a_dateline(line)
            and date_phrases(full, profile, start, line.end())
        ):
            return line, start
    return None, offset


def _a_dated_first_sentence(title: str, profile: LanguageProfile) -> bool:
    """Whether a title is the report's first sentence, dateline and all, as when a page's first line
    is taken for its title ("新华社北京6月23日电 6月22日晚，习近平主席……会见……。"): its dateline is the
    page's, not a headline's words."""
    dateline = DATELINE.match(title)
    return (
        dateline is not None
        and title.rstrip()[-1:] in SENTENCE_STOPS
        and not _bracket_of_prose(dateline, profile)
        and not _runs_past_a_sentence(dateline)
        and bool(date_phrases(title, profile, 0, dateline.end()))
    )


def _opens_like_a_dateline(line: re.Match[str]) -> bool:
    """Whether a line below the title opens like a dateline: on a capital ("CANADA, April 28 -"), or,
    in a script without case, in a few words ("新华社北京6月23日电 6月22日晚，"; not a sentence's
    "트럼프 대통령은 30일 ... 주요 20개국(G20) 정상회의", whose bracket is no agency's)."""
    letter = line.group(0)[:1]
    if letter.isupper():
        return True
    uncased = letter.isalpha() and letter.lower() == letter.upper()
    return uncased and len(line.group(0).split()) <= DATELINE_MAX_WORDS


def _bracket_of_prose(dateline: re.Match[str], profile: LanguageProfile) -> bool:
    """Whether the bracket a would-be dateline ends on belongs to the report's prose, no agency's
    credit: a note of whose clock a date is on, or a gloss glued to the word before it ("주요
    20개국(G20) 정상회의", "유럽연합(EU)"; an agency's credit stands apart: "WASHINGTON (Reuters) -")."""
    text = dateline.group(0).rstrip()
    before = text[: text.rfind("(")] if text.rstrip(".–—- ").endswith(")") else ""
    glued = bool(before) and before[-1:].isalpha()
    return glued or _time_zone_note(dateline, profile)


def _time_zone_note(dateline: re.Match[str], profile: LanguageProfile) -> bool:
    """Whether the bracket a dateline match ends on says whose clock a date is on ("14일(현지시간)",
    "on 3 May (local time)": the language's ``time_zone_words``) or spells out the day just
    named ("어제(23일)"): the report's own first sentence, its date the engagement's, not a
    dateline's agency ("(AP)")."""
    text = normalise(dateline.group(0))
    note = text[text.rfind("(") + 1 : text.rfind(")")]
    if any(word in note for word in language_list(profile, "time_zone_words")):
        return True
    # a bracket that is itself a date ("어제(23일)", "星期五(6月12日)") spells out the day just named, one that
    # holds one ("(Thursday morning in Beijing)") gives it on another clock: no agency
    if "(" in text and text.rfind("(") < text.rfind(")") and date_phrases(note, profile):
        return True
    return any(m.group(0).strip() == note.strip() for m in date_phrases(note, profile))


def _blank(text: str, match: re.Match[str]) -> str:
    """The text with a match's span replaced by spaces (offsets stay as they are)."""
    return text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]


def _headline_date(doc: ParsedDocument, full: str, profile: LanguageProfile | None) -> tuple[dt.date | None, str]:
    """A date that ends the title after a dash, bar or comma ("... zu Arbeitsbesuch –
    13.06.2018"): when the page was published, never the engagement date; returned with
    the text that has it blanked out."""
    if not doc.title or profile is None:
        return None, full
    title = doc.title
    for match in [*_NUMERIC_DATE.finditer(title), *date_phrases(title, profile)]:
        if title[match.end() :].strip() or not title[: match.start()].rstrip().endswith(("-", "–", "—", "|", ",")):
            continue
        day = calendar_date(match.group(0), profile, None)
        if day is not None:
            return day, _blank(full, match)
    return None, full


PAGE_DATE_LINE_MAX_CHARS = 60


# Between the parts of a page line or a title: "Publicado em 21/11/2023 - 19:40 Por ...",
# "... | Buenos Aires 14°C", "Analyse : ...", "Análisis | ...".
_PART_SEPARATOR = re.compile(r"\s[-–—|:]\s|:\s|\|")


PAGE_FOOTER_LINES = 6  # a publication date in the footer ("Fecha de publicación: 21/02/2024")


def _last_lines(text: str, count: int) -> str:
    return "\n".join(text.rstrip().splitlines()[-count:])


_NUMERIC_DATE = re.compile(r"(?<!\d)(?:\d{4}([-./])\d{1,2}\1\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4})(?!\d)")


_SENTENCE_END = re.compile(r"[.!?。！？…][\"»”’')]*\s*$")


def _is_heading(text: str, sentence: Sentence) -> bool:
    """Whether a sentence is a line of its own without a sentence's closing mark: a heading
    ("Opening remarks at the meeting with the President of Ukraine"), above the page's
    date line, not the report."""
    line_start = sentence.start == 0 or text[sentence.start - 1] == "\n"
    line_end = sentence.end == len(text) or text[sentence.end : sentence.end + 1] == "\n"
    return line_start and line_end and _SENTENCE_END.search(text[sentence.start : sentence.end]) is None


def page_date(head: str, profile: LanguageProfile | None) -> dt.date | None:
    """The date a page shows on a short line (or "|"-separated part of a line) of its own
    ("06/06/2023", "2024-06-07 20:15 来源：新华社", "Posted On: 04 JUN 2020 6:10PM",
    "Martes 14 de mayo de 2024 | Buenos Aires 14°C"): the publication date when the
    metadata gives none, read like any calendar date of the page's language."""
    if profile is None:
        return None
    for line in (part for row in head.splitlines() for part in _PART_SEPARATOR.split(row)):
        if not line.strip() or len(line) > PAGE_DATE_LINE_MAX_CHARS:
            continue
        phrases = [m.group(0) for m in _NUMERIC_DATE.finditer(line)]
        phrases += [m.group(0) for m in date_phrases(line, profile)]  # read below only with a year
        for phrase in phrases:
            day = calendar_date(phrase, profile, None)
            if day is not None and day.year >= 1990:
                return day
    return None


ROUNDUP_MIN_DAYS = 3  # cue sentences dated to three different days report several engagements


RANGE_GAP_CHARS = 4  # two date phrases this close ("15日至18日", "15 au 18") are the ends of one range
