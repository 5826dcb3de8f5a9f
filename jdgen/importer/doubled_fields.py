"""A field of one text given under two labels (岗位目的 in a form, Job Purpose
in a second version of it further on): its texts are joined, which is a
guess, so the second is reported to check."""

from __future__ import annotations

from jdgen.importer.confidence import EXACT, VARIANT
from jdgen.importer.entries import FormLine, Note

_JOINED = ("summary", "basic.work_location", "environment.place", "environment.hours", "qualifications.education",
           "qualifications.major", "qualifications.knowledge", "physical")
"""The fields whose texts the second pass joins into one."""


def flagged(fields: dict[str, list[FormLine]]) -> list[Note]:
    """A note to check for each joined field whose texts stand under two labels or more."""
    notes = []
    for name in _JOINED:
        entries = fields.get(name, [])
        labels = list(dict.fromkeys(entry.confidence.detail for entry in entries
                                    if entry.confidence.rule in (EXACT, VARIANT) and entry.confidence.detail))
        if len(labels) > 1:
            later = next(entry for entry in entries if entry.confidence.detail == labels[1])
            notes.append(Note(later.where, later.text, f"a text under {labels[1]}, joined to the one under "
                              f"{labels[0]}: check that both are this field's", unsure=True, field=name))
    return notes
