"""The plain context a template renders, built from a spec whose texts read
in one language: every number, date, list and chart formatted for it.
(jdgen.localize chooses the texts and calls this.)"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from pydantic import BaseModel

from jdgen.fields import about
from jdgen.i18n.formatting import Formatter
from jdgen.i18n.plurals import for_count
from jdgen.jobspec.model import BasicInfo, DocumentInfo

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
FOOTER_SEPARATOR = " · "
"""Between the parts of the footer's line: the document number, the title."""


class LanguageLabels:
    """Form labels in one language, with ``{placeholder}`` patterns, some with plural forms."""

    def __init__(self, texts: Mapping[str, str], formatter: Formatter) -> None:
        self.texts = dict(texts)
        self.formatter = formatter

    def fill(self, key: str, count: int | Decimal | None = None, **values: str) -> str:
        """Return label ``key`` with its placeholders filled.

        With ``count``, a label with plural forms takes the form of that count.
        """
        pattern = self.texts[key]
        if count is not None:
            pattern = for_count(pattern, count)
        return _PLACEHOLDER.sub(lambda match: values.get(match[1], match[0]), pattern)


CHART_ROW = 2
"""At most this many boxes side by side in a chart row; more wrap to the
next row (two boxes hold names of 8 CJK characters on one line)."""
CHART_COLUMNS = 6
"""The chart's width in units: a row of 1, 2 or 3 boxes shares them evenly."""
CHART_GRID = 2 * CHART_COLUMNS + 1
"""The chart table's grid: a narrow spacer column before each unit and after
the last, so that boxes side by side are separate boxes, each between two
spacers (a box of ``n`` units spans ``box_span(n)`` grid columns)."""


def box_span(units: int) -> int:
    """The grid columns a box of ``units`` units spans: its units and the spacers between them."""
    return 2 * units - 1


def build_context(spec: Any, labels: LanguageLabels) -> dict[str, Any]:
    """Return the template context of a spec whose texts read in one language
    (a ``Translated`` view, or a model whose texts are plain strings).

    Absent values read ``labels.none`` (无 / None), except the title block's
    sign-off fields, which a printed form leaves blank to be filled in; an
    absent list is an empty list, which the template shows as ``labels.none``.
    A count of none (``supervised: 0``) reads as an absent one: 无 / None.
    """
    fmt = labels.formatter
    none = labels.texts["none"]
    basic = spec.basic
    document = spec.document
    superiors = [basic.reports_to] if basic.reports_to else []
    return {
        "lang": fmt.language,
        "labels": labels.texts,
        "id": spec.id,
        "title": spec.title,
        "document": {
            **_values(document, DocumentInfo, labels, absent=""),
            "footer": FOOTER_SEPARATOR.join(part for part in (document.number, spec.title) if part),
        },
        "basic": _values(basic, BasicInfo, labels, absent=none),
        "reporting_chart": _chart([*superiors, spec.title], current=len(superiors),
                                  side_by_side=basic.subordinates),
        "internal": numbered(spec.relationships.internal, fmt.item_number),
        "external": numbered(spec.relationships.external, fmt.item_number),
        "summary": spec.summary,
        "duties": _duties(spec.duties, fmt),
        "indicators": _indicators(spec.indicators, labels),
        "authority": {
            "work": numbered(spec.authority.work, fmt.item_number),
            "expenses": numbered(spec.authority.expenses, fmt.item_number),
            "personnel": numbered(spec.authority.personnel, fmt.item_number),
        },
        "education": [{"label": labels.texts["education"],
                       "entries": numbered([spec.qualifications.education], fmt.item_number)}]
        if spec.qualifications.education else [],
        "experience": _experience(spec, fmt),
        "qualifications": _qualification_rows(spec.qualifications, labels),
        "career_chart": _chart([labels.texts["this_position"], *spec.career_path], current=0)
        if spec.career_path else [],
        "training": {
            "topics": numbered(spec.training.topics, fmt.item_number),
            "hours": _training_hours(spec, labels),
        },
        "environment": [
            {"name": labels.texts["place"], "value": spec.environment.place or none},
            {"name": labels.texts["hours"], "value": spec.environment.hours or none},
            *({"name": c.name, "value": c.value} for c in spec.environment.conditions),
        ],
        "physical": spec.physical or none,
        "tools": fmt.capitalized(fmt.join(spec.tools)) if spec.tools else none,
    }


