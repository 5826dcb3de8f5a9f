"""A value that reads as more than its field's: another field's label inside
it, with a dash after it (… Speyside Hours – 30 hours per week),
or a list's item that opens with a signer's label (Prepared by HR Office,
March 2024 under the experience). The rule that placed it was
not made for such a text: it is kept as read and reported to check, naming
the field whose label it holds, so that neither value is wrong in silence."""

from __future__ import annotations

import re

from jdgen.importer.entries import FormLine, Note
from jdgen.importer.field_labels import LISTS, resolve
from jdgen.importer.signer_labels import SIGNER_FIELDS

_DASHED = re.compile(r"(?<=\s)((?:[A-Za-z][\w/&'’-]*\s){0,2}[A-Za-z][\w/&'’-]*)\s[–—]\s")
"""Up to three words and a dash between spaces after them, inside a text (Hours – 30 hours per week)."""
_SIGN_OFF = (*SIGNER_FIELDS, "basic.prepared_on", "document.effective_date")
"""The fields a sign-off line's labels name: who signed, and when."""


def _held_label(text: str, section: str) -> tuple[str, str] | None:
    """The first label of a field held inside ``text`` after some of its
    words, a dash after it, with the field it names: (label, field), or None.
    (A label with a colon after it parts a line before it gets here.)"""
    for found in _DASHED.finditer(text):
        words = found[1].split()
        for start in range(len(words)):
            label = " ".join(words[start:])
            named = resolve(label, section)
            if named and named[1]:
                return label, named[1]
    return None


def _signer_opening(text: str, section: str) -> tuple[str, str] | None:
    """A signer's label (Approved by, 批准) opening ``text``, with its field, or None."""
    words = text.split()
    for end in range(min(len(words), 3), 0, -1):
        label = " ".join(words[:end]).rstrip(":：")
        named = resolve(label, section)
        if named and named[1] in _SIGN_OFF:
            return label, named[1]
    return None


def flagged(fields: dict[str, list[FormLine]], reported: set[str]) -> list[Note]:
    """A note to check for each value (not among the texts already
    ``reported``) that holds another field's label, or a list's item that
    opens with a signer's."""
    notes = []
    for name, entries in fields.items():
        section = name.split(".")[0]
        for entry in entries:
            if entry.text in reported:
                continue
            held = _held_label(entry.text, section)
            if held and held[1] != name:
                label, other = held
                notes.append(Note(entry.where, entry.text, f"placed in {name}, but it holds {label}, a label of "
                                  f"{other}: check where the value ends", unsure=True, field=name))
            elif name in LISTS and (signer := _signer_opening(entry.text, section)) and signer[1] != name:
                label, other = signer
                notes.append(Note(entry.where, entry.text, f"an item of {name} that opens with {label}, a label "
                                  f"of {other}: check that it is not a sign-off line", unsure=True, field=name))
    return notes
