"""Locale formatting, per language."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from jdgen.english import English
from jdgen.i18n.formatting import Formatter, hanzi_number

ZH, EN, US = Formatter("zh"), Formatter("en"), Formatter("en", English("en-US"))


@pytest.mark.parametrize(("n", "text"), [(1, "一"), (3, "三"), (10, "十"), (12, "十二"), (40, "四十"), (99, "九十九")])
def test_hanzi_numbers(n, text):
    assert hanzi_number(n) == text


@pytest.mark.parametrize(
    ("amount", "zh", "en"),
    [
        (1_000_000, "100万元", "CNY 1,000,000"),
        (600_000, "60万元", "CNY 600,000"),
        (1_234_567, "1,234,567元", "CNY 1,234,567"),
        (500, "500元", "CNY 500"),
        (Decimal("1500.50"), "1,500.5元", "CNY 1,500.50"),
        (200_000_000, "2亿元", "CNY 200,000,000"),
    ],
)
def test_money(amount, zh, en):
    assert ZH.money(Decimal(amount), "CNY") == zh
    assert EN.money(Decimal(amount), "CNY") == en


def test_dates():
    day = datetime.date(2014, 12, 9)
    assert (ZH.date(day), EN.date(day), ZH.date(None)) == ("2014年12月9日", "9 December 2014", "")
    assert US.date(day) == "December 9, 2014"


def test_numbering_styles():
    assert [ZH.group_number(2), ZH.item_number(2), ZH.sub_number(2)] == ["二、", "2、", "(2)"]
    assert [EN.group_number(2), EN.item_number(2), EN.sub_number(2)] == ["B. ", "2. ", "(b) "]
    assert EN.sub_number(27) == "(aa) "


def test_lists():
    assert ZH.join(["电脑", "电话", "办公设备"]) == "电脑、电话、办公设备"
    assert EN.join(["computer", "telephone", "office equipment"]) == "computer, telephone and office equipment"
    assert US.join(["computer", "telephone", "office equipment"]) == "computer, telephone, and office equipment"

