"""A fact written as a known label, an en or em dash, and its value on one
line (Role Title – Senior Test Engineer, 岗位名称——质检员): the dash is the
label's separator, as a colon is. A line whose text before the dash is no
label stays a text (Selenium – Java), unless it comes right after such a
pair and reads as a label (Salary – £11.50 per hour under Hours – 30 hours
per week): a label no field has, which ends the value above it instead of
running on into it."""

from __future__ import annotations

import re
from collections.abc import Callable

from jdgen.importer.field_labels import heading_like
from jdgen.importer.values import is_chinese

_DASHED = re.compile(r"(?P<label>[^–—:：]{1,40}?)(?:\s+[–—]\s+|\s*——\s*)(?P<value>\S.*)")


def pair(text: str, known: Callable[[str], bool], before: str = "") -> tuple[str, str] | None:
    """The label and the value of ``label – value`` when ``known`` names the
    label's field, or when the line ``before`` it is such a pair and the
    label reads as one (a heading's words, a capital first in English);
    None otherwise."""
    found = _DASHED.fullmatch(text.strip())
    if found is None:
        return None
    label = found["label"].strip()
    if not known(label) and not (before and pair(before, known) and _label_like(label)):
        return None
    return label, found["value"].strip()


def _label_like(text: str) -> bool:
    return heading_like(text) and (is_chinese(text) or text[:1].isupper())
