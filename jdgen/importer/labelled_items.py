"""A list whose items each open with their own label (• Education: …,
• Experience: …): an item with no label after a labelled one is no more of
that label's value (• STCW basic safety training, … after • Experience: …)."""

from __future__ import annotations

from jdgen.importer.entries import FormLine
from jdgen.importer.reading import Line

REASON = ("an item with no label of its own, after an item opened by its label in one list; "
          "not placed (check where it belongs)")


def is_item(line: Line, kind: str | None) -> bool:
    """Whether ``line`` is an item of a list: numbered or bulleted, by Word or typed."""
    return (line.numbered or kind in ("item", "bullet")) and not line.continued


def unlabelled_after_labelled(line: Line, kind: str | None, entries: list[FormLine]) -> bool:
    """Whether ``line``, after an item opened by its label (the caller knows
    it), is an item of the same list: at the level of the field's last entry."""
    return is_item(line, kind) and bool(entries) and entries[-1].level == line.level
