"""Whether a value's texts are of the characters XML 1.0 allows, and
whether a context holds plain values only: what a check asks of every spec
(jdgen.render.well_formed's proof holds for such contexts), kept apart from
the proof so that asking loads neither Jinja nor lxml."""

from __future__ import annotations

import re
from typing import Any

XML_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""A character XML 1.0 refuses."""
PLAIN = frozenset({str, int, float, bool, type(None)})
"""The types of a plain value that holds no other."""
_PLAIN_OR_HOLDING = PLAIN | {dict, list, tuple}


def plain_values(context: Any) -> bool:
    """Whether ``context`` holds only mappings, lists and tuples of texts,
    numbers, truth values and None, its texts (keys too) of XML's characters."""
    texts = _texts(context, plain=True)
    return texts is not None and XML_CHARACTERS.search("".join(texts)) is None


def texts_fit(value: Any) -> bool:
    """Whether every text in ``value`` (through mappings, their keys too, and
    lists) is of XML's characters; what is not a text is passed over."""
    texts = _texts(value, plain=False)
    return texts is not None and XML_CHARACTERS.search("".join(texts)) is None


def _texts(value: Any, plain: bool) -> list[str] | None:
    """Every text in ``value``, through mappings (their keys too), lists and
    tuples; with ``plain``, None where a value is of another type (a subclass
    too: Markup is no plain text). Texts are asked for first: a spec holds
    more texts than all else (a third of the time, asked last)."""
    stack: list[Any] = [value]
    texts: list[str] = []
    pop, extend, add = stack.pop, stack.extend, texts.append
    while stack:
        value = pop()
        if plain and type(value) not in _PLAIN_OR_HOLDING:
            return None
        if isinstance(value, str):
            add(value)
        elif isinstance(value, dict):
            extend(value)
            extend(value.values())
        elif isinstance(value, (list, tuple)):
            extend(value)
    return texts
