"""The set's record: what the last check of the whole set found, in one
piece, so that a check where no spec was added, removed or renamed and
nothing set-wide changed takes every unchanged spec's verdict from it
without looking at any spec's own record (jdgen.checking.spec_verdicts).

The record holds the key of the context (jdgen.checking.keys), the key of
each template the specs are made with, the digest of each shared file they
extend, and a row per spec in the order a check lists them: its stamp and
digest (jdgen.checking.scan), its template, its scan (index entry, positions
named, shared files) and its verdict. It stands while the listing of specs
is the same, each template's and shared file's key is the same, and each
spec's file is unchanged (its stamp, else its digest); a spec whose file
changed is re-checked alone when its index entry is the same as recorded
(its id, title and links: what the others are told of it), so that the
set's index and every other spec's key are the same.
"""

from __future__ import annotations

import marshal
from typing import Any, NamedTuple

from jdgen.checking.scan import Name


class SpecRow(NamedTuple):
    """A spec as the set's record keeps it (plain values)."""

    shown: str
    stamp: list[int] | None
    """Its file's stamp when it was read, if settled (jdgen.checking.scan.stamp)."""
    digest: str
    named_template: str | None
    """The template it names (Scan.template)."""
    template: str
    """The template it is made with (Project.template_for)."""
    entry: dict[str, Any] | None
    """Its index entry (``IndexedPosition.record``)."""
    names: tuple[Name, ...]
    sources: dict[str, str]
    cycle: list[list]
    """Its reporting cycle's diagnostics (jdgen.checking.cache.stored)."""
    verdict: dict[str, Any]
    """Its verdict as a spec's record keeps it."""

    def same_entry(self, entry: dict[str, Any] | None) -> bool:
        """Whether a spec's index entry now (``IndexedPosition.record``) says to
        the set what this row's did: the same, but where its reporting link
        is written when it is in no reporting cycle (only a cycle's
        diagnostics print it)."""
        if entry is None or self.entry is None or self.cycle:
            return entry == self.entry
        return {**entry, "reports_to_at": None} == {**self.entry, "reports_to_at": None}

    def spec_record(self, language: str) -> dict[str, Any]:
        """The spec's own record as the row says it (its scan's,
        jdgen.checking.scan.scan_record, with its stamp, and its verdict's),
        in the project's source ``language``."""
        stamped = {} if self.stamp is None else {"stamp": self.stamp}
        return {"digest": self.digest, "language": language, "sources": self.sources, "entry": self.entry,
                "names": self.names, "template": self.named_template, **stamped, **self.verdict}


def spec_record(row: bytes, language: str) -> dict[str, Any]:
    """The spec's own record a stored row says (``SpecRow.spec_record``)."""
    return SpecRow._make(marshal.loads(row)).spec_record(language)


class SetRecord(NamedTuple):
    """What the last check of the whole set found."""

    key: str
    """The context's key (jdgen.checking.keys.context_digest)."""
    templates: dict[str, str]
    """Each template the specs are made with, and its key."""
    shared: dict[str, str]
    """Each shared file the specs extend, as shown, and its digest."""
    rows: list[SpecRow]
    read: list[tuple[SpecRow, bytes]] = []
    """Each row as read (``of``), with its stored bytes."""

    @classmethod
    def of(cls, value: Any) -> SetRecord | None:
        """The record ``stored`` gave (None when it is not one)."""
        try:
            key, templates, shared, stored_rows = value
            read = [(SpecRow._make(marshal.loads(row)), row) for row in stored_rows]
            record = cls(key, dict(templates), dict(shared), [row for row, _ in read], read)
        except (TypeError, ValueError, EOFError):
            return None
        strings = [key, *record.templates, *record.templates.values(), *record.shared, *record.shared.values()]
        if not all(isinstance(text, str) for text in strings) or not all(map(_well_formed, record.rows)):
            return None
        return record

    def stored(self) -> list[Any]:
        """The record as plain values (``marshal`` writes them): a row still
        the one read kept in the bytes it was read from, so that a check
        that changes a few rows stores only those again."""
        as_read = {id(row): stored for row, stored in self.read}
        return stored_set(self.key, self.templates, self.shared,
                          [as_read.get(id(row)) or stored_row(row) for row in self.rows])


def stored_row(row: SpecRow) -> bytes:
    """A row as the set's record stores it: in its own ``marshal`` bytes,
    a third of its objects' memory, so that a check of thousands of specs
    holds the set's record in little more than its file's size. The bytes
    depend on which of the row's texts are one object (``marshal`` refers
    back to them) and on which are interned: a scan's texts are kept as
    read (but the positions it names, every scan's interned alike:
    jdgen.checking.scan.SetScanner.interned), so that a row is written the
    same however its spec was scanned."""
    return marshal.dumps(list(row))


def stored_set(key: str, templates: dict[str, str], shared: dict[str, str], rows: list[bytes]) -> list[Any]:
    """The set's record as plain values, its rows stored already (``stored_row``)."""
    return [key, templates, shared, rows]


def _well_formed(row: SpecRow) -> bool:
    """Whether a row read back holds values of its fields' kinds (their contents are checked where used)."""
    return isinstance(row.shown, str) and isinstance(row.digest, str) and isinstance(row.template, str) \
        and isinstance(row.named_template, (str, type(None))) and isinstance(row.stamp, (list, type(None))) \
        and isinstance(row.entry, (dict, type(None))) and isinstance(row.names, tuple) \
        and isinstance(row.sources, dict) and isinstance(row.cycle, list) and isinstance(row.verdict, dict)
