"""The project the state machines edit at random (tests/building/test_incremental.py,
tests/checking/test_cache.py), and the edit a translator makes to a catalog entry."""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

from tests.conftest import REPO, copy_example

CHANGES = ["edit", "fuzzy", "clear"]


def change_catalog_entry(po: Path, msgid: str, change: str, fresh: object) -> None:
    """``edit`` the translation of ``msgid`` (appending ``fresh``), mark it
    ``fuzzy``, or ``clear`` it; nothing when the entry is not a plain one."""
    text = po.read_text(encoding="utf-8")
    entry = re.search(f'^msgid "{msgid}"\nmsgstr "(.*)"$', text, re.M)
    if entry is None:
        return
    if change == "edit":
        replacement = f'msgid "{msgid}"\nmsgstr "{entry[1]} {fresh}"'
    elif change == "clear":
        replacement = f'msgid "{msgid}"\nmsgstr ""'
    else:
        before = text[:entry.start()].rsplit("\n\n", 1)[-1]
        if "#," in before or "#|" in before:
            return
        replacement = f'#, fuzzy\n{entry[0]}'
    po.write_text(text[:entry.start()] + replacement + text[entry.end():], encoding="utf-8")


def edited_project(prefix: str) -> tuple[Path, Path, dict[Path, bytes]]:
    """A scratch folder holding a copy of the example project (every spec, and
    the default template as the project's own): the folder, the project, and
    the bytes of each of its files as they were."""
    scratch = Path(tempfile.mkdtemp(prefix=prefix))
    root = copy_example(scratch / "project", every_spec=True)
    shutil.copytree(REPO / "jdgen/templates/default", root / "templates/default")
    return scratch, root, {path: path.read_bytes() for path in root.rglob("*") if path.is_file()}
