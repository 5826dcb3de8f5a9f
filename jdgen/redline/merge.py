"""Merge the contexts of two versions of a document into one whose texts
carry the changes as marks (``jdgen.marks``), for the template to render
as a redline.

Both contexts come from ``build_context``, so they have the same keys; they
differ in texts and in the length of lists. A text is compared word by word
(``textdiff``). A list's items are matched by ``align`` on their texts
(numbers left out, so an insertion does not make every later item
differ): equal items, then similar ones (an item reworded); an item in
both versions is compared, and every other is a whole inserted or deleted
item, whose paragraphs (or, for lists the template shows as table rows,
whose rows) are inserted or deleted with it. Numbers are texts like any other, so the
numbering after Accept All is the new version's. Once every list is merged,
an item deleted in one place and inserted in another is one item moved
(``moves``), shown as Word's move.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from jdgen import marks
from jdgen.context import CHART_COLUMNS, box_span
from jdgen.diagnostics import FieldPath
from jdgen.fields import spots
from jdgen.jobspec.model import JobSpec
from jdgen.redline.align import align
from jdgen.redline.moves import Whole, find_moves
from jdgen.redline.textdiff import additions, deleted, diff_text, inserted

ROW_LISTS = {"reporting_chart", "career_chart", "education", "experience", "qualifications", "environment"}
"""Lists the template repeats as table rows (``{%tr for %}``)."""
CHARTS = {"reporting_chart", "career_chart"}
"""Row lists of boxes, each row with the arrow row under it: levels of a chart, which never move."""
LABEL_MERGED_DOWN = {"education", "experience", "qualifications", "environment"}
"""Row lists whose first row holds a label cell merged down over the others (``{% vm %}``)."""
NONE_SHOWN = {
    ("internal",), ("external",), ("duties", "entries"), ("indicators",), ("authority", "work"),
    ("authority", "expenses"), ("authority", "personnel"), ("experience", "entries"),
    ("qualifications", "entries"), ("career_chart",), ("training", "topics"), ("training", "hours"),
}
"""Lists (by their keys, indices left out) that the template shows as
``labels.none`` when empty: an empty side reads as that one item."""
TYPED_VALUES = {spot.path for spot in spots(JobSpec) if spot.about.format is not None}
"""Fields of formatted values (dates, counts, a grade) that change whole: the old
value struck out, the new inserted. The context keeps them at the model's paths."""
OWN_PARAGRAPH = {"title"}
"""Keys of a list item whose text, when present on one side only, is a paragraph of its own."""
_KEEP_NEW = {"lang", "current", "span"}


@dataclass(frozen=True)
class Change:
    """One changed text of a document: ``old`` empty when inserted, ``new`` when deleted."""

    at: FieldPath
    """Where the document shows it: a path of the new document's context,
    or of the old one's for an item deleted (``on_old``)."""
    old: str
    new: str
    on_old: bool = False
    item: bool = False
    """Whether a whole list item is inserted, deleted or moved (not a text of it changed)."""
    moved_from: FieldPath | None = None
    """For an item moved here: where the old document showed it."""


@dataclass
class Merged:
    """A redline's context, and the changes it shows."""

    context: Any
    changes: list[Change]


def merge_contexts(old: dict[str, Any], new: dict[str, Any]) -> Merged:
    """One context showing ``new`` with its differences from ``old`` marked."""
    merger = _Merger(old["labels"]["none"], new["labels"]["none"])
    context = merger.merge(old, new, ())
    find_moves(merger.wholes, _key, set(merger.none))
    context = _map_wholes(context, merger.shown)
    changes = [change for found in merger.changes
               for change in ([found] if isinstance(found, Change) else merger.changes_of(found))]
    return Merged(context, changes)


def whole_context(context: dict[str, Any], inserted_side: bool) -> Merged:
    """A document that exists in one version only: every text of it inserted
    (or deleted)."""
    wrap = inserted if inserted_side else deleted
    title = marks.plain(context["title"])
    change = Change((), "", title) if inserted_side else Change((), title, "", on_old=True)
    return Merged(_map_texts(context, lambda text, key: text if key == "lang" else wrap(text)), [change])


