"""The middle stage of a build: run the producers (jdgen.build.produce) on
the specs that are out of date, in batches, in a process pool whose workers
prepare the template once, or in this process for a small build. Each
document waits in a staging file until the build accepts it."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from pathlib import Path

from jdgen.build.work import Outcome, ProducerSetup, Task
from jdgen.output import STAGED
from jdgen.pdf import PDF_SCRATCH_PREFIX

SMALL_BUILD = 4
"""Fewer specs than this are built in-process: a pool would cost more than it saves."""
BATCH_PER_JOB = 32
"""Specs loaded and built per batch and job: memory stays flat however many specs."""

Accept = Callable[[Task, "Outcome | BaseException"], None]


def execute(setup: ProducerSetup, jobs: int, tasks: list[Task], accept: Accept) -> None:
    """Run ``tasks``, handing each outcome (or the exception of a bug) to
    ``accept``, in task order within each batch. A template that cannot be
    used raises JdgenError before any task runs."""
    pool = _pool(setup, jobs, len(tasks))
    batch = BATCH_PER_JOB * max(1, jobs)
    try:
        for start in range(0, len(tasks), batch):
            _run_batch(tasks[start:start + batch], pool, accept)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _pool(setup: ProducerSetup, jobs: int, work: int):
    """A process pool for a large build; this process for a small one.
    Either way the template is checked here first, so a broken one is
    reported once. (Imported here: a build with nothing to do never loads
    the rendering machinery.)"""
    from jdgen.build.produce import Producer, start_worker, use_producer

    producer = Producer(setup)
    if jobs <= 1 or work < SMALL_BUILD:
        use_producer(producer)
        return _InProcess()
    return ProcessPoolExecutor(max_workers=jobs, initializer=start_worker, initargs=(setup,))


def _run_batch(tasks: list[Task], pool, accept: Accept) -> None:
    """Run ``tasks``, then accept their outcomes in order (the first spec to
    claim an id keeps it). After Ctrl-C, what the workers finished is kept."""
    from jdgen.build.produce import run_in_worker

    futures = {pool.submit(run_in_worker, task): task for task in tasks}
    outcomes: dict[str, Outcome | BaseException] = {}
    try:
        for future in as_completed(futures):
            outcomes[futures[future].shown] = _outcome(future)
    except KeyboardInterrupt:
        pool.shutdown(wait=True, cancel_futures=True)
        outcomes.update({task.shown: _outcome(future) for future, task in futures.items()
                         if future.done() and not future.cancelled()})
        raise
    finally:
        for task in tasks:
            if task.shown in outcomes:
                accept(task, outcomes[task.shown])


class _InProcess:
    """The part of the pool interface a build uses, run in this process."""

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        return None

    def submit(self, function, *arguments) -> Future:
        future: Future = Future()
        try:
            future.set_result(function(*arguments))
        except Exception as error:
            future.set_exception(error)
        return future


def _outcome(future: Future) -> Outcome | BaseException:
    try:
        return future.result()
    except Exception as error:
        return error


def clear_leftovers(output: Path) -> None:
    """Remove what an interrupted earlier build may have left half-written:
    staging files, PDF scratch folders."""
    if output.is_dir():
        for staged in output.glob(f"**/{STAGED}"):
            staged.unlink(missing_ok=True)
        for scratch in output.glob(f"{PDF_SCRATCH_PREFIX}*"):
            shutil.rmtree(scratch, ignore_errors=True)
