"""How a build shows itself: a progress bar on a terminal, plain lines
elsewhere, a one-line summary, or a JSON report for programs."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict

import click

from jdgen.build import BuildReport, OutputResult, Status
from jdgen.diagnostics import Diagnostic, count_errors, format_field_path, plural

QUIET, NORMAL, VERBOSE = 0, 1, 2


class BuildProgress:
    """Shows outputs as they are settled: a bar on a terminal, else one line per
    document written (every output with ``-v``)."""

    def __init__(self, verbosity: int, enabled: bool = True) -> None:
        self.verbosity = verbosity
        self.enabled = enabled and verbosity > QUIET
        self.terminal = sys.stderr.isatty()
        self.bar = None

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
    """``built 3, unchanged 2997, failed 0 in 4.2 s`` and what else needs saying."""
    parts = [f"built {report.count(Status.BUILT)}", f"unchanged {report.count(Status.UNCHANGED)}",
             f"failed {report.count(Status.FAILED) + report.count(Status.OUTDATED)}"]
    for status in (Status.STALE, Status.REMOVED):
        if report.count(status):
            parts.append(f"{status.value} {report.count(status)}")
    errors = count_errors(dict.fromkeys(report.diagnostics))
    line = f"{', '.join(parts)} ({plural(errors, 'error')}) in {report.seconds:.1f} s"
    if report.interrupted:
        line = "interrupted: " + line + "; build again to finish"
    elif report.count(Status.BUILT) == 0 and report.count(Status.UNCHANGED) and not errors:
        line = "nothing to do: " + line
    return line


def notes(report: BuildReport) -> list[str]:
    """Lines about outputs that are now out of date or left behind."""
    lines = []
    for output in report.outputs:
        if output.status is Status.OUTDATED:
            lines.append(f"{output.path}: out of date, its spec {output.spec} has errors")
        elif output.status is Status.STALE:
            lines.append(f"{output.path}: its spec {output.spec} no longer exists (remove it with --clean)")
        elif output.status is Status.REMOVED:
            lines.append(f"{output.path}: removed, its spec {output.spec} no longer exists")
    return lines


def json_report(report: BuildReport) -> str:
    """Every output and diagnostic, for programs."""
    def diagnostic(item: Diagnostic) -> dict:
        return {
            "path": item.path,
            "line": item.position.line if item.position else None,
            "column": item.position.column if item.position else None,
            "level": item.level.value,
            "field": format_field_path(item.field) or None,
            "message": item.message,
            **({"used_by": item.used_by} if item.used_by else {}),  # a shared file's problem: which spec
        }

    data = {
        "outputs": [{**asdict(output), "status": output.status.value} for output in report.outputs],
        "diagnostics": [diagnostic(item) for item in dict.fromkeys(report.diagnostics)],
        "summary": {
            **{status.value: report.count(status) for status in Status},
            "errors": count_errors(dict.fromkeys(report.diagnostics)),
            "specs": report.specs,
            "seconds": round(report.seconds, 3),
            "interrupted": report.interrupted,
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=2)
