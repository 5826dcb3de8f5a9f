"""A Chinese label spread by wide gaps to the width of the labels around it
(日　期, 上　　级, 待　　遇): one label, each piece a single character, not
texts set apart."""

from __future__ import annotations

import re

from jdgen.importer import values

_GAP = re.compile(r"[\u3000\t]+|\s{2,}")


def is_spread(label: str) -> bool:
    """Whether ``label``'s pieces between wide gaps are each one Chinese character (two to four of them)."""
    pieces = _GAP.split(label.strip())
    return 2 <= len(pieces) <= 4 and all(len(piece) == 1 and values.is_chinese(piece) for piece in pieces)


def closed(label: str) -> str:
    """``label`` with its gaps closed when it is spread (备　　注: 备注), else as written."""
    return _GAP.sub("", label.strip()) if is_spread(label) else label
