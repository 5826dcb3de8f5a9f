"""Work shared out over processes that start as copies of this one (fork),
so that what the work needs (the specs read, the contexts made) is there
without being sent: only each item's number goes out, and its result back."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
_work: Callable[[Any], Any] | None = None
"""The function the processes of the current map call (inherited at fork)."""
SMALL = 20
"""Fewer items than this per process are done here: starting processes would cost more."""


def fork_map(function: Callable[[Any], T], items: Sequence[Any], jobs: int) -> list[T]:
    """``[function(item) for item in items]``, on ``jobs`` processes where it pays."""
    global _work
    if jobs <= 1 or len(items) < SMALL * jobs or "fork" not in multiprocessing.get_all_start_methods():
        return [function(item) for item in items]
    _work = function
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            return pool.map(_call, items, chunksize=max(1, len(items) // (jobs * 8)))
    finally:
        _work = None


def _call(item: Any) -> Any:
    assert _work is not None  # set by fork_map before the processes start
    return _work(item)
