"""Ids name the output files, so each belongs to one spec: the first spec in
path order to claim an id (ids are compared without case) keeps it. The rule
depends on the specs alone, not on the order they are read in nor on what an
earlier build did: ``jdgen check``, a build from scratch and an incremental
build give an id to the same spec."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePosixPath
from typing import TypeVar

from jdgen.diagnostics import Diagnostic, Position

Item = TypeVar("Item")


def path_order(shown: str) -> str:
    """The order in which specs claim ids: their paths (as shown), folder by
    folder: the parts joined by a character lower than any in a name, which
    orders them as their tuple would, in one small string (a set's specs
    are all ordered at once, and no key is kept)."""
    parts = shown.split("/")
    if "" in parts or "." in parts:  # else the parts are those PurePosixPath finds, more quickly
        return "\x00".join(PurePosixPath(shown).parts)
    return "\x00".join(parts)


def in_path_order(items: Iterable[Item], shown) -> list[Item]:
    """``items`` sorted by the path ``shown(item)`` of the spec each belongs to."""
    return sorted(items, key=lambda item: path_order(shown(item)))


class IdClaims:
    """Which spec holds each id; ``jdgen check`` and the build both ask it,
    each claiming in path order (``in_path_order``)."""

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
