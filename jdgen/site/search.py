"""The site's search index: every word (English and other spaced languages)
and every pair of adjacent characters (Chinese and other unspaced ones) of
each position's texts, with the positions that hold it.

A word query matches a position holding a word that starts with it; a
Chinese query matches a position holding each of its character pairs.
Each entry lists its positions in the shorter of two forms: runs
(``[gap, length, gap, length, ...]``), for a term few positions hold or
that neighbours share, or a bitmap in base64 (bit ``i`` of byte ``i // 8``
for position ``i``), for a term held here and there across the set.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from jdgen import marks

WORD = re.compile(r"[^\W_]+")
"""A run of letters or digits (e-mail is two words, as the page's search splits it)."""
WIDE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]+")
"""A run of characters written without spaces between words (CJK)."""
_NOT_TEXT = {"labels", "lang", "n", "current", "span", "arrow"}
"""Context keys whose values are not texts of the position."""


def terms(text: str) -> set[str]:
    """The index terms of one text: lower-case words and character pairs."""
    text = text.lower()
    found = set(WORD.findall(WIDE.sub(" ", text)))
    for run in WIDE.findall(text):
        found |= {run} if len(run) == 1 else {run[i:i + 2] for i in range(len(run) - 1)}
    return found


def context_texts(context: Any, key: str = "") -> Iterator[str]:
    """Every text of a document's context, without marks (labels left out)."""
    if key in _NOT_TEXT:
        return
    if isinstance(context, dict):
        for name, value in context.items():
            yield from context_texts(value, name)
    elif isinstance(context, list):
        for value in context:
            yield from context_texts(value, key)
    elif isinstance(context, str) and context.strip():
        yield marks.plain(context)


_START, _END = b"window.JDGEN_INDEX = ", b";\n"


def search_index(positions: Iterable[str]) -> bytes:
    """The index of ``positions`` (each its terms, separated by spaces) as a
    script that sets ``window.JDGEN_INDEX`` (a page opened from a file may
    load a script, not fetch a file)."""
    postings: dict[str, list[int]] = {}
    for number, found in enumerate(positions):
        for term in set(found.split()):
            postings.setdefault(term, []).append(number)
    index = {term: _shorter(numbers) for term, numbers in sorted(postings.items())}
    return _START + json.dumps(index, ensure_ascii=False, separators=(",", ":")).encode() + _END


def indexed_terms(data: bytes, count: int) -> list[str] | None:
    """The terms of each of the ``count`` positions an index (``search_index``)
    was made of, as it was given them (sorted, separated by spaces); None
    when ``data`` is no such index."""
    if not (data.startswith(_START) and data.endswith(_END)):
        return None
    try:
        index = json.loads(data[len(_START):-len(_END)])
        found: list[list[str]] = [[] for _ in range(count)]
        for term, entry in index.items():
            for number in _numbers(entry):
                found[number].append(term)
    except (ValueError, TypeError, IndexError, AttributeError):
        return None
    return [" ".join(sorted(terms)) for terms in found]


def _numbers(entry: list[int] | str) -> Iterator[int]:
    """The positions of an index entry (runs, or a bitmap in base64)."""
    if isinstance(entry, str):
        for byte_number, byte in enumerate(base64.b64decode(entry, validate=True)):
            for bit in range(8):
                if byte & (1 << bit):
                    yield byte_number * 8 + bit
        return
    end = 0
    for gap, length in zip(entry[::2], entry[1::2], strict=True):
        yield from range(end + gap, end + gap + length)
        end += gap + length


def _runs(numbers: list[int]) -> list[int]:
    """Ascending ``numbers`` as runs: the gap from the end of the previous run, and the run's length."""
    runs: list[int] = []
    end = 0
    for number in numbers:
        if runs and number == end:
            runs[-1] += 1
        else:
            runs += [number - end, 1]
        end = number + 1
    return runs


def _shorter(numbers: list[int]) -> list[int] | str:
    runs = _runs(numbers)
    bitmap = bytearray(numbers[-1] // 8 + 1)
    for number in numbers:
        bitmap[number // 8] |= 1 << (number % 8)
    packed = base64.b64encode(bytes(bitmap)).decode()
    return packed if len(packed) + 2 < len(json.dumps(runs, separators=(",", ":"))) else runs
