"""What the ``jdgen translate`` commands print: each catalog update's
listing, and the summary line (or JSON report) of each command. The command
line (jdgen.cli) only echoes these lines."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from jdgen.diagnostics import Diagnostic, plural, problem_counts

if TYPE_CHECKING:  # a status need not import the other commands' work
    from jdgen.checking.status_specs import StatusReport
    from jdgen.i18n.extract import CatalogUpdate
    from jdgen.translate_command import ExportReport, ImportReport


def update_lines(updates: list[CatalogUpdate]) -> list[str]:
    """For each catalog, whether it changed, then one line per text that came, went or came back."""
    lines = []
    for result in updates:
        if not result.written:
            lines.append(f"{result.path}: unchanged")
            continue
        lines.append(
            f"{result.path}: updated: {plural(len(result.added), 'new text')}, "
            f"{plural(len(result.suggestions), 'fuzzy suggestion')}, "
            f"{len(result.restored) + len(result.restored_fuzzy)} restored, "
            f"{len(result.removed) + len(result.dropped) + len(result.dropped_suggestions)} no longer used")
        lines += [f'  fuzzy     "{suggestion.msgid}" ({int(suggestion.similarity * 100)}% similar to '
                  f'"{suggestion.source}")' for suggestion in result.suggestions]
        lines += [f'  new       "{text}"' for text in result.added]
        lines += [f'  restored  "{text}" (its former translation)' for text in result.restored]
        lines += [f'  fuzzy     "{text}" (its former translation, to review)' for text in result.restored_fuzzy]
        lines += [f'  fuzzy     "{text}" (now {"with" if counted else "without"} plural forms: its translation in '
                  f'{"each" if counted else "one"}, to review)' for text, counted in result.reshaped]
        lines += [f'  obsolete  "{text}" (kept with its translation)' for text in result.removed]
        lines += [f'  removed   "{text}" (it had no translation)' for text in result.dropped]
        lines += [f'  removed   "{text}" (an unreviewed suggestion; its source entry keeps the translation)'
                  for text in result.dropped_suggestions]
    return lines


def update_summary(updates: list[CatalogUpdate], diagnostics: list[Diagnostic]) -> str:
    errors = problem_counts(diagnostics)["errors"]
    return f"updated {plural(sum(u.written for u in updates), 'catalog')}; {plural(errors, 'error')}"


def status_json(report: StatusReport) -> dict:
    """The ``--json`` report of ``translate status``, less its diagnostics."""
    rows = [{"language": row.language, "texts": row.name, "total": row.counts.total,
             "translated": row.counts.translated, "fuzzy": row.counts.fuzzy, "missing": row.counts.missing,
             "not_shown": row.not_shown}
            for row in report.rows]
    return {"rows": rows, "summary": {"texts": sum(row.counts.total for row in report.rows),
                                      "translated": sum(row.counts.translated for row in report.rows),
                                      **problem_counts(report.diagnostics)}}


def status_summary(report: StatusReport, check: bool) -> str:
    done = sum(row.counts.translated for row in report.rows)
    total = sum(row.counts.total for row in report.rows)
    problems = problem_counts(report.diagnostics)
    summary = f"{done} of {plural(total, 'text')} translated; {plural(problems['warnings'], 'warning')}"
    errors = problems["errors"]
    return summary + (f", {plural(errors, 'error')}" if errors or check else "")


def export_summary(report: ExportReport) -> str:
    counts = ", ".join(f"{count} {name}" for name, count in report.statuses.items())
    entries = "entry" if report.exported == 1 else "entries"
    return f"exported {report.exported} {entries} of {report.catalog} to {report.path} ({counts})"


def import_summary(report: ImportReport, file_name: str) -> str:
    problems = problem_counts(report.diagnostics)
    kinds = Counter(change.kind for change in report.changes)
    done = ", ".join(f"{count} {kind}" for kind, count in kinds.items()) or "no change"
    counted = f"{plural(problems['warnings'], 'warning')}, {plural(problems['errors'], 'error')}"
    if not report.catalog:
        return f"imported nothing; {counted}"
    outcome = "rewritten" if report.written else "not rewritten"
    return f"imported {file_name} into {report.catalog}: {done} ({report.catalog} {outcome}); {counted}"
