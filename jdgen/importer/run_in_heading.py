"""A section's heading that runs on into a sentence on its line, with no
colon (Essential Duties and Responsibilities include the following. Other
duties may be assigned.): the heading, and the sentence after it, which
introduces the section and is none of its values."""

from __future__ import annotations

import re

from jdgen.importer.field_labels import SECTION_INDEX, normalized

_INTRODUCING = re.compile(r"(?:include|includes|including|consist|consists|comprise|comprises|are as follows)\b")
"""The words a heading runs on with to introduce its list, not to state its value (Job Purpose is to …)."""


def parted(text: str) -> tuple[str, str] | None:
    """The heading and the sentence it runs into, when ``text`` starts with
    a section's heading (in English) and goes on with a sentence introducing
    its list (include the following.); None for any other text."""
    words = text.strip().split()
    if not text.rstrip().endswith(".") or ":" in text:
        return None
    for count in range(len(words) - 1, 1, -1):
        heading = " ".join(words[:count])
        if _INTRODUCING.match(" ".join(words[count:])) and normalized(heading) in SECTION_INDEX:
            return heading, " ".join(words[count:])
    return None
