"""Where the suite's processor time goes: ``pytest --quick -p tests.cpu_report``
ends with the processor time (user and system, with the subprocesses each
test ran) of the collection, of the whole run, and of the tests that took the
most, each counted over its set-up, call and tear-down (a session or module
fixture counts for the first test that asks for it), and of the test files
whose tests took the most."""

from __future__ import annotations

import os
import resource
import time

import pytest

SHOWN = 60
"""How many of the costliest tests (and test files) the report lists."""

_SPENT = pytest.StashKey[list[tuple[float, str]]]()
_COLLECTION = pytest.StashKey[float]()


def processor_time() -> float:
    """This process's processor time so far, with that of its finished subprocesses."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


@pytest.hookimpl(wrapper=True)
def pytest_collection(session):
    start = processor_time()
    try:
        return (yield)
    finally:
        session.config.stash[_COLLECTION] = processor_time() - start


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item, nextitem):
    start = processor_time()
    try:
        return (yield)
    finally:
        item.config.stash.setdefault(_SPENT, []).append((processor_time() - start, item.nodeid))


def pytest_terminal_summary(terminalreporter, config):
    spent = sorted(config.stash.get(_SPENT, []), reverse=True)
    times = os.times()
    write = terminalreporter.write_line
    terminalreporter.section("processor time")
    write(f"whole run: {times.user + times.children_user:.1f} s user, "
          f"{times.system + times.children_system:.1f} s system")
    write(f"collection: {config.stash.get(_COLLECTION, 0.0):.1f} s; {len(spent)} tests: "
          f"{sum(seconds for seconds, _ in spent):.1f} s")
    for low, high in ((1.0, None), (0.5, 1.0), (None, 0.5)):
        band = [seconds for seconds, _ in spent if (low is None or seconds > low) and (high is None or seconds <= high)]
        name = f"over {low} s" if high is None else f"{low or 0}-{high} s"
        write(f"  {len(band)} tests {name}: {sum(band):.1f} s")
    for seconds, nodeid in spent[:SHOWN]:
        write(f"{seconds:6.2f}  {nodeid}")
    files: dict[str, list[float]] = {}
    for seconds, nodeid in spent:
        files.setdefault(nodeid.partition("::")[0], []).append(seconds)
    write("by file:")
    for total, count, name in sorted(((sum(times), len(times), name) for name, times in files.items()), reverse=True)[:SHOWN]:
        write(f"{total:6.2f}  {name} ({count} tests)")
