"""Moved list items: which item deleted in one place and inserted in another
is one item moved.

Once every list of two versions is merged, the items wholly deleted and
wholly inserted are paired by ``align.moves``, within the same list or
across the groups of one list (a duty moved to another group of duties).
A moved item is shown as Word shows a move (``w:moveFrom`` / ``w:moveTo``,
``jdgen.render.revisions``). Word has no move of a table row: a moved row
is a deleted row where it was and an inserted row where it is (so that
Accept and Reject All remove the row, not only its text), its text the
move's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from jdgen.diagnostics import FieldPath
from jdgen.redline.align import moves


@dataclass(eq=False)
class Whole:
    """A list item that is in one version only, as the lists' merge leaves
    it: to be shown inserted or deleted, or as one end of a move."""

    item: Any
    path: FieldPath
    inserted_side: bool
    row: bool
    movable: bool = True
    """False for a chart row redrawn in place, which is no move."""
    number: int | None = None
    """The move's number, when the item moved."""
    other: Whole | None = None
    """The move's other end."""

    @property
    def keys(self) -> tuple[str, ...]:
        """The list the item is in, its indices left out: the lists an item may move between."""
        return tuple(part for part in self.path if isinstance(part, str))


def find_moves(wholes: list[Whole], key: Callable[[Any], str], left_out: set[str]) -> None:
    """Pair the deleted and inserted items of ``wholes`` that are one item
    moved (``key`` gives an item's text, ``left_out`` texts that never
    move, such as the form's 无), numbering the moves in order."""
    lists: dict[tuple[str, ...], tuple[list[Whole], list[Whole]]] = {}
    for whole in wholes:
        if whole.movable and key(whole.item) not in left_out:
            lists.setdefault(whole.keys, ([], []))[whole.inserted_side].append(whole)
    number = 0
    for deleted, inserted in lists.values():
        for i, j in sorted(moves([key(whole.item) for whole in deleted], [key(whole.item) for whole in inserted])):
            deleted[i].number = inserted[j].number = number
            deleted[i].other, inserted[j].other = inserted[j], deleted[i]
            number += 1
