"""The spec format's field reference in Markdown, generated from the model."""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from jdgen.fields import TEXT, alternatives, models
from jdgen.jobspec.model import JobSpec


def spec_reference(spec_model: type[JobSpec] = JobSpec) -> str:
    """Return one Markdown section per model, starting with the whole spec
    (of ``spec_model``: a project's, with its own fields)."""
    sections: list[str] = []
    for model in models(spec_model):
        lines = [f"### `{model.__name__}`", "", (model.__doc__ or "").strip(), "",
                 "| field | type | required | meaning |", "|---|---|---|---|"]
        for name, info in model.model_fields.items():
            lines.append(f"| `{name}` | {_type_name(info.annotation)}{_minimum(info.metadata)} | {_required(info)} | "
                         f"{(info.description or '').replace(chr(10), ' ')} |")
        sections.append("\n".join(lines))
    return "\n\n".join(sections) + "\n"


def _required(info: FieldInfo) -> str:
    return "yes" if info.is_required() else "no"


def _minimum(metadata) -> str:
    """' (at least N)' for a list with a minimum length, else ''."""
    for item in metadata:
        found = _minimum(item.metadata) if isinstance(item, FieldInfo) else getattr(item, "min_length", None)
        if found:
            return found if isinstance(found, str) else f" (at least {found})"
    return ""


def _type_name(annotation: Any) -> str:
    """A field's type in words: 'text', 'list of text (at least 1)', 'one of `a`, `b`'."""
    leaves = set(alternatives(annotation)) - {type(None)}
    if leaves == {TEXT}:
        return "text"
    origin, arguments = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        is_list = typing.get_origin(arguments[0]) is list
        return _type_name(arguments[0]) + (_minimum(annotation.__metadata__) if is_list else "")
    if origin is list:
        return f"list of {_type_name(arguments[0])}"
    if origin is dict:
        return f"mapping of {_type_name(arguments[0])} to {_type_name(arguments[1])}"
    if origin is typing.Literal:
        return "one of " + ", ".join(f"`{value}`" for value in arguments)
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_type_name(a) for a in arguments if a is not type(None))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return f"[`{annotation.__name__}`](#{annotation.__name__.lower()})"
    names = {str: "string", int: "integer"}
    if annotation in names:
        return names[annotation]
    return {"Decimal": "number", "date": "date (YYYY-MM-DD)"}.get(getattr(annotation, "__name__", ""), str(annotation))

