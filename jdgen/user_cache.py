"""What jdgen works out about a template, kept for every project of the
user: its check's verdict and the fields it hides (jdgen.checking.template),
its parts patched and compiled (jdgen.render.template), depend only on its
files, the project's own fields and the versions of jdgen and its
libraries, so a new project, a fresh clone or a deleted ``.jdgen-cache``
need not work them out again.

The folder is the one the environment variable ``JDGEN_CACHE_DIR`` names,
else the user's cache folder (platformdirs: ``~/.cache/jdgen`` on Linux).
An entry is a JSON file named by its kind and key, written atomically; the
folder keeps the ``LIMIT`` entries used last and prunes the others when it
writes. The cache is never required: a folder that cannot be read or
written, or an entry that cannot be understood, only costs the time of
working it out again.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

FOLDER_VARIABLE = "JDGEN_CACHE_DIR"
LIMIT = 200
"""Entries kept: a few kinds per template and jdgen version a user works with."""
_SUFFIX = ".json"


def cache_folder() -> Path:
    """The folder of the user's cache: ``JDGEN_CACHE_DIR``, else the user's cache folder."""
    named = os.environ.get(FOLDER_VARIABLE)
    if named:
        return Path(named)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("jdgen", appauthor=False))


def recalled(kind: str, key: str) -> Any:
    """The JSON value kept for ``kind`` under ``key``; None when there is
    none or it cannot be read. An entry used is marked as used now, so the
    entries pruned are those used longest ago."""
    path = _entry(kind, key)
    try:
        data = json.loads(path.read_bytes())
        value = data["value"] if data["kind"] == kind and data["key"] == key else None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    with contextlib.suppress(OSError):
        os.utime(path)
    return value


def keep(kind: str, key: str, value: Any) -> None:
    """Keep a JSON ``value`` for ``kind`` under ``key``, then prune the
    folder to the ``LIMIT`` entries used last; a folder that cannot be
    written is skipped."""
    from jdgen.output import write_atomically

    path = _entry(kind, key)
    data = json.dumps({"kind": kind, "key": key, "value": value}, ensure_ascii=False, separators=(",", ":"))
    with contextlib.suppress(OSError):
        write_atomically(path, data.encode("utf-8"))
        _prune(path.parent)


def _entry(kind: str, key: str) -> Path:
    return cache_folder() / f"{kind}-{key}{_SUFFIX}"


def _prune(folder: Path) -> None:
    """Remove the entries beyond the ``LIMIT`` used last."""
    entries = []
    for path in folder.glob(f"*{_SUFFIX}"):
        try:
            entries.append((path.stat().st_mtime_ns, path))
        except OSError:
            continue  # removed by another process meanwhile
    entries.sort(reverse=True)
    for _, path in entries[LIMIT:]:
        path.unlink(missing_ok=True)
