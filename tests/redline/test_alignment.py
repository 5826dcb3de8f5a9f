"""List items are matched as they were edited: generated edit scripts
(insert, delete, reword, move, in combination) on lists of distinct items,
whose expected matching is known, against ``align``; and the README's
case through the merge (a duty inserted and the next one reworded)."""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

from jdgen.redline.align import align
from jdgen.redline.merge import merge_contexts

SCRIPTS = int(os.environ.get("JDGEN_SHAPES", "200"))
BLOCK = 64
"""Item k is written with characters of its own block of the CJK range (its
rewordings with the upper half), so distinct items have nothing in common."""


def _text(item: int, offsets: list[int], reworded: bool = False) -> str:
    return "".join(chr(0x4E00 + item * BLOCK + (BLOCK // 2 if reworded else 0) + offset) for offset in offsets)


OFFSETS = st.lists(st.integers(0, BLOCK // 2 - 1), min_size=10, max_size=16)


@st.composite
def edit_scripts(draw):
    """An old list, the new list an edit script (insert, delete, reword, move)
    made of it, for each new item the old item it comes from (None:
    inserted), and whether an item was moved."""
    old = [_text(item, draw(OFFSETS)) for item in range(draw(st.integers(0, 8)))]
    items = [(index, index, text, 0) for index, text in enumerate(old)]  # (origin, item, text, rewordings)
    fresh = len(old)
    moved = False
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["insert", "delete", "reword", "move"]))
        if kind == "insert" or not items:
            items.insert(draw(st.integers(0, len(items))), (None, fresh, _text(fresh, draw(OFFSETS)), 0))
            fresh += 1
        elif kind == "delete":
            items.pop(draw(st.integers(0, len(items) - 1)))
        elif kind == "reword":
            at = draw(st.integers(0, len(items) - 1))
            origin, item, text, rewordings = items[at]
            if rewordings < 2:  # a fifth of the text at a time: twice reworded is still the same item
                width = len(text) // 5
                start = draw(st.integers(0, len(text) - width)) if rewordings == 0 else \
                    (draw(st.integers(0, 1)) * (len(text) - width))
                replacement = _text(item, draw(st.lists(st.integers(0, BLOCK // 2 - 1), min_size=width,
                                                        max_size=width)), reworded=True)
                text = text[:start] + replacement + text[start + width:]
                items[at] = (origin, item, text, rewordings + 1)
        else:
            entry = items.pop(draw(st.integers(0, len(items) - 1)))
            items.insert(draw(st.integers(0, len(items))), entry)
            moved = True
    return old, [text for _, _, text, _ in items], [origin for origin, _, _, _ in items], moved


@settings(max_examples=SCRIPTS, deadline=None, database=None)
@given(script=edit_scripts())
def test_items_are_matched_as_they_were_edited(script):
    old, new, origins, moved = script
    pairs = align(old, new)
    assert sorted(i for i, _ in pairs if i is not None) == list(range(len(old)))
    assert sorted(j for _, j in pairs if j is not None) == list(range(len(new)))
    assert [j for _, j in pairs if j is not None] == list(range(len(new)))  # the new order is kept
    matched = {j: i for i, j in pairs if j is not None}
    for index, origin in enumerate(origins):
        if origin is None:
            assert matched[index] is None, (index, pairs)  # an inserted item is inserted
        elif not moved:
            assert matched[index] == origin, (index, pairs)  # kept or reworded: the same item
        else:
            assert matched[index] in (origin, None), (index, pairs)  # moved: never another item


def _duties(*items: str) -> dict:
    return {"labels": {"none": "无"}, "duties": [{"n": f"{number}、", "text": text}
                                                 for number, text in enumerate(items, start=1)]}


def test_a_duty_inserted_before_a_reworded_one_is_an_inserted_duty():
    """The issue's case: an added item is an inserted paragraph, and the
    reworded one shows its changed characters."""
    old = _duties("负责营销计划的制定与执行", "维护重点客户关系并定期回访")
    new = _duties("负责营销计划的制定与执行", "开拓新的客户渠道", "维护重点客户关系并按月回访")
    changes = [change for change in merge_contexts(old, new).changes if not change.field.endswith(".n")]
    assert [(change.field, change.old, change.new) for change in changes] == [
        ("duties[1]", "", "开拓新的客户渠道"),
        ("duties[2].text", "维护重点客户关系并定期回访", "维护重点客户关系并按月回访"),
    ]
