"""Ids name the output files, so each belongs to one spec: the first spec to
claim an id (ids are compared without case) keeps it."""

from __future__ import annotations

from jdgen.diagnostics import Diagnostic, Position


class IdClaims:
    """Which spec holds each id; ``jdgen check`` and the build both ask it."""

    def __init__(self) -> None:
        self._owners: dict[str, str] = {}

    def claim(self, spec_id: str, shown: str, position: Position | None = None) -> Diagnostic | None:
        """Give ``spec_id`` to the spec ``shown`` unless another holds it; then
        return the error for ``shown`` (at the id's ``position``)."""
        owner = self._owners.setdefault(spec_id.lower(), shown)
        if owner == shown:
            return None
        return Diagnostic(
            shown, position, f"{spec_id!r} is already used by {owner}; ids name the output files and must be unique",
            ("id",), code="spec-id",
        )
