"""The folder ``jdgen diff`` writes its redlines into (``-o DIR``), which may
be shared with people: diff owns only the files it recorded writing there.

The record, ``DIR/.jdgen-redlines.json``, lists each redline of the last run
with a digest of its bytes. A run writes its redlines, then removes those of
earlier runs it did not write again, and records its own: DIR holds exactly
this run's redlines beside whatever else was there. A file diff did not
write (or that was changed since diff wrote it) is never written over or
removed: a redline that would replace it is reported and not written.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from jdgen.diagnostics import Diagnostic, Level
from jdgen.output import write_atomically

RECORD_NAME = ".jdgen-redlines.json"
FORMAT = 1


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class RedlineFolder:
    """The redlines of earlier runs into ``folder``, and those of this run."""

    def __init__(self, folder: Path, shown: str) -> None:
        self.folder, self.shown = folder, shown
        self.diagnostics: list[Diagnostic] = []
        self.earlier: dict[str, str] = self._read_record()
        """Each earlier redline (relative path) with the digest of what was written."""
        self.written: dict[str, str] = {}

    def _read_record(self) -> dict[str, str]:
        path = self.folder / RECORD_NAME
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError("another format")
            return {str(name): str(digest) for name, digest in data["redlines"].items()}
        except FileNotFoundError:
            return {}
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            self.diagnostics.append(Diagnostic(
                f"{self.shown}/{RECORD_NAME}", None,
                f"cannot read the record of earlier redlines ({error}): they are left in place; "
                "remove them by hand if they are no longer wanted", level=Level.WARNING, code="redline-record"))
            return {}

    def _relative(self, path: Path) -> str:
        return path.relative_to(self.folder).as_posix()

    def _is_ours(self, relative: str) -> bool:
        """Whether the file at ``relative`` is absent, or is a redline diff wrote and nobody changed."""
        path = self.folder / relative
        if not os.path.lexists(path):
            return True
        if relative not in self.earlier or path.is_symlink() or not path.is_file():
            return False
        try:
            return _digest(path.read_bytes()) == self.earlier[relative]
        except OSError:
            return False

    def write(self, path: Path, data: bytes, shown_source: str) -> bool:
        """Write one redline at ``path`` unless a file diff does not own is
        there (then report it, naming ``shown_source``, and write nothing).
        OSError passes to the caller."""
        relative = self._relative(path)
        if not self._is_ours(relative):
            self.diagnostics.append(Diagnostic(
                f"{self.shown}/{relative}", None,
                f"a file jdgen diff did not write is where the redline of {shown_source} goes; it is left "
                "alone and that redline is not written: move the file away, or choose another folder with -o",
                code="redline-not-ours"))
            return False
        write_atomically(path, data)
        self.written[relative] = _digest(data)
        return True

    def finish(self) -> None:
        """Remove the earlier redlines this run did not write again (those still
        as diff wrote them), and record this run's."""
        for relative in sorted(self.earlier.keys() - self.written.keys()):
            if not self._is_ours(relative):
                continue  # changed by someone since: theirs now
            path = self.folder / relative
            try:
                path.unlink(missing_ok=True)
                _remove_empty_folders(path.parent, self.folder)
            except OSError as error:
                self.diagnostics.append(Diagnostic(f"{self.shown}/{relative}", None,
                                                   f"cannot remove this earlier redline: {error.strerror}",
                                                   code="output-remove"))
                self.written[relative] = self.earlier[relative]  # still ours: try again next time
        record = self.folder / RECORD_NAME
        try:
            if self.written:
                data = {"format": FORMAT, "redlines": dict(sorted(self.written.items()))}
                write_atomically(record, json.dumps(data, indent=1).encode("utf-8"))
            elif self.earlier or record.is_file():
                record.unlink(missing_ok=True)
        except OSError as error:
            self.diagnostics.append(Diagnostic(f"{self.shown}/{RECORD_NAME}", None,
                                               f"cannot record the redlines written: {error.strerror}",
                                               code="output-write"))


def _remove_empty_folders(folder: Path, top: Path) -> None:
    """Remove ``folder`` and its parents up to (not including) ``top`` while they are empty."""
    while folder != top and folder.is_relative_to(top):
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent
