"""A YAML file read into plain data, with where every value stood."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from jdgen.diagnostics import Diagnostic, FieldPath, Level, Position

if TYPE_CHECKING:
    import yaml  # its marks are only kept here: a check whose verdicts are remembered reads no YAML


class Positions(dict[FieldPath, "yaml.Mark"]):
    """Where each value (or each key) of a file stood, by field path: made
    when the file is read and never changed after, so that every copy of a
    reading holds the same (jdgen.memo)."""


@dataclass
class LoadedFile:
    """A YAML file's data with the position of each value and each mapping key."""

    path: str
    data: Any
    positions: dict[FieldPath, yaml.Mark] = field(default_factory=Positions)
    key_positions: dict[FieldPath, yaml.Mark] = field(default_factory=Positions)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    warnings: list[Diagnostic] = field(default_factory=list)
    """Doubts about a spec's texts (full-width quotes around one)."""
    slips: dict[FieldPath, Diagnostic] = field(default_factory=dict)
    """Texts that start like a key or a list item typed with a full-width
    character ('grade：3', '-　电脑'): the error to report if a mapping or a
    list was expected there."""
    grafts: dict[FieldPath, tuple[LoadedFile, FieldPath]] = field(default_factory=dict)
    """For a spec that extends shared files (jdgen.jobspec.shared): where each
    value of the merged data was written, as a file and the value's path in it."""
    used_by: str = ""
    """For a shared file: the spec that pulled it in (see Diagnostic.used_by)."""
    sources: list[str] = field(default_factory=list)
    """The shared files the data was merged from, as shown to the user."""

    def position_of(self, field_path: FieldPath, *, key: bool = False) -> Position:
        """Return the position of a value (or of its key), else of its nearest parent."""
        return self.locate(field_path, key=key)[1]

    def locate(self, field_path: FieldPath, *, key: bool = False) -> tuple[LoadedFile, Position]:
        """The file where a value (or its key) is written, and its position there."""
        for end in range(len(field_path), -1, -1):
            graft = self.grafts.get(field_path[:end])
            if graft is not None:
                return graft[0].locate(graft[1] + field_path[end:], key=key)
        if key and field_path in self.key_positions:
            return self, mark_position(self.key_positions[field_path])
        for end in range(len(field_path), -1, -1):
            mark = self.positions.get(field_path[:end])
            if mark is not None:
                return self, mark_position(mark)
        return self, Position(1, 1)

    def diagnostic(self, at: FieldPath, message: str, field_path: FieldPath | None = None,
                   level: Level = Level.ERROR, *, code: str, key: bool = False) -> Diagnostic:
        """A diagnostic of kind ``code`` about the value at ``at`` (its key,
        with ``key``), in the file where it is written; ``field_path``
        (default ``at``) is shown."""
        where, position = self.locate(at, key=key)
        return Diagnostic(where.path, position, message, at if field_path is None else field_path,
                          level, where.used_by, code)



def mark_position(mark) -> Position:
    """The 1-based position of a PyYAML mark (0-based), or the file's start."""
    return Position(mark.line + 1, mark.column + 1) if mark else Position(1, 1)


def _index_position(text: str, index: int) -> Position:
    before = text[:index]
    return Position(before.count("\n") + 1, index - (before.rfind("\n") + 1) + 1)
