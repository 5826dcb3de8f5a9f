"""One diagnostic type for every step, printed the way compilers print them.

``specs/bcm-001.yaml:12:5: error: duties[3]: expected a string, got a mapping``
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import Enum

FieldPath = tuple[str | int, ...]
"""Where a value sits in a spec: ``("duties", 3, "items", 0)``."""


class Level(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    """Worth knowing, nothing to do (a text the template does not show left untranslated)."""


@dataclass(frozen=True, order=True, slots=True)
class Position:
    """A 1-based line and column in a file."""

    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A problem found in a user's file."""

    path: str
    position: Position | None
    message: str
    field: FieldPath = ()
    level: Level = Level.ERROR
    used_by: str = ""
    """For a problem in a shared file: the spec that pulled it in (and the
    shared files in between), ``specs/bcm-001.yaml through shared/bank.yaml``."""
    code: str = ""
    """What kind of problem it is, one of ``jdgen.codes.CODES``: stable, for
    programs and for looking the problem up in docs/diagnostics.md."""
    order: int = 0
    """Where in its file the problem is when the file has no lines (a Word
    document read by the import): diagnostics sort by it, and two at
    different places are never taken for one."""

    def format(self) -> str:
        """Return the diagnostic as one ``path:line:col: level: field: message [code]`` line."""
        where = self.path
        if self.position is not None:
            where += f":{self.position.line}:{self.position.column}"
        field = f"{format_field_path(self.field)}: " if self.field else ""
        used_by = f" (used by {self.used_by})" if self.used_by else ""
        code = f" [{self.code}]" if self.code else ""
        return f"{where}: {self.level.value}: {field}{self.message}{used_by}{code}"


def format_field_path(field: FieldPath) -> str:
    """Return ``duties[3].items[0]`` for ``("duties", 3, "items", 0)``."""
    text = ""
    for part in field:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


class JdgenError(Exception):
    """A failure caused by the user's input; carries its diagnostics."""

    def __init__(self, diagnostics: Sequence[Diagnostic]) -> None:
        super().__init__("\n".join(d.format() for d in diagnostics))
        self.diagnostics = list(diagnostics)


def in_order(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """The diagnostics without repeats (a problem of a shared file once, with
    the specs that use it), sorted by file, position and message: the one
    order in which every command prints and reports them."""
    return sorted(_by_problem(diagnostics), key=_sort_key)


def as_json(diagnostic: Diagnostic) -> dict:
    """A diagnostic as the ``--json`` reports give it."""
    return {
        "path": diagnostic.path,
        "line": diagnostic.position.line if diagnostic.position else None,
        "column": diagnostic.position.column if diagnostic.position else None,
        "level": diagnostic.level.value,
        "field": format_field_path(diagnostic.field) or None,
        "message": diagnostic.message,
        "code": diagnostic.code or None,
        **({"used_by": diagnostic.used_by} if diagnostic.used_by else {}),  # a shared file's problem: which spec
    }


def _by_problem(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """One diagnostic per problem: the same one in a shared file, found
    through a hundred specs, names the first and counts the others."""
    users: dict[Diagnostic, list[str]] = {}
    for diagnostic in diagnostics:
        users.setdefault(replace(diagnostic, used_by=""), []).append(diagnostic.used_by)
    grouped = []
    for problem, names in users.items():
        names = list(dict.fromkeys(names))
        extra = f" and {plural(len(names) - 1, 'other spec')}" if len(names) > 1 else ""
        grouped.append(replace(problem, used_by=names[0] + extra) if names[0] else problem)
    return grouped


def _sort_key(diagnostic: Diagnostic) -> tuple:
    position = diagnostic.position or Position(0, 0)
    return (diagnostic.path, position, diagnostic.order, diagnostic.message, diagnostic.level.value,
            diagnostic.field)


def count_errors(diagnostics: Iterable[Diagnostic]) -> int:
    return sum(1 for d in diagnostics if d.level is Level.ERROR)


def plural(count: int, noun: str) -> str:
    """``1 error``, ``2 errors``: for summary lines."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def problem_counts(diagnostics: Iterable[Diagnostic]) -> dict[str, int]:
    """How many errors and warnings, without repeats: for summaries and JSON reports."""
    ordered = in_order(diagnostics)
    return {"errors": count_errors(ordered), "warnings": sum(1 for d in ordered if d.level is Level.WARNING)}
