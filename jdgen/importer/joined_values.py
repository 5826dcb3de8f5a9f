"""Two facts written as one value: a signer's name and the date signed in
one cell (曹丽娟　2024年2月20日, 2024.3.1 张三), a code and the text after it
across a wide gap (KQ-ZL-GW-006　　质量管理员岗位说明书　第1页, a footer's line).
Each fact goes where its kind belongs; what no field holds is reported."""

from __future__ import annotations

import dataclasses
import re

from jdgen.importer import values
from jdgen.importer.entries import FormLine, Note

_SIGNERS = ("document.prepared_by", "document.approved_by")
_DATE_OF = {"document.prepared_by": "basic.prepared_on"}
"""The field the date beside a signer's name is, when the spec has one."""
_GAP = re.compile(r"\s+")
_CODED = re.compile(r"(?P<code>[A-Za-z0-9][\w/.-]*\d[\w/.-]*)(?:\s{2,}|\u3000+)(?P<rest>\S.*)", re.ASCII)
_CODES = ("id", "document.number")


def split(fields: dict[str, list[FormLine]]) -> list[Note]:
    """``fields`` with each signer's name parted from its date and each code
    from the text after it; the notes on what was parted and placed nowhere."""
    notes: list[Note] = []
    for field in _SIGNERS:
        entries = fields.get(field, [])
        dated = name_and_date(entries[0].text) if len(entries) == 1 else None
        if dated is None:
            continue
        fields[field] = [dataclasses.replace(entries[0], text=dated[0])]
        date_field = _DATE_OF.get(field)
        if date_field is not None and date_field not in fields:
            fields[date_field] = [dataclasses.replace(entries[0], text=dated[1])]
        else:
            notes.append(Note(entries[0].where, dated[1], f"a date written beside the name of {field.split('.')[1]} "
                              "(when it was signed); no field holds it, not placed"))
    for field in _CODES:
        entries = fields.get(field, [])
        coded = _CODED.fullmatch(entries[0].text.strip()) if len(entries) == 1 else None
        if coded is not None:
            fields[field] = [dataclasses.replace(entries[0], text=coded["code"])]
            notes.append(Note(entries[0].where, coded["rest"], "after the number across a wide gap: no part of it, "
                              "not placed"))
    return notes


def name_and_date(text: str) -> tuple[str, str] | None:
    """The name and the date of ``name date`` or ``date name`` (曹丽娟　2024年2月20日,
    2024.3.1 张三), the name with no figure; None for any other text."""
    text = text.strip()
    for gap in _GAP.finditer(text):
        before, after = text[:gap.start()], text[gap.end():]
        if not re.search(r"\d", before) and values.parse_date(after) is not None:
            return before, after
        if not re.search(r"\d", after) and values.parse_date(before) is not None:
            return after, before
    return None
