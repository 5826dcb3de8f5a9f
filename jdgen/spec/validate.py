"""Validate loaded YAML against the spec model, turning every problem into a
located diagnostic."""

from __future__ import annotations

import datetime
import difflib
import os
import types
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from jdgen.diagnostics import Diagnostic, FieldPath, JdgenError, count_errors
from jdgen.spec.links import PositionIndex, resolve_links
from jdgen.spec.loader import LoadedFile, read_yaml
from jdgen.spec.model import CURRENCY_PATTERN, LANGUAGE_CODE_PATTERN, JobSpec
from jdgen.spec.shared import merge_shared, needs_merge
from jdgen.spec.texts import iter_texts


def load_spec(path: Path, display_path: str, source_language: str = "zh", root: Path | None = None,
              positions: PositionIndex | None = None) -> tuple[JobSpec | None, LoadedFile | None, list[Diagnostic]]:
    """Read and validate one spec file; ``source_language`` is the project's,
    for a spec that names none; ``root`` is the project folder its shared
    files are named from, ``positions`` the set its links name.

    Returns the spec (None when it has errors), the loaded file (for
    positions) and every diagnostic found.
    """
    return validate_spec(read_spec(path, display_path, root), positions, source_language)


def read_spec(path: Path, display_path: str, root: Path | None = None) -> LoadedFile | JdgenError:
    """Read a spec file and merge the shared files it extends (not validated)."""
    if path.is_dir():  # listed because it cannot be read
        return JdgenError([_unreadable_folder(path, display_path)])
    try:
        loaded = read_yaml(path, display_path)
        return merge_shared(loaded, root or Path.cwd()) if needs_merge(loaded.data) else loaded
    except JdgenError as error:
        return error


def validate_spec(loaded: LoadedFile | JdgenError, positions: PositionIndex | None = None, source_language: str = "zh"
                  ) -> tuple[JobSpec | None, LoadedFile | None, list[Diagnostic]]:
    """Validate a spec read by ``read_spec``, resolving its links in
    ``positions``; ``source_language`` is the project's, for a spec that names none."""
    if isinstance(loaded, JdgenError):
        return None, None, loaded.diagnostics
    diagnostics = loaded.diagnostics + loaded.warnings
    if not isinstance(loaded.data, dict):
        diagnostics.append(loaded.slips.get(()) or loaded.diagnostic(
            (), f"a spec must be a mapping of fields, got {describe_value(loaded.data)}"))
        return None, loaded, diagnostics
    reported = {d.field for d in loaded.diagnostics}
    diagnostics += resolve_links(loaded, positions or PositionIndex())
    try:
        spec = JobSpec.model_validate({"source_language": source_language, **loaded.data})
    except ValidationError as error:
        for item in error.errors():
            diagnostic = pydantic_diagnostic(item, loaded)
            # A value the loader already reported on is not reported again;
            # missing and unknown fields of its mapping still are.
            if diagnostic.field in reported and item["type"] not in ("missing", "extra_forbidden"):
                continue
            if item["type"] in ("dict_type", "model_type", "list_type"):
                # 'grade：3' where a mapping belongs: a full-width colon, not a text
                diagnostic = loaded.slips.get(diagnostic.field, diagnostic)
            diagnostics.append(diagnostic)
        return None, loaded, diagnostics
    diagnostics += _check_references(spec, loaded)
    return (None if count_errors(diagnostics) else spec), loaded, diagnostics


def _unreadable_folder(path: Path, display_path: str) -> Diagnostic:
    try:
        os.scandir(path).close()
        reason = "it could not be listed"
    except OSError as error:
        reason = error.strerror
    return Diagnostic(display_path, None, f"cannot read this folder ({reason}); the specs in it are not checked")


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


def pydantic_diagnostic(item: dict, loaded: LoadedFile) -> Diagnostic:
    """A located, plain-words diagnostic for one of pydantic's validation errors."""
    field = _field_path(item["loc"], loaded.data)
    kind, ctx, value = item["type"], item.get("ctx", {}), item.get("input")
    if kind == "extra_forbidden":
        name = field[-1]
        message = f"unknown field {name!r}"
        suggestion = difflib.get_close_matches(str(name), _field_names_at(field[:-1]), n=1)
        if suggestion:
            message += f" (did you mean {suggestion[0]!r}?)"
        return loaded.diagnostic(field, message, field[:-1], key=True)
    if kind == "missing":
        return loaded.diagnostic(field[:-1], f"missing required field {field[-1]!r}")
    if kind in _EXPECTED:
        message = f"expected {_EXPECTED[kind]}, got {describe_value(value)}"
    elif kind == "greater_than_equal":
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
        message = _pattern_message(ctx["pattern"], value)
    elif kind == "literal_error":
        message = f"{value!r} is not one of: {ctx['expected']}"
    elif kind == "value_error":
        message = str(ctx["error"])
    else:
        message = item["msg"][0].lower() + item["msg"][1:]
    return loaded.diagnostic(field, message, key="[key]" in item["loc"])


def _field_path(loc: tuple, data: Any) -> FieldPath:
    """The user's field path in a pydantic ``loc``: without pydantic's union tags
    and ``[key]`` marker, but with any key of the data that looks like them."""
    field: list = []
    for part in loc:
        if isinstance(data, dict) and part in data:
            data = data[part]
        elif isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data):
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


def _pattern_message(pattern: str, value: Any) -> str:
    if pattern == LANGUAGE_CODE_PATTERN:
        return f"{value!r} is not a language code such as 'zh' or 'en'"
    if pattern == CURRENCY_PATTERN:
        return f"{value!r} is not an ISO 4217 currency code such as 'CNY'"
    return (  # model.Identifier, the ids and level names
        f"{value!r} is not a valid id: use ASCII letters, digits, '-' and '_', "
        "starting with a letter or digit, at most 64 characters"
    )


def _field_names_at(field: FieldPath) -> list[str]:
    """Return the field names of the model found at ``field``, if any."""
    annotation: Any = JobSpec
    for part in field:
        annotation = _unwrap(annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            info = annotation.model_fields.get(str(part))
            annotation = info.annotation if info else None
        elif typing.get_origin(annotation) in (list, dict):
            annotation = typing.get_args(annotation)[-1]
        else:
            return []
    annotation = _unwrap(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return list(annotation.model_fields)
    return []


def _unwrap(annotation: Any) -> Any:
    """Strip Optional and Annotated down to the model or container inside."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            members = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(members) != 1:
                return annotation
            annotation = members[0]
        else:
            return annotation


def _check_references(spec: JobSpec, loaded: LoadedFile) -> list[Diagnostic]:
    """Checks across fields: declared levels, inline texts in the source language."""
    diagnostics = []
    declared = ", ".join(spec.levels) or "none (add a 'levels' mapping)"
    for field, keyed in (
        (("qualifications", "experience"), spec.qualifications.experience),
        (("training", "hours"), spec.training.hours),
    ):
        for level in keyed if isinstance(keyed, dict) else ():
            if level not in spec.levels:
                diagnostics.append(loaded.diagnostic(
                    field + (level,), f"unknown level {level!r}; declared levels: {declared}", field, key=True))
    for field, text in iter_texts(spec):
        if isinstance(text, dict) and spec.source_language not in text:
            diagnostics.append(loaded.diagnostic(
                field, f"the translations lack the source language {spec.source_language!r}"))
    return diagnostics
