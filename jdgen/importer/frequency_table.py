"""A duty table ticked by frequency (序号 | 工作内容 | 每日 | 每周 | 每月 |
备注, Task | Daily | Weekly | Monthly): each row a duty, whatever column is
ticked; the tick and its column no part of the duty (the spec has no place
for how often), a column of remarks no field's."""

from __future__ import annotations

import re
from dataclasses import dataclass

from jdgen.importer.field_labels import normalized

_FREQUENCIES = {"每日", "每天", "日常", "每周", "每月", "每季", "每季度", "每半年", "每年", "年度", "不定期", "临时",
                "随时", "daily", "weekly", "fortnightly", "monthly", "quarterly", "annually", "yearly", "asrequired",
                "asneeded", "occasionally", "adhoc"}
"""Headings of a column ticked when a duty is done that often (normalized)."""
_TICK = re.compile(r"^[√✓✔●☑■▲★×✗✘xXyY]$|^(?:是|有|yes)$", re.IGNORECASE)
"""A cell's mark that the duty is done that often."""


@dataclass
class FrequencyTable:
    """The table, its duties' column, its frequency columns and any other (by cell index, their headings)."""

    table: str
    duties: int
    frequencies: dict[int, str]
    others: dict[int, str]


def is_tick(text: str) -> bool:
    return bool(_TICK.match(text.strip()))


def heading(cells: list, found: list) -> FrequencyTable | None:
    """The frequency table a heading row names: one cell naming the duties,
    at least two frequency headings, and perhaps one column more (备注)."""
    frequencies = {cell.column: " ".join(cell.text.split()) for cell in cells if normalized(cell.text) in _FREQUENCIES}
    duties = [cell for cell, name in zip(cells, found, strict=True) if name == ("duties", "duties")]
    if len(frequencies) < 2 or len(duties) != 1 or len(cells) - len(frequencies) > 2:
        return None
    others = {cell.column: " ".join(cell.text.split()) for cell in cells
              if cell.column not in frequencies and cell is not duties[0]}
    return FrequencyTable(cells[0].where.split(",")[0], duties[0].column, frequencies, others)
