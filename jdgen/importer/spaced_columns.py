"""Labels and values aligned in columns by runs of spaces, with no colon,
several pairs on a line, as a plain-text print sets them (岗位编码    HY-LG-0317
岗位名称    炼钢车间天车工): each label read with the text after it; a label
with a label after it has no value (岗位定员          岗位等级    操作五级)."""

from __future__ import annotations

import re
from collections.abc import Callable

_GAP = re.compile(r"\t|\s{2,}|\u3000")
"""What sets the columns apart: a tab, two spaces or more, an ideographic space."""
_LABEL_LIKE = re.compile(r"^(?:[^\x00-\x7f\d:：。，,；;、()（）]{2,8}"
                         r"|[A-Za-z][A-Za-z.'/&]*(?: [A-Za-z][A-Za-z.'/&]*){0,3})$")
"""A label's shape: a few Chinese characters, or up to four words, with no digits and no sentence's marks."""


def pairs(text: str, is_label: Callable[[str], bool]) -> list[tuple[str, str]]:
    """The label and value pairs of a line of columns set apart by wide
    gaps (or by single spaces, when every label is a Chinese one ``is_label`` knows):
    two pairs or more, each label shaped as one, at least one known, a
    value never a known label (a label followed by one has no value, "");
    [] for any other line."""
    pieces = [piece.strip() for piece in _GAP.split(text.strip()) if piece.strip()]
    found = _paired(pieces, is_label)
    if not found and len(pieces) == 1:  # 岗位名称 天车工 所属部门 炼钢车间: single spaces, known Chinese labels
        found = _paired(text.split(), is_label)
        if not all(is_label(label) and value and not label.isascii() for label, value in found):
            return []
    return found


def _paired(pieces: list[str], is_label: Callable[[str], bool]) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    index = 0
    while index < len(pieces):
        label = pieces[index]
        value = pieces[index + 1] if index + 1 < len(pieces) and not is_label(pieces[index + 1]) else ""
        if not _LABEL_LIKE.match(label) or (not value and not is_label(label)):
            return []
        found.append((label, value))
        index += 2 if value else 1
    return found if len(found) >= 2 and any(is_label(label) for label, _ in found) else []
