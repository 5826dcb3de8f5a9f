"""Marks that travel inside text values from translation to the rendered
document, where the renderer turns them into Word formatting: a highlighted
draft gap, a line break between the two languages of a bilingual cell.

They are characters of Unicode's private use area, which no spec text
needs; plain string operations (joining, formatting) keep them intact.
"""

from __future__ import annotations

DRAFT_START = "\ue000"
DRAFT_END = "\ue001"
LINE_BREAK = "\ue002"
ALL = DRAFT_START + DRAFT_END + LINE_BREAK


def draft(text: str) -> str:
    """``text`` marked as an untranslated stand-in, to be highlighted."""
    return f"{DRAFT_START}{text}{DRAFT_END}"


def stacked(first: str, second: str) -> str:
    """Two texts shown one under the other in the same cell."""
    return first if first == second else f"{first}{LINE_BREAK}{second}"


def plain(text: str) -> str:
    """``text`` without marks, for places that hold no formatting (document properties)."""
    return text.replace(LINE_BREAK, " / ").replace(DRAFT_START, "").replace(DRAFT_END, "")
