"""A table's column of labels in a language the import does not know beside
the column of labels it knows, before it or after it (Chức danh | 职位名称 |
缝纫组长, 职位名称 | Chức danh | 缝纫组长): each such cell its label's gloss,
never a value, nor more of the value above; a label no field has beside one
(Ngôn ngữ | 语言 | 会说普通话) is then reported as that label. A table is read
so when every row of three cells or more shows that column, short, in another
script than the label beside it, and at least three of them beside labels
known; a column holding a longer text is values (Sales Manager | 销售经理 over
a summary in both languages)."""

from __future__ import annotations

from collections.abc import Callable

from jdgen.importer import glossed
from jdgen.importer.reading import Row

_LEAST_ROWS = 3


def without_glosses(rows: list[Row], known: Callable[[str], bool]) -> tuple[list[Row], list[tuple[str, list[str]]]]:
    """``rows`` with each glossing column's cells left out, and for each such
    table its first label and the glosses left out."""
    tables: dict[tuple[str, str], list[Row]] = {}
    for row in rows:
        if row and row[0].where.startswith("table"):
            tables.setdefault(_table(row), []).append(row)
    columns = {table: column for table, table_rows in tables.items()
               for column in (0, 1) if _glosses(table_rows, column, known)}
    kept: list[Row] = []
    left_out: dict[tuple[str, str], tuple[str, list[str]]] = {}
    for row in rows:
        column = columns.get(_table(row)) if row else None
        if column is None or len(row) < 3 or not _text(row[column]):
            kept.append(row)
            continue
        kept.append(row[:column] + row[column + 1:])
        left_out.setdefault(_table(row), (_text(kept[-1][0]), []))[1].append(_text(row[column]))
    return kept, list(left_out.values())


def _table(row: Row) -> tuple[str, str]:
    return row[0].part, row[0].where.split(",")[0]


def _text(cell) -> str:
    return " ".join(cell.text.split())


def _glosses(rows: list[Row], column: int, known: Callable[[str], bool]) -> bool:
    """Whether ``column`` (0 or 1) of a table's ``rows`` glosses the labels in the other of the first two."""
    wide = [row for row in rows if len(row) >= 3 and not any(cell.nested for cell in row[:2])]
    beside_known = 0
    for row in wide:
        gloss, label = _text(row[column]), _text(row[1 - column])
        if not gloss:
            continue
        scripts = glossed.script(gloss), glossed.script(label)
        if not glossed.label_like(gloss) or known(gloss) or not glossed.label_like(label) \
                or None in scripts or scripts[0] == scripts[1]:
            return False
        beside_known += known(label)
    return beside_known >= _LEAST_ROWS and 2 * beside_known >= len(wide)
