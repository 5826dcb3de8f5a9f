"""A Chinese label offering two words for its last one, set apart by a
slash (所属门店/部门: 所属门店 or 所属部门): one label, the field the whole
label known (所属部门) names, unless the other names another field."""

from __future__ import annotations

import re

from jdgen.importer import glossed

_SLASHED = re.compile(r"\s*(?P<first>[^/／\s]{3,10})\s*[/／]\s*(?P<second>[^/／\s]{2,6})\s*[:：]?\s*")


def readings(text: str) -> tuple[str, str] | None:
    """The two labels ``text`` reads as (所属门店/部门: 所属门店, 所属部门):
    the first, and the second after the first's opening words; None when
    ``text`` is no such label (部门/科室 offers no words to share)."""
    found = _SLASHED.fullmatch(text)
    if found is None or not all(glossed.script(half) == "zh" and glossed.label_like(half) for half in found.groups()):
        return None
    first, second = found["first"], found["second"]
    if len(second) >= len(first):
        return None
    return first, first[:len(first) - len(second)] + second
