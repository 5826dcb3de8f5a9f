"""A document holding the form twice, the second time in another language
(the Chinese version, then after a section break the same form in English):
the first version is the form; the second, its translation, is reported
row by row, never merged into the first's values."""

from __future__ import annotations

import re

from jdgen.importer import slashed
from jdgen.importer.entries import Note, Place
from jdgen.importer.field_labels import FIELD_INDEX, SECTION_INDEX, normalized
from jdgen.importer.reading import Row

_LABEL_BEFORE_COLON = re.compile(r"^([^:：]{1,30})[:：]")
_SHARED = 4
"""The fewest fields both versions must label for the second to be the first's translation."""


def _language(row: Row) -> str | None:
    """zh for a row with Chinese characters, en for one with Latin letters only, None for neither."""
    return slashed.language(" ".join(cell.text for cell in row))


def _labelled(row: Row) -> set[str]:
    """The fields and parts the row's cells label (a cell that is a label, or the label before a line's colon)."""
    found: set[str] = set()
    for cell in row:
        for text in (cell.text, *(line.text for line in cell.lines)):
            before = _LABEL_BEFORE_COLON.match(text.strip())
            for label in (text, before[1] if before else ""):
                key = normalized(label)
                found.update(FIELD_INDEX.get(key, []) + SECTION_INDEX.get(key, []))
    return found


def split(rows: list[Row]) -> tuple[list[Row], list[Row], str]:
    """The rows of the form's first version (with the page headers and
    footers), the rows of its second version, and that version's language
    (en, zh); ``(rows, [], "")`` when the body does not end in a version in
    another language labelling the same fields."""
    body = [index for index, row in enumerate(rows) if row and not row[0].part.startswith("page")]
    languages = {index: _language(rows[index]) for index in body}
    first = next((languages[index] for index in body if languages[index]), None)
    last = max((index for index in body if first and languages[index] == first), default=-1)
    tail = [index for index in body if index > last >= 0]
    other = [language for language in dict.fromkeys(languages[index] for index in tail) if language]
    if len(other) != 1:
        return rows, [], ""
    head_fields = set().union(*(_labelled(rows[index]) for index in body if index <= last))
    tail_fields = set().union(*(_labelled(rows[index]) for index in tail))
    shared = head_fields & tail_fields
    if len(shared) < _SHARED or 2 * len(shared) < len(tail_fields):
        return rows, [], ""
    second = set(tail)
    return [row for index, row in enumerate(rows) if index not in second], [rows[index] for index in tail], other[0]


_LANGUAGES = {"en": "English", "zh": "Chinese"}
_PREVAILS = re.compile(r"以(?P<zh>中文)(?:版|文本)?为准|以(?P<en>英文)(?:版|文本)?为准"
                       r"|(?P<zh2>Chinese) (?:version|text) (?:shall )?prevails?|(?P<en2>English) (?:version|text) "
                       r"(?:shall )?prevails?", re.IGNORECASE)
"""A note saying which version rules (以中文版为准, the English version shall prevail)."""


def prevailing(rows: list[Row]) -> str | None:
    """The language of the version the document says rules (zh, en), or None when it says none."""
    for row in rows:
        for cell in row:
            found = _PREVAILS.search(cell.joined)
            if found:
                return "zh" if found["zh"] or found["zh2"] else "en"
    return None


def reported(rows: list[Row], language: str, order: int, ruling: str | None = None) -> list[Note]:
    """A note for each row of the second version, quoting its texts, in order after ``order``; each to check
    when the document says that version (``ruling``) rules."""
    named = _LANGUAGES.get(language, language)
    reason = f"the form a second time, in {named} (its translation; the first version was read); not placed" \
        if ruling != language else f"the form a second time, in {named}, the version the document says rules; the " \
        "first version was read: check which the spec should hold"
    return [Note(Place(f"in {row[0].where.split(', cell')[0]}", order + number),
                 " | ".join(" ".join(cell.joined.split()) for cell in row if cell.text), reason,
                 unsure=ruling == language)
            for number, row in enumerate((row for row in rows if any(cell.text for cell in row)), 1)]
