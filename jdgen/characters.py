"""Characters no document can hold: control characters, lone surrogates,
noncharacters, and the private-use characters jdgen reserves for its own
marks. The readers of user files (YAML, PO) use this module, not
jdgen.marks: they need to know which characters to refuse, not how a
document shows them."""

from __future__ import annotations

import re
import unicodedata

RESERVED = "".join(map(chr, range(0xE000, 0xE010)))
"""The first sixteen private-use characters, from which jdgen.marks takes the
marks it puts inside texts (a draft gap, a line break, a tracked change); a
user's file must not hold them. Every mark of jdgen.marks must be one of
them (tests/test_characters.py)."""

_UNFIT = re.compile(f"[\\ud800-\\udfff\\ufffe\\uffff{RESERVED}]")
_UNFIT_OR_CONTROL = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f\\ud800-\\udfff\\ufffe\\uffff{RESERVED}]")


def first_unfit(text: str, *, controls: bool = True) -> re.Match | None:
    """The first character of ``text`` that a document cannot hold, if any
    (control characters only when ``controls``)."""
    return (_UNFIT_OR_CONTROL if controls else _UNFIT).search(text)


def kind(char: str) -> tuple[str, str]:
    """What an unfit character is, and a note on why it is refused."""
    if unicodedata.category(char) == "Cs":
        return "lone surrogate", ""
    if char in "\ufffe\uffff":
        return "noncharacter", ""
    if char in RESERVED:
        return "private-use character", " (reserved for jdgen's own marks)"
    return "control character", ""


def bad_character(text: str, *, controls: bool = True) -> str | None:
    """Describe the first character of ``text`` that a document cannot hold, if any
    (control characters only when ``controls``: the model explains those in values)."""
    found = first_unfit(text, controls=controls)
    if found is None:
        return None
    char = found.group()
    name, note = kind(char)
    return f"{name} U+{ord(char):04X} at character {found.start() + 1}{note}"
