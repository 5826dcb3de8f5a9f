"""A project's own fields (``fields.yaml``) as a template sees them, in one
language: ``custom`` (each value formatted), ``custom_raw`` (each value as
it is: a number, a date in ISO form), ``custom_labels`` (each field's label),
``custom_fields`` (the fields a spec gives, in declared order, each with its
label: for a form that lists them all). Only a project that declares fields
has them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jdgen.fields import alternatives
from jdgen.jobspec.own_fields import CUSTOM, CustomPart
from jdgen.render.shape import ANY, ITERABLE, Items, Record, Shape

if TYPE_CHECKING:
    from pydantic import BaseModel

    from jdgen.language_labels import LanguageLabels


def own_fields_context(spec: Any, labels: LanguageLabels) -> dict[str, Any]:
    """The own fields of ``spec`` (its texts in one language) for a template;
    nothing for a spec model without them."""
    declared = getattr(getattr(spec, CUSTOM, None), "declared", None)
    if declared is None:  # no fields.yaml, or one with problems (reported as such)
        return {}
    fmt = labels.formatter
    none = labels.texts["none"]
    formatted: dict[str, Any] = {}
    raw: dict[str, Any] = {}
    shown: list[dict[str, str]] = []
    labels_of = {name: declaration.label_in(fmt.language) for name, declaration in declared().items()}
    for name, declaration in declared().items():
        value = getattr(spec.custom, name)
        if declaration.type == "texts":
            value = list(value or [])
            formatted[name], raw[name] = value or [none], value
            text = fmt.join(value) if value else None
        elif value is None:
            formatted[name], raw[name], text = none, None, None
        elif declaration.type == "number":
            formatted[name] = text = fmt.number(value)
            raw[name] = int(value) if value == value.to_integral_value() else float(value)
        elif declaration.type == "date":
            formatted[name] = text = fmt.date(value)
            raw[name] = value.isoformat()
        else:
            formatted[name] = raw[name] = text = value
        if text is not None:
            shown.append({"name": name, "label": labels_of[name], "value": text})
    return {"custom": formatted, "custom_raw": raw, "custom_labels": labels_of, "custom_fields": shown}



def own_fields_shape(model: type[BaseModel]) -> dict[str, Shape]:
    """The shape of what ``own_fields_context`` gives every spec of ``model``
    (jdgen.render.shape): nothing for a model without declared fields (a
    spec's ``custom`` is then no part of the context a template can rely on)."""
    info = model.model_fields.get(CUSTOM)
    if info is None:
        return {}
    kinds = alternatives(info.annotation)
    part = kinds[0] if len(kinds) == 1 else None
    if not (isinstance(part, type) and issubclass(part, CustomPart)) or \
            not (info.is_required() or isinstance(info.default, dict)):  # else a spec's custom may be None
        return {}
    declared = part.declared()
    values = {name: ITERABLE if declaration.type == "texts" else ANY for name, declaration in declared.items()}
    return {"custom": Record(values), "custom_raw": Record(values),
            "custom_labels": Record(dict.fromkeys(declared, ANY)),
            "custom_fields": Items(Record({"name": ANY, "label": ANY, "value": ANY}))}
