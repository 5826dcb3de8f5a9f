"""A caption Word numbers (Insert Caption: 表 1, Table 2-1, Figure 3, a SEQ
field counting them): its label and number name the table or figure in
the document's sequence, no part of the text after them (表 1
社区专职网格员岗位说明书 is the form's title)."""

from __future__ import annotations

import re

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SEQ = re.compile(r"^\s*SEQ\s", re.IGNORECASE)
_NUMBERED = re.compile(r"^\s*\S{1,10}?\s*\d+(?:[-.–]\d+)*\s*[:：.、—–-]?\s*(?=\S)")
"""A caption's label and number, and the mark after them (表 1 , Table 2-1: , 图3、)."""


def is_numbered(paragraph) -> bool:
    """Whether a paragraph holds a SEQ field, as Word's captions number themselves."""
    fields = [field.get(f"{_W}instr", "") for field in paragraph.iter(f"{_W}fldSimple")]
    fields += [code.text or "" for code in paragraph.iter(f"{_W}instrText")]
    return any(_SEQ.match(field) for field in fields)


def without_number(text: str) -> str:
    """A numbered caption's text without its label and number (表 1 社区…: 社区…); as written when none opens it."""
    return _NUMBERED.sub("", text, count=1)
