"""A value of one text that holds another field's label after a wide gap
(炼钢厂炼钢车间      直接上级 天车班班长): two pairs of a line read as one,
which is a guess, so reported to check."""

from __future__ import annotations

import re

from jdgen.importer.entries import FormLine, Note
from jdgen.importer.field_labels import FIELD_INDEX, normalized

_GAP = re.compile(r"\t|\s{2,}|\u3000")
_ONE_TEXT = ("title", "id", "basic.department", "basic.reports_to", "basic.work_location", "basic.grade",
             "basic.headcount", "document.prepared_by", "document.approved_by", "document.issuer")
"""The fields of one short text, where a second pair of a line would be kept in the first's value."""


def _labelled(piece: str) -> str | None:
    """The label a piece of a value starts with (直接上级 天车班班长, 直接上级), or None."""
    words = piece.split()
    return next((label for label in (piece, words[0] if words else "") if normalized(label) in FIELD_INDEX), None)


def flagged(fields: dict[str, list[FormLine]]) -> list[Note]:
    """A note to check for each value of a field of one short text in which a label follows a wide gap."""
    notes = []
    for name in _ONE_TEXT:
        for entry in fields.get(name, []):
            label = next((found for piece in _GAP.split(entry.text.strip())[1:] if (found := _labelled(piece))), None)
            if label:
                notes.append(Note(entry.where, entry.text, f"the value holds the label {label} after a wide gap "
                                  "(two pairs of a line read as one?), kept whole: check it", unsure=True, field=name))
    return notes
