"""An English label written in the other number than the form's label for
its field (Certificate for Certificates, Key Task for Key Tasks, Duty for
Duties): the same label, its last word made plural or singular; read so
only among the fields of the part the form is in (Responsibility, a factor
of a job's evaluation, names no duties)."""

from __future__ import annotations

import re

_LAST_WORD = re.compile(r"^(?P<head>[A-Za-z][A-Za-z '&/-]*?)(?P<last>[A-Za-z]{3,})\s*[:：]?\s*$")


def other_number(text: str) -> str | None:
    """``text`` with its last word in the other number (Certificate: Certificates,
    Duties: Duty); None when it is no English label of words."""
    found = _LAST_WORD.match(" ".join(text.split()))
    if found is None:
        return None
    last = found["last"]
    if last.lower().endswith("ies"):
        other = last[:-3] + "y"
    elif last.lower().endswith("ss"):  # Address, Business: no plural read off them
        return None
    elif last.lower().endswith("s"):
        other = last[:-1]
    elif last.lower().endswith("y") and last[-2:-1].lower() not in "aeiou":
        other = last[:-1] + "ies"
    else:
        other = last + "s"
    return found["head"] + other
