"""What a command did: every command returns an ``Outcome``, which
``jdgen.console.conclude`` prints and turns into the exit status (the one
place that does; ``exit_status`` below is its mapping).

Exit status: 0 all good, 1 problems in the user's files (or, asked for,
differences), 2 a usage error (the command line, or ``jdgen.toml``, names
something unusable: nothing was done), 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jdgen.diagnostics import Diagnostic, count_errors

OK, PROBLEMS, USAGE, INTERRUPTED = 0, 1, 2, 130


@dataclass
class Outcome:
    """What one command did."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    summary: str = ""
    """The closing line: what was done, and how many problems."""
    notes: list[str] = field(default_factory=list)
    """Lines printed before the problems: what was written, changed or removed."""
    output: str = ""
    """What goes to standard output: a table, a listing, a preformatted JSON report."""
    report: dict | None = None
    """A ``--json`` run's report: printed with the diagnostics as JSON, and nothing else."""
    written: list[str] = field(default_factory=list)
    """The files written, as shown to the user."""
    interrupted: bool = False
    failed: bool = False
    """A failure that is no problem of a file: differences found under ``diff --exit-code``."""
    usage: bool = False
    """The command could not start: its settings are unusable."""
    quiet: bool = False
    """Print the problems only (``-q``), or, with a preformatted ``output``, that alone (``--json``)."""


def exit_status(outcome: Outcome) -> int:
    """The exit status an outcome ends a command with."""
    if outcome.interrupted:
        return INTERRUPTED
    if outcome.usage:
        return USAGE
    return PROBLEMS if outcome.failed or count_errors(outcome.diagnostics) else OK
