"""A duty table whose first column names each duty's category, merged down
over the category's duties (职责类别 | 工作内容 over 直播前 | 制定直播排期…,
then a row of the next duty alone): the duties in titled groups."""

from __future__ import annotations

from jdgen.importer.field_labels import normalized, resolve

CATEGORY_HEADINGS = {"职责类别", "类别", "职责分类", "工作类别", "职责模块", "工作模块", "模块", "category",
                     "dutycategory", "area", "dutyarea"}
"""Headings of a column naming the duties' categories."""


def grouped(rows: list[list[str]], section: str) -> list[tuple[str, list[str]]] | None:
    """The groups (category, its duties) of ``rows``, a table's texts row by
    row, when its first row is a category heading beside a label of the
    duties and each row under it is a category and a duty, or a duty alone
    (the category merged down over it); None for any other table."""
    if not rows or len(rows[0]) != 2 or normalized(rows[0][0]) not in CATEGORY_HEADINGS \
            or resolve(rows[0][1], section) != ("duties", "duties"):
        return None
    groups: list[tuple[str, list[str]]] = []
    for texts in rows[1:]:
        if len(texts) == 2 and all(text.strip() for text in texts):
            groups.append((texts[0].strip(), [texts[1].strip()]))
        elif len(texts) == 1 and groups and texts[0].strip():
            groups[-1][1].append(texts[0].strip())
        else:
            return None
    return groups or None
