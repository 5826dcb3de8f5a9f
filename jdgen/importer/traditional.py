"""Traditional Chinese folded to simplified (職位名稱 is 职位名称), and the
Japanese forms of kanji too (学歴 is 学历, 経験 is 经验), for comparing
labels only: the texts themselves are kept as written.

The fold is OpenCC's (``t2s``), which knows every character, not only the
ones labels happen to use. A folded text keeps its length, so a match's
place in it is its place in the text as written: where the whole text's
conversion would change the length (a phrase written in other words), each
character is folded alone. A Japanese form is folded only where its
traditional form has a simplified one (歴 → 歷 → 历), not where OpenCC's
Japanese table gives only another glyph (研 → 硏).
"""

from __future__ import annotations

import functools

import opencc


@functools.cache
def _converter() -> opencc.OpenCC:
    """OpenCC's traditional-to-simplified converter, made once, when first needed."""
    return opencc.OpenCC("t2s")


@functools.cache
def _japanese_converter() -> opencc.OpenCC:
    """OpenCC's converter of Japanese kanji to their traditional forms, made once, when first needed."""
    return opencc.OpenCC("jp2t")


@functools.cache
def _from_japanese(character: str) -> str:
    """A Japanese kanji written simplified (経 → 經 → 经); any other character as it is."""
    traditional = _japanese_converter().convert(character)
    simplified = _converter().convert(traditional)
    return simplified if len(simplified) == 1 and simplified != traditional else character


@functools.lru_cache(maxsize=4096)
def folded(text: str) -> str:
    """``text`` with its traditional and Japanese characters written simplified, of the same length."""
    if text.isascii():
        return text
    converted = _converter().convert(text)
    if len(converted) != len(text):
        converted = "".join(character if len(alone := _converter().convert(character)) != 1 else alone
                            for character in text)
    return "".join(character if character.isascii() else _from_japanese(character) for character in converted)
