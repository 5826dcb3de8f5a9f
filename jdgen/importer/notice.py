"""An official notice (红头文件) that issues the form as its attachment: the
lines of its cover above the form, read for what they say of the document.

The issuer line (滨海燃气集团有限公司文件) names the issuer; the document
number under it (滨燃气人〔2024〕15号) is the document's number; the line
naming the attachment (附件：…岗位说明书) and the attachment's own heading
(附件, 附件1) name the form, no second one. The rest of the cover (the
notice's title and text, its addressees and date) is the notice's, not placed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ISSUER_LINE = re.compile(r"^\s*(?P<issuer>\S{2,30}?(?:公司|集团|中心|局|厅|委员会|委|院|部|办公室|政府|大学|学院|"
                          r"学校))\s*文\s*件\s*$")
"""An official notice's issuer line: an organisation's name and 文件."""
_DOCUMENT_NUMBER = re.compile(r"^\s*(?P<number>[\u3400-\u9fff]{1,12}\s*[〔［\[（(]\s*\d{4}\s*[〕］\]）)]\s*"
                              r"\d{1,4}\s*号)\s*$")
"""An official document's number: the issuer's short name, the year in brackets and a serial (滨燃气人〔2024〕15号)."""
_ATTACHMENT = re.compile(r"^\s*附\s*件\s*\d{0,2}\s*(?:[:：]\s*(?P<name>\S.*))?$")
"""The line naming a notice's attachment (附件：…岗位说明书), or the attachment's own heading (附件, 附件1)."""


@dataclass(frozen=True)
class Cover:
    """What a cover line says: the field it gives and its value (none for the attachment's name)."""

    field: str | None
    value: str
    rule: str


def cover_line(text: str) -> Cover | None:
    """What a line above every label says as an official notice's cover
    line; None for any other line."""
    issuer = _ISSUER_LINE.match(text)
    if issuer:
        return Cover("document.issuer", issuer["issuer"], "an official notice's issuer line (…文件)")
    number = _DOCUMENT_NUMBER.match(text)
    if number:
        return Cover("document.number", re.sub(r"\s+", "", number["number"]), "an official document's number")
    attachment = _ATTACHMENT.match(text)
    if attachment:
        return Cover(None, text.strip(), "the notice's attachment, named")
    return None
