"""The characters the readers refuse include every mark the renderer uses."""

from jdgen import characters, marks


def test_every_mark_is_reserved():
    assert set(marks.ALL) <= set(characters.RESERVED)


def test_a_reserved_character_is_described_as_such():
    assert characters.bad_character(f"ab{marks.DRAFT_START}") == (
        "private-use character U+E000 at character 3 (reserved for jdgen's own marks)")
