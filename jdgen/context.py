"""The plain context a template renders, built from a spec whose texts read
in one language: every number, date, list and chart formatted for it.
(jdgen.localize chooses the texts and calls this.)"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from pydantic import BaseModel

from jdgen.fields import about, alternatives
from jdgen.i18n.formatting import Formatter
from jdgen.i18n.plurals import for_count
from jdgen.jobspec.model import BasicInfo, DocumentInfo
from jdgen.language_labels import LanguageLabels
from jdgen.own_fields_context import own_fields_context, own_fields_shape
from jdgen.render.shape import ANY, ITERABLE, Items, Record

FOOTER_SEPARATOR = " · "
"""Between the parts of the footer's line: the document number, the title."""


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
        "duties": _duties(spec.duties, labels),
        "indicators": _indicators(spec.indicators, labels),
        "measures": _measure_records(spec.indicators, labels),
        "authority": {
            "work": numbered(spec.authority.work, fmt.item_number),
            "expenses": numbered(spec.authority.expenses, fmt.item_number),
            "personnel": numbered(spec.authority.personnel, fmt.item_number),
        },
        "education": [{"label": labels.texts[key], "entries": numbered([getattr(spec.qualifications, key)],
                                                                       fmt.item_number)}
                      for key in ("education", "major") if getattr(spec.qualifications, key)],
        "experience": _experience(spec, fmt),
        "qualifications": _qualification_rows(spec.qualifications, labels),
        "qualifications_by_key": _qualifications_by_key(spec.qualifications, labels),
        "career_chart": _chart([labels.texts["this_position"], *spec.career_path], current=0)
        if spec.career_path else [],
        "training": {
            "topics": numbered(spec.training.topics, fmt.item_number),
            "hours": _training_hours(spec, labels),
            "hours_value": _hours_value(spec.training.hours),
        },
        "environment": [
            {"name": labels.texts["place"], "value": spec.environment.place or none},
            {"name": labels.texts["hours"], "value": spec.environment.hours or none},
            *({"name": c.name, "value": c.value} for c in spec.environment.conditions),
        ],
        "physical": spec.physical or none,
        "tools": fmt.capitalized(fmt.join(spec.tools)) if spec.tools else none,
        **own_fields_context(spec, labels),
    }


_NUMBERED = Items(Record({"n": ANY, "text": ANY}))
_CHART = Items(Record({"boxes": Items(Record({"text": ANY, "current": ANY, "span": ANY})), "arrow": ANY}))
_LABELLED = Items(Record({"label": ANY, "entries": _NUMBERED}))


def context_shape(labels: Iterable[str], model: type[BaseModel]) -> Record:
    """The shape of every context ``build_context`` makes with labels of the
    keys ``labels`` for a spec of ``model`` (jdgen.render.shape): what a
    template can rely on whatever the spec holds. It says what the code
    above makes; a value whose kind varies between specs is a leaf."""
    return Record({
        "lang": ANY, "labels": Record(dict.fromkeys(labels, ANY)), "id": ANY, "title": ANY,
        "document": Record({**_values_shape(DocumentInfo), "footer": ANY}),
        "basic": Record(_values_shape(BasicInfo)),
        "reporting_chart": _CHART, "internal": _NUMBERED, "external": _NUMBERED, "summary": ANY,
        "duties": Items(Record({"n": ANY, "title": ANY, "entries": Items(Record(
            {"n": ANY, "text": ANY, "weight": ANY, "weight_value": ANY}))})),
        "indicators": Items(Record({"n": ANY, "text": ANY, "entries": Items(Record(
            {"n": ANY, "text": ANY, "details": Items(ANY)}))})),
        "measures": Items(Record({
            "category": ANY, "name": ANY, "text": ANY, "weight": ANY, "weight_value": ANY,
            "target": Record(dict.fromkeys(("text", "figure", "compare", "value", "unit", "period", "per"), ANY))})),
        "authority": Record({"work": _NUMBERED, "expenses": _NUMBERED, "personnel": _NUMBERED}),
        "education": _LABELLED,
        "experience": Items(Record({"name": ANY, "entries": _NUMBERED})),
        "qualifications": _LABELLED,
        "qualifications_by_key": Record({"education": ANY, "major": ANY, "certificates": _NUMBERED, "knowledge": ANY,
                                         "abilities": _NUMBERED, "qualities": _NUMBERED}),
        "career_chart": _CHART,
        "training": Record({"topics": _NUMBERED, "hours": _NUMBERED, "hours_value": ANY}),
        "environment": Items(Record({"name": ANY, "value": ANY})),
        "physical": ANY, "tools": ANY,
        **own_fields_shape(model),
    })


