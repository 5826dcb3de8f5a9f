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
