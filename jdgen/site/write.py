"""The site's files written the way jdgen writes every file: atomically, only
when their bytes change, and only over files the site wrote before.

The site's folder keeps a record of the files it wrote (``.jdgen-site.json``).
A file at a page's path that the record does not name is someone else's: it
is reported and left alone. A page the site no longer makes (a position
removed) is removed, if the site wrote it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from jdgen.diagnostics import Diagnostic
from jdgen.output import in_the_way, write_atomically

RECORD = ".jdgen-site.json"


class SiteFiles:
    """The files of one site build, put in place one by one."""

    def __init__(self, folder: Path, shown_as: Callable[[Path], str]) -> None:
        self.folder = folder
        self.shown_as = shown_as
        self.previous = _read_record(folder / RECORD)
        self.made: list[str] = []
        self.diagnostics: list[Diagnostic] = []
        self._refused: set[str] = set()

    def put(self, name: str, data: bytes) -> bool:
        """Write ``data`` as ``name`` unless it is there already; True if written."""
        path = self.folder / name
        if in_the_way(path, name in self.previous, lambda: data):
            self._refused.add(name)
            self.diagnostics.append(Diagnostic(
                self.shown_as(path), None, "jdgen did not write this file, so it does not replace it with a page "
                "of the site: move it out of the way (or delete it), or choose another site folder with -o, "
                "and run jdgen site again", code="output-not-ours"))
            return False
        self.made.append(name)
        if _read(path) == data:
            return False
        try:
            write_atomically(path, data)
        except OSError as error:
            self.diagnostics.append(Diagnostic(self.shown_as(path), None, f"cannot be written: {error.strerror}",
                                               code="output-write"))
            return False
        return True

    def refused(self, name: str) -> bool:
        return name in self._refused

    def finish(self) -> list[str]:
        """Remove the pages of the previous build that this one did not make,
        record what is the site's now, and return the names removed."""
        removed = []
        for name in sorted(set(self.previous) - set(self.made)):
            path = self.folder / name
            if path.is_file():
                path.unlink()
                removed.append(name)
        record = json.dumps(sorted(self.made), indent=0).encode() + b"\n"
        if _read(self.folder / RECORD) != record:
            write_atomically(self.folder / RECORD, record)
        return removed


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return None


def _read_record(path: Path) -> set[str]:
    """The names the last build wrote; none when the record is missing or unreadable."""
    data = _read(path)
    try:
        names = json.loads(data) if data is not None else []
    except ValueError:
        return set()
    return {name for name in names if isinstance(name, str) and ".." not in Path(name).parts} \
        if isinstance(names, list) else set()
