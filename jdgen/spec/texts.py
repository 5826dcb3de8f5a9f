"""Find every translatable text of a spec, with its field path."""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from pydantic import BaseModel, Tag

from jdgen.diagnostics import FieldPath
from jdgen.spec.model import TEXT_TAG, TRANSLATIONS_TAG


def iter_texts(model: BaseModel, prefix: FieldPath = ()) -> Iterator[tuple[FieldPath, Any]]:
    """Yield ``(field path, text)`` for each field typed ``Text``, in spec order.

    A text is a string or a mapping of languages to strings.
    """
    for name, info in type(model).model_fields.items():
        yield from _walk(getattr(model, name), info.annotation, prefix + (name,))


def _walk(value: Any, annotation: Any, path: FieldPath) -> Iterator[tuple[FieldPath, Any]]:
    if value is None:
        return
    leaves = alternatives(annotation)
    if isinstance(value, BaseModel):
        yield from iter_texts(value, path)
    elif TEXT in leaves and isinstance(value, (str, dict)):
        yield path, value
    elif isinstance(value, (list, dict)):
        items = list(enumerate(value) if isinstance(value, list) else value.items())
        if items:
            item_type = _item_type(leaves, type(value), items[0][1])
            for key, item in items:
                yield from _walk(item, item_type, path + (key,))


def _item_type(leaves: tuple[Any, ...], container: type, sample: Any) -> Any:
    """The item type of the ``container`` alternative that ``sample`` (an item)
    belongs to: a list of parts, or a list of texts."""
    candidates = [leaf[1] for leaf in leaves if isinstance(leaf, tuple) and leaf[0] is container]
    if isinstance(sample, BaseModel):
        return next((c for c in candidates if alternatives(c) == (type(sample),)), candidates[0])
    return next((c for c in candidates if TEXT in alternatives(c)), candidates[0])


_Result = TypeVar("_Result")


def _by_identity(function: Callable[[Any], _Result]) -> Callable[[Any], _Result]:
    """Memoize on the argument's identity: annotations live as long as their
    models, and hashing nested typing objects costs more than the work."""
    memo: dict[int, tuple[Any, _Result]] = {}  # keeps each annotation alive, so its id stays its own

    def memoized(annotation: Any) -> _Result:
        key = id(annotation)
        if key not in memo:
            memo[key] = (annotation, function(annotation))
        return memo[key][1]

    return functools.wraps(function)(memoized)


TEXT = "text"
"""The leaf that stands for a ``Text`` field: a string or a mapping of languages."""


@_by_identity
def alternatives(annotation: Any) -> tuple[Any, ...]:
    """The alternatives an annotation allows, through ``Annotated`` and unions:
    ``TEXT``, ``(list, item type)``, ``(dict, value type)``, or a plain type."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        if any(isinstance(meta, Tag) and meta.tag in (TEXT_TAG, TRANSLATIONS_TAG) for meta in annotation.__metadata__):
            return (TEXT,)
        return alternatives(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return tuple(leaf for member in typing.get_args(annotation) for leaf in alternatives(member))
    if origin in (list, dict):
        return ((origin, typing.get_args(annotation)[-1]),)
    return (annotation,)
