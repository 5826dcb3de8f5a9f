"""A list's introduction: the sentence a form sets before its numbered or
bulleted items (Reasonable accommodations may be made …, over the essential
functions), no item of the list."""

from __future__ import annotations

import re

from jdgen.importer.entries import GROUP_STYLE, FormLine

_NUMBERED = {"item", "sub", "bullet", "group"}
_SENTENCE_END = re.compile(r"[.。:：]$")


def introduction(entries: list[FormLine]) -> FormLine | None:
    """The first of ``entries`` when it is a sentence (ending with a full
    stop or a colon) with no number or bullet, no group's title, and the two
    or more after it all have one: the introduction; None otherwise."""
    def numbered(entry: FormLine) -> bool:
        return entry.auto or entry.kind in _NUMBERED

    first = entries[0] if len(entries) >= 3 else None
    if first is None or numbered(first) or first.continued or first.style == GROUP_STYLE \
            or not _SENTENCE_END.search(first.text.strip()):
        return None
    return first if all(numbered(entry) for entry in entries[1:]) else None
