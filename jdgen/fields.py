"""What a field of a model declares about itself (``About``), and the one walk
over a model's fields and annotations that every consumer uses: the texts of
a spec, shared-file merging, the importer's table and its YAML order, the
field reference, the JSON Schema's titles, the located validation errors.

A field of ``jdgen.jobspec.model`` carries an ``About`` as ``Annotated``
metadata (pydantic keeps it on the field and ignores it otherwise). The
walk knows pydantic and the text tags, nothing of specs, so the YAML reader
may use it too.
"""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, Tag
from pydantic.fields import FieldInfo

TEXT_TAG, TRANSLATIONS_TAG = "<text>", "<translations>"
"""The union tags of a text: a string, or a mapping of languages to strings."""

TEXT = "text"
"""The leaf that stands for a ``Text`` field: a string or a mapping of languages."""

Format = Literal["date", "people", "grade", "money", "percent", "number", "hours"]
"""How a typed value reads in a document: a date, a count of people (3人 / 3
people), a grade (三级 / Grade 3), money, a percentage, a figure, class hours."""

Section = Literal["document", "basic", "relationships", "summary", "duties", "authority",
                  "qualifications", "career_path", "training", "environment", "physical", "tools"]
"""The parts of the built-in form, named as the spec names what they show: the
title block (``document``), then its tables (``duties`` shows the indicators too)."""


@dataclass(frozen=True)
class About:
    """The facts of one field besides its type, declared on the field."""

    title: str
    """The editor's title: the form's label, then English (``所属部门 / Department``)."""
    label: tuple[str, str] | None = None
    """The form's label of the field, Chinese and English, when the form labels it."""
    label_key: str | None = None
    """The key of that label in a template's ``labels.yaml``."""
    imported: tuple[str, ...] = ()
    """The labels forms use for the field, in any language: the importer reads the value beside one as this field
    (for a part of the form, the labels of the part)."""
    format: Format | None = None
    """How the value reads in a document, when it is typed rather than a text."""
    unlabelled: str | None = None
    """For a part of the form (a field of fields): the field that a text under
    the part's label with no label of its own belongs to (工作联系 → internal)."""
    shown: Section | None = None
    """The part of the built-in form that shows the field (a field of a part
    without its own shows where the part does); None: nowhere, or decided by
    its parts."""


def about(info: FieldInfo) -> About:
    """The ``About`` a field declares (every field of the spec model has one)."""
    found = next((item for item in info.metadata if isinstance(item, About)), None)
    if found is None:
        raise LookupError(f"a field declares no About: {info}")
    return found


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


Rules = dict[str, Any]
"""Bounds and lengths a type's metadata sets: ``ge``, ``gt``, ``le``, ``lt``, ``min_length``, ``max_length``."""

_RULES = ("ge", "gt", "le", "lt", "min_length", "max_length")


def rules(metadata: Iterable[Any]) -> Rules:
    """The bounds and lengths that metadata (a field's, or ``Annotated``'s) sets."""
    found: Rules = {}
    for item in metadata:
        if isinstance(item, FieldInfo):
            found.update(rules(item.metadata))
        else:
            found.update((name, getattr(item, name)) for name in _RULES if getattr(item, name, None) is not None)
    return found


