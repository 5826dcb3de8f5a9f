"""The site's files written the way jdgen writes every file: atomically, only
when their bytes change, and only over files the site wrote before.

The site's record (jdgen.site.record) names the files it wrote. A file at a
page's path that the record does not name is someone else's: it is reported
and left alone. A page the site no longer makes (a position removed) is
removed, if the site wrote it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from jdgen.diagnostics import Diagnostic
from jdgen.output import in_the_way, write_atomically


class SiteFiles:
    """The files of one site build, put in place one by one."""

    def __init__(self, folder: Path, shown_as: Callable[[Path], str], previous: set[str]) -> None:
        self.folder = folder
        self.shown_as = shown_as
        self.previous = previous
        """The files the site wrote before."""
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

    def keep(self, name: str) -> None:
        """Count ``name``, which the site wrote before and would write the same, as made."""
        self.made.append(name)

    def refused(self, name: str) -> bool:
        return name in self._refused

    def finish(self) -> list[str]:
        """Remove the files of the previous run that this one did not make,
        and return their names."""
        removed = []
        for name in sorted(self.previous - set(self.made)):
            path = self.folder / name
            if path.is_file():
                path.unlink()
                removed.append(name)
        return removed


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return None

