"""What a build did, and how it shows it: what became of each output, a
progress bar on a terminal (plain lines elsewhere), a one-line summary, notes,
or a JSON report for programs."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any

import click

from jdgen.diagnostics import Diagnostic, as_json, count_errors, in_order, plural

QUIET, NORMAL, VERBOSE = 0, 1, 2


class Status(str, Enum):
    BUILT = "built"
    UNCHANGED = "unchanged"
    FAILED = "failed"
    REMOVED = "removed"
    """An earlier output that the inputs no longer make: its spec is gone or
    fails, its id changed, or a draft and the complete document replaced
    each other. The output folder always holds what a build from scratch would."""


@dataclass(frozen=True)
class OutputResult:
    path: str
    spec: str
    language: str
    status: Status
    why: str = ""
    """Why an output was removed."""


@dataclass
class BuildReport:
    """What a build did to each output, and every problem found."""

    specs: int = 0
    outputs: list[OutputResult] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    seconds: float = 0.0
    interrupted: bool = False
    tracebacks: list[str] = field(default_factory=list)
    """The details of each internal error (a bug in jdgen), shown with ``-v``."""
    stopped: str = ""
    """Why the build stopped before it touched any output (its template has errors)."""

    def count(self, status: Status) -> int:
        return sum(1 for output in self.outputs if output.status is status)


Progress = Callable[[OutputResult], None]


class BuildProgress:
    """Shows outputs as they are settled: a bar on a terminal, else one line per
    document written (every output with ``-v``)."""

    def __init__(self, verbosity: int, enabled: bool = True) -> None:
        self.verbosity = verbosity
        self.enabled = enabled and verbosity > QUIET
        self.terminal = sys.stderr.isatty()
        self.bar: Any = None  # click's progress bar, while one is shown

    def start(self, total: int) -> None:
        if self.enabled and self.terminal and total > 1:
            self.bar = click.progressbar(length=total, label="building", file=sys.stderr, show_pos=True)
            self.bar.__enter__()

    def __call__(self, result: OutputResult) -> None:
        if not self.enabled:
            return
        if self.bar is not None:
            self.bar.update(1)
        elif result.status is Status.BUILT or self.verbosity >= VERBOSE:
            click.echo(f"{result.status.value}: {result.path or result.spec} ({result.language})", err=True)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


def summary_line(report: BuildReport) -> str:
    """``built 3, unchanged 2997, failed 0 in 4.2 s`` and what else needs saying;
    the same counts as the JSON report's summary."""
    parts = [f"{status.value} {report.count(status)}" for status in (Status.BUILT, Status.UNCHANGED, Status.FAILED)]
    if report.count(Status.REMOVED):
        parts.append(f"removed {report.count(Status.REMOVED)}")
    errors = count_errors(report.diagnostics)
    line = f"{', '.join(parts)} ({plural(errors, 'error')}) in {report.seconds:.1f} s"
    if report.stopped:
        line = f"stopped: {report.stopped}; no document was made, changed or removed ({plural(errors, 'error')})"
    elif report.interrupted:
        line = "interrupted: " + line + "; build again to finish"
    elif report.count(Status.BUILT) == 0 and report.count(Status.UNCHANGED) and not errors:
        line = "nothing to do: " + line
    return line


def notes(report: BuildReport, verbose: bool = False) -> list[str]:
    """A line for each output the build removed, and why; with ``verbose``,
    the traceback of each internal error, to report."""
    lines = [f"{output.path}: removed: {output.why}" for output in report.outputs if output.status is Status.REMOVED]
    return lines + (report.tracebacks if verbose else [])


def json_report(report: BuildReport, after: dict[str, dict[str, Any]] | None = None,
                after_problems: list[Diagnostic] | None = None) -> str:
    """Every output and diagnostic, for programs; with ``after``, what the
    site and the handbook written after the build did, by name (``site``,
    ``handbook``), their ``after_problems`` among the diagnostics (each once)
    and counted in the errors."""
    diagnostics = in_order(report.diagnostics + after_problems) if after_problems else report.diagnostics
    data = {
        "outputs": [{**asdict(output), "status": output.status.value} for output in report.outputs],
        "diagnostics": [as_json(item) for item in diagnostics],
        "summary": {
            **{status.value: report.count(status) for status in Status},
            "errors": count_errors(diagnostics),
            "specs": report.specs,
            "seconds": round(report.seconds, 3),
            "interrupted": report.interrupted,
            "stopped": report.stopped or None,
        },
        **(after or {}),
    }
    return json.dumps(data, ensure_ascii=False, indent=2)
