"""The scan of a project's set of specs: what each spec is known by to the
others and what it depends on besides its own bytes.

A spec's scan is the digest of its bytes, the shared files it extends (each
with the digest of its bytes), its entry in the set's index of positions
(jdgen.jobspec.links) and the positions it names (links by id, titles in
words). The build (jdgen.building.dependencies, records in its manifest)
and the checks (jdgen.checking.spec_verdicts, records in the check cache) scan the set
this one way: a recorded scan stands while the spec's bytes, its shared
files' bytes and the project's source language are the same; any other
spec is read again (not validated) by the caller, who hands its scan back.
A check does not even read a spec whose file's stamp (size, times, inode)
is the one recorded with its digest (``SetScanner.stamps``); one that
records each spec's scan with its verdict takes the record when it has the
verdict (``SetScanner.deferred``).
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from jdgen import defaults
from jdgen.fingerprint import digest, file_digest
from jdgen.jobspec.links import LINK, IndexedPosition, PositionIndex, entry_of, names_in
from jdgen.yamlfile.loaded import LoadedFile

_KEYS = (b"extends", b"position", b"template")
"""The keys of an ``extends``, of a link and of the spec's own template."""
_AFTER_KEY = re.compile(rb"""['"]?[ \t]*:""")
"""What follows one of those words where it is a key, quoted or not."""
Name = tuple[str, ...]
"""A position a spec names (``Scan.names``)."""


@dataclass(frozen=True, slots=True)
class Scan:
    """What a spec is known by to the others and depends on, beyond its bytes."""

    digest: str
    sources: dict[str, str]
    """Each shared file it extends, as shown, and the digest of its bytes."""
    entry: IndexedPosition | None
    """The spec in the set's index (None without a usable id)."""
    names: tuple[Name, ...]
    """The positions it names: ``("link", id)`` or ``("words", title, language)``."""
    template: str | None = None
    """The template it names (``template:``, as written), None when it names none."""

    @property
    def links(self) -> bool:
        return any(name[0] == "link" for name in self.names)


@dataclass(frozen=True, slots=True)
class Unread:
    """A spec whose recorded scan does not stand: it is to be read."""

    file: str
    """Its file as a path string (``path``): a check of a changed set holds
    thousands at once, and a ``Path`` takes five times its string's memory."""
    shown: str
    digest: str
    plain: bool
    """Its bytes hold no ``extends:``, ``position:`` nor ``template:`` key: it
    extends no shared file, links to no position (it may still name one in
    words) and names no template."""

    @property
    def path(self) -> Path:
        return Path(self.file)


