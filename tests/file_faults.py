"""File-system faults on demand, for the commands that write: every file
jdgen writes goes through ``Path.write_bytes`` (into a staging file, then
renamed), so failing it from the ``after``-th write on plays a read-only
folder, a full disk or a path too long without needing one (root, who runs
these tests in CI containers, ignores permissions)."""

from __future__ import annotations

import os
from pathlib import Path


def fail_writes(monkeypatch, error_number: int, *, after: int = 0) -> list[Path]:
    """Make every ``Path.write_bytes`` after the first ``after`` raise
    ``OSError(error_number)``; return the list of paths written meanwhile."""
    written: list[Path] = []
    write_bytes = Path.write_bytes

    def failing(path: Path, data) -> int:
        if len(written) >= after:
            raise OSError(error_number, os.strerror(error_number), str(path))
        written.append(path)
        return write_bytes(path, data)

    monkeypatch.setattr(Path, "write_bytes", failing)
    return written


def fail_renames(monkeypatch, error_number: int, *, after: int = 0) -> None:
    """Make every ``os.replace`` (putting a staged file in place) after the
    first ``after`` raise ``OSError(error_number)``."""
    done: list[str] = []
    replace = os.replace

    def failing(source, target) -> None:
        if len(done) >= after:
            raise OSError(error_number, os.strerror(error_number), str(target))
        done.append(str(target))
        replace(source, target)

    monkeypatch.setattr(os, "replace", failing)


def files_under(folder: Path) -> list[str]:
    """Every file and folder under ``folder`` (hidden staging files included), relative and sorted."""
    return sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*"))