def _values(part: Any, model: type[BaseModel], labels: LanguageLabels, absent: str) -> dict[str, Any]:
    """Each field of a part of the form (``model``) as it reads, by the
    format its model declares: a text as it is, a date, a count of people or
    a grade formatted, a list as a list; ``absent`` for an absent value."""
    values: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        value = getattr(part, name)
        kind = about(info).format
        if isinstance(value, (list, tuple)):
            values[name] = list(value) or [absent]
        elif value is None or (kind == "people" and not value):  # nobody reads as a count not given
            values[name] = absent
        elif kind == "date":
            values[name] = labels.formatter.date(value)
        elif kind == "people":
            values[name] = _people(labels, value)
        elif kind == "grade":
            values[name] = _grade(labels, value)
        else:
            values[name] = value
    return values


def numbered(texts: Iterable[str], numbering) -> list[dict[str, str]]:
    """``[{n: "1、", text: ...}, ...]`` with ``numbering(i)`` giving each number.

    A list of one item is not numbered: its ``n`` is empty.
    """
    texts = list(texts)
    if len(texts) == 1:
        return [{"n": "", "text": texts[0]}]
    return [{"n": numbering(index), "text": text} for index, text in enumerate(texts, start=1)]


def _people(labels: LanguageLabels, count: int) -> str:
    return labels.fill("people", count, n=labels.formatter.number(count))


def _grade(labels: LanguageLabels, grade: int | str) -> str:
    if isinstance(grade, str):
        return grade
    fmt = labels.formatter
    return labels.fill("grade_value", n=fmt.number(grade), spelled=fmt.spelled(grade))


