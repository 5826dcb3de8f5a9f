"""A form no rule recognises, read by its layout before it is refused:
label | value pairs from table cells (a short cell left of a longer one, or
a row of short cells over a row of their values) and ``标签：值`` /
``Label: value`` lines, each label matched with a known label it holds
(本岗位名称 holds 岗位名称). What it finds is handed on as rows of the known
label beside its value, for the first pass to read again; the form's own
label is kept for the warning each such value gets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jdgen.importer.field_labels import LONGEST_LABEL, heading_like, held_label, matched, normalized
from jdgen.importer.reading import Cell, Line, Row

_LINE_PAIR = re.compile(r"^\s*([^:：\s](?:[^:：]{0,23}[^:：\s])?)\s*(?:(?<!\d)[:：]|[:：](?!\d))\s*(\S.*)$")
"""``标签：值``, ``Label: value``: a short label, a colon, a value; never the colon of a time
(【工作时间】9:00-18:00)."""


@dataclass
class Layout:
    """What a form's layout gave: rows of a known label beside a value, the
    form's own label of each field placed, and the texts in no pair."""

    rows: list[Row] = field(default_factory=list)
    labels: dict[str, tuple[str, str]] = field(default_factory=dict)
    """A field (basic.department): the label the form gave it (本岗位所在部门) and the known one it holds (所在部门)."""
    rest: list[Cell] = field(default_factory=list)


def read(rows: list[Row]) -> Layout:
    """The label | value pairs ``rows`` hold by their layout, each label a known one."""
    found = Layout()
    above: list[Cell] = []
    for row in rows:
        cells = [cell for cell in row if cell.text or cell.nested]
        if above and len(cells) == len(above) and not any(known_label(cell.text) for cell in cells):
            for label, value in zip(above, cells, strict=True):  # a row of labels over their values
                if not _pair(found, label.text, value):
                    found.rest.append(Cell(value.where, [Line(f"{label.text}：{value.text}")], part=value.part))
            above = []
            continue
        found.rest += above
        above = []
        if len(cells) >= 2 and cells[0].where.startswith("table") and all(_label_cell(cell) for cell in cells) \
                and 2 * sum(1 for cell in cells if known_label(cell.text)) > len(cells):
            above = cells
            continue
        index = 0
        while index < len(cells):
            cell = cells[index]
            after = cells[index + 1] if index + 1 < len(cells) else None
            if after is not None and _label_cell(cell) and not known_label(after.text) \
                    and (known_label(cell.text) or len(after.text) > len(cell.text)) and _pair(found, cell.text, after):
                index += 2
                continue
            _lines(found, cell)
            index += 1
    found.rest += above
    return found


def _label_cell(cell: Cell) -> bool:
    """Whether a cell reads as a label: one line that reads as a heading, but for a closing colon."""
    lines = [line for line in cell.lines if line.text.strip()]
    return len(lines) == 1 and not cell.nested and heading_like(cell.text.rstrip(":："))


def _lines(found: Layout, cell: Cell) -> None:
    """A cell's ``Label: value`` lines as pairs; a cell with none of a known label left for the report."""
    unpaired = []
    for line in cell.lines:
        pair = _LINE_PAIR.match(line.text)
        if not (pair and _pair(found, pair[1], Cell(cell.where, [Line(pair[2].strip())], part=cell.part))):
            unpaired.append(line)
    if len(unpaired) == len(cell.lines):
        found.rest.append(cell)
    else:
        found.rest += [Cell(cell.where, [line], part=cell.part) for line in unpaired if line.text.strip()]


def _pair(found: Layout, label: str, value: Cell) -> bool:
    """``label`` beside ``value`` as a row of the known label it holds, when it
    holds one naming a field not yet given. True when it was taken so."""
    known = known_label(label)
    name = matched(known, "document") if known else None
    if known is None or name is None or name.field is None or name.field in found.labels:
        return False
    found.labels[name.field] = (" ".join(label.split()).rstrip(":："), known)
    found.rows.append([Cell(value.where, [Line(known)], part=value.part), value])
    return True


def known_label(label: str) -> str | None:
    """The known label ``label`` holds (本岗位名称: 岗位名称; Name of the
    Department: Department), when it is most of it; None for none."""
    label = label.strip().rstrip(":：")
    if len(normalized(label)) > 2 * LONGEST_LABEL:  # a sentence, not a label
        return None
    known = held_label(label, "document")
    if known is None or 2 * len(normalized(known)) < len(normalized(label)):
        return None
    return known.strip()
