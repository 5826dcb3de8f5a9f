"""An edit a translator makes to one catalog entry, for the state machines
that edit catalogs at random (tests/test_incremental.py, tests/test_check_cache.py)."""

from __future__ import annotations

import re
from pathlib import Path

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
