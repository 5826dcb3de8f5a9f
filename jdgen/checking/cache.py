"""What ``jdgen check`` and ``jdgen translate status`` found, remembered
between runs: each spec's scan and verdict, the whole set's, and the
template's, keyed by content hashes of everything they depend on.

The cache is two files per command in the project's hidden folder
``.jdgen-cache/``: each spec's record, read only when a verdict is not
taken from the set's record (``check.json``, ``status.json``), and what
every run reads (``check.marshal``, ``status.marshal``: the template's
records and the set's, jdgen.checking.set_record), in ``marshal``'s plain values,
which load several times faster than JSON (the set's rows after the rest,
each in its own bytes: ``every_run_pieces``); and one for the templates' own
checks (``templates.marshal``: a build reads it without the specs'
records). The cache is never required: a missing, unreadable or corrupt
one (or one of another jdgen version) is ignored and only costs time, and
a cache that cannot be written is not an error either. Content hashes, not
modification times, decide whether a record is still true (see
jdgen.checking.keys for the keys).
"""

from __future__ import annotations

import io
import json
import marshal
from collections.abc import Callable, Container, Iterator, Mapping
from pathlib import Path
from typing import Any

from jdgen import __version__
from jdgen.diagnostics import Diagnostic, Level, Position
from jdgen.output import compact_json, compact_json_pieces, write_atomically

CACHE_FOLDER = ".jdgen-cache"
CACHE_FILE = "check.json"
STATUS_FILE = "status.json"
TEMPLATES_FILE = "templates.marshal"
EVERY_RUN = ".marshal"
"""The suffix of the file every run reads (beside the specs' records)."""
FORMAT = 5


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


class InRow(bytes):
    """A spec's row of the set's record (jdgen.checking.set_record), held
    as a spec's record too where the two say the same: the set holds these
    bytes anyway, and its record is made back from them when read or saved."""

    __slots__ = ()


class CheckCache:
    """The records of the last checks of one project: each spec's, by spec as
    shown (read when first needed), and what every run reads (the template's
    records and the set's)."""

    def __init__(self, root: Path, name: str = CACHE_FILE) -> None:
        self.path = (root / CACHE_FOLDER / name).with_suffix(".json")
        self.every_run_path = self.path.with_suffix(EVERY_RUN)
        self._specs: dict[str, dict[str, Any] | bytes] | None = None
        self._from_row: Callable[[bytes], dict[str, Any]] | None = None
        self.template: dict[str, Any] = {}
        """What was found beyond the specs (the labels' and the template
        variables' diagnostics, the catalogs'), each with its key."""
        self.set: Any = None
        """The set's record (jdgen.checking.set_record), as stored; None when there is none."""
        self.specs_changed = self.changed = False  # each part is written only when it changed
        try:
            data = every_run_read(self.every_run_path.read_bytes())
            if data["format"] == FORMAT and data["jdgen"] == __version__:
                self.template, self.set = dict(data["template"]), data["set"]
        except (OSError, ValueError, EOFError, KeyError, TypeError):
            pass  # no cache, or one that cannot be used: everything is checked

    @property
    def specs(self) -> dict[str, dict[str, Any] | bytes]:
        """Each spec's scan (its digest, shared files, index entry, names of
        positions) and verdict (its key, diagnostics, id): read when first
        asked for. A record put is kept as its compact JSON (a fifth of its
        objects' memory: thousands are held to the end of a check), decoded
        when read (``record``); one the set's record says the same of, as
        its row there (``InRow``, ``held_in_row``)."""
        if self._specs is None:
            self._specs = {}
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
                if data["format"] == FORMAT and data["jdgen"] == __version__:
                    self._specs = dict(data["specs"])
            except (OSError, ValueError, KeyError, TypeError):
                pass
        return self._specs

    def record(self, shown: str) -> dict[str, Any]:
        """The record of a spec (empty if there is none)."""
        record = self.specs.get(shown)
        if isinstance(record, bytes):
            return json.loads(self._encoded(record))
        return record if isinstance(record, dict) else {}

    def put(self, shown: str, record: dict[str, Any]) -> None:
        encoded, kept = compact_json(record), self.specs.get(shown)
        if kept is None or self._encoded(kept) != encoded:
            self.specs[shown] = encoded
            self.specs_changed = True

    def held_in_row(self, shown: str, row: InRow, from_row: Callable[[bytes], dict[str, Any]]) -> None:
        """Hold a spec's record as its row of the set's record when
        ``from_row(row)`` is that record (the same JSON values): a check of
        the whole set holds every spec's once, not twice."""
        kept = self.specs.get(shown)
        if kept is not None and json.loads(self._encoded(kept)) == json.loads(compact_json(from_row(row))):
            self.specs[shown], self._from_row = row, from_row

    def _encoded(self, record: dict[str, Any] | bytes) -> bytes:
        """A spec's record as its compact JSON, however it is held."""
        if isinstance(record, InRow):
            assert self._from_row is not None  # set with the first row held
            return compact_json(self._from_row(record))
        return record if isinstance(record, bytes) else compact_json(record)

    def keep_only(self, shown: Container[str]) -> None:
        """Forget the specs not in ``shown`` (those no longer in the project)."""
        for name in [name for name in self.specs if name not in shown]:
            del self.specs[name]
            self.specs_changed = True

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

    def keep_set(self, record: Any) -> None:
        """Keep the set's record (plain values ``marshal`` writes)."""
        if self.set != record:
            self.set = record
            self.changed = True

    def save(self) -> None:
        """Write what changed; a cache that cannot be written is skipped."""
        try:
            if self.specs_changed or self.changed:
                self.path.parent.mkdir(exist_ok=True)
            if self.specs_changed:
                data = {"format": FORMAT, "jdgen": __version__, "specs": _Encoded(self.specs, self._encoded)}
                write_atomically(self.path, compact_json_pieces(data))  # a spec's record at a time
            if self.changed:
                data = {"format": FORMAT, "jdgen": __version__, "template": self.template, "set": self.set}
                write_atomically(self.every_run_path, every_run_pieces(data))
        except (OSError, ValueError):
            pass  # ValueError: a value marshal cannot write


