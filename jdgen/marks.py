"""Marks that travel inside text values from translation to the rendered
document, where the renderer turns them into Word formatting: a highlighted
draft gap, a line break between the two languages of a bilingual cell,
and the tracked changes of a redline (``jdgen diff``).

They are characters of Unicode's private use area, which no spec text
needs; plain string operations (joining, formatting) keep them intact.
"""

from __future__ import annotations

import re

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
OUT_OF_TABLE = "\ue00f"
"""The text's paragraph is a table row of its own only in the redline: it is
drawn after the table, the row dropped (a chart that is 无 in one version)."""
PARAGRAPH_MOVED_FROM = "\ue00d"
PARAGRAPH_MOVED_TO = "\ue00e"
"""A move's mark is followed by its number and the mark again (``moved_from``,
``moved_to``): the paragraph is where a moved item was (or is), its
untracked text moved from (or to) there."""
STRUCTURE = PARAGRAPH_INSERTED + PARAGRAPH_DELETED + ROW_INSERTED + ROW_DELETED + NEXT_ROW_INSERTED + \
    NEXT_ROW_DELETED + PARAGRAPH_MOVED_FROM + PARAGRAPH_MOVED_TO + OUT_OF_TABLE
"""Anywhere in a text: the paragraph, the table row, or the table row after
it that holds the text is wholly inserted, deleted or moved."""
ALL = DRAFT_START + DRAFT_END + LINE_BREAK + REVISION + STRUCTURE
_MOVE = re.compile(f"{PARAGRAPH_MOVED_FROM}[0-9]+{PARAGRAPH_MOVED_FROM}|{PARAGRAPH_MOVED_TO}[0-9]+{PARAGRAPH_MOVED_TO}")
_STRUCTURE = re.compile(f"{_MOVE.pattern}|[{STRUCTURE}]")


def draft(text: str) -> str:
    """``text`` marked as an untranslated stand-in, to be highlighted."""
    return f"{DRAFT_START}{text}{DRAFT_END}"


def stacked(first: str, second: str) -> str:
    """Two texts shown one under the other in the same cell."""
    return first if first == second else f"{first}{LINE_BREAK}{second}"


def moved_from(number: int) -> str:
    """The mark of the paragraph a moved item (move ``number``) was in."""
    return f"{PARAGRAPH_MOVED_FROM}{number}{PARAGRAPH_MOVED_FROM}"


def moved_to(number: int) -> str:
    """The mark of the paragraph a moved item (move ``number``) is now in."""
    return f"{PARAGRAPH_MOVED_TO}{number}{PARAGRAPH_MOVED_TO}"


def structure_marks(text: str) -> list[str]:
    """The structure marks in ``text``, each once; a move's with its number."""
    return list(dict.fromkeys(_STRUCTURE.findall(text)))


def move_number(mark: str) -> int:
    """The number of a move's mark, as ``structure_marks`` gives it."""
    return int(mark[1:-1])


def without_structure(text: str) -> str:
    """``text`` without its structure marks (and moves' numbers)."""
    return _STRUCTURE.sub("", text)


def plain(text: str) -> str:
    """``text`` without marks, for places that hold no formatting (document properties)."""
    return _MOVE.sub("", text).replace(LINE_BREAK, " / ").translate(_UNMARKED)


_UNMARKED = str.maketrans("", "", ALL.replace(LINE_BREAK, ""))
