"""Work shared out over processes that start as copies of this one (fork),
so that what the work needs (the specs' scan, the contexts made) is there
without being sent: only each item goes out, and its result back, one by
one, so that results are used (written) as they come and not all held."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
_work: Callable[[Any], Any] | None = None
"""The function the processes of the current map call (inherited at fork)."""
SMALL = 20
"""Fewer items than this per process are done here: starting processes would cost more."""


def fork_imap(function: Callable[[Any], T], items: Sequence[Any], jobs: int) -> Iterator[T]:
    """``function(item)`` for each of ``items``, in order, on ``jobs`` processes where it pays
    (multiprocessing loaded only then)."""
    global _work
    if jobs <= 1 or len(items) < SMALL * jobs or not _can_fork():
        yield from map(function, items)
        return
    import multiprocessing

    _work = function
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            yield from pool.imap(_call, items, chunksize=max(1, min(8, len(items) // (jobs * 8))))
    finally:
        _work = None


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def _call(item: Any) -> Any:
    assert _work is not None  # set by fork_imap before the processes start
    return _work(item)
