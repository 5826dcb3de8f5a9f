"""Python's cycle collector paused while a check runs.

A check makes many objects that live until it ends: the check cache's
records (thousands of specs' scans and verdicts), the modules, models and
compiled template parts it loads. The collector would go through them again
and again and find nothing to free; what a check leaves in cycles is little,
and is freed once the collector runs again. A process pool's workers run
theirs, less often (``resumed_in_worker``)."""

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


WORKER_THRESHOLD = 10_000
"""Objects a worker makes, less those it frees, between two collections
(Python's default: 700). A spec's check makes tens of thousands, nearly
all freed by their counts: at the default the collector ran twice a spec
and found nothing, a tenth of a worker's time."""


def resumed_in_worker() -> None:
    """The collector running in a worker process, which a paused parent
    forked: what the worker inherited (modules, models, the parent's
    checker) is put out of its sight, as it lives to the worker's end, and
    it runs after WORKER_THRESHOLD new objects."""
    gc.freeze()
    gc.set_threshold(WORKER_THRESHOLD)
    gc.enable()
