"""Python's cycle collector paused while a check runs.

A check makes many objects that live until it ends: the check cache's
records (thousands of specs' scans and verdicts), the modules, models and
compiled template parts it loads. The collector would go through them again
and again and find nothing to free; what a check leaves in cycles is little,
and is freed once the collector runs again. A process pool's workers run
theirs (``resumed_in_worker``)."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The collector paused within (usable as a decorator), as it was after."""
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()


def resumed_in_worker() -> None:
    """The collector running in a worker process, which a paused parent forked."""
    gc.enable()
