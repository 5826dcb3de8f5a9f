"""What ``jdgen check`` and ``jdgen translate status`` found, remembered
between runs: each spec's scan and verdict and the template's, keyed by
content hashes of everything they depend on.

The cache is a file per command in the project's hidden folder
``.jdgen-cache/`` (``check.json``, ``status.json``), and one for the
templates' own checks (``templates.json``: a build reads it without the
specs' records), and is
never required: a missing, unreadable or corrupt one (or one of another
jdgen version) is ignored and only costs time, and a cache that cannot be
written is not an error either. Content hashes, not modification times,
decide whether a record is still true (see jdgen.check_specs for the keys).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jdgen import __version__
from jdgen.diagnostics import Diagnostic, Level, Position

CACHE_FOLDER = ".jdgen-cache"
CACHE_FILE = "check.json"
STATUS_FILE = "status.json"
TEMPLATES_FILE = "templates.json"
FORMAT = 2


def stored(diagnostics: list[Diagnostic]) -> list[list]:
    """Diagnostics as JSON values that ``restored`` turns back into equal ones."""
    return [[d.path, [d.position.line, d.position.column] if d.position else None, d.message,
             list(d.field), d.level.value, d.used_by, d.code] for d in diagnostics]


def restored(values: list[list]) -> list[Diagnostic]:
    """The diagnostics ``stored`` wrote; raises ValueError or TypeError on anything else."""
    diagnostics = []
    for path, position, message, field, level, used_by, code in values:
        if not all(isinstance(text, str) for text in (path, message, used_by, code)):
            raise TypeError("a diagnostic's texts are strings")
        if not all(isinstance(part, (str, int)) for part in field):
            raise TypeError("a field path holds names and indexes")
        diagnostics.append(Diagnostic(path, Position(*position) if position else None, message, tuple(field),
                                      Level(level), used_by, code))
    return diagnostics


class CheckCache:
    """The records of the last checks of one project, by spec as shown."""

    def __init__(self, root: Path, name: str = CACHE_FILE) -> None:
        self.path = root / CACHE_FOLDER / name
        self.specs: dict[str, dict[str, Any]] = {}
        """Each spec's scan (its digest, shared files, index entry, names of
        positions) and verdict (its key, diagnostics, id)."""
        self.template: dict[str, Any] = {}
        """What was found beyond the specs (the labels' and the template
        variables' diagnostics, the catalogs'), each with its key."""
        self.changed = False
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data["format"] == FORMAT and data["jdgen"] == __version__:
                self.specs, self.template = dict(data["specs"]), dict(data["template"])
        except (OSError, ValueError, KeyError, TypeError):
            pass  # no cache, or one that cannot be used: everything is checked

    def record(self, shown: str) -> dict[str, Any]:
        """The record of a spec (empty if there is none)."""
        record = self.specs.get(shown)
        return record if isinstance(record, dict) else {}

    def put(self, shown: str, record: dict[str, Any]) -> None:
        if self.specs.get(shown) != record:
            self.specs[shown] = record
            self.changed = True

    def keep_only(self, shown: set[str]) -> None:
        """Forget the specs not in ``shown`` (those no longer in the project)."""
        for name in set(self.specs) - shown:
            del self.specs[name]
            self.changed = True

    def remembered(self, kind: str, key: str) -> list[Diagnostic] | None:
        """The diagnostics recorded for ``kind`` ('labels', 'variables') under ``key``."""
        value = self.remembered_value(kind, key)
        try:
            return None if value is None else restored(value)
        except (ValueError, TypeError):
            return None

    def remember(self, kind: str, key: str, diagnostics: list[Diagnostic]) -> None:
        self.remember_value(kind, key, stored(diagnostics))

    def remembered_value(self, kind: str, key: str) -> Any:
        """The JSON value recorded for ``kind`` under ``key`` (None if none)."""
        record = self.template.get(kind)
        if not isinstance(record, dict) or record.get("key") != key:
            return None
        return record.get("value")

    def remember_value(self, kind: str, key: str, value: Any) -> None:
        record = {"key": key, "value": value}
        if self.template.get(kind) != record:
            self.template[kind] = record
            self.changed = True

    def save(self) -> None:
        """Write the cache if anything changed; a cache that cannot be written is skipped."""
        if not self.changed:
            return
        from jdgen.output import compact_json_pieces, write_atomically

        data = {"format": FORMAT, "jdgen": __version__, "specs": self.specs, "template": self.template}
        try:
            self.path.parent.mkdir(exist_ok=True)
            write_atomically(self.path, compact_json_pieces(data))  # a spec's record at a time
        except OSError:
            pass
