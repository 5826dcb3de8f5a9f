"""What a PDF's pages carry, left in the body when its text is pasted into
Word: page numbers (— 5 —, - 2 -, 第2页, Page 2 of 5) on lines of their own,
and the running header repeated beside them. Both are dropped and reported,
so that the line cut by the page joins the line it was cut from."""

from __future__ import annotations

import re

from jdgen.importer.reading import Row

_PAGE_NUMBER = re.compile(r"^(?:[-—–−－]\s*\d{1,4}\s*[-—–−－]|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?"
                          r"|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4}\s*/\s*\d{1,4})$", re.IGNORECASE)
"""A page number standing alone on its line: — 5 —, - 2 -, 第2页, 第2页 共5页, Page 2 of 5, 2/5."""
_REVISION = re.compile(r"^(?:rev(?:ision)?|ver(?:sion)?|v|版本|版次|修订)\s*[.:：]?\s*"
                       r"[A-Z]?[./]?\d{1,3}(?:[./]\d{1,3})*$", re.IGNORECASE)
"""A document's revision beside its number in a page's margin: Rev. 2, Version 1.0, 版本：A/0."""


def _body_text(row: Row) -> str | None:
    """The text of a body paragraph's row; None for a table's, a page header's or a text box's."""
    if len(row) != 1 or row[0].part or not row[0].where.startswith("paragraph"):
        return None
    return " ".join(row[0].text.split())


def page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(text.strip()))


def beside_value(text: str) -> bool:
    """Whether a piece of a line set apart by a bar is page furniture (Rev. 2, Page 1 of 2), never a value's."""
    return page_number(text) or bool(_REVISION.match(text.strip()))


def dropped(rows: list[Row]) -> tuple[list[Row], list[tuple[int, str, str]]]:
    """``rows`` without the page numbers of a pasted PDF and the running
    header repeated next to one (the same text as a paragraph above it), and
    what was dropped: its index among ``rows``, its text and what it was."""
    texts = [_body_text(row) for row in rows]
    numbers = {index for index, text in enumerate(texts) if text and page_number(text)}
    headers = set()
    for index in numbers:
        for beside in (index - 1, index + 1):
            text = texts[beside] if 0 <= beside < len(texts) else None
            if text and beside not in numbers and len(text) >= 6 and text in texts[:min(index, beside)]:
                headers.add(beside)
    gone = [(index, texts[index] or "", "a page number of a PDF pasted into the document; dropped")
            for index in sorted(numbers)]
    gone += [(index, texts[index] or "", "the running header of a PDF's page, repeated inside the text; dropped")
             for index in sorted(headers)]
    kept = [row for index, row in enumerate(rows) if index not in numbers | headers]
    return kept, sorted(gone)
