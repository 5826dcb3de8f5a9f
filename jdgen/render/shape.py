"""The shape of a template's context, as far as a render can fail on it:
which mappings always hold which keys, which values are lists and of what,
which can be looped over. What jdgen's context builder makes has one
(jdgen.context.context_shape); jdgen.render.cannot_raise proves a template
against it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Leaf:
    """Any plain value (a text, a number, a truth value, None, a list or a
    mapping): printed and tested only; ``iterable`` when it is always a
    text, a list or a mapping, whose items are leaves."""

    iterable: bool = False


ANY = Leaf()
ITERABLE = Leaf(iterable=True)


@dataclass(frozen=True)
class Record:
    """A mapping that always holds ``fields`` (it may hold more)."""

    fields: Mapping[str, Shape]


@dataclass(frozen=True)
class Items:
    """A list whose every item has shape ``item``."""

    item: Shape


Shape = Leaf | Record | Items

