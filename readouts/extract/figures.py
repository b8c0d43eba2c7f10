"""Figures: money amounts and percentages mentioned in a text."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from readouts.models import Figure
from readouts.reference import Reference

# A number not inside a longer number ("1,234.5", "1.234,5", "12 000"). Written to begin
# with a digit (the look-behind after it) so that the regex engine jumps from digit to
# digit: 5 times faster than the look-behind first, the same matches.
_NUMBER = re.compile(r"\d(?<![\d.,]\d)(?:\d{0,2}(?:[.,\s]\d{3})*(?:[.,]\d+)?|\d*(?:[.,]\d+)?)(?!\d)")


@dataclass(frozen=True)
class _FigurePatterns:
    currency_before: re.Pattern[str]  # searched in the few characters before a number
    after: re.Pattern[str]  # matched right after a number: scale, currency, percent
    currencies: dict[str, str]
    first_chars: frozenset[str]  # what a word ``after`` can match starts with (both cases)
    last_chars: frozenset[str]  # what a currency word ``currency_before`` can match ends with


def _both_cases(chars: set[str]) -> frozenset[str]:
    return frozenset({c.lower() for c in chars} | {c.upper() for c in chars})


@functools.lru_cache(maxsize=64)
def _figure_patterns(ref: Reference, scale_words: tuple[str, ...], percent_words: tuple[str, ...]) -> _FigurePatterns:
    words = ref.currency_by_word
    currency_alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    scale_alt = "|".join(re.escape(w) for w in sorted(scale_words, key=len, reverse=True))
    percents = (*ref.percent_signs, *percent_words)
    percent_alt = "|".join(re.escape(w) for w in sorted(percents, key=len, reverse=True))
    return _FigurePatterns(
        currency_before=re.compile(rf"(?<!\w)(?P<pre>{currency_alt})\s?$", re.IGNORECASE),
        after=re.compile(
            rf"\s?(?P<pct>{percent_alt})"
            rf"|\s*(?P<scale>{scale_alt})?\s*(?P<post>{currency_alt})(?!\w)"
            rf"|\s*(?P<scale_only>{scale_alt})(?!\w)",
            re.IGNORECASE,
        ),
        currencies=words,
        first_chars=_both_cases({w[0] for w in (*words, *scale_words, *percents)}),
        last_chars=_both_cases({w[-1] for w in words}),
    )


def _to_number(raw: str, decimal_separator: str) -> float | None:
    raw = raw.replace(" ", "").replace("\u00a0", "")
    thousands = "," if decimal_separator == "." else "."
    if raw.count(thousands) and re.fullmatch(rf"\d{{1,3}}(\{thousands}\d{{3}})+", raw):
        raw = raw.replace(thousands, "")
    raw = raw.replace(decimal_separator, ".")
    try:
        return float(raw)
    except ValueError:
        return None


def find_figures(text: str, language: str | None, ref: Reference) -> list[Figure]:
    """Money amounts (with currency, scale and USD value) and percentages in the text: each
    number, with a currency word just before it or a scale, currency or percent sign after."""
    profile = ref.languages.get(language or "") or ref.languages.get(ref.figures_language_when_unlisted or "")
    if profile is None:
        return []
    scales = {k.lower(): float(v) for k, v in profile.data["number_scales"].items()}
    patterns = _figure_patterns(ref, tuple(scales), tuple(w.lower() for w in profile.data.get("percent_words", [])))
    separator = profile.data["decimal_separator"]
    figures: list[Figure] = []
    for number in _NUMBER.finditer(text):
        start, stop = number.start(), number.end()
        following = text[stop : stop + 64].lstrip()[:1]
        preceding = text[start - 2 : start - 1] if text[start - 1 : start].isspace() else text[start - 1 : start]
        if (
            following not in patterns.first_chars
            and preceding not in patterns.last_chars
            and (following or stop + 64 >= len(text))
        ):
            continue  # no percent, scale or currency word can touch it: a year, a day, a count
        after = patterns.after.match(text, stop)
        if after is not None and after.group("pct"):
            value = _to_number(number.group(0), separator)
            if value is not None:
                figures.append(
                    Figure("percent", value, "percent", None, None, None, text[number.start() : after.end()])
                )
            continue
        currency_word = after.group("post") if after is not None and after.group("post") else None
        if currency_word is None:
            before = patterns.currency_before.search(text, max(0, start - 12), start)
            if before is None:
                continue  # a bare number: a year, a day, a count
            currency_word, start = before.group("pre"), before.start()
        currency = patterns.currencies.get(currency_word.lower())
        value = _to_number(number.group(0), separator) if currency is not None else None
        if value is None:
            continue
        scale_word = (after.group("scale") or after.group("scale_only")) if after is not None else None
        if after is not None and (after.group("post") or after.group("scale_only")):
            stop = after.end()
        value *= scales.get((scale_word or "").lower(), 1.0)
        rate = ref.usd_per_unit.get(currency)
        figures.append(
            Figure("money", value, currency, currency, value * rate if rate else None, None, text[start:stop].strip())
        )
    return figures
