"""A list's introduction: the sentence a form sets before its numbered or
bulleted items (Reasonable accommodations may be made …, over the essential
functions), no item of the list."""

from __future__ import annotations

from jdgen.importer.entries import FormLine

_NUMBERED = {"item", "sub", "bullet", "group"}


def introduction(entries: list[FormLine]) -> FormLine | None:
    """The first of ``entries`` when it has no number or bullet and the two
    or more after it all have one: the introduction; None otherwise."""
    def numbered(entry: FormLine) -> bool:
        return entry.auto or entry.kind in _NUMBERED

    if len(entries) < 3 or numbered(entries[0]) or entries[0].continued:
        return None
    return entries[0] if all(numbered(entry) for entry in entries[1:]) else None