def _chart(chain: list[str], current: int, side_by_side: Iterable[str] = ()) -> list[dict[str, Any]]:
    """Rows of boxes, top to bottom: ``chain`` one box a row, linked by arrows,
    then ``side_by_side`` boxes in rows of up to ``CHART_ROW``, under one arrow.
    ``current`` is the index in ``chain`` of this position's (shaded) box;
    each box's ``span`` is the grid columns it spans (``box_span``)."""
    rows = [[{"text": text, "current": index == current}] for index, text in enumerate(chain)]
    boxes = [{"text": text, "current": False} for text in side_by_side]
    rows += [boxes[start:start + CHART_ROW] for start in range(0, len(boxes), CHART_ROW)]
    arrows = len(chain) if boxes else len(chain) - 1
    return [
        {"boxes": [{**box, "span": box_span(CHART_COLUMNS // len(row))} for box in row], "arrow": index < arrows}
        for index, row in enumerate(rows)
    ]


def _duties(duties: Any, fmt: Formatter) -> list[dict[str, Any]]:
    """Groups of numbered duties; a plain list is one group without a heading.
    A single group is not numbered, as a list of one item is not."""
    if duties and isinstance(duties[0], str):
        return [{"n": "", "title": "", "entries": numbered(duties, fmt.item_number)}]
    return [
        {"n": fmt.group_number(index) if len(duties) > 1 else "", "title": group.title,
         "entries": numbered(group.items, fmt.item_number)}
        for index, group in enumerate(duties, start=1)
    ]


def _experience(spec: Any, fmt: Formatter) -> list[dict[str, Any]]:
    """The 资历 rows: one per level (named), or one unnamed row for a single list
    (or for none, which the template shows as ``labels.none``)."""
    experience = spec.qualifications.experience
    if isinstance(experience, dict):
        return [
            {"name": spec.levels[level], "entries": numbered(items, fmt.item_number)}
            for level, items in experience.items()
        ]
    return [{"name": "", "entries": numbered(experience or [], fmt.item_number)}]


def _qualification_rows(qualifications: Any, labels: LanguageLabels) -> list[dict[str, Any]]:
    """The rows under 资历 (学历要求 is above it, ``education``): the form's own
    rows always, the others when given."""
    fmt = labels.formatter
    rows = []
    if qualifications.certificates:
        certificates = numbered(qualifications.certificates, fmt.item_number)
        rows.append({"label": labels.texts["certificates"], "entries": certificates})
    knowledge = [qualifications.knowledge] if qualifications.knowledge else []
    rows += [
        {"label": labels.texts["knowledge"], "entries": numbered(knowledge, fmt.item_number)},
        {"label": labels.texts["abilities"], "entries": numbered(qualifications.abilities, fmt.item_number)},
        {"label": labels.texts["qualities"], "entries": numbered(qualifications.qualities, fmt.item_number)},
    ]
    return rows


def _training_hours(spec: Any, labels: LanguageLabels) -> list[dict[str, str]]:
    fmt = labels.formatter
    hours = spec.training.hours
    if hours is None:
        return []
    if not isinstance(hours, dict):
        return numbered([labels.fill("hours_all", hours, hours=fmt.number(hours))], fmt.item_number)
    return numbered(
        (labels.fill("level_hours", value, level=spec.levels[level], hours=fmt.number(value))
         for level, value in hours.items()),
        fmt.item_number,
    )


def format_target(target: Any, labels: LanguageLabels) -> str:
    """A measure's target in words: 100万元, ≥90%, ≤2次/季度 / at most 2 times per quarter."""
    fmt = labels.formatter
    if hasattr(target, "text"):
        return target.text
    if hasattr(target, "amount"):
        value = fmt.money(target.amount, target.currency)
    elif hasattr(target, "percent"):
        value = fmt.percent(target.percent)
    else:
        figure = target.count if hasattr(target, "count") else target.number
        value = fmt.number(figure)
        if target.unit:
            value = labels.fill("quantity_unit", n=value, unit=for_count(target.unit, figure))
    if target.per:
        value = labels.fill(f"target_per_{target.per}", value=value)
    if target.compare:
        value = labels.fill(f"target_{target.compare}", value=value)
    return value


def _measure(measure: Any, labels: LanguageLabels) -> str:
    text = measure.name
    if measure.target is not None:
        pattern = "measure_text_target" if hasattr(measure.target, "text") else "measure_target"
        text = labels.fill(pattern, name=text, target=format_target(measure.target, labels))
    if measure.weight is not None:
        text = labels.fill("measure_weight", measure=text, weight=labels.formatter.percent(measure.weight))
    return text


def _deduction(deduction: Any, labels: LanguageLabels) -> str:
    if hasattr(deduction, "penalty"):
        return labels.fill("penalty", rule=deduction.rule, penalty=deduction.penalty)
    return labels.fill(f"deduction_{deduction.per}", deduction.points, rule=deduction.rule,
                       points=labels.formatter.number(deduction.points))


def _indicators(indicators: Any, labels: LanguageLabels) -> list[dict[str, Any]]:
    """工作指标 as numbered parts (定量指标, 定性指标), each with numbered
    entries that may carry details (a category's scoring and formula)."""
    fmt = labels.formatter
    parts = []
    if indicators.quantitative:
        categories = [
            {
                "text": labels.fill("heading_detail", heading=category.name,
                                    detail=fmt.join([_measure(m, labels) for m in category.measures])),
                "details": [
                    *([category.scoring] if category.scoring else []),
                    *([labels.fill("formula", formula=category.formula)] if category.formula else []),
                ],
            }
            for category in indicators.quantitative
        ]
        parts.append((labels.texts["quantitative"], categories))
    qualitative = indicators.qualitative
    if qualitative is not None:
        heading = labels.texts["qualitative"]
        if qualitative.method:
            heading = labels.fill("heading_detail", heading=heading, detail=qualitative.method)
        criteria = [{"text": text, "details": []} for text in qualitative.criteria]
        deductions = [{"text": _deduction(d, labels), "details": []} for d in qualitative.deductions]
        if criteria and deductions:  # the rules are a list of their own, under their own heading
            in_points = all(hasattr(deduction, "points") for deduction in qualitative.deductions)
            parts += [(heading, criteria), (labels.texts["deduction_rules" if in_points else "penalty_rules"],
                                            deductions)]
        else:
            parts.append((heading, criteria or deductions))
    return [
        {
            "n": fmt.item_number(index) if len(parts) > 1 else "",
            "text": heading,
            "entries": [
                {**entry, "n": fmt.sub_number(number) if len(entries) > 1 else ""}
                for number, entry in enumerate(entries, start=1)
            ],
        }
        for index, (heading, entries) in enumerate(parts, start=1)
    ]
