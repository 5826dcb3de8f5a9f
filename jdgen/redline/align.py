"""Which item of a list's new version is which item of its old version.

The rule, as the README states it: items that are equal (numbers left
out) are matched first, as the longest runs of equal items in order
(difflib's SequenceMatcher). Between two such runs, an old and a new item
are the same item reworded when their texts are similar, at least
``SIMILAR`` of their words (English) or characters (Chinese) in common
(SequenceMatcher's ratio), choosing, in order, the pairs whose similarity
adds up to the most; every other old item is deleted and every other new
item inserted. So an item reworded stays the same item, and an item
inserted (or deleted) next to it is an inserted (or deleted) item, never
one item rewritten into another.

Then moves (``moves``): an item deleted from a list and one inserted into
the same list, or into another group of it (another group of duties),
are one item moved when they are at least ``MOVED`` similar, the same or
nearly the same text; the most similar pairs are taken first.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from jdgen.redline.textdiff import tokens

SIMILAR = 0.5
"""Two texts at least this similar (SequenceMatcher's ratio on their words) are one item reworded."""

MOVED = 0.8
"""A deleted and an inserted item at least this similar are one item moved."""

Pair = tuple[int | None, int | None]
"""(old index, new index) of one item: both for an item in both versions, one of them for a deleted or inserted one."""


def align(old: list[str], new: list[str]) -> list[Pair]:
    """The items of ``old`` and ``new`` (their texts) matched, in order of
    the merged list: each deleted item before the inserted ones at the same place."""
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    pairs: list[Pair] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pairs += [(i1 + offset, j1 + offset) for offset in range(i2 - i1)]
        else:
            pairs += _by_similarity(old[i1:i2], new[j1:j2], i1, j1)
    return pairs


def moves(deleted: list[str], inserted: list[str]) -> list[tuple[int, int]]:
    """Which of the ``deleted`` items (their texts) is which of the
    ``inserted`` ones moved: (deleted index, inserted index) of the pairs at
    least ``MOVED`` similar, the most similar first (the earlier of equals),
    each item in one pair at most."""
    scored = sorted(((similarity(before, after), i, j) for i, before in enumerate(deleted)
                     for j, after in enumerate(inserted)), key=lambda scored: (-scored[0], scored[1], scored[2]))
    pairs: list[tuple[int, int]] = []
    for score, i, j in scored:
        if score < MOVED:
            break
        if all(i != paired_i and j != paired_j for paired_i, paired_j in pairs):
            pairs.append((i, j))
    return pairs


def similarity(old: str, new: str) -> float:
    """How much of two texts is common, by words (characters in Chinese), from 0 to 1."""
    matcher = SequenceMatcher(None, tokens(old), tokens(new), autojunk=False)
    return matcher.ratio() if matcher.real_quick_ratio() >= SIMILAR and matcher.quick_ratio() >= SIMILAR else 0.0


def _by_similarity(old: list[str], new: list[str], old_start: int, new_start: int) -> list[Pair]:
    """The pairs of a stretch with no equal items: an order-keeping matching
    of similar items with the greatest total similarity (dynamic programming)."""
    scores = [[similarity(before, after) for after in new] for before in old]
    best = [[0.0] * (len(new) + 1) for _ in range(len(old) + 1)]
    for i in range(len(old) - 1, -1, -1):
        for j in range(len(new) - 1, -1, -1):
            paired = best[i + 1][j + 1] + scores[i][j] if scores[i][j] >= SIMILAR else -1.0
            best[i][j] = max(paired, best[i + 1][j], best[i][j + 1])
    pairs: list[Pair] = []
    deleted: list[Pair] = []
    inserted: list[Pair] = []
    i = j = 0
    while i < len(old) and j < len(new):
        if scores[i][j] >= SIMILAR and best[i][j] == best[i + 1][j + 1] + scores[i][j]:
            pairs += [*deleted, *inserted, (old_start + i, new_start + j)]
            deleted, inserted = [], []
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            deleted.append((old_start + i, None))
            i += 1
        else:
            inserted.append((None, new_start + j))
            j += 1
    deleted += [(old_start + index, None) for index in range(i, len(old))]
    inserted += [(None, new_start + index) for index in range(j, len(new))]
    return [*pairs, *deleted, *inserted]
