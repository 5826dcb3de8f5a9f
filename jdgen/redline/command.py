"""``jdgen diff``: which versions to compare, who made the changes, and what
the command says; the comparison itself is ``compare``. Its options come
merged from jdgen.settings (``resolve_options``), and what it did goes back
as an ``Outcome``, which the command line prints."""

from __future__ import annotations

import contextlib
import datetime
from pathlib import Path

from jdgen.diagnostics import count_errors, in_order, plural
from jdgen.outcome import Outcome
from jdgen.project import UsageError
from jdgen.redline.compare import Author, DiffReport, compare
from jdgen.redline.report import json_report, text_report
from jdgen.redline.versions import Version, load_version, revision_author
from jdgen.settings import Options

WORKING_TREE = "the working tree"
DEFAULT_AUTHOR = "jdgen"


def sides(arguments: list[str], since: str | None) -> list[tuple[str, list[Path] | None]]:
    """The two versions named on the command line: (name, spec paths), or
    (revision, None) for a git revision. ``REV`` alone, like ``--since REV``,
    compares the revision with the working tree."""
    if since is not None:
        if arguments:
            raise UsageError("name either OLD and NEW, or --since REV, not both")
        arguments = [since]
    if len(arguments) == 1 and not Path(arguments[0]).exists():
        return [(arguments[0], None), (WORKING_TREE, [])]
    if len(arguments) != 2:
        raise UsageError("name the two versions to compare: OLD NEW (spec files, folders or git revisions), "
                         "or --since REV")
    return [(argument, [Path(argument)] if Path(argument).exists() else None) for argument in arguments]


def run_diff(options: Options, arguments: list[str], since: str | None, output_format: str,
             author: str | None, date: datetime.datetime | None, draft: bool = False,
             exit_code: bool = False) -> Outcome:
    """Compare, write the redlines (``docx`` format) or give the changes as
    text or JSON, and say what was done; with ``exit_code``, differences
    fail the command. Raises UsageError for what the command line names wrongly."""
    project, languages, output = options.project, options.outputs, options.output
    with contextlib.ExitStack() as stack:
        old, new = (load_version(project, name, paths, options.template, stack)
                    for name, paths in sides(arguments, since))
        found_author, found_date = revision_author(project.root, new)
        who = Author(author or found_author or DEFAULT_AUTHOR,
                     date or found_date or datetime.datetime.now(datetime.UTC))
        report = compare(old, new, languages, output if output_format == "docx" else None, who, draft)
    report.diagnostics = in_order(report.diagnostics)
    outcome = Outcome(report.diagnostics, _summary(report, old, new, output, output_format),
                      written=[project.display(path) for path in report.written],
                      failed=exit_code and bool(report.positions))
    if output_format == "json":
        outcome.output, outcome.quiet = json_report(report, languages), True
    elif output_format == "text" and report.positions:
        outcome.output = text_report(report, languages)
    return outcome


def _summary(report: DiffReport, old: Version, new: Version, output: Path, output_format: str) -> str:
    error_count = count_errors(report.diagnostics)
    errors = plural(error_count, "error")
    if not report.positions:
        found = "no changes in what could be compared" if error_count else "no changes"
        return f"{found} between {old.name} and {new.name}: nothing written ({errors})"
    counts: dict[str, int] = {}
    for position in report.positions:
        counts[position.status] = counts.get(position.status, 0) + 1
    what = ", ".join(f"{count} {status}" for status, count in counts.items())
    verb = "differs" if len(report.positions) == 1 else "differ"
    line = f"{plural(len(report.positions), 'position')} {verb} between {old.name} and {new.name} ({what})"
    if output_format == "docx":
        line += f"; {plural(len(report.written), 'redline')} written to {output.as_posix()}/"
    return f"{line} ({errors})"
