"""The spec format's field reference in Markdown, generated from the model."""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from jdgen.spec.model import JobSpec
from jdgen.spec.texts import is_text


def spec_reference() -> str:
    """Return one Markdown section per model, starting with the whole spec."""
    sections, queue, seen = [], [JobSpec], set()
    while queue:
        model = queue.pop(0)
        if model in seen:
            continue
        seen.add(model)
        lines = [f"### `{model.__name__}`", "", (model.__doc__ or "").strip(), "",
                 "| field | type | required | meaning |", "|---|---|---|---|"]
        for name, info in model.model_fields.items():
            lines.append(f"| `{name}` | {_type_name(info.annotation)} | {_required(info)} | "
                         f"{(info.description or '').replace(chr(10), ' ')} |")
            queue += _models_in(info.annotation)
        sections.append("\n".join(lines))
    return "\n\n".join(sections) + "\n"


def _required(info: FieldInfo) -> str:
    if info.is_required():
        return "yes"
    return "no" if info.default in (None, [], {}) else f"no (default `{info.default}`)"


def _type_name(annotation: Any) -> str:
    if is_text(annotation):
        return "text" + (" or null" if type(None) in typing.get_args(annotation) else "")
    origin, arguments = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        return _type_name(arguments[0])
    if origin is list:
        return f"list of {_type_name(arguments[0])}"
    if origin is dict:
        return f"mapping of {_type_name(arguments[0])} to {_type_name(arguments[1])}"
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_type_name(a) for a in arguments)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return f"[`{annotation.__name__}`](#{annotation.__name__.lower()})"
    names = {str: "string", int: "integer", type(None): "null"}
    if annotation in names:
        return names[annotation]
    return {"Decimal": "number", "date": "date (YYYY-MM-DD)"}.get(getattr(annotation, "__name__", ""), str(annotation))


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [model for argument in typing.get_args(annotation) for model in _models_in(argument)]
