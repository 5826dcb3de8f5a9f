"""``jdgen diff``: which versions to compare, who made the changes, and in
which languages; the comparison itself is ``compare``, the printing ``report``."""

from __future__ import annotations

import contextlib
import datetime
from dataclasses import dataclass
from pathlib import Path

from jdgen.diagnostics import in_order
from jdgen.project import Project, UsageError
from jdgen.redline.compare import Author, DiffReport, compare
from jdgen.redline.versions import Version, load_version, revision_author

WORKING_TREE = "the working tree"
DEFAULT_AUTHOR = "jdgen"


@dataclass
class DiffOptions:
    """What the command line asks for; None: from the versions' settings (jdgen.toml)."""

    languages: list[str] | None = None
    """The documents to compare; None: those NEW's project builds."""
    template: str | None = None
    """The template each version is read (and the redline drawn) with; None: each version's own."""
    output: Path = Path("redline")
    output_format: str = "docx"
    author: str | None = None
    date: datetime.datetime | None = None
    draft: bool = False
    summary: bool = False
    """Head each redline with the list of its changes."""


@dataclass
class DiffRun:
    """What a ``jdgen diff`` found and did."""

    report: DiffReport
    old: Version
    new: Version
    languages: list[str]
    options: DiffOptions


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


def run_diff(project: Project, arguments: list[str], since: str | None, options: DiffOptions) -> DiffRun:
    """Compare, and write the redlines (``docx`` format). Each version is
    read in its own project, with its own settings; raises UsageError for
    what the command line names wrongly."""
    (old_name, old_paths), (new_name, new_paths) = sides(arguments, since)
    with contextlib.ExitStack() as stack:
        old = load_version(project, old_name, old_paths, options.template, stack,
                           obsolete_translations=old_paths is not None)
        new = load_version(project, new_name, new_paths, options.template, stack)
        found_author, found_date = revision_author(project.root, new)
        who = Author(options.author or found_author or DEFAULT_AUTHOR,
                     options.date or found_date or datetime.datetime.now().astimezone())
        languages = options.languages or list(new.settings.languages)
        output = options.output if options.output_format == "docx" else None
        report = compare(old, new, languages, output, who, options.draft, options.summary)
    report.diagnostics = in_order(report.diagnostics)
    return DiffRun(report, old, new, languages, options)
