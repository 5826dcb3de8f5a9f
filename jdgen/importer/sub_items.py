"""Sub-items lettered under a numbered item, each a paragraph of its own
(1. 按工艺完成装配： over a) 核对零件； b) 紧固并记录；, also (a), i)): when
their letters run on from the item (a, or i, right under it, then b, c or
ii, iii), they are parts of that item, written after it, not items of
their own."""

from __future__ import annotations

import re

from jdgen.yamlfile.folding import east_asian

LETTERED = "lettered"
"""The kind of a sub-item's line: kept whole, its letter with it."""
_MARKER = re.compile(r"^\s*(?:[(（](?P<bracketed>[a-z]|[ivx]{1,4})[)）]|(?P<closed>[a-z]|[ivx]{1,4})[)）])\s*(?=\S)")
_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]


def marker(text: str) -> str | None:
    """The letter (or small Roman numeral) a sub-item's line starts with: a) b） (c) （d） i) (ii); None for none."""
    found = _MARKER.match(text)
    return (found["bracketed"] or found["closed"]) if found else None


def follows(letter: str, before: str | None) -> bool:
    """Whether a sub-item lettered ``letter`` comes next after the sub-item
    lettered ``before`` (None: right under its item, where a and i start)."""
    if before is None:
        return letter in ("a", "i")
    after_letter = len(before) == 1 and letter == chr(ord(before) + 1)
    after_roman = before in _ROMAN[:-1] and letter == _ROMAN[_ROMAN.index(before) + 1]
    return after_letter or after_roman


def joined(item: str, sub_item: str) -> str:
    """A sub-item written after its item: nothing between after East Asian text (装配：a) 核对…), else a space."""
    item, sub_item = item.rstrip(), sub_item.strip()
    return item + ("" if east_asian(item[-1:], item[-2:-1]) else " ") + sub_item