@dataclass
class SetScanner:
    """The scans of a set's specs, taken from records where they stand; the
    specs whose scan does not stand are handed back to be read."""

    root: Path
    source_language: str
    recorded: Callable[[str], dict[str, Any] | None]
    """A spec's record, by spec as shown (None or {} when there is none)."""
    record: Callable[[str, dict[str, Any]], None]
    """Keep a spec's new record."""
    stamps: bool = False
    """Whether a record's stamp (its file's size, times and inode when it
    was read, long enough after its last change) may vouch for the file's
    bytes, so that an unchanged spec is not read at all (see ``stamp``)."""
    deferred: bool = False
    """Whether a spec's new record waits until its caller takes it
    (``record_of``, ``flush``): a check records the scan with the verdict,
    so that no record of the scan alone is held in between (some 0.6 KiB a
    spec in a check of the whole set)."""
    found: dict[str, Scan | None] = field(default_factory=dict)
    """Each spec scanned, by spec as shown (None: its file cannot be read as YAML)."""
    digests: dict[str, str] = field(default_factory=dict)
    """The digest of each spec file that could be read, by spec as shown."""
    settled_stamps: dict[str, bytes] = field(default_factory=dict)
    """The stamps taken of files that last changed long enough ago
    (``settled``), by spec as shown, each in its ``marshal`` bytes (a
    third of a list's memory): see ``settled_stamp``."""
    _shared: dict[str, str] = field(default_factory=dict)
    _names: dict[Name, Name] = field(default_factory=dict)
    """Each position named, held once for the set (``interned``)."""
    _unrecorded: dict[str, bool] = field(default_factory=dict)
    """The specs whose record is yet to take what this scan found: their
    scan (True) or, their recorded scan standing, their stamp (False)."""

    def shared_digest(self, name: str) -> str:
        """The digest of a shared file (as shown), read once per scan."""
        if name not in self._shared:
            self._shared[name] = file_digest(self.root / name)
        return self._shared[name]

    def unread(self, files: Iterable[tuple[Path, str]]) -> list[Unread]:
        """Take the recorded scans of ``files`` (path, shown) that stand;
        return the others, to be read. A file that cannot be read is neither."""
        unread = []
        for path, shown in files:
            record = self.recorded(shown) or {}
            now = stamp(path) if self.stamps else None
            if now is not None and settled(now):
                self.settled_stamps[shown] = marshal.dumps(now)
            data = None
            if now is not None and record.get("stamp") == now and isinstance(record.get("digest"), str):
                spec_digest = record["digest"]  # the bytes it was recorded with
            else:
                try:
                    data = path.read_bytes()
                except OSError:
                    continue  # its problem is reported where it is validated
                spec_digest = digest(data)
            self.digests[shown] = spec_digest
            scan = self._recorded_scan(record, spec_digest)
            if scan is None:
                try:
                    data = path.read_bytes() if data is None else data
                except OSError:
                    continue
                unread.append(Unread(os.fspath(path), shown, spec_digest, is_plain(data)))
                continue
            self.found[shown] = scan
            if data is not None and shown in self.settled_stamps:
                self._changed(shown, new_scan=False)
        return unread

    def scanned(self, shown: str, scan: Scan | None) -> None:
        """A spec read again: its scan (None when it cannot be read as YAML) kept and recorded."""
        self.found[shown] = scan = None if scan is None else self._kept(scan, self.digests.get(shown, scan.digest))
        if scan is not None:
            self._shared.update(scan.sources)
            self._changed(shown, new_scan=True)

    def record_of(self, shown: str) -> dict[str, Any]:
        """A spec's record with what this scan found (its scan, or the stamp
        of its file), which its caller is now to keep (``deferred``); its
        record as it stands when this scan found nothing new."""
        record = self.recorded(shown) or {}
        if shown not in self._unrecorded:
            return record
        scanned = self.found[shown] if self._unrecorded.pop(shown) else None
        settled_now = self.settled_stamp(shown)
        stamped = {} if settled_now is None else {"stamp": settled_now}
        return {**record, **(scan_record(scanned, self.source_language) if scanned else {}), **stamped}

    def flush(self) -> None:
        """Record what this scan found of the specs whose records were not taken (``record_of``)."""
        for shown in list(self._unrecorded):
            self.record(shown, self.record_of(shown))

    def settled_stamp(self, shown: str) -> list[int] | None:
        """The stamp of a spec's file taken by this scan, if it is settled."""
        packed = self.settled_stamps.get(shown)
        return None if packed is None else marshal.loads(packed)

    def let_go(self, shown: str) -> None:
        """Forget a spec's scan, digest and stamp, its record taken and
        held elsewhere (a check holds its row of the set's record): but for
        the index, a check of thousands of specs holds no scan to its end."""
        for found in (self.found, self.digests, self.settled_stamps):
            found.pop(shown, None)

    def _changed(self, shown: str, new_scan: bool) -> None:
        """A spec's scan (``new_scan``) or its file's stamp found anew: recorded, now or when its caller takes it."""
        self._unrecorded[shown] = new_scan
        if not self.deferred:
            self.record(shown, self.record_of(shown))

    def index(self) -> PositionIndex:
        """The set's index of the specs scanned so far."""
        return PositionIndex.of([scan.entry for scan in self.found.values() if scan is not None and scan.entry])

    def _recorded_scan(self, record: dict[str, Any], spec_digest: str) -> Scan | None:
        try:
            if record.get("digest") != spec_digest or record["language"] != self.source_language:
                return None
            sources = dict(record["sources"])
            if any(self.shared_digest(name) != value for name, value in sources.items()):
                return None
            entry = recorded_entry(record)
            if entry is None and record["entry"] is not None:
                return None
            return Scan(spec_digest, sources, entry, self.interned(record["names"]), record["template"])
        except (KeyError, TypeError, ValueError, AttributeError):
            return None

    def _kept(self, scan: Scan, spec_digest: str) -> Scan:
        """A scan as a set keeps it to the end of a check: its digest the one
        object the set's digests hold (``spec_digest``, equal), the positions
        it names held once for the set (``interned``)."""
        return replace(scan, digest=spec_digest, names=self.interned(scan.names))

    def interned(self, names: Iterable[Iterable[str]]) -> tuple[Name, ...]:
        """The positions a spec names, each the one the set holds: a set
        names the same few (its superiors' titles) over and over, and holds
        them for all its specs (some 0.4 KiB a spec when each spec held its
        own lists). Raises TypeError on a name that is not words."""
        held = [self._names.setdefault(name, name) for name in (tuple(map(sys.intern, words)) for words in names)]
        return tuple(held)  # of a list: one of a generator keeps the room it grew to


