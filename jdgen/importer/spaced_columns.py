"""Labels and values aligned in columns by runs of spaces, with no colon,
several pairs on a line, as a plain-text print sets them (岗位编码    HY-LG-0317
岗位名称    炼钢车间天车工): each label read with the text after it."""

from __future__ import annotations

import re
from collections.abc import Callable

_GAP = re.compile(r"\t|\s{2,}|\u3000")
"""What sets the columns apart: a tab, two spaces or more, an ideographic space."""
_LABEL_LIKE = re.compile(r"^(?:[^\x00-\x7f\d:：。，,；;、()（）]{2,8}"
                         r"|[A-Za-z][A-Za-z.'/&]*(?: [A-Za-z][A-Za-z.'/&]*){0,3})$")
"""A label's shape: a few Chinese characters, or up to four words, with no digits and no sentence's marks."""


def pairs(text: str, is_label: Callable[[str], bool]) -> list[tuple[str, str]]:
    """The label and value pairs of a line of four or more columns, every
    other one a label (each shaped as one, at least one a label
    ``is_label`` knows) and none of the others a label; [] for any other line."""
    pieces = [piece.strip() for piece in _GAP.split(text.strip()) if piece.strip()]
    if len(pieces) < 4 or len(pieces) % 2:
        return []
    labels, values = pieces[0::2], pieces[1::2]
    if not all(_LABEL_LIKE.match(label) for label in labels) or not any(is_label(label) for label in labels) \
            or any(is_label(value) for value in values):
        return []
    return list(zip(labels, values, strict=True))
