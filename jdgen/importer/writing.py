"""The imported spec as YAML text in the project's format: fields in the
model's order, texts unwrapped, and what was not placed as comments at the end."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import yaml

from jdgen.fields import models_in
from jdgen.jobspec.model import JobSpec

_FIRST_LINE = "# Imported from {source} by jdgen import: check it against the document."
_MARK = _FIRST_LINE.format(source="\0").split("\0")


def written_by_import(path: Path) -> bool:
    """Whether the spec at ``path`` was written by ``jdgen import`` (its first line says so)."""
    try:
        with path.open("rb") as file:
            first = file.readline(4096).decode("utf-8").rstrip("\r\n")
    except (OSError, UnicodeDecodeError):
        return False
    return first.startswith(_MARK[0]) and first.endswith(_MARK[1])


def spec_yaml(data: dict, source: str, notes: list[str]) -> str:
    """``data`` as a spec file imported from ``source``, each of ``notes``
    (unplaced texts, untyped values) a comment at the end."""
    body = yaml.dump(_plain(_ordered(data, JobSpec)), Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                     width=1 << 30, default_flow_style=False)
    lines = [_FIRST_LINE.format(source=_one_line(source)), body.rstrip()]
    if notes:
        lines += ["", f"# Text of {_one_line(source)} not placed in the fields above "
                      "(place it by hand, then delete these lines):"]
        lines += [f"# {_one_line(note)}" for note in notes]
    return "\n".join(lines) + "\n"


def _one_line(text: str) -> str:
    return re.sub(r"[\r\n\u2028\u2029\x85]+", " ", text)


class _Dumper(yaml.SafeDumper):
    pass


def _plain(value):
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _ordered(value, model):
    """Mappings in the order the model declares their fields."""
    if not isinstance(value, dict) or model is None:
        return value
    fields = model.model_fields
    ordered = {key: value[key] for key in fields if key in value}
    ordered.update((key, item) for key, item in value.items() if key not in ordered)
    return {key: _ordered_item(item, fields[key].annotation if key in fields else None)
            for key, item in ordered.items()}


def _ordered_item(value, annotation):
    models = models_in(annotation)
    if isinstance(value, dict) and models:
        best = max(models, key=lambda model: len(set(value) & set(model.model_fields)))
        return _ordered(value, best)
    if isinstance(value, list):
        return [_ordered_item(item, annotation) for item in value]
    return value
