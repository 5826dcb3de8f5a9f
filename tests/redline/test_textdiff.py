"""Texts compared as a reader compares them: by word in English, by
character in Chinese, a figure whole; rejecting the marks gives the old
text back, accepting them the new one."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from jdgen import marks
from jdgen.redline.textdiff import diff_text
from tests.strategies import plain_texts

_DELETED = re.compile(f"{marks.DELETED_START}(.*?){marks.DELETED_END}", re.DOTALL)
_INSERTED = re.compile(f"{marks.INSERTED_START}(.*?){marks.INSERTED_END}", re.DOTALL)


def accepted(marked: str) -> str:
    return _INSERTED.sub(r"\1", _DELETED.sub("", marked))


def rejected(marked: str) -> str:
    return _DELETED.sub(r"\1", _INSERTED.sub("", marked))


def changes(marked: str) -> tuple[list[str], list[str]]:
    return _DELETED.findall(marked), _INSERTED.findall(marked)


any_text = st.text(st.characters(exclude_characters=marks.ALL))


@given(old=st.one_of(plain_texts, any_text), new=st.one_of(plain_texts, any_text))
def test_accepting_gives_the_new_text_and_rejecting_the_old(old, new):
    marked = diff_text(old, new)
    assert accepted(marked) == new
    assert rejected(marked) == old


def test_english_changes_by_word():
    old = "Reports on key projects quarterly to the branch."
    assert changes(diff_text(old, old.replace("quarterly", "monthly"))) == (["quarterly"], ["monthly"])


def test_chinese_changes_by_character():
    old = "按季进行通报"
    assert changes(diff_text(old, old.replace("季", "月"))) == (["季"], ["月"])


def test_a_figure_changes_whole():
    assert changes(diff_text("CNY 1,000,000", "CNY 1,200,000")) == (["1,000,000"], ["1,200,000"])


def test_a_lone_match_between_changes_is_folded_into_them():
    deleted, inserted = changes(diff_text("the cat sat", "a dog sat"))
    assert (deleted, inserted) == (["the cat"], ["a dog"])
