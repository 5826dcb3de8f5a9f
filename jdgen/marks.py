"""Marks that travel inside text values from translation to the rendered
document, where the renderer turns them into Word formatting: a highlighted
draft gap, a line break between the two languages of a bilingual cell,
and the tracked changes of a redline (``jdgen diff``).

They are characters of Unicode's private use area, which no spec text
needs; plain string operations (joining, formatting) keep them intact.
"""

from __future__ import annotations

DRAFT_START = "\ue000"
DRAFT_END = "\ue001"
LINE_BREAK = "\ue002"
INSERTED_START = "\ue003"
INSERTED_END = "\ue004"
DELETED_START = "\ue005"
DELETED_END = "\ue006"
REVISION = INSERTED_START + INSERTED_END + DELETED_START + DELETED_END
"""Text between START and END is a tracked insertion or deletion."""
PARAGRAPH_INSERTED = "\ue007"
PARAGRAPH_DELETED = "\ue008"
ROW_INSERTED = "\ue009"
ROW_DELETED = "\ue00a"
NEXT_ROW_INSERTED = "\ue00b"
NEXT_ROW_DELETED = "\ue00c"
STRUCTURE = PARAGRAPH_INSERTED + PARAGRAPH_DELETED + ROW_INSERTED + ROW_DELETED + NEXT_ROW_INSERTED + NEXT_ROW_DELETED
"""Anywhere in a text: the paragraph, the table row, or the table row after
it that holds the text is wholly inserted or deleted."""
ALL = DRAFT_START + DRAFT_END + LINE_BREAK + REVISION + STRUCTURE


def draft(text: str) -> str:
    """``text`` marked as an untranslated stand-in, to be highlighted."""
    return f"{DRAFT_START}{text}{DRAFT_END}"


def stacked(first: str, second: str) -> str:
    """Two texts shown one under the other in the same cell."""
    return first if first == second else f"{first}{LINE_BREAK}{second}"


def plain(text: str) -> str:
    """``text`` without marks, for places that hold no formatting (document properties)."""
    return text.replace(LINE_BREAK, " / ").translate(_UNMARKED)


_UNMARKED = str.maketrans("", "", ALL.replace(LINE_BREAK, ""))
