"""A code written one character a box (岗位代码 | 3 | 3 | 1 | 1 | 2 | 1 | 0 | 7),
on a printed form whose other rows merge the boxes' columns into one value
cell: the characters read in order as one value."""

from __future__ import annotations

import re
from dataclasses import replace

from jdgen.importer.reading import Cell, Line, Row

_BOX = re.compile(r"^[0-9A-Za-z]$")
"""What one box holds: a digit or a letter."""
_FEWEST = 4
"""The fewest boxes a code is written in."""
_SCALE = "123456789"
"""The heading row of a scale's columns (能力项 | 1 | 2 | 3 | 4 | 5): levels, not a code."""


def _table(cell: Cell) -> str:
    """The table a cell is in (``table 2``), "" outside a table."""
    return cell.where.split(", row")[0] if cell.where.startswith("table") else ""


def joined(rows: list[Row]) -> list[Row]:
    """``rows`` with each row of a label and boxes made a row of the label
    and one cell of the boxes' characters, where another row of its table
    has fewer cells (its value cell merged across the boxes' columns) and
    the boxes do not count a scale's levels (1 2 3 4 5)."""
    widths: dict[str, int] = {}
    for row in rows:
        if row and _table(row[0]):
            widths[_table(row[0])] = min(widths.get(_table(row[0]), len(row)), len(row))
    kept = []
    for row in rows:
        boxes = row[1:]
        code = "".join(box.text for box in boxes)
        if len(boxes) >= _FEWEST and _table(row[0]) and widths[_table(row[0])] < len(row) - 1 \
                and row[0].text and not _BOX.match(row[0].text) and all(_BOX.match(box.text) for box in boxes) \
                and code != _SCALE[:len(code)]:
            row = [row[0], replace(boxes[0], lines=[Line(code)])]
        kept.append(row)
    return kept
