"""Where a paragraph of a template is, in the terms Word shows: the table,
row and cell that hold it (counted from 1, as a person counts them) and the
start of its text. Word shows no paragraph or row numbers, so a message
that says "paragraph 57" cannot be followed; "table 3, row 2, cell 1,
'{{ basic.headcont }}'" can.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_TOKEN = re.compile(r"<(/?)w:(tbl|tr|tc|p)([ />])")
_XML_TAG = re.compile(r"<[^>]+>")
SHOWN_TEXT = 50
"""How much of a paragraph's text a location quotes."""


@dataclass(frozen=True)
class Location:
    """A paragraph's place: its cell (table, row, cell), if in a table, and its text."""

    cell: tuple[int, int, int] | None
    text: str

    def __str__(self) -> str:
        quoted = repr(self.text if len(self.text) <= SHOWN_TEXT else self.text[:SHOWN_TEXT - 1] + "…")
        if self.cell is None:
            return quoted
        table, row, cell = self.cell
        return f"table {table}, row {row}, cell {cell}, {quoted}"


def paragraph_locations(xml: str) -> list[Location]:
    """The location of each paragraph of a Word XML part, in document order:
    ``table 2, row 1, cell 3, '职位名称'`` or, outside tables, ``'职位概要'``."""
    locations: list[Location] = []
    tables: list[list[int]] = []  # for each open table: its number, its current row and cell
    count = 0
    for match in _TOKEN.finditer(xml):
        closing, kind, after = match[1], match[2], match[3]
        if kind == "tbl":
            if closing:
                tables.pop()
            else:
                count += 1
                tables.append([count, 0, 0])
        elif kind == "tr" and not closing and tables:
            tables[-1][1] += 1
            tables[-1][2] = 0
        elif kind == "tc" and not closing and tables:
            tables[-1][2] += 1
        elif kind == "p" and not closing:
            end = xml.find("</w:p>", match.end()) if after != "/" else match.end()
            text = html.unescape(_XML_TAG.sub("", xml[match.end():end])).strip()
            locations.append(Location(tuple(tables[-1]) if tables else None, text))  # type: ignore[arg-type]
    return locations


def location_of_text(xml: str, text: str) -> Location | None:
    """The location of the first paragraph of ``xml`` whose text holds
    ``text``, or starts it (a line of a patched template may run on into the
    next paragraphs' text)."""
    return next((location for location in paragraph_locations(xml)
                 if text and (text in location.text or location.text and text.startswith(location.text))), None)


def unbalanced_tag(xml: str) -> Location | None:
    """The first paragraph whose text opens a tag it does not close (or
    closes one it did not open): where a person should look for a syntax
    error, whatever line the parser noticed it on."""
    for location in paragraph_locations(xml):
        text = location.text
        if text.count("{{") != text.count("}}") or text.count("{%") != text.count("%}"):
            return location
    return None
