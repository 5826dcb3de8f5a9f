"""How ``jdgen diff`` shows what changed: per position and field, the old and
new value in each language, as text (for a pull-request comment) or JSON,
and the summary line."""

from __future__ import annotations

import json

from jdgen.diagnostics import as_json, count_errors, plural
from jdgen.output import BILINGUAL
from jdgen.redline.command import DiffRun
from jdgen.redline.compare import ADDED, REMOVED, DiffReport, PositionDiff
from jdgen.redline.named_changes import NamedChange

WHOLE = "(the whole document)"


def listed_languages(languages: list[str]) -> list[str]:
    """The languages a summary lists: a bilingual pair only when its languages are not listed alone."""
    return [language for language in languages
            if BILINGUAL not in language or not set(language.split(BILINGUAL)) <= set(languages)]


def text_report(report: DiffReport, languages: list[str]) -> str:
    """Each position's changes under a heading per field, each language's on
    a line of its own. A field of the old spec (an item deleted) is headed
    apart from the new spec's field of the same path (``of HEAD``)."""
    lines = []
    shown = listed_languages(languages)
    for position in report.positions:
        lines.append(f"{position.id} ({_files(position)}): {position.status}")
        fields: dict[tuple[str, bool], list[str]] = {}
        labels: dict[tuple[str, bool], list[str]] = {}
        for document in position.documents:
            if document.language not in shown:
                continue
            for change in document.changes:
                heading = (change.field or WHOLE, change.on_old and bool(change.field))
                fields.setdefault(heading, []).append(f"    {document.language}: {_change(change)}")
                if change.label and change.label not in labels.setdefault(heading, []):
                    labels[heading].append(change.label)
        for heading, values in fields.items():
            name, on_old = heading
            name = f"{name} of {report.old}" if on_old else name
            named = " / ".join(labels.get(heading, []))
            lines += [f"  {name} ({named})" if named else f"  {name}", *values]
    return "\n".join(lines)


def json_report(report: DiffReport, languages: list[str]) -> str:
    shown = listed_languages(languages)
    return json.dumps({
        "old": report.old,
        "new": report.new,
        "positions": [
            {
                "id": position.id,
                "status": position.status,
                "old_file": position.old_file,
                "new_file": position.new_file,
                "languages": {
                    document.language: [{"field": change.field, "label": change.label, "old": change.old,
                                         "new": change.new, "shown_at": change.shown_at,
                                         **({"moved_from": change.moved_from, "moved_from_label":
                                             change.moved_from_label} if change.moved_from else {})}
                                        for change in document.changes]
                    for document in position.documents if document.language in shown
                },
            }
            for position in report.positions
        ],
        "diagnostics": [as_json(diagnostic) for diagnostic in report.diagnostics],
    }, ensure_ascii=False, indent=2)


def _files(position: PositionDiff) -> str:
    if position.status == ADDED or position.old_file is None:
        return str(position.new_file)
    if position.status == REMOVED or position.old_file == position.new_file or position.new_file is None:
        return position.old_file
    return f"{position.old_file} → {position.new_file}"


def _change(change: NamedChange) -> str:
    if change.moved_from:
        moved = f"moved from {change.moved_from}"
        return moved if change.old == change.new else f"{moved}: {change.old} → {change.new}"
    if not change.old:
        return f"+ {change.new}"
    if not change.new:
        return f"- {change.old}"
    return f"{change.old} → {change.new}"


def summary(run: DiffRun) -> str:
    """The last line: what differs, what was written, how many errors."""
    report = run.report
    errors = plural(count_errors(report.diagnostics), "error")
    if not report.positions:
        found = "no changes in what could be compared" if count_errors(report.diagnostics) else "no changes"
        return f"{found} between {run.old.name} and {run.new.name}: nothing written ({errors})"
    counts: dict[str, int] = {}
    for position in report.positions:
        counts[position.status] = counts.get(position.status, 0) + 1
    what = ", ".join(f"{count} {status}" for status, count in counts.items())
    verb = "differs" if len(report.positions) == 1 else "differ"
    line = f"{plural(len(report.positions), 'position')} {verb} between {run.old.name} and {run.new.name} ({what})"
    if run.options.output_format == "docx":
        line += f"; {plural(len(report.written), 'redline')} written to {run.options.output.as_posix()}/"
    return f"{line} ({errors})"


def printed(run: DiffRun) -> str | None:
    """What ``--format text`` or ``json`` prints on standard output (None for ``docx``)."""
    if run.options.output_format == "json":
        return json_report(run.report, run.languages)
    if run.options.output_format == "text" and run.report.positions:
        return text_report(run.report, run.languages)
    return None
