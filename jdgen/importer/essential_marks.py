"""A person specification's column that marks each requirement Essential
or Desirable by a letter (Requirement | E/D, its cells E or D): a mark, no
value. A row marked essential is a requirement; one marked desirable is
not, and is reported unplaced."""

from __future__ import annotations

import re

_HEADING = re.compile(r"^\s*(?:E\s*/\s*D|E\s+or\s+D|Essential\s*/\s*Desirable|Essential\s+or\s+Desirable)\s*$",
                      re.IGNORECASE)
_ESSENTIAL = re.compile(r"^\s*(?:E|Essential)\s*$", re.IGNORECASE)
_DESIRABLE = re.compile(r"^\s*(?:D|Desirable)\s*$", re.IGNORECASE)

DESIRABLE = "marked desirable (D), not a requirement; not placed"


def is_heading(text: str) -> bool:
    """Whether a column heading names a column of Essential/Desirable marks (E/D)."""
    return bool(_HEADING.match(text))


def mark(text: str) -> str | None:
    """"essential" or "desirable" for a cell of one such mark (E, Desirable), else None."""
    if _ESSENTIAL.match(text):
        return "essential"
    return "desirable" if _DESIRABLE.match(text) else None
