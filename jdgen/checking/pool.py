"""The specs of a check read and judged in a process pool when there are
many (jdgen.checking.verdict's Checker, one per worker), else here; the work
and its items are sent to workers by name, so they stay module-level."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

from jdgen.checking.scan import Scan, Unread
from jdgen.checking.verdict import Checker, Early, Setup, Verdict
from jdgen.collector import resumed_in_worker

POOL_FROM = 64
"""Specs to read before a process pool pays for its start-up."""
CHUNK = 16
"""Specs a worker takes at a time."""


_worker: Checker | None = None


def _start(setup: Setup) -> None:
    """The checker of ``setup``: the one this process has (a forked worker
    has its parent's), else a new one."""
    global _worker
    if _worker is None or _worker.setup is not setup:
        _worker = Checker(setup)


def _start_worker(setup: Setup) -> None:
    resumed_in_worker()
    _start(setup)


def scan_one(item: tuple[Unread, bool]) -> tuple[Scan | None, Early | None]:
    assert _worker is not None  # set by _start
    return _worker.scan(*item)


def verdict_of(item: tuple[Path, str]) -> Verdict:
    assert _worker is not None  # set by _start
    return _worker.verdict(*item)


def run(work: Callable, items: list, setup: Setup) -> Iterator:
    """``work`` of each item, in order, as each is done: in a process pool
    when there are many, the first item done here before the pool starts, so
    that forked workers find its modules loaded and its checker's forms and
    catalogs read (each would else load them again)."""
    if not items:
        return
    jobs = min(os.cpu_count() or 1, len(items) // POOL_FROM)
    _start(setup)
    if jobs > 1:
        from concurrent.futures import ProcessPoolExecutor

        yield work(items[0])
        with ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(setup,)) as pool:
            yield from pool.map(work, items[1:], chunksize=CHUNK)
        return
    yield from map(work, items)
