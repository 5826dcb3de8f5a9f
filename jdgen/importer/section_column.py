"""A table whose first column names its parts in cells merged down over
each part's rows (审批 over 编写人 | …, 审核人 | …; 岗位说明 over 岗位目的 | …;
the text often vertical): the merged cell is the part's name, not a label
of its row nor a second form's title."""

from __future__ import annotations

from jdgen.importer.field_labels import SECTION_INDEX, is_form_title, normalized, resolve
from jdgen.importer.reading import Cell


def part_name(cells: list[Cell], current: str) -> tuple[Cell, str] | None:
    """The first of ``cells``, a row's three cells with text in the body's
    table, and the part it opens, when it is merged down from the table's
    first column beside a label and its value and names a part; None
    otherwise (考核指标 merged down beside a KPI table's columns is a label;
    a part's own heading, 基本信息, is read as any heading is)."""
    first = cells[0] if len(cells) == 3 else None
    if first is None or first.part or not first.merged_down or first.column != 1 or len(first.text) > 12 \
            or normalized(first.text) in SECTION_INDEX:  # 基本信息, 工作环境: the walk's own part headings
        return None
    opened = section(first.text, current)
    return (first, opened) if opened and resolve(cells[1].text, opened) else None


def section(name: str, current: str) -> str | None:
    """The part of the spec a merged-down name opens (基本信息: basic; 审批, a
    signer's label: document; 岗位说明, a form's title: document), None for one
    no part has."""
    if is_form_title(name):
        return "document"
    found = resolve(name, current)
    return found[0] if found else None
