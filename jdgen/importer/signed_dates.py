"""A sign-off box whose columns hold a signer's name, then under it the
date signed (拟定 | 复核 | 批准 over names, over 2024.07.01 | …): the date
under the preparer's name is the date prepared; one under another signer's
name is when that one signed, which no field holds: reported."""

from __future__ import annotations

from jdgen.importer import values
from jdgen.importer.joined_values import DATE_OF
from jdgen.importer.signer_labels import SIGNER_FIELDS


def under_name(field: str | None, text: str, named: bool) -> tuple[str | None, str] | None:
    """For a cell's ``text`` under a signer ``field``'s column whose name is
    given already (``named``): when it is a date, the field it goes to (None:
    none, report it) and why; None when it is no date signed."""
    if field not in SIGNER_FIELDS or not named or values.parse_date(text) is None:
        return None
    who = field.split(".")[1]
    date_field = DATE_OF.get(field)
    if date_field is not None:
        return date_field, f"the date under the name of {who}"
    return None, f"a date under the name of {who} (when it was signed); no field holds it, not placed"
