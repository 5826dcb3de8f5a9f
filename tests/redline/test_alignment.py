"""List items are matched as they were edited: generated edit scripts
(insert, delete, reword, move, in combination) on lists of distinct items,
whose expected matching is known, against ``align`` and ``moves``; and
the README's cases through the merge (a duty inserted and the next one
reworded; a duty moved to another group)."""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

from jdgen import marks
from jdgen.redline.align import align, moves
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
    inserted) and how often it was reworded, and whether an item was moved."""
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
    return old, [text for _, _, text, _ in items], [(origin, rewordings) for origin, _, _, rewordings in items], moved


@settings(max_examples=SCRIPTS, deadline=None, database=None)
@given(script=edit_scripts())
def test_items_are_matched_as_they_were_edited(script):
    old, new, origins, moved = script
    pairs = align(old, new)
    assert sorted(i for i, _ in pairs if i is not None) == list(range(len(old)))
    assert sorted(j for _, j in pairs if j is not None) == list(range(len(new)))
    assert [j for _, j in pairs if j is not None] == list(range(len(new)))  # the new order is kept
    matched = {j: i for i, j in pairs if j is not None}
    deleted = [i for i, j in pairs if j is None]
    inserted = [j for i, j in pairs if i is None]
    for a, b in moves([old[i] for i in deleted], [new[j] for j in inserted]):
        matched[inserted[b]] = deleted[a]
    for index, (origin, rewordings) in enumerate(origins):
        if origin is None:
            assert matched[index] is None, (index, pairs)  # an inserted item is inserted, never a move
        elif not moved or rewordings < 2:
            assert matched[index] == origin, (index, pairs)  # kept, reworded or moved: the same item
        else:  # moved and reworded twice: less alike than a move, deleted and inserted
            assert matched[index] in (origin, None), (index, pairs)


def _duties(*items: str) -> dict:
    return {"labels": {"none": "无"}, "duties": [{"n": f"{number}、", "text": text}
                                                 for number, text in enumerate(items, start=1)]}


def test_a_duty_inserted_before_a_reworded_one_is_an_inserted_duty():
    """The issue's case: an added item is an inserted paragraph, and the
    reworded one shows its changed characters."""
    old = _duties("负责营销计划的制定与执行", "维护重点客户关系并定期回访")
    new = _duties("负责营销计划的制定与执行", "开拓新的客户渠道", "维护重点客户关系并按月回访")
    assert [(change.at, change.old, change.new) for change in merge_contexts(old, new).changes] == [
        (("duties", 1), "", "开拓新的客户渠道"),
        (("duties", 2, "text"), "维护重点客户关系并定期回访", "维护重点客户关系并按月回访"),
    ]


def _groups(*groups: tuple[str, ...]) -> dict:
    return {"labels": {"none": "无", "duties": "工作描述"},
            "duties": [{"n": f"{number}、", "title": f"第{number}组",
                        "entries": [{"n": f"{index}、", "text": text} for index, text in enumerate(items, start=1)]}
                       for number, items in enumerate(groups, start=1)]}


def test_a_duty_moved_to_another_group_is_one_move():
    """A paragraph moved is marked where it was and where it is with the
    same move, its new words inserted; the change names where it came from."""
    old = _groups(("负责营销计划的制定与执行", "维护重点客户关系并定期回访"), ("完成上级交办的其他工作",))
    new = _groups(("负责营销计划的制定与执行",), ("完成上级交办的其他工作", "维护重点客户关系并定期电话回访"))
    merged = merge_contexts(old, new)
    away = merged.context["duties"][0]["entries"][1]
    here = merged.context["duties"][1]["entries"][1]
    assert away["text"] == marks.moved_from(0) + "维护重点客户关系并定期回访"
    assert here["text"] == marks.moved_to(0) + "维护重点客户关系并定期" + \
        marks.INSERTED_START + "电话" + marks.INSERTED_END + "回访"
    assert [(change.at, change.moved_from) for change in merged.changes] == [
        (("duties", 1, "entries", 1), ("duties", 0, "entries", 1))]
