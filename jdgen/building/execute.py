"""The middle stage of a build: run the producers (jdgen.building.produce) on
the specs that are out of date, in batches, in a process pool whose workers
prepare the template once, or in this process for a small build. Each
document waits in a staging file until the build accepts it; after Ctrl-C,
what is finished is accepted and the staging files of the rest are swept
(jdgen.output.sweep_staging_files)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor, as_completed

from jdgen.building.work import Outcome, ProducerSetup, Task

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
    from jdgen.building.produce import Producer, start_worker, use_producer

    producer = Producer(setup)
    if jobs <= 1 or work < SMALL_BUILD:
        use_producer(producer)
        return _InProcess()
    return ProcessPoolExecutor(max_workers=jobs, initializer=start_worker, initargs=(setup,))


def _run_batch(tasks: list[Task], pool, accept: Accept) -> None:
    """Run ``tasks``, then accept their outcomes in order (the first spec to
    claim an id keeps it). After Ctrl-C, what the workers finished is kept."""
    from jdgen.building.produce import run_in_worker

    futures: dict[Future, Task] = {}
    outcomes: dict[str, Outcome | BaseException] = {}
    try:
        for task in tasks:  # in this process, each task runs here: one interrupted keeps those before it
            futures[pool.submit(run_in_worker, task)] = task
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
