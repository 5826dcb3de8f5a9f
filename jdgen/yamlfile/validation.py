"""Pydantic's validation errors as located, plain-words diagnostics in the
YAML file the data was read from: for specs, labels.yaml, and any other file
validated against a model."""

from __future__ import annotations

import datetime
import difflib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from jdgen.diagnostics import Diagnostic, FieldPath
from jdgen.fields import field_names_at
from jdgen.languages import LANGUAGE_CODE_PATTERN
from jdgen.yamlfile.loaded import LoadedFile


@dataclass(frozen=True)
class ErrorCodes:
    """The diagnostic code for each kind of validation error in one kind of file."""

    unknown_code: str
    """A field the model does not have."""
    missing_code: str
    """A required field that is not there."""
    type_code: str
    """A value of the wrong kind."""
    value_code: str
    """A value of the right kind that the model does not allow."""

    @classmethod
    def one(cls, code: str) -> ErrorCodes:
        """The same code for every kind of error."""
        return cls(code, code, code, code)


def describe_value(value: Any) -> str:
    """Name a YAML value's kind the way a user wrote it: 'a mapping', 'a list'."""
    if isinstance(value, bool):
        return f"{str(value).lower()} (quote it if it is text)"
    kinds = [
        (dict, "a mapping"), (list, "a list"), (str, "a string"), (int, "a whole number"),
        (float, "a number"), (datetime.datetime, "a date and time"), (datetime.date, "a date"),
        (type(None), "nothing (null)"),
    ]
    return next((name for kind, name in kinds if isinstance(value, kind)), type(value).__name__)


_EXPECTED = {
    "string_type": "a string",
    "int_type": "a whole number",
    "decimal_type": "a number",
    "date_type": "a date (YYYY-MM-DD)",
    "list_type": "a list",
    "dict_type": "a mapping",
    "model_type": "a mapping",
}


def pydantic_diagnostic(item: ErrorDetails, loaded: LoadedFile, codes: ErrorCodes, model: type[BaseModel] | None = None,
                        pattern_message: Callable[[str, Any], str] | None = None) -> Diagnostic:
    """A located, plain-words diagnostic for one of pydantic's validation
    errors; ``model`` (the root model validated) suggests the closest field
    for an unknown one; ``pattern_message`` words a pattern mismatch."""
    field = _field_path(item["loc"], loaded.data)
    kind, ctx, value = item["type"], item.get("ctx", {}), item.get("input")
    if kind == "extra_forbidden":
        name = field[-1]
        message = f"unknown field {name!r}"
        names = field_names_at(model, field[:-1]) if model is not None else []
        suggestion = difflib.get_close_matches(str(name), names, n=1)
        if suggestion:
            message += f" (did you mean {suggestion[0]!r}?)"
        return loaded.diagnostic(field, message, field[:-1], key=True, code=codes.unknown_code)
    if kind == "missing":
        return loaded.diagnostic(field[:-1], f"missing required field {field[-1]!r}", code=codes.missing_code)
    if kind in _EXPECTED:
        message = f"expected {_EXPECTED[kind]}, got {describe_value(value)}"
        return loaded.diagnostic(field, message, key="[key]" in item["loc"], code=codes.type_code)
    if kind == "greater_than_equal":
        message = f"must be at least {ctx['ge']}, got {value}"
    elif kind == "greater_than":
        message = f"must be greater than {ctx['gt']}, got {value}"
    elif kind == "finite_number":
        message = f"expected a finite number, got {value}"
    elif kind == "less_than_equal":
        message = f"must be at most {ctx['le']}, got {value}"
    elif kind == "string_too_short":
        message = "must not be empty"
    elif kind == "too_short":
        message = f"needs at least {ctx['min_length']} item(s)"
    elif kind == "string_pattern_mismatch":
        message = (pattern_message or default_pattern_message)(ctx["pattern"], value)
    elif kind == "literal_error":
        message = f"{value!r} is not one of: {ctx['expected']}"
    elif kind == "value_error":
        message = str(ctx["error"])
    else:
        message = item["msg"][0].lower() + item["msg"][1:]
    return loaded.diagnostic(field, message, key="[key]" in item["loc"], code=codes.value_code)


def default_pattern_message(pattern: str, value: Any) -> str:
    """The message for a value that does not match ``pattern``."""
    if pattern == LANGUAGE_CODE_PATTERN:
        return f"{value!r} is not a language code such as 'zh' or 'en'"
    return f"{value!r} does not have the expected form"


def _field_path(loc: tuple, data: Any) -> FieldPath:
    """The user's field path in a pydantic ``loc``: without pydantic's union tags
    and ``[key]`` marker, but with any key of the data that looks like them."""
    field: list = []
    for part in loc:
        if (isinstance(data, dict) and part in data) or (
            isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data)
        ):
            data = data[part]
        elif part == "[key]" or _is_union_tag(part):
            continue
        else:
            data = None
        field.append(part)
    return tuple(field)


def _is_union_tag(part: Any) -> bool:
    """The model's union tags are written in angle brackets: ``<text>``, ``<money>``."""
    return isinstance(part, str) and part.startswith("<") and part.endswith(">")
