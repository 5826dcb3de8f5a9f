"""KPI tables: a table of indicators whose heading row names its columns
(指标名称 | 目标值 | 权重, 考核指标 | 指标定义 | 目标 | 权重 | 评分标准,
KPI | Target | Weight), each row under it one measure of the quantitative
indicators: its category (a column of its own, merged down over its
rows), its name, target, weight and period. A column the spec has no
place for (指标定义, 评分标准) is reported cell by cell, never dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from jdgen.importer import values
from jdgen.importer.entries import FormLine, Note
from jdgen.importer.field_labels import is_weight_heading, normalized

KPI = "kpi:"
"""The kind of a line read from a KPI table, followed by its column's role (``kpi:target``)."""
CATEGORY, NAME, TARGET, WEIGHT, PERIOD, HEADING = "category", "name", "target", "weight", "period", "heading"
"""The roles of a KPI table's columns; ``heading`` is the label above the table (a category's name
when the table has no category column)."""

_HEADINGS = {
    CATEGORY: ("指标类别", "指标类型", "考核类别", "考核维度", "指标维度", "类别", "维度", "Category", "KPI Category",
               "Perspective", "Dimension"),
    NAME: ("指标名称", "考核指标", "绩效指标", "关键绩效指标", "考核项目", "指标", "指标项", "KPI", "KPI名称", "KPIs",
           "Indicator", "Indicators", "Key Performance Indicator", "Measure", "Metric", "KPI Name"),
    TARGET: ("目标值", "目标", "考核目标", "目标要求", "标准值", "考核标准", "绩效目标", "Target", "Target Value",
             "Targets", "Goal"),
    PERIOD: ("考核周期", "周期", "统计周期", "考核频率", "考核频次", "Frequency", "Period", "Review Period",
             "Review Frequency"),
}
_ROLES = {normalized(text): role for role, texts in _HEADINGS.items() for text in texts}
_TOTALS = {"合计", "总计", "小计", "total", "sum"}
"""A row that sums the weights (合计 | | 100%): the form's arithmetic, not a measure."""
_PERIODS = {**dict.fromkeys(("年度", "年", "每年", "全年", "annual", "annually", "yearly", "year"), "year"),
            **dict.fromkeys(("季度", "季", "每季度", "每季", "quarterly", "quarter"), "quarter"),
            **dict.fromkeys(("月度", "月", "每月", "monthly", "month"), "month")}


def columns(headings: dict[int, str]) -> dict[int, str] | None:
    """The role of each column of a heading row (cell index: its heading's
    text), or None when the row is no KPI table's: it must name the
    measures' column and a target or weight column, and no column twice.
    A column of another heading is ``other``, to be reported."""
    roles: dict[int, str] = {}
    for index, text in headings.items():
        key = normalized(text)
        role = WEIGHT if is_weight_heading(text) else _ROLES.get(key)
        if role is None and (not key or any(character.isdigit() for character in key) or len(key) > 16):
            return None  # a figure or a sentence: a row of values, not of headings
        roles[index] = role or "other"
    named = [role for role in roles.values() if role != "other"]
    if NAME not in named or not {TARGET, WEIGHT} & set(named) or len(named) != len(set(named)):
        return None
    return roles


def is_total(text: str) -> bool:
    """Whether a row's first text says it sums the table (合计, Total)."""
    return normalized(text) in _TOTALS


@dataclass
class _Reading:
    notes: list[Note] = field(default_factory=list)
    categories: list[dict[str, Any]] = field(default_factory=list)
    weights: list[tuple[FormLine, Any]] = field(default_factory=list)


def categories(entries: list[FormLine]) -> tuple[list[dict[str, Any]], list[Note]]:
    """The quantitative indicators a KPI table's lines give (their kinds
    ``kpi:<role>``), in the table's order, and the notes: a weight or a
    period that could not be read, a table without a category column (its
    measures under the label above it, to check), weights that do not
    make 100%."""
    found = _Reading()
    heading = next((entry for entry in entries if entry.kind == KPI + HEADING), None)
    rows: dict[int, dict[str, FormLine]] = {}
    for entry in entries:
        if entry.kind != KPI + HEADING:
            rows.setdefault(entry.row, {})[entry.kind.removeprefix(KPI) if entry.kind else ""] = entry
    category: dict[str, Any] | None = None
    for cells in rows.values():
        if CATEGORY in cells:
            category = {"name": cells[CATEGORY].text, "measures": []}
            found.categories.append(category)
        if NAME not in cells:
            found.notes += [Note(entry.where, entry.text, "a row of the indicators table with no measure's name; "
                                 "not placed") for role, entry in cells.items() if role != CATEGORY]
            continue
        if category is None:
            name = heading.text if heading else cells[NAME].text
            category = {"name": name, "measures": []}
            found.categories.append(category)
            found.notes.append(Note(cells[NAME].where, name, "the indicators table has no category column; its "
                                    "measures are kept under one category, named by the label above the table (or, "
                                    "with none, by its measures' heading): check it",
                                    unsure=True, field="indicators.quantitative"))
        category["measures"].append(_measure(cells, found))
    _check_weights(found)
    return [category for category in found.categories if category["measures"]], found.notes


def _measure(cells: dict[str, FormLine], found: _Reading) -> dict[str, Any]:
    """One row's measure: its name, target (typed, or in words), weight and period."""
    measure: dict[str, Any] = {"name": cells[NAME].text}
    target = values.parse_target_alone(cells[TARGET].text) if TARGET in cells else None
    if PERIOD in cells:
        per = _PERIODS.get(normalized(cells[PERIOD].text))
        if per is None or target is None or "text" in target:
            found.notes.append(Note(cells[PERIOD].where, cells[PERIOD].text, "a period the target cannot carry "
                                    "(年度, 季度, 月度 can); not placed"))
        else:
            target.setdefault("per", per)
    if target is not None:
        measure["target"] = target
    if WEIGHT in cells:
        weight = values.parse_share(cells[WEIGHT].text)
        if weight is None:
            found.notes.append(Note(cells[WEIGHT].where, cells[WEIGHT].text, "not a measure's weight (a "
                                    "percentage), not placed"))
        else:
            measure["weight"] = weight
            found.weights.append((cells[WEIGHT], weight))
    return measure


def _check_weights(found: _Reading) -> None:
    """Weights that do not make 100%, or measures without one beside those with one: flagged."""
    measures = sum(len(category["measures"]) for category in found.categories)
    total = sum(weight for _, weight in found.weights)
    if found.weights and (len(found.weights) < measures or total != 100):
        first = found.weights[0][0]
        found.notes.append(Note(first.where, first.text, f"{len(found.weights)} of {measures} measures have a "
                                f"weight, making {total}% (not 100%); check the indicators against the weight "
                                "column", unsure=True, field="indicators.quantitative"))
