"""jdgen.memo: a reader's results remembered by their arguments, a copy to each caller."""

from __future__ import annotations

import pytest

from jdgen.memo import copies


def test_each_call_gets_a_copy_and_the_work_is_done_once():
    calls = []

    @copies(maxsize=2)
    def read(data: bytes) -> dict:
        calls.append(data)
        return {"lines": data.decode().split()}

    first = read(b"a b")
    first["lines"].append("changed by the first caller")
    assert read(b"a b") == {"lines": ["a", "b"]}
    assert calls == [b"a b"]


def test_a_call_that_raises_is_not_remembered():
    calls = []

    @copies(maxsize=2)
    def read(data: bytes) -> str:
        calls.append(data)
        raise ValueError(data)

    for _ in range(2):
        with pytest.raises(ValueError):
            read(b"x")
    assert calls == [b"x", b"x"]


def test_the_first_call_gets_the_result_itself_and_shared_parts_are_not_copied():
    class Table(dict):
        """A part no caller changes."""

    made = []

    @copies(maxsize=2, shared=(Table,))
    def read(data: bytes) -> dict:
        made.append({"lines": data.decode().split(), "table": Table(first=1)})
        return made[-1]

    first, second, third = read(b"a b"), read(b"a b"), read(b"a b")
    assert first is made[0] and len(made) == 1
    assert second == third == {"lines": ["a", "b"], "table": {"first": 1}}
    assert second is not third and second["lines"] is not third["lines"]
    assert second["table"] is third["table"] is first["table"]


def test_the_least_recently_used_result_is_forgotten():
    calls = []

    @copies(maxsize=2)
    def read(data: bytes) -> list:
        calls.append(data)
        return [data]

    for data in (b"a", b"b", b"a", b"c", b"a", b"b"):
        read(data)
    assert calls == [b"a", b"b", b"c", b"b"]
