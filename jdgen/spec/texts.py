"""Find every translatable text of a spec, with its field path."""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel, Tag

from jdgen.diagnostics import FieldPath
from jdgen.spec.model import TEXT_TAG


def iter_texts(model: BaseModel, prefix: FieldPath = ()) -> Iterator[tuple[FieldPath, Any]]:
    """Yield ``(field path, text)`` for each field typed ``Text``, in spec order.

    A text is a string or a mapping of languages to strings.
    """
    for name, info in type(model).model_fields.items():
        yield from _walk(getattr(model, name), info.annotation, prefix + (name,))


def _walk(value: Any, annotation: Any, path: FieldPath) -> Iterator[tuple[FieldPath, Any]]:
    if value is None:
        return
    if is_text(annotation):
        yield path, value
    elif isinstance(value, BaseModel):
        yield from iter_texts(value, path)
    elif isinstance(value, list):
        item_type = _container_arg(annotation)
        for index, item in enumerate(value):
            yield from _walk(item, item_type, path + (index,))
    elif isinstance(value, dict):
        item_type = _container_arg(annotation)
        for key, item in value.items():
            yield from _walk(item, item_type, path + (key,))


def _by_identity(function):
    """Memoize on the argument's identity: annotations live as long as their
    models, and hashing nested typing objects costs more than the work."""
    memo: dict[int, tuple[Any, Any]] = {}  # keeps each annotation alive, so its id stays its own

    def memoized(annotation: Any) -> Any:
        key = id(annotation)
        if key not in memo:
            memo[key] = (annotation, function(annotation))
        return memo[key][1]

    return functools.wraps(function)(memoized)


@_by_identity
def is_text(annotation: Any) -> bool:
    """True for ``Text`` and ``Text | None``, however pydantic unwrapped them.

    ``Text`` is recognised by its ``<text>`` tag; lists and mappings are not
    entered.
    """
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        if any(isinstance(meta, Tag) and meta.tag == TEXT_TAG for meta in annotation.__metadata__):
            return True
        return is_text(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return any(is_text(member) for member in typing.get_args(annotation))
    return False


@_by_identity
def _container_arg(annotation: Any) -> Any:
    """The item type of ``list[X]`` or ``dict[K, X]``, through Annotated/Optional."""
    for candidate in (annotation, *typing.get_args(annotation)):
        if typing.get_origin(candidate) in (list, dict):
            item = typing.get_args(candidate)[-1]
            return item
    return None
