"""Locale formatting: dates, numbers, money, list numbering, with Babel and a
few per-language conventions Babel does not cover."""

from __future__ import annotations

import datetime
import string
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from babel import Locale
from babel.dates import format_date
from babel.lists import format_list
from babel.numbers import (
    format_compact_decimal,
    format_currency,
    format_decimal,
    format_percent,
    parse_decimal,
)

from jdgen.english import DEFAULT_ENGLISH, English

_HANZI_DIGITS = "零一二三四五六七八九"
_FORMATTED: dict[tuple[Any, ...], str] = {}
"""Values Babel formatted, by kind, locale and the value as written (Babel
reads a number by its text): a set's documents show the same few figures,
amounts and dates again and again."""
_FORMATTED_KEPT = 10_000


def _remembered(key: tuple[Any, ...], formatted: Callable[[], str]) -> str:
    """``formatted()``, remembered under ``key``."""
    found = _FORMATTED.get(key)
    if found is None:
        if len(_FORMATTED) >= _FORMATTED_KEPT:
            _FORMATTED.clear()
        found = _FORMATTED[key] = formatted()
    return found


def hanzi_number(n: int) -> str:
    """Return ``n`` (1-99) in Chinese numerals: 3 → 三, 12 → 十二, 40 → 四十."""
    if not 0 < n < 100:
        return str(n)
    tens, units = divmod(n, 10)
    text = ""
    if tens:
        text = ("" if tens == 1 else _HANZI_DIGITS[tens]) + "十"
    if units:
        text += _HANZI_DIGITS[units]
    return text


def _letters(n: int) -> str:
    """1 → a, 26 → z, 27 → aa."""
    text = ""
    while n > 0:
        n, remainder = divmod(n - 1, 26)
        text = string.ascii_lowercase[remainder] + text
    return text


class Formatter:
    """Formats values the way documents in ``language`` write them."""

    def __init__(self, language: str, english: English = DEFAULT_ENGLISH) -> None:
        self.language = language
        self.locale = Locale.parse(english.locale(language))
        self.chinese = self.locale.language == "zh"

    def date(self, value: datetime.date | None) -> str:
        """2014年12月9日 / 9 December 2014 (en-GB) / December 9, 2014 (en-US); empty for no date."""
        return _remembered(("date", self.locale, value), lambda: format_date(value, "long", locale=self.locale)) \
            if value else ""

    def number(self, value: int | Decimal) -> str:
        return _remembered(("number", self.locale, str(value)), lambda: format_decimal(value, locale=self.locale))

    def percent(self, value: Decimal) -> str:
        """90 → 90%, 99.5 → 99.5%: the figure as written, in the locale's style."""
        return _remembered(("percent", self.locale, str(value)),
                           lambda: format_percent(value / 100, "#,##0.###%", locale=self.locale))

    def spelled(self, value: int) -> str:
        """A small number as words are written in running text: 三 / 3."""
        return hanzi_number(value) if self.chinese else self.number(value)

    def money(self, amount: Decimal, currency: str) -> str:
        """100万元 in Chinese; CNY 1,000,000 elsewhere."""
        # the amount as written: 1E+6 and 1000000 are equal, not alike
        return _remembered(("money", self.locale, str(amount), currency),
                           lambda: self._formatted_money(amount, currency))

    def _formatted_money(self, amount: Decimal, currency: str) -> str:
        if self.chinese:
            compact = format_compact_decimal(amount, locale=self.locale, fraction_digits=2)
            exact = amount >= 10_000 and _compact_value(compact) == amount
            figure = compact if exact else self.number(amount)
            unit = "元" if currency == "CNY" else self.locale.currencies.get(currency, currency)
            return figure + unit
        pattern = "¤¤ #,##0" if amount == amount.to_integral_value() else "¤¤ #,##0.00"
        return format_currency(amount, currency, format=pattern, locale=self.locale, currency_digits=False)

    def join(self, items: Sequence[str]) -> str:
        """电脑、电话、办公设备 / computer, telephone and office equipment."""
        if self.chinese:
            return "、".join(items)
        return format_list(list(items), locale=self.locale)

    def capitalized(self, text: str) -> str:
        """Start a standalone value with a capital, as English does; a first word
        that has capitals of its own (iPhone, SAP) is left as written."""
        first_word = text.split(" ", 1)[0]
        if self.chinese or not first_word.islower():
            return text
        return text[:1].upper() + text[1:]

    def group_number(self, n: int) -> str:
        """The numbering of a group of items: 一、 / A."""
        return f"{hanzi_number(n)}、" if self.chinese else f"{_letters(n).upper()}. "

    def item_number(self, n: int) -> str:
        """The numbering of an item: 1、 / 1."""
        return f"{n}、" if self.chinese else f"{n}. "

    def sub_number(self, n: int) -> str:
        """The numbering of a sub-item: (1) / (a)."""
        return f"({n})" if self.chinese else f"({_letters(n)}) "


_CHINESE_UNITS = {"万": Decimal(10) ** 4, "亿": Decimal(10) ** 8, "万亿": Decimal(10) ** 12}


def _compact_value(compact: str) -> Decimal | None:
    """Read back a Chinese compact number (100万) to check it lost nothing."""
    for suffix in sorted(_CHINESE_UNITS, key=len, reverse=True):
        if compact.endswith(suffix):
            return parse_decimal(compact[: -len(suffix)], locale="zh") * _CHINESE_UNITS[suffix]
    return parse_decimal(compact, locale="zh")
