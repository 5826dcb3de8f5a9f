"""Sub-headings inside a list: short lines ending with a colon that split
one cell's duties into parts (日常工作： over its duties, 其他工作： over the
rest), none of them a duty. The list opens with one; they are reported,
never kept as items."""

from __future__ import annotations

import re

from jdgen.importer.entries import FormLine

_HEADING = re.compile(r"^[^,，;；。.:：]{1,12}[:：]$")
"""A short phrase closed by a colon, with no sentence's punctuation before it (日常工作：, Daily tasks:)."""


def sub_headings(entries: list[FormLine]) -> list[FormLine]:
    """The lines of ``entries`` that are its sub-headings (with no number:
    1. 完成装配： is a duty over its lettered parts), when the first is one and
    an item follows each; none otherwise."""
    heads = [entry.kind is None and not entry.auto and bool(_HEADING.match(entry.text.strip())) for entry in entries]
    if not entries or not heads[0] or any(head and (index + 1 == len(entries) or heads[index + 1])
                                          for index, head in enumerate(heads)):
        return []
    return [entry for entry, head in zip(entries, heads, strict=True) if head]
