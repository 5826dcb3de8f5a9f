"""Positions' names joined by semicolons in one cell (Forklift Operators;
Stock Controllers; General Workers, 装卸员；叉车司机), or by slashes with
space around them (Line Leaders / Packing Staff): one name a part when
every part is short and reads as a name, not a sentence, and the parts are
not one name in two languages (质检员 / QC Inspector)."""

from __future__ import annotations

import re

from jdgen.importer import slashed, values

_SEPARATOR = re.compile(r"\s*[；;]\s*|\s+/\s+")
_SENTENCE = re.compile(r"[，,、。.:：!?！？]")
"""What a sentence or a list has and a name does not."""
_LONGEST_WORDS = 5
"""The most words a position's name in English has (Senior Stock Control Clerk)."""
_LONGEST_CHINESE = 12
"""The most characters a position's name in Chinese has."""


def parts(text: str) -> list[str]:
    """``text`` split at its semicolons (or spaced slashes); one part when it has none, or when it is a name
    and its translation."""
    if slashed.halves(text):
        return [text.strip()]
    return [part for part in _SEPARATOR.split(text.strip().rstrip("；;。.")) if part]


def is_name(part: str) -> bool:
    """Whether ``part`` reads as a position's name: short, with no sentence's punctuation."""
    if _SENTENCE.search(part):
        return False
    return len(part) <= _LONGEST_CHINESE if values.is_chinese(part) else len(part.split()) <= _LONGEST_WORDS
