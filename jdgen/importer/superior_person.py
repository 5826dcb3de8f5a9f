"""A superior written as the position and the person holding it, named
with a form of address (Principal Investigator, Dr Helen Moore; Head of
Finance (Mrs J. Okafor)): the position is the superior the spec holds; the
person is no part of it."""

from __future__ import annotations

import re

_PERSON = r"(?P<person>(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor)\.?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
_WRITTEN = [re.compile(pattern) for pattern in (
    rf"^(?P<position>[A-Z][^,()]{{1,60}}?),\s*{_PERSON}$", rf"^(?P<position>[A-Z][^,()]{{1,60}}?)\s*\({_PERSON}\)$")]
"""The position, then the person after a comma or in brackets."""


def position_and_person(text: str) -> tuple[str, str] | None:
    """The position and the person of ``text`` when it is so written; None otherwise."""
    found = next((match for pattern in _WRITTEN if (match := pattern.match(text.strip()))), None)
    return (found["position"].strip(), found["person"]) if found else None
