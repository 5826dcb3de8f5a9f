"""Headings known by their layout, not their words: a short line a form
sets apart as it sets apart its headings (Word's heading style, bold or
larger type over the whole line, all capitals, the only text of a shaded
table row or of one merged across the table). One no label names ends the
value above it: what follows it is not that field's."""

from __future__ import annotations

import re

from jdgen.importer import values
from jdgen.importer.entries import FormLine
from jdgen.importer.reading import Cell, Line

HEADING_STYLE = re.compile(r"^(?:(?:heading|标题)\s*\d|title|标题)$", re.IGNORECASE)
"""Word's heading styles (Heading 2, 标题 2) and its Title style (Title, 标题): a paragraph in one is a heading,
never more of a value."""
_CAPITALS = re.compile(r"^[^a-z\d]*[A-Z]{3}[^a-z\d]*$")
"""A line in capitals: a word of three capitals at least, no small letter and no figure (WORKING
CONDITIONS & BENEFITS; not a code, HR-03)."""


def set_apart(line: Line, cell: Cell, alone: bool, before: Line | None) -> bool:
    """Whether ``line`` is set apart as a heading by its layout: Word's
    heading style, or bold or larger type over the whole line, or all
    capitals, unlike the line ``before`` it (a list all in bold is a list),
    for a paragraph; the only text of a table row whose cell is shaded or
    merged across the table (``alone``: the row has text in one cell only),
    for a table's (inside a cell, bold lines are the titles of a list's
    groups: 中级客户经理 over its requirements)."""
    if cell.where.startswith("paragraph"):
        capitals = bool(_CAPITALS.match(line.text.strip()))
        return bool(HEADING_STYLE.match(line.style)) or (line.emphasized or capitals) and not (
            before is not None and before.emphasized == line.emphasized
            and bool(_CAPITALS.match(before.text.strip())) == capitals)
    return cell.banner and alone and sum(1 for each in cell.lines if each.text.strip()) == 1


def numbered_apart(text: str, entries: list[FormLine]) -> bool:
    """Whether a line numbered as a heading (五、, (二), B.) cannot be a group
    of the list above it: the list has no group, and the number is not a
    first one (一、, A.), which a list's first group would have."""
    numbers = values.heading_numbers(text)
    return bool(numbers) and all(value > 1 for _, value in numbers) \
        and not any(entry.kind == "group" for entry in entries)
