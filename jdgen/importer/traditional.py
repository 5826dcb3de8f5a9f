"""Traditional Chinese folded to simplified (職位名稱 is 职位名称), for
comparing labels only: the texts themselves are kept as written.

The fold is OpenCC's (``t2s``), which knows every character, not only the
ones labels happen to use. A folded text keeps its length, so a match's
place in it is its place in the text as written: where the whole text's
conversion would change the length (a phrase written in other words), each
character is folded alone.
"""

from __future__ import annotations

import functools

import opencc


@functools.cache
def _converter() -> opencc.OpenCC:
    """OpenCC's traditional-to-simplified converter, made once, when first needed."""
    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=4096)
def folded(text: str) -> str:
    """``text`` with its traditional characters written simplified, of the same length."""
    if text.isascii():
        return text
    converted = _converter().convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(character if len(alone := _converter().convert(character)) != 1 else alone
                   for character in text)
