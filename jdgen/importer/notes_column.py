"""A template's column of notes on filling it in (项目 | 填写说明 | 填写内容,
Item | Guidance | Entry), or of remarks beside each row's value (序号 | 项目 |
内容 | 备注): never a value and never a second position. Its heading row
found, its cells are left out of the table's rows, each reported."""

from __future__ import annotations

from dataclasses import dataclass

from jdgen.importer.field_labels import COLUMN_HEADINGS, normalized
from jdgen.importer.reading import Cell, Row

NOTE_HEADINGS = {"填写说明", "填表说明", "填写要求", "说明", "备注", "注释", "instructions", "guidance", "notes",
                 "guidance notes", "how to complete", "remarks"}
"""Headings of a column that tells how to fill the form in (填写说明, Guidance)."""
ENTRY_HEADINGS = {"填写内容", "填写栏", "内容填写", "entry", "your entry", "response"}
"""Headings of the column the form's values are written in, beside a column of notes."""
NUMBER_HEADINGS = {"序号", "no.", "no", "#"}
"""Headings of a column numbering the rows (序号 | 项目 | 内容 | 备注)."""
REMARK_HEADINGS = {"备注", "注释", "notes", "remarks"}
"""Headings of a column of remarks on the row's value rather than on filling it in."""


@dataclass
class NotesColumn:
    """The table and the column index of a column of notes."""

    table: str
    column: int
    heading: str


def table_of(cell: Cell) -> str:
    return cell.where.split(",")[0]


def found(row: Row) -> NotesColumn | None:
    """The notes column a table's heading row names: a row of three or more
    column headings, one of them a notes heading after the first; None when
    the row is none such."""
    cells = [cell for cell in row if cell.text]
    if len(cells) < 3 or not cells[0].where.startswith("table"):
        return None
    texts = [normalized(cell.text) for cell in cells]
    headings = texts[1:] if texts[0] in NUMBER_HEADINGS else texts  # 序号 | 项目 | 内容 | 备注: the rows numbered
    if not all(text in COLUMN_HEADINGS | NOTE_HEADINGS | ENTRY_HEADINGS for text in headings):
        return None
    notes = [cell for cell, text in zip(cells[1:], texts[1:], strict=True) if text in NOTE_HEADINGS - {"说明"}
             or (text == "说明" and any(other in ENTRY_HEADINGS for other in texts))]
    if len(notes) != 1:
        return None
    return NotesColumn(table_of(notes[0]), notes[0].column, " ".join(notes[0].text.split()))


def split(row: Row, column: NotesColumn) -> tuple[Row, Cell | None]:
    """A row of the notes column's table without its notes cell, and that cell."""
    if not row or table_of(row[0]) != column.table:
        return row, None
    notes = [cell for cell in row if cell.column == column.column]
    if len(notes) != 1 or len(row) < 3:
        return row, None
    return [cell for cell in row if cell is not notes[0]], notes[0]


def row_name(kept: Row) -> str:
    """What names a row of the table for a report: its first cell's text, after a row number (13 | 工作时间)."""
    named = [cell.text for cell in kept if not cell.text.isdigit()]
    return " ".join(named[0].split()) if named else ""


def remark(label: str) -> bool:
    """Whether a label is a remark's (备注, Remarks): its text says something of the form, no field's value."""
    return normalized(label) in REMARK_HEADINGS


def reason(column: NotesColumn) -> str:
    """What the report says of a cell of the column: a remark, or a note on filling the form in."""
    if remark(column.heading):
        return "a remark beside the row's value, no value"
    return "a note on filling the form in, no value"
