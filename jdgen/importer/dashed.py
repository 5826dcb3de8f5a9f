"""A fact written as a known label, an en or em dash, and its value on one
line (Role Title – Senior Test Engineer, 岗位名称——质检员): the dash is the
label's separator, as a colon is. A line whose text before the dash is no
label stays a text (Selenium – Java)."""

from __future__ import annotations

import re
from collections.abc import Callable

_DASHED = re.compile(r"(?P<label>[^–—:：]{1,40}?)(?:\s+[–—]\s+|\s*——\s*)(?P<value>\S.*)")


def pair(text: str, known: Callable[[str], bool]) -> tuple[str, str] | None:
    """The label and the value of ``label – value`` when ``known`` names the label's field; None otherwise."""
    found = _DASHED.fullmatch(text.strip())
    if found is None or not known(found["label"].strip()):
        return None
    return found["label"].strip(), found["value"].strip()