SETTLED_NS = 2_000_000_000
"""How long before it is read a file must have last changed for its stamp to
vouch for its bytes: a change within the same tick of the file system's
clock leaves the times as they were."""


def stamp(path: str | Path) -> list[int] | None:
    """A file's size, modification and change times and inode (None when it
    cannot be looked up): the change time moves on any write, even one that
    puts the modification time back."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino]


def settled(found: list[int]) -> bool:
    """Whether a stamp taken now is of a file that last changed long enough ago (``SETTLED_NS``)."""
    return time.time_ns() - max(found[1], found[2]) > SETTLED_NS


def is_plain(data: bytes) -> bool:
    """Whether a spec's bytes hold no ``extends:``, ``position:`` nor
    ``template:`` key (``Unread.plain``). Each word is found by ``find``, and
    only where it stands is the rest of a key looked for: a tenth of the
    time of one pattern of the three words, tried at every byte."""
    for key in _KEYS:
        at = data.find(key)
        while at != -1:
            if _AFTER_KEY.match(data, at + len(key)):
                return False
            at = data.find(key, at + 1)
    return True


def scan_of(loaded: LoadedFile, spec_digest: str, shared_digest: Callable[[str], str]) -> Scan:
    """The scan of a spec read (not validated)."""
    template = loaded.data.get("template") if isinstance(loaded.data, dict) else None
    return Scan(spec_digest, {name: shared_digest(name) for name in loaded.sources}, entry_of(loaded),
                names_of(loaded.data), template if isinstance(template, str) else None)


def scan_record(scan: Scan, source_language: str) -> dict[str, Any]:
    """A scan as a record keeps it (JSON values)."""
    return {"digest": scan.digest, "language": source_language, "sources": scan.sources,
            "entry": scan.entry.record() if scan.entry else None, "names": scan.names, "template": scan.template}


def recorded_entry(record: dict[str, Any]) -> IndexedPosition | None:
    """The index entry a spec's record keeps (None if none, or unusable)."""
    try:
        entry = record.get("entry")
        if entry is None:
            return None
        return IndexedPosition.from_record(entry)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def names_of(data: Any) -> tuple[Name, ...]:
    """The positions a spec's data names, as a check resolves them (each once)."""
    if not isinstance(data, dict):
        return ()
    language = data.get("source_language", defaults.SOURCE_LANGUAGE)  # read_spec puts the project's there
    names: dict[tuple[str, ...], None] = {}
    for _, value in names_in(data):
        if isinstance(value, dict) and isinstance(value.get(LINK), str) and len(value) == 1:
            names["link", value[LINK]] = None
            continue
        text = value.get(language) if isinstance(value, dict) else value
        if isinstance(text, str) and isinstance(language, str):
            names["words", text, language] = None
    return tuple(names)
