"""Two facts written as one value: a signer's name and the date signed in
one cell (曹丽娟　2024年2月20日, 2024.3.1 张三) or alone on the line under the
name (制表人：何晓丽, then 2024年4月22日), a code and the text after it
across a wide gap (KQ-ZL-GW-006　　质量管理员岗位说明书　第1页, a footer's line),
a signer's role or department before the name (质量负责人　林志远). Each fact
goes where its kind belongs; what no field holds is reported."""

from __future__ import annotations

import dataclasses
import re

from jdgen.importer import run_in_signer, values
from jdgen.importer.entries import FormLine, Note
from jdgen.importer.signer_labels import SIGNER_FIELDS

DATE_OF = {"document.prepared_by": "basic.prepared_on"}
"""The field the date beside a signer's name is, when the spec has one."""
_GAP = re.compile(r"\s+")
_PARTING = ",，、;；"
"""The marks that part a signer's name from the date beside it (Fiona MacLeod, 14/05/2024)."""
_CODED = re.compile(r"(?P<code>[A-Za-z0-9][\w/.-]*\d[\w/.-]*)(?:\s{2,}|\u3000+)(?P<rest>\S.*)", re.ASCII)
_CODES = ("id", "document.number")
_ROLE = re.compile(r"\S*(?:部|科|处|室|组|中心|长|负责人|经理|主任|主管|总监|书记"
                   r"|Manager|Director|Head|Principal|Officer)")
"""A role or a department as a sign-off writes it before the name (质量负责人, 人力资源部, 中学部校长)."""
_NAME = re.compile(r"[\u4e00-\u9fff·]{2,4}|[A-Z][a-z'’-]+(?: [A-Z][a-z'’.-]+){1,3}")
"""A person's name: two to four Chinese characters, or two to four capitalized words (Daniel Whitfield)."""


def split(fields: dict[str, list[FormLine]]) -> list[Note]:
    """``fields`` with each signer's name parted from its date or its role and
    each code from the text after it; the notes on what was parted."""
    notes: list[Note] = []
    for field in SIGNER_FIELDS:
        entries = fields.get(field, [])
        if len(entries) == 1:
            notes += _signer(fields, field, entries[0])
        elif len(entries) == 2 and _date_under_name(entries):  # 制表人：何晓丽, the date alone on the line under it
            notes += _dated(fields, field, entries[0], (entries[0].text, entries[1].text))
    for field in _CODES:
        entries = fields.get(field, [])
        coded = _CODED.fullmatch(entries[0].text.strip()) if len(entries) == 1 else None
        if coded is not None:
            fields[field] = [dataclasses.replace(entries[0], text=coded["code"])]
            notes.append(Note(entries[0].where, coded["rest"], "after the number across a wide gap: no part of it, "
                              "not placed"))
    return notes


def _signer(fields: dict[str, list[FormLine]], field: str, entry: FormLine) -> list[Note]:
    """A signer's one value parted into the name and its date or its role, the notes on them."""
    who = field.split(".")[1]
    dated = name_and_date(entry.text)
    if dated is not None:
        return _dated(fields, field, entry, dated)
    closed = run_in_signer.closing_date(entry.text)
    if closed is not None:  # Chief and Council, BCR No. 2024-031, June 3, 2024: the text before may name no one
        return [Note(entry.where, closed[0], f"taken as {who}: the text before the date closing the value; check "
                     "that it names the signer", unsure=True, field=field), *_dated(fields, field, entry, closed)]
    named = role_and_name(entry.text)
    if named is None:
        return []
    fields[field] = [dataclasses.replace(entry, text=named[1])]
    return [Note(entry.where, entry.text, f"taken as {who}: the name after the role or department ({named[0]}), "
                 "which is not placed; check it", unsure=True, field=field)]


def _dated(fields: dict[str, list[FormLine]], field: str, entry: FormLine, dated: tuple[str, str]) -> list[Note]:
    """A signer's name and the date signed parted: the date the date prepared when it is the preparer's and the
    form gives none, else reported."""
    fields[field] = [dataclasses.replace(entry, text=dated[0])]
    date_field = DATE_OF.get(field)
    if date_field is not None and date_field not in fields:
        fields[date_field] = [dataclasses.replace(entry, text=dated[1])]
        return []
    if field == "document.approved_by" and "basic.prepared_on" not in fields:
        # 编写人：杨静　审核人：黎明华　2024.6.3: the sign-off's one date, after the last signer
        fields["basic.prepared_on"] = [dataclasses.replace(entry, text=dated[1])]
        return [Note(entry.where, dated[1], "the date beside the approver's name, the form's only one, taken as "
                     "the date prepared; check it", unsure=True, field="basic.prepared_on")]
    return [Note(entry.where, dated[1], f"a date written beside the name of {field.split('.')[1]} (when it was "
                 "signed); no field holds it, not placed")]


def _date_under_name(entries: list[FormLine]) -> bool:
    """Whether a signer's two lines are a name and, on the line under it, a date alone."""
    name, date = (entry.text.strip() for entry in entries)
    return not re.search(r"\d", name) and values.parse_date(date) is not None


def name_and_date(text: str) -> tuple[str, str] | None:
    """The name and the date of ``name date`` or ``date name`` (曹丽娟　2024年2月20日,
    2024.3.1 张三), the name with no figure and without the comma that parts
    it from the date (Fiona MacLeod, 14/05/2024); None for any other text."""
    text = text.strip()
    for gap in _GAP.finditer(text):
        before, after = text[:gap.start()], text[gap.end():]
        if not re.search(r"\d", before) and values.parse_date(after) is not None:
            return before.rstrip(_PARTING), after
        if not re.search(r"\d", after) and values.parse_date(before.rstrip(_PARTING)) is not None:
            return after, before.rstrip(_PARTING)
    return None


def role_and_name(text: str) -> tuple[str, str] | None:
    """The role (or department) and the person's name of ``role name``
    (质量负责人　林志远, 中学部校长 Daniel Whitfield); None for any other text."""
    pieces = text.strip().split(maxsplit=1)
    if len(pieces) != 2 or not _ROLE.fullmatch(pieces[0]) or not _NAME.fullmatch(pieces[1].strip()):
        return None
    return pieces[0], pieces[1].strip()
