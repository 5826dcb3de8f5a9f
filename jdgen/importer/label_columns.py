"""A table's label in a language the import does not know in a cell of its
own before the label it knows (Chức danh | 职位名称 | 缝纫组长): the two cells
are one label, named by the half known; the other is its gloss, never a
value, nor more of the value above. Once a table's rows show that column,
its first cell is a gloss in every row of the same shape, also beside a
label no field has (Ngôn ngữ | 语言 | 会说普通话), which is then reported as one."""

from __future__ import annotations

from collections.abc import Callable

from jdgen.importer import glossed
from jdgen.importer.reading import Row


class GlossColumn:
    """The table whose first column has been seen to gloss the labels beside it."""

    def __init__(self) -> None:
        self.table: str | None = None

    def without_gloss(self, row: Row, known: Callable[[str], bool]) -> Row:
        """``row`` without its first cell when that cell is a label no field
        has, written in another script than the label beside it, a value's
        cell after them, and that label known (or the table's column seen to
        gloss before); any other row as it is."""
        if len(row) < 3 or row[0].nested or not row[0].text.strip() or known(row[0].text):
            return row
        foreign, label = " ".join(row[0].text.split()), " ".join(row[1].text.split())
        if not glossed.label_like(foreign) or not glossed.label_like(label):
            return row
        scripts = glossed.script(foreign), glossed.script(label)
        if None in scripts or scripts[0] == scripts[1]:
            return row
        table = row[0].where.split(",")[0]
        if known(label):
            self.table = table
        return row[1:] if self.table == table else row
