"""Sign-off labels a form words around a signer's label: the signer's role
after it (Approved by the Principal, Prepared by the HR Manager), which names
who signs, not another field; the preparer's label with 日期 or 时间 after
it (制表时间, 拟稿日期), which names the date prepared."""

from __future__ import annotations

import re
from collections.abc import Callable

SIGNER_FIELDS = ("document.prepared_by", "document.approved_by")
_BY_ROLE = re.compile(r"^(?P<label>[A-Za-z]+(?: [A-Za-z]+)? by)\s+the\s+(?P<role>[A-Z][A-Za-z&' -]{1,40}?)"
                      r"\s*[:：]?\s*$")
"""A signer's label, then the role of the one who signs after "the" (Approved by the Principal; not
Approved by Jane Smith, a label and the name)."""
_SIGNED_LINE = re.compile(r"^(?P<label>[A-Za-z]+(?: [A-Za-z]+)? by\s+the\s+[A-Z][A-Za-z&' -]{1,40}?)\s*[:：]\s*"
                          r"(?P<value>\S.*)$")
"""A line of such a label and the signer's name after a colon (Approved by the Principal: Aroha Ngata)."""
_WHEN = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,4}?)人?(?:日期|时间)\s*[:：]?\s*$")
"""A Chinese signer's label, then 日期 or 时间 (制表时间, 拟稿人日期)."""


def signer_label(text: str, field_of: Callable[[str], str | None]) -> tuple[str, str] | None:
    """The field ``text`` names and the label read, when it is a signer's
    label and a role after it, or the preparer's label and a date word
    after it; ``field_of`` gives the field a plain label names."""
    text = " ".join(text.split())
    by_role = _BY_ROLE.match(text)
    signer = field_of(by_role["label"]) if by_role else None
    if signer in SIGNER_FIELDS:
        return signer, text.rstrip(":：")
    when = _WHEN.match(text)
    if when and field_of(when["label"]) == "document.prepared_by":
        return "basic.prepared_on", text.rstrip(":：")
    return None


def signed_line(text: str) -> tuple[str, str] | None:
    """A line's signer's label with a role after it, and the name after its
    colon (Approved by the Principal: Aroha Ngata), longer than the labels
    a line's colon is otherwise read after; None when it is no such line."""
    found = _SIGNED_LINE.match(" ".join(text.split()))
    return (found["label"], found["value"]) if found else None
