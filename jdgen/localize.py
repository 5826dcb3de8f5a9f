"""Turn a translated spec into the plain context a template renders: every
text chosen, every number, date and list formatted for one language."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from jdgen import marks
from jdgen.diagnostics import Diagnostic
from jdgen.i18n.catalog import CatalogFolder
from jdgen.i18n.formatting import Formatter
from jdgen.i18n.spec_translation import translate_entry
from jdgen.labels import LabelSet
from jdgen.output import BILINGUAL
from jdgen.spec.collection import LoadedSpec
from jdgen.spec.model import JobSpec

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


class Labels:
    """Form labels in one language, with ``{placeholder}`` patterns and plural keys."""

    def __init__(self, texts: Mapping[str, str], formatter: Formatter) -> None:
        self.texts = dict(texts)
        self.formatter = formatter

    def fill(self, key: str, count: int | Decimal | None = None, **values: str) -> str:
        """Return label ``key`` with its placeholders filled.

        With ``count``, the plural variant (``key_one``) is chosen when the
        language has one for that count.
        """
        pattern = self.texts[key]
        if count is not None:
            pattern = self.texts.get(f"{key}_{self.formatter.plural_form(count)}", pattern)
        return _PLACEHOLDER.sub(lambda match: values.get(match[1], match[0]), pattern)


@dataclass
class Localized:
    """A spec prepared for one language: its context, or why it has none."""

    context: dict[str, Any] | None
    diagnostics: list[Diagnostic]
    lookups: dict[str, tuple[str, bool] | None] = field(default_factory=dict)
    """The catalog entries consulted (for incremental builds)."""


def localize(entry: LoadedSpec, labels: LabelSet, language: str, catalogs: CatalogFolder,
             draft: bool = False) -> Localized:
    """Prepare ``entry`` for ``language``; without a context when a text (of the
    spec or of the labels) has no translation, each gap a diagnostic.

    ``language`` may be a pair such as ``zh+en``: every text then shows both,
    the first language on top (a bilingual document).
    """
    parts = [_localize_one(entry, labels, part, catalogs, draft) for part in language.split(BILINGUAL)]
    diagnostics = [diagnostic for part in parts for diagnostic in part.diagnostics]
    lookups = parts[0].lookups if len(parts) == 1 else {
        f"{part_language}:{msgid}": value
        for part_language, part in zip(language.split(BILINGUAL), parts)
        for msgid, value in part.lookups.items()
    }
    if any(part.context is None for part in parts):
        return Localized(None, diagnostics, lookups)
    context = parts[0].context
    for other in parts[1:]:
        context = stack_contexts(context, other.context)
    return Localized(context, diagnostics, lookups)


def _localize_one(entry: LoadedSpec, labels: LabelSet, language: str, catalogs: CatalogFolder,
                  draft: bool) -> Localized:
    translation = translate_entry(entry, labels, language, catalogs, draft)
    if translation.spec is None:
        return Localized(None, translation.diagnostics, translation.lookups)
    context = build_context(translation.spec, Labels(translation.labels, Formatter(language)))
    return Localized(context, translation.diagnostics, translation.lookups)


_KEEP_FIRST = {"n", "lang", "current"}
"""Context keys a bilingual document takes from its first language: numbering, flags."""


def stack_contexts(first: Any, second: Any, key: str = "") -> Any:
    """Merge two contexts of the same spec: each text of ``first`` with the
    matching text of ``second`` under it."""
    if key in _KEEP_FIRST:
        return first
    if isinstance(first, dict):
        return {name: stack_contexts(value, second[name], name) for name, value in first.items()}
    if isinstance(first, list):
        return [stack_contexts(a, b) for a, b in zip(first, second, strict=True)]
    if isinstance(first, str):
        return marks.stacked(first, second)
    return first


def document_properties(context: dict[str, Any], spec: JobSpec) -> dict[str, str]:
    """Core properties of the document, all from the spec."""
    date = spec.document.effective_date or spec.basic.prepared_on
    return {
        "title": marks.plain(f"{context['labels']['form_title']} · {context['title']}"),
        "subject": spec.id,
        "creator": marks.plain(context["document"]["issuer"]),
        "language": context["lang"],
        "date": date.isoformat(),
    }


def build_context(spec: JobSpec, labels: Labels) -> dict[str, Any]:
    """Return the template context of a spec whose texts are all plain strings."""
    fmt = labels.formatter
    basic = spec.basic
    return {
        "lang": fmt.language,
        "labels": labels.texts,
        "id": spec.id,
        "title": spec.title,
        "document": {
            "number": spec.document.number,
            "issuer": spec.document.issuer,
            "prepared_by": spec.document.prepared_by or "",
            "approved_by": spec.document.approved_by or "",
            "effective_date": fmt.date(spec.document.effective_date),
        },
        "basic": {
            "department": basic.department,
            "prepared_on": fmt.date(basic.prepared_on),
            "headcount": _people(labels, basic.headcount),
            "supervised": _people(labels, basic.supervised),
            "grade": labels.fill("grade_value", n=fmt.number(basic.grade), spelled=fmt.spelled(basic.grade)),
            "reports_to": basic.reports_to,
            "subordinates": fmt.join(basic.subordinates),
        },
        "reporting_chart": _chart([basic.reports_to], spec.title, [fmt.join(basic.subordinates)] if basic.subordinates else []),
        "internal": numbered(spec.relationships.internal, fmt.item_number),
        "external": numbered(spec.relationships.external, fmt.item_number),
        "summary": spec.summary,
        "duties": [
            {"n": fmt.group_number(index), "title": group.title, "entries": numbered(group.items, fmt.item_number)}
            for index, group in enumerate(spec.duties, start=1)
        ],
        **_indicators(spec, labels),
        "authority": {
            "work": numbered(spec.authority.work, fmt.item_number),
            "expenses": numbered(spec.authority.expenses, fmt.item_number),
            "personnel": numbered(spec.authority.personnel, fmt.item_number),
        },
        "experience": [
            {"name": spec.levels[level], "entries": numbered(items, fmt.item_number)}
            for level, items in spec.qualifications.experience.items()
        ],
        "knowledge": spec.qualifications.knowledge,
        "abilities": numbered(spec.qualifications.abilities, fmt.item_number),
        "qualities": numbered(spec.qualifications.qualities, fmt.item_number),
        "career_chart": _chart([], labels.texts["this_position"], spec.career_path),
        "training": {
            "topics": numbered(spec.training.topics, fmt.item_number),
            "hours": numbered(
                (labels.fill("level_hours", hours, level=spec.levels[level], hours=fmt.number(hours))
                 for level, hours in spec.training.hours.items()),
                fmt.item_number,
            ),
        },
        "environment": [
            {"name": labels.texts["place"], "value": spec.environment.place},
            {"name": labels.texts["hours"], "value": spec.environment.hours},
            *({"name": c.name, "value": c.value} for c in spec.environment.conditions),
        ],
        "physical": spec.physical,
        "tools": fmt.capitalized(fmt.join(spec.tools)),
    }


def numbered(texts: Iterable[str], numbering) -> list[dict[str, str]]:
    """``[{n: "1、", text: ...}, ...]`` with ``numbering(i)`` giving each number."""
    return [{"n": numbering(index), "text": text} for index, text in enumerate(texts, start=1)]


def _people(labels: Labels, count: int) -> str:
    return labels.fill("people", count, n=labels.formatter.number(count))


def _chart(above: list[str], current: str, below: list[str]) -> list[dict[str, Any]]:
    """Boxes of a chain, top to bottom; ``current`` marks this position's box."""
    return [
        *({"text": text, "current": False} for text in above),
        {"text": current, "current": True},
        *({"text": text, "current": False} for text in below),
    ]


def _indicators(spec: JobSpec, labels: Labels) -> dict[str, Any]:
    fmt = labels.formatter
    categories = []
    for index, category in enumerate(spec.indicators.quantitative, start=1):
        measures = [
            labels.fill("measure_target", name=m.name, target=fmt.money(m.target.amount, m.target.currency))
            if m.target else m.name
            for m in category.measures
        ]
        details = [category.scoring] if category.scoring else []
        if category.formula:
            details.append(labels.fill("formula", formula=category.formula))
        categories.append({
            "n": fmt.sub_number(index),
            "text": labels.fill("heading_detail", heading=category.name, detail=fmt.join(measures)),
            "details": details,
        })
    qualitative = spec.indicators.qualitative
    deductions = (
        labels.fill("deduction", d.points, rule=d.rule, points=fmt.number(d.points))
        for d in qualitative.deductions
    )
    return {
        "quantitative": {"n": fmt.item_number(1), "text": labels.texts["quantitative"], "categories": categories},
        "qualitative": {
            "n": fmt.item_number(2),
            "text": labels.fill("heading_detail", heading=labels.texts["qualitative"], detail=qualitative.method),
            "deductions": numbered(deductions, fmt.sub_number),
        },
    }
