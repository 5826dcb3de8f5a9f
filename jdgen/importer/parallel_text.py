"""A form typeset as a parallel text: a table of two columns whose every
row holds a text in one language on the left and its translation in the
other on the right (岗位名称：酿酒师 | Position: Winemaker). The left column is
read as the form, each text of the right reported as its translation, so
that the two languages make one position, not two."""

from __future__ import annotations

import re

from jdgen.importer.field_labels import resolve
from jdgen.importer.reading import Row
from jdgen.importer.slashed import language

_TABLE = re.compile(r"^(table \d+), row \d+, cell \d+$")
_LEAST_ROWS = 4
"""Fewer rows than this are a bilingual row or two, read as they stand."""


def _table(row: Row) -> str | None:
    """The table a row of two cells belongs to (``table 2``), None for any other row."""
    found = _TABLE.match(row[0].where) if len(row) == 2 and not row[0].part else None
    return found[1] if found else None


def _parallel(rows: list[Row]) -> bool:
    """Whether a table's rows are a parallel text: each row's two cells in
    two languages, the same one on the left in every row that has both, and
    the left column no column of labels (Job Title 职位名称 | Treasury Dealer
    is a label and its value)."""
    pairs = {(language(row[0].text), language(row[1].text)) for row in rows if row[0].text and row[1].text}
    labels = sum(resolve(row[0].text, "basic") is not None for row in rows)
    if len(rows) < _LEAST_ROWS or len(pairs) != 1 or labels * 2 >= len(rows):
        return False
    left, right = pairs.pop()
    return None not in (left, right) and left != right


def read(rows: list[Row]) -> tuple[list[Row], list[tuple[int, str]]]:
    """``rows`` with each parallel text's right column taken out, and the
    texts taken out: the index of their row among ``rows`` and the text."""
    tables: dict[str, list[int]] = {}
    for index, row in enumerate(rows):
        name = _table(row)
        if name is not None:
            tables.setdefault(name, []).append(index)
    parallel = {index for indexes in tables.values() if _parallel([rows[index] for index in indexes])
                for index in indexes}
    kept, translated = [], []
    for index, row in enumerate(rows):
        if index in parallel:
            kept.append(row[:1])
            if row[1].text:
                translated.append((index, row[1].text))
        else:
            kept.append(row)
    return kept, translated