class _Encoded(Mapping[str, bytes]):
    """The specs' records, each encoded when asked for (a record held as its row is made back one at a time)."""

    def __init__(self, specs: dict[str, dict[str, Any] | bytes],
                 encoded: Callable[[dict[str, Any] | bytes], bytes]) -> None:
        self.specs, self.encoded = specs, encoded

    def __getitem__(self, shown: str) -> bytes:
        return self.encoded(self.specs[shown])

    def __iter__(self) -> Iterator[str]:
        return iter(self.specs)

    def __len__(self) -> int:
        return len(self.specs)


def every_run_pieces(data: dict[str, Any]) -> Iterator[bytes]:
    """What every run reads (``data``: its ``set`` the set's record, None
    or ending in its rows, each its own ``marshal`` bytes) in pieces: the
    rest in ``marshal``, the rows' count in place of the rows, then each
    row after its length, so that the file of thousands of specs is never
    whole in memory (nor the buffer ``marshal`` grows it in)."""
    record = data["set"]
    rows: list[bytes] = [] if record is None else record[-1]
    yield marshal.dumps({**data, "set": None if record is None else [*record[:-1], len(rows)]})
    for row in rows:
        yield len(row).to_bytes(4, "little") + row


def every_run_read(data: bytes) -> dict[str, Any]:
    """What ``every_run_pieces`` wrote, back; raises ValueError, EOFError,
    KeyError or TypeError on anything else."""
    stream = io.BytesIO(data)
    found = marshal.load(stream)
    record = found["set"]
    if record is None:
        return found
    rows, at = [], stream.tell()
    for _ in range(record[-1]):
        if at + 4 > len(data):
            raise ValueError("the set's rows are cut short")
        size = int.from_bytes(data[at:at + 4], "little")
        rows.append(data[at + 4:at + 4 + size])
        at += 4 + size
    if at != len(data):
        raise ValueError("the set's rows are not what the file holds")
    return {**found, "set": [*record[:-1], rows]}