class _Merger:
    def __init__(self, old_none: str, new_none: str) -> None:
        self.none = (old_none, new_none)
        self.changes: list[Change | Whole] = []
        """The changes in the document's order; an item in one version only stands for its own."""
        self.wholes: list[Whole] = []

    def merge(self, old: Any, new: Any, path: FieldPath) -> Any:
        if old == new:
            return new
        key = next((part for part in reversed(path) if isinstance(part, str)), "")
        if isinstance(new, str) and isinstance(old, str) and key not in _KEEP_NEW:
            if key != "n":
                self.changes.append(Change(path, marks.plain(old), marks.plain(new)))
            if key in OWN_PARAGRAPH and not (old and new):
                return _structure(new or old, is_inserted=bool(new), row=False)
            if tuple(part for part in path if isinstance(part, str)) in TYPED_VALUES:
                return deleted(old) + inserted(new)
            return diff_text(old, new)
        if isinstance(new, dict) != isinstance(old, dict):
            return new  # a raw value (class hours by level, or one figure, or none): no text to show changed
        if isinstance(new, dict):
            result = {name: self.merge(old[name], value, (*path, name)) for name, value in new.items()}
            if "arrow" in new and old["arrow"] != new["arrow"]:
                result["arrow"] = True
                _mark_first_box(result, marks.NEXT_ROW_INSERTED if new["arrow"] else marks.NEXT_ROW_DELETED)
            if "boxes" in result:
                result["boxes"] = _share_columns(result["boxes"])
            return result
        if isinstance(new, list):
            return self._merge_lists(old, new, path)
        return new

    def _merge_lists(self, old: list, new: list, path: FieldPath) -> list:
        keys = tuple(part for part in path if isinstance(part, str))
        if keys in NONE_SHOWN and bool(old) != bool(new):
            like = (old or new)[0]
            old = old or [_none_item(like, self.none[0])]
            new = new or [_none_item(like, self.none[1])]
        row = len(keys) == 1 and keys[0] in ROW_LISTS
        if row and keys[0] in LABEL_MERGED_DOWN and old and new and _named(old[0]) != _named(new[0]):
            # the rows have other cells in each version: every row redrawn, an empty list in it reading 无
            return [*(self._whole(_none_shown(item, keys[0], none), (*path, index), inserted_side, row=True,
                                  movable=False)
                      for inserted_side, items, none in ((False, old, self.none[0]), (True, new, self.none[1]))
                      for index, item in enumerate(items))]
        if row and keys[0] in LABEL_MERGED_DOWN and old and new and _key(old[0]) != _key(new[0]):
            # a form's label cell is merged down from the first row: the first row stays in both versions
            return [self.merge(old[0], new[0], (*path, 0)), *self._align(old, new, path, row, start=1)]
        return self._align(old, new, path, row, start=0)

    def _align(self, old: list, new: list, path: FieldPath, row: bool, start: int) -> list:
        """The items from ``start`` on, matched by ``align``: an item in both
        versions compared, the others wholly inserted or deleted."""
        old, new = old[start:], new[start:]
        result = []
        for before, after in align([_key(item) for item in old], [_key(item) for item in new]):
            if before is None:
                assert after is not None
                result.append(self._whole(new[after], (*path, start + after), inserted_side=True, row=row))
            elif after is None:
                result.append(self._whole(old[before], (*path, start + before), inserted_side=False, row=row))
            elif row and _redrawn(old[before], new[after]):
                at = (*path, start + after)
                result += [self._whole(old[before], at, inserted_side=False, row=True, movable=False),
                           self._whole(new[after], at, inserted_side=True, row=True, movable=False)]
            else:
                result.append(self.merge(old[before], new[after], (*path, start + after)))
        return result

    def _whole(self, item: Any, path: FieldPath, inserted_side: bool, row: bool, movable: bool = True) -> Whole:
        """An item in one version only: shown once moves are found (``shown``)."""
        whole = Whole(item, path, inserted_side, row, movable and path[0] not in CHARTS)
        self.wholes.append(whole)
        self.changes.append(whole)
        return whole

    def shown(self, whole: Whole) -> Any:
        """An item in one version only as the redline shows it: wholly
        inserted or deleted, or one end of a move."""
        if whole.other is None or whole.number is None:
            return _structure(whole.item, whole.inserted_side, whole.row)
        row = "" if not whole.row else marks.ROW_INSERTED if whole.inserted_side else marks.ROW_DELETED
        if whole.inserted_side:
            return _moved_here(whole.other.item, whole.item, row + marks.moved_to(whole.number))
        mark = row + marks.moved_from(whole.number)
        return _map_texts(whole.item, lambda text, key: mark + text if text and key not in _KEEP_NEW else text)

    def changes_of(self, whole: Whole) -> list[Change]:
        """The change an item in one version only makes: inserted, deleted, or
        (at the end it moved to) moved; none at the end it moved from."""
        text = _listed(whole.item)
        if whole.other is None:
            return [Change(whole.path, "", text, item=True) if whole.inserted_side
                    else Change(whole.path, text, "", on_old=True, item=True)]
        if not whole.inserted_side:
            return []
        return [Change(whole.path, _listed(whole.other.item), text, item=True, moved_from=whole.other.path)]


