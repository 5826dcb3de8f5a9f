"""A sign-off line typed with no colon after its label and closed by the
date signed (Approved by Chief and Council, BCR No. 2024-031, June 3,
2024): the label, and the rest its value; that date, parted from it. A
line with no such date (Prepared by HR Office, March 2024) may be a
list's item: odd_values.py flags it there."""

from __future__ import annotations

import re

from jdgen.importer import values

_LINE = re.compile(r"^(?P<label>(?:Approved|Prepared|Compiled|Reviewed|Authori[sz]ed|Endorsed|Written|Signed) by)"
                   r"\s+(?P<value>(?!the\b)[A-Z][^:：]*)$")
"""A signer's label and, with no colon, a value that opens in a capital (not Approved by the Principal:, a label)."""


def parted(text: str) -> tuple[str, str] | None:
    """The signer's label and the value after it of a line ``Approved by X,
    <date>`` with no colon; None for any other line."""
    found = _LINE.match(" ".join(text.split()))
    return (found["label"], found["value"].strip()) if found and closing_date(found["value"]) else None


def closing_date(text: str) -> tuple[str, str] | None:
    """The text before a date that closes it after a comma, and that date
    (Chief and Council, BCR No. 2024-031, June 3, 2024); None when no date closes it."""
    pieces = text.split(", ")
    for start in range(1, len(pieces)):
        if values.parse_date(", ".join(pieces[start:])) is not None:
            return ", ".join(pieces[:start]), ", ".join(pieces[start:])
    return None
