"""A text written in two languages on one line, the halves set apart by a
slash (招生办公室 / Admissions Office): a text and its translation."""

from __future__ import annotations

import re

from jdgen.importer import values

_SLASH = re.compile(r"\s+[/／]\s+|\s*／\s*")
"""A slash with space on both sides, or a full-width one: not the slash inside a word (and/or, 8:00/17:00)."""
WIDE_GAP = re.compile(r"\s*(?:\u3000|\t|\s{2,})\s*")
"""A gap wider than a space between words: what sets apart a name and its
translation with no slash (Water Supplies Department  水務署)."""


def language(text: str) -> str | None:
    """zh for a text with Chinese characters, en for one with Latin letters, None for neither."""
    if values.is_chinese(text):
        return "zh"
    return "en" if re.search(r"[A-Za-z]", text) else None


def halves(text: str, *, gaps: bool = False) -> tuple[str, str] | None:
    """The two halves of ``text`` when one slash (or, with ``gaps``, one wide
    gap) sets apart a Chinese text and an English one (either first); None
    for any other text."""
    pieces = [piece.strip() for piece in (WIDE_GAP if gaps else _SLASH).split(text.strip())]
    if len(pieces) != 2 or not all(pieces):
        return None
    first, second = pieces
    return (first, second) if {language(first), language(second)} == {"zh", "en"} else None


def in_language(text: str, language_kept: str, *, gaps: bool = False) -> tuple[str, str] | None:
    """The half of a text in two languages (``halves``) written in
    ``language_kept``, and the other half; None for any other text."""
    split = halves(text, gaps=gaps)
    if split is None:
        return None
    return split if language(split[0]) == language_kept else (split[1], split[0])