def _listed(item: Any) -> str:
    """What a whole item says, on one line."""
    return " / ".join(part for part in marks.plain(_key(item)).split("\n") if part)


def _map_wholes(value: Any, shown) -> Any:
    """``value`` with each ``Whole`` in it replaced by what ``shown`` makes of it."""
    if isinstance(value, Whole):
        return shown(value)
    if isinstance(value, dict):
        return {name: _map_wholes(item, shown) for name, item in value.items()}
    if isinstance(value, list):
        return [_map_wholes(item, shown) for item in value]
    return value


def _moved_here(old: Any, new: Any, mark: str) -> Any:
    """An item moved here from where it was ``old``: every text marked with
    the move's ``mark``, the words it gained inserted; a number moves whole."""
    if isinstance(new, str):
        return mark + additions(old if isinstance(old, str) else "", new) if new else new
    if isinstance(new, list):
        items = old if isinstance(old, list) else []
        return [_moved_here(items[index] if index < len(items) else "", item, mark)
                for index, item in enumerate(new)]
    if isinstance(new, dict):
        fields = old if isinstance(old, dict) else {}
        return {name: value if name in _KEEP_NEW or not value else mark + value if name == "n"
                else _moved_here(fields.get(name, ""), value, mark) for name, value in new.items()}
    return new


def _structure(item: Any, is_inserted: bool, row: bool) -> Any:
    """``item`` wholly inserted (or deleted): every text marked, and with the
    paragraph (or table row) that holds it."""
    if row:
        mark = marks.ROW_INSERTED if is_inserted else marks.ROW_DELETED
    else:
        mark = marks.PARAGRAPH_INSERTED if is_inserted else marks.PARAGRAPH_DELETED
    wrap = inserted if is_inserted else deleted
    result = _map_texts(item, lambda text, key: mark + wrap(text) if text and key not in _KEEP_NEW else text)
    if isinstance(item, dict) and item.get("arrow"):
        _mark_first_box(result, marks.NEXT_ROW_INSERTED if is_inserted else marks.NEXT_ROW_DELETED)
    return result


def _map_texts(value: Any, function, key: str = "") -> Any:
    if isinstance(value, str):
        return function(value, key)
    if isinstance(value, dict):
        return {name: _map_texts(item, function, name) for name, item in value.items()}
    if isinstance(value, list):
        return [_map_texts(item, function, key) for item in value]
    return value


def _key(item: Any) -> str:
    """What a list item says, numbers left out: what aligning compares."""
    if isinstance(item, str):
        return item
    if isinstance(item, dict):
        return "\n".join(_key(value) for name, value in item.items() if name not in ("n", "span", "current", "arrow"))
    if isinstance(item, list):
        return "\n".join(_key(value) for value in item)
    return ""


def _none_item(like: Any, none: str) -> Any:
    """An item shaped like ``like`` that reads ``none``, as the template shows an empty list."""
    if "boxes" in like:  # a chart is a table, 无 a paragraph after it
        return {"boxes": [{"text": marks.OUT_OF_TABLE + none, "current": False, "span": box_span(CHART_COLUMNS)}],
                "arrow": False}
    return {name: none if name == "text" else [] if isinstance(value, list) else "" for name, value in like.items()}


def _none_shown(row: dict[str, Any], key: str, none: str) -> dict[str, Any]:
    """A row whose empty lists that the template shows as 无 hold that one item."""
    return {name: [{"n": "", "text": none}] if value == [] and (key, name) in NONE_SHOWN else value
            for name, value in row.items()}


def _named(row: Any) -> bool:
    """Whether a row of a group whose label is merged down is drawn with a
    cell for its name (experience by level) or without (experience as one list)."""
    return isinstance(row, dict) and bool(row.get("name"))


def _redrawn(old: Any, new: Any) -> bool:
    """Whether a chart row gains or loses a box: then it
    is redrawn, the old row deleted and the new one inserted, since no tracked
    change of a table cell survives Accept or Reject All in every reader."""
    if not (isinstance(new, dict) and "boxes" in new):
        return False
    pairs = align([_key(box) for box in old["boxes"]], [_key(box) for box in new["boxes"]])
    return any(before is None or after is None for before, after in pairs)


def _mark_first_box(row: dict[str, Any], mark: str) -> None:
    """Put ``mark`` (the arrow row under a chart row) in the row's first box."""
    first = row["boxes"][0]
    row["boxes"] = [{**first, "text": mark + first["text"]}, *row["boxes"][1:]]


def _share_columns(boxes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Spread the chart's columns over a row that may hold boxes of both versions."""
    share, extra = divmod(CHART_COLUMNS, len(boxes))
    return [{**box, "span": box_span(share + (index < extra))} for index, box in enumerate(boxes)]