def _values_shape(model: type[BaseModel]) -> dict[str, Any]:
    """The shape of what ``_values`` makes of a part of ``model``: a list
    field is a list, or a text when absent; ``<name>_value`` beside a typed one."""
    shape: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        kinds = alternatives(info.annotation)
        listed = all(kind is type(None) or isinstance(kind, tuple) and kind[0] is list for kind in kinds)
        shape[name] = ITERABLE if listed else ANY
        if about(info).format is not None:
            shape[f"{name}_value"] = ANY
    return shape


def _values(part: Any, model: type[BaseModel], labels: LanguageLabels, absent: str) -> dict[str, Any]:
    """Each field of a part of the form (``model``) as it reads, by the
    format its model declares: a text as it is, a date, a count of people or
    a grade formatted, a list as a list; ``absent`` for an absent value.
    A typed field also gives its value as written, ``<name>_value`` (a
    number, a grade's text, a date as YYYY-MM-DD; None when absent)."""
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
        if kind is not None:  # the typed value itself, beside how it reads
            values[f"{name}_value"] = value.isoformat() if kind == "date" and value is not None else raw(value)
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
    then ``side_by_side`` boxes in rows of up to ``CHART_ROW``, under one
    arrow, and with an arrow between their rows too: a gap, and a connector
    that runs on down the middle, between the boxes side by side, to the
    next row. ``current`` is the index in ``chain`` of this position's
    (shaded) box; each box's ``span`` is the grid columns it spans (``box_span``)."""
    rows = [[{"text": text, "current": index == current}] for index, text in enumerate(chain)]
    boxes = [{"text": text, "current": False} for text in side_by_side]
    rows += [boxes[start:start + CHART_ROW] for start in range(0, len(boxes), CHART_ROW)]
    arrows = len(rows) - 1
    return [
        {"boxes": [{**box, "span": box_span(CHART_COLUMNS // len(row))} for box in row], "arrow": index < arrows}
        for index, row in enumerate(rows)
    ]


def _duties(duties: Any, labels: LanguageLabels) -> list[dict[str, Any]]:
    """Groups of numbered duties, each with its weight; a plain list is one
    group without a heading. A single group is not numbered, as a list of
    one item is not."""
    fmt = labels.formatter
    if duties and (isinstance(duties[0], str) or hasattr(duties[0], "weight")):  # a list, not groups
        return [{"n": "", "title": "", "entries": _duty_entries(duties, labels)}]
    return [
        {"n": fmt.group_number(index) if len(duties) > 1 else "", "title": group.title,
         "entries": _duty_entries(group.items, labels)}
        for index, group in enumerate(duties, start=1)
    ]


def _duty_entries(duties: Any, labels: LanguageLabels) -> list[dict[str, Any]]:
    """A numbered list of duties, each ``{n, text, weight, weight_value}``."""
    entries = numbered((duty if isinstance(duty, str) else duty.text for duty in duties), labels.formatter.item_number)
    return [{**entry, **_weight(None if isinstance(duty, str) else duty.weight, labels)}
            for entry, duty in zip(entries, duties, strict=True)]


def _weight(weight: Decimal | None, labels: LanguageLabels) -> dict[str, Any]:
    """A weight in percent as it reads (30%, empty when none) and as a number (None when none)."""
    return {"weight": labels.formatter.percent(weight) if weight is not None else "", "weight_value": raw(weight)}


def raw(number: Any) -> Any:
    """A figure as a plain number for templates and JSON (30, 4.5); any other value as it is."""
    if not isinstance(number, Decimal):
        return number
    return int(number) if number == number.to_integral_value() else float(number)


def _hours_value(hours: Any) -> int | float | dict[str, int | float | None] | None:
    """Class hours as numbers: one figure, or one per level id."""
    if isinstance(hours, dict):
        return {level: raw(value) for level, value in hours.items()}
    return raw(hours)


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
    """The rows under 资历 (学历要求 and 专业 are above it, ``education``): the form's own
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


def _qualifications_by_key(qualifications: Any, labels: LanguageLabels) -> dict[str, Any]:
    """任职资格 field by field, for a form of its own layout: a text (``labels.none``
    when absent) or a numbered list (empty when absent); experience is ``experience``."""
    fmt, none = labels.formatter, labels.texts["none"]
    return {
        "education": qualifications.education or none,
        "major": qualifications.major or none,
        "certificates": numbered(qualifications.certificates, fmt.item_number),
        "knowledge": qualifications.knowledge or none,
        "abilities": numbered(qualifications.abilities, fmt.item_number),
        "qualities": numbered(qualifications.qualities, fmt.item_number),
    }


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
    if hasattr(target, "text"):
        return target.text
    value = _amount(target, labels)
    if target.per:
        value = labels.fill(f"target_per_{target.per}", value=value)
    return _compared(target, value, labels)


def _amount(target: Any, labels: LanguageLabels) -> str:
    """A target's figure with its unit: 100万元, 90%, 2次 / 2 times."""
    fmt = labels.formatter
    if hasattr(target, "amount"):
        return fmt.money(target.amount, target.currency)
    if hasattr(target, "percent"):
        return fmt.percent(target.percent)
    figure = _figure(target)
    value = fmt.number(figure)
    return labels.fill("quantity_unit", n=value, unit=for_count(target.unit, figure)) if target.unit else value


def _figure(target: Any) -> Decimal | int:
    return next(getattr(target, name) for name in ("amount", "percent", "count", "number") if hasattr(target, name))


def _compared(target: Any, value: str, labels: LanguageLabels) -> str:
    return labels.fill(f"target_{target.compare}", value=value) if target.compare else value


def _target_record(target: Any, labels: LanguageLabels) -> dict[str, Any]:
    """A measure's target as it reads (``text``) and in parts: ``figure``, the
    target without its period (≥90%, ≤2次), for a form with a period column;
    ``compare`` (at_least, at_most, exactly or empty); ``value``, the number;
    ``unit`` (a currency code, %, the counter word or unit, or empty);
    ``period`` in words (季度 / Quarterly) and ``per`` (month, quarter, year or empty)."""
    record: dict[str, Any] = {"text": "", "figure": "", "compare": "", "value": None, "unit": "", "period": "",
                               "per": ""}
    if target is None:
        return record
    if hasattr(target, "text"):
        return {**record, "text": target.text, "figure": target.text}
    unit = target.currency if hasattr(target, "amount") else "%" if hasattr(target, "percent") else target.unit
    return {
        **record,
        "text": format_target(target, labels),
        "figure": _compared(target, _amount(target, labels), labels),
        "compare": target.compare or "",
        "value": raw(_figure(target)),
        "unit": unit or "",
        "period": labels.texts[f"period_{target.per}"] if target.per else "",
        "per": target.per or "",
    }


def _measure(measure: Any, labels: LanguageLabels) -> str:
    text = measure.name
    if measure.target is not None:
        pattern = "measure_text_target" if hasattr(measure.target, "text") else "measure_target"
        text = labels.fill(pattern, name=text, target=format_target(measure.target, labels))
    if measure.weight is not None:
        text = labels.fill("measure_weight", measure=text, weight=labels.formatter.percent(measure.weight))
    return text


def _measure_records(indicators: Any, labels: LanguageLabels) -> list[dict[str, Any]]:
    """Every quantitative measure as a record, in order, for a table with a
    row per measure: ``category``, ``name``, ``text`` (the measure as the
    default form prints it), ``target`` (``_target_record``), ``weight`` and
    ``weight_value``."""
    return [
        {"category": category.name, "name": measure.name, "text": _measure(measure, labels),
         "target": _target_record(measure.target, labels), **_weight(measure.weight, labels)}
        for category in indicators.quantitative for measure in category.measures
    ]


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
