"""Find every translatable text of a spec, with its field path."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from jdgen.diagnostics import FieldPath
from jdgen.fields import TEXT, alternatives

Texts = tuple[tuple[FieldPath, Any], ...]
"""A spec's texts: each with its field path."""

_last: tuple[BaseModel, Texts] | None = None
"""The last model asked about and its texts: a check, a build and a
translation status ask of one spec in each language in turn (a model is
frozen, and kept here so that its identity stays its own)."""


def iter_texts(model: BaseModel) -> Texts:
    """``(field path, text)`` for each field typed ``Text``, in spec order.

    A text is a string or a mapping of languages to strings.
    """
    global _last
    if _last is None or _last[0] is not model:
        found: list[tuple[FieldPath, Any]] = []
        _texts(model, (), found)
        _last = (model, tuple(found))
    return _last[1]


def _texts(model: BaseModel, prefix: FieldPath, found: list[tuple[FieldPath, Any]]) -> None:
    for name, info in type(model).model_fields.items():
        _walk(getattr(model, name), info.annotation, prefix + (name,), found)


def _walk(value: Any, annotation: Any, path: FieldPath, found: list[tuple[FieldPath, Any]]) -> None:
    """Add the texts of ``value`` (typed ``annotation``, at ``path``) to ``found``."""
    if value is None:
        return
    leaves = alternatives(annotation)
    if isinstance(value, BaseModel):
        _texts(value, path, found)
    elif TEXT in leaves and isinstance(value, (str, dict)):
        found.append((path, value))
    elif isinstance(value, (list, dict)):
        items = list(enumerate(value) if isinstance(value, list) else value.items())
        item_type = _item_type(leaves, type(value), items[0][1]) if items else None
        if item_type is not None:  # None: not the model's to say (an unchecked part holds no texts)
            for key, item in items:
                _walk(item, item_type, path + (key,), found)


def _item_type(leaves: tuple[Any, ...], container: type, sample: Any) -> Any:
    """The item type of the ``container`` alternative that ``sample`` (an item)
    belongs to: a list of parts, or a list of texts."""
    candidates = [leaf[1] for leaf in leaves if isinstance(leaf, tuple) and leaf[0] is container]
    if not candidates:
        return None
    if isinstance(sample, BaseModel):
        return next((c for c in candidates if type(sample) in alternatives(c)), candidates[0])
    return next((c for c in candidates if TEXT in alternatives(c)), candidates[0])