@_by_identity
def branches(annotation: Any) -> tuple[tuple[Any, Rules], ...]:
    """The alternatives an annotation allows, through ``Annotated`` and unions,
    each with the rules set on the way to it: ``TEXT``, ``(list, item
    type)``, ``(dict, value type)``, or a plain type."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        if any(isinstance(meta, Tag) and meta.tag in (TEXT_TAG, TRANSLATIONS_TAG) for meta in annotation.__metadata__):
            return ((TEXT, {}),)
        outer = rules(annotation.__metadata__)
        return tuple((leaf, {**outer, **inner}) for leaf, inner in branches(typing.get_args(annotation)[0]))
    if origin in (typing.Union, types.UnionType):
        return tuple(branch for member in typing.get_args(annotation) for branch in branches(member))
    if origin in (list, dict):
        return (((origin, typing.get_args(annotation)[-1]), {}),)
    return ((annotation, {}),)


@_by_identity
def alternatives(annotation: Any) -> tuple[Any, ...]:
    """The alternatives of ``branches``, without their rules."""
    return tuple(leaf for leaf, _ in branches(annotation))


def is_model(kind: Any) -> bool:
    return isinstance(kind, type) and issubclass(kind, BaseModel)


@_by_identity
def kinds(annotation: Any) -> tuple[Any, ...]:
    """Every leaf an annotation may hold, through lists and mappings too:
    ``TEXT``, models and plain types."""
    found: list[Any] = []
    for leaf in alternatives(annotation):
        found += kinds(leaf[1]) if isinstance(leaf, tuple) else [leaf]
    return tuple(found)


def models_in(annotation: Any) -> list[type[BaseModel]]:
    """The models an annotation may hold, directly or in lists and mappings."""
    return [kind for kind in kinds(annotation) if is_model(kind)]


def holds_text(annotation: Any) -> bool:
    """Whether a value of this annotation may be a text (directly, not in a list)."""
    return TEXT in alternatives(annotation)


@dataclass(frozen=True)
class Spot:
    """One field of one model, reached from the root model by ``path`` (field
    names; lists and mappings on the way leave no trace)."""

    path: tuple[str, ...]
    model: type[BaseModel]
    name: str
    info: FieldInfo

    @property
    def about(self) -> About:
        return about(self.info)


def spots(root: type[BaseModel], path: tuple[str, ...] = ()) -> Iterator[Spot]:
    """Every field reached from ``root``, depth first, in declaration order."""
    for name, info in root.model_fields.items():
        yield Spot(path + (name,), root, name, info)
        for inner in models_in(info.annotation):
            yield from spots(inner, path + (name,))


def models(root: type[BaseModel]) -> list[type[BaseModel]]:
    """``root`` and every model reached from it, each once, nearest first."""
    found, queue = [root], [root]
    while queue:
        for info in queue.pop(0).model_fields.values():
            for inner in models_in(info.annotation):
                if inner not in found:
                    found.append(inner)
                    queue.append(inner)
    return found


def mapping_models(root: type[BaseModel]) -> list[type[BaseModel]]:
    """``root`` and the models reached from it through fields only, never
    through a list or a mapping."""
    found, queue = [root], [root]
    while queue:
        for info in queue.pop(0).model_fields.values():
            for inner in alternatives(info.annotation):
                if is_model(inner) and inner not in found:
                    found.append(inner)
                    queue.append(inner)
    return found


def readings(root: type[BaseModel], path: tuple[Any, ...]) -> list[tuple[FieldInfo | None, Any]]:
    """Every way the model reads a data path (field names, list indices,
    mapping keys), one for each branch of a union on the way: the innermost
    model field on the path and the annotation of the value there. Empty
    where the path leaves the model."""
    found: list[tuple[FieldInfo | None, Any]] = [(None, root)]
    for part in path:
        found = [step for info, annotation in found for step in _steps(info, annotation, part)]
    return found


def _steps(info: FieldInfo | None, annotation: Any, part: Any) -> Iterator[tuple[FieldInfo | None, Any]]:
    for leaf in alternatives(annotation):
        if is_model(leaf) and part in leaf.model_fields:
            yield leaf.model_fields[part], leaf.model_fields[part].annotation
        elif isinstance(leaf, tuple) and (leaf[0] is dict or isinstance(part, int)):
            yield info, leaf[1]


def field_names_at(root: type[BaseModel], path: tuple[Any, ...]) -> list[str]:
    """The field names of the models at a data path, if models are there."""
    names = [name for _, annotation in readings(root, path) for leaf in alternatives(annotation)
             if is_model(leaf) for name in leaf.model_fields]
    return list(dict.fromkeys(names))
