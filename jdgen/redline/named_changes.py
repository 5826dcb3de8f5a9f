"""A redline's changes as a reviewer reads them: each named by the spec's
field (``duties[0].items[2]``) and that field's label in the document's
language (``工作描述 / 岗位职责 3``), each edit once, however many places of
the document show it (a measure in its category's line and in the table of
measures, an own field in ``custom`` and in the list of own fields)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from jdgen import marks
from jdgen.diagnostics import FieldPath, format_field_path
from jdgen.fields import about, readings
from jdgen.jobspec.own_fields import CUSTOM
from jdgen.redline.merge import Change
from jdgen.redline.spec_fields import SpecFields, value_at

NAMED_ITEMS = ("title", "name")
"""The fields of a list item that name it (a group's title, a category's
name): its label says them instead of its number."""


@dataclass(frozen=True)
class NamedChange:
    """One edit of a spec as a document shows it: ``old`` empty when inserted, ``new`` when deleted."""

    field: str
    """The spec's field path; empty for a whole document."""
    label: str
    """The field as the document labels it."""
    old: str
    new: str
    shown_at: str
    """Where the document shows it (a path of its context, as templates name it)."""
    moved_from: str = ""
    """For an item moved here: the field it was."""
    moved_from_label: str = ""
    on_old: bool = False
    """Whether ``field`` is the old spec's (an item deleted), not the new one's."""


def named_changes(changes: list[Change], old: SpecFields | None, new: SpecFields | None) -> list[NamedChange]:
    """``changes`` named by the spec fields of ``old`` and ``new`` (None for a
    version without the document: its changes are the whole document), each
    edit once: by the place that shows it most precisely (showing the fewest
    fields), the first in the document among those. A text made of several
    fields whose edits other texts show alone (a category's line of
    measures) adds nothing; the form's 无 for an empty list is no edit of
    its own; a text that shows no field of the spec (a label) is named by
    where the document shows it."""
    found: dict[tuple[FieldPath, bool, str], tuple[int, NamedChange]] = {}
    for change in changes:
        side = old if change.on_old else new
        if side is None or not change.at:
            found[((), change.on_old, "")] = (0, NamedChange("", "", change.old, change.new, "", on_old=change.on_old))
            continue
        fields, precision = side.named(change.at, change.item)
        if fields == [()] and marks.plain(side.context["labels"]["none"]) in (change.old, change.new):
            continue
        moved = old.named(change.moved_from, item=True)[0][0] if change.moved_from and old else None
        moved_from, moved_from_label = \
            (format_field_path(moved), field_label(moved, old)) if moved and old else ("", "")
        for field in fields:
            named = NamedChange(format_field_path(field or change.at), field_label(field, side) if field else "",
                                change.old, change.new, format_field_path(change.at), moved_from, moved_from_label,
                                on_old=change.on_old)
            key = (field or change.at, change.on_old, named.moved_from)  # an old field is not the new one's
            if key not in found or precision < found[key][0]:
                found[key] = (precision, named)
    return [named for key, (precision, named) in found.items() if not _told_by_others(key, precision, found)]


def _told_by_others(key: tuple[FieldPath, bool, str], precision: int,
                    found: dict[tuple[FieldPath, bool, str], tuple[int, NamedChange]]) -> bool:
    """Whether the edits of a text that shows several fields are shown, more
    precisely, by changes of fields inside the one it names."""
    field, on_old, _ = key
    return precision > 1 and bool(field) and any(
        other[1] == on_old and len(other[0]) > len(field) and other[0][:len(field)] == field
        and other_precision < precision for other, (other_precision, _) in found.items())


def field_label(field: FieldPath, side: SpecFields) -> str:
    """How the document labels a spec field: the labels of its parts and the
    names of its items on the way (a group's title, a level), then the last
    item's number when it has no name: ``工作描述 / 岗位职责 3``."""
    labels: dict[str, Any] = side.context["labels"]
    names: list[str] = []
    number = None
    for length, part in enumerate(field, start=1):
        at = field[:length]
        if isinstance(part, int):
            name = next((side.text((*at, key)) for key in NAMED_ITEMS if side.text((*at, key))), None)
            number = None if name else part + 1
        else:
            name = _part_label(at, side, labels)
        if name and marks.plain(name) not in names:
            names.append(marks.plain(name))
    label = " / ".join(names)
    return f"{label} {number}" if label and number is not None else label


def _part_label(at: FieldPath, side: SpecFields, labels: dict[str, Any]) -> str | None:
    """The label of the field at ``at`` (a name, or a mapping's key): the form's
    label of the field, an own field's label, or a level's name."""
    name = at[-1]
    assert isinstance(name, str)
    if at[:-1] == (CUSTOM,):
        return side.context.get("custom_labels", {}).get(name)
    if name in (value_at(side.dump, ("levels",)) or {}):  # a level, or what a level has (its experience)
        return side.text(("levels", name)) or name
    infos = [info for info, _ in readings(type(side.spec), at) if info is not None]
    key = next((about(info).label_key for info in infos if about(info).label_key), None)
    text = labels.get(key or name)
    return text if isinstance(text, str) else None
