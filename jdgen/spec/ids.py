"""Ids name the output files, so each belongs to one spec."""

from __future__ import annotations

from jdgen.diagnostics import Diagnostic, Position


def duplicate_id(path: str, position: Position | None, spec_id: str, owner: str) -> Diagnostic:
    """The error for a spec whose id ``owner`` already holds."""
    return Diagnostic(
        path, position, f"{spec_id!r} is already used by {owner}; ids name the output files and must be unique",
        ("id",),
    )
