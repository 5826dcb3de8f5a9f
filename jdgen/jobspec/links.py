"""Links between positions: ``reports_to: {position: BRM-001}`` reads as
BRM-001's title, in each language, as its spec gives it.

A spec's links are resolved before it is validated: each ``{position: id}``
is replaced by the title of that position (the same text, with the same
inline translations, so a document reads as if the title were written out).
The set's index of titles comes from every spec of the project, read but
not validated, so that a spec with an unrelated mistake is still known.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from jdgen import defaults
from jdgen.diagnostics import Diagnostic, FieldPath, Level, Position
from jdgen.jobspec.ids import in_path_order
from jdgen.yamlfile.loaded import LoadedFile

LINK = "position"
"""The key of a link: ``{position: BRM-001}``."""
REPORTS_TO = ("basic", "reports_to")
_LISTS = (("basic", "subordinates"), ("career_path",))


@dataclass(frozen=True, slots=True)
class Where:
    """A place in a file, for a diagnostic about a set (picklable, storable)."""

    path: str
    line: int
    column: int
    used_by: str = ""

    @classmethod
    def of(cls, loaded: LoadedFile, at: FieldPath) -> Where:
        where, position = loaded.locate(at)
        return cls(where.path, position.line, position.column, where.used_by)

    def diagnostic(self, field_path: FieldPath, message: str, level: Level = Level.ERROR, *, code: str) -> Diagnostic:
        return Diagnostic(self.path, Position(self.line, self.column), message, field_path, level, self.used_by, code)


@dataclass(frozen=True, slots=True)
class IndexedPosition:
    """A position of the set as other specs see it."""

    spec_id: str
    title: Any
    """Its title as written: a text, or a mapping of languages to texts."""
    source_language: str
    path: str
    reports_to: str | None = None
    """The id its ``basic.reports_to`` links to."""
    reports_to_at: Where | None = None
    links: tuple[str, ...] = ()
    """Every id it links to."""

    def title_in(self, language: str) -> Any:
        """The title as a text of a spec written in ``language`` (None if it has none)."""
        if isinstance(self.title, dict):
            return self.title if language in self.title else None
        return self.title if language == self.source_language else None

    def record(self) -> dict[str, Any]:
        """The position as a cache keeps it: what ``dataclasses.asdict``
        gives (its texts the same objects, its title's mapping and its links'
        tuple new ones), without asdict's deep copy of each value, a fifth
        of a check's own work per spec when its workers judge them."""
        where = self.reports_to_at
        return {"spec_id": self.spec_id, "title": dict(self.title) if isinstance(self.title, dict) else self.title,
                "source_language": self.source_language, "path": self.path, "reports_to": self.reports_to,
                "reports_to_at": None if where is None else {"path": where.path, "line": where.line,
                                                             "column": where.column, "used_by": where.used_by},
                "links": (*self.links,)}

    @classmethod
    def from_record(cls, record: dict) -> IndexedPosition:
        """The position as a cache keeps it (``record``); KeyError,
        TypeError or ValueError when the record is not one."""
        where = record["reports_to_at"]
        return cls(**{**record, "reports_to_at": Where(**where) if where else None, "links": tuple(record["links"])})


def entry_of(loaded: LoadedFile) -> IndexedPosition | None:
    """The index entry of a spec's data (merged, not validated); None without a usable id."""
    data = loaded.data
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        return None
    title = data.get("title")
    language = data.get("source_language", defaults.SOURCE_LANGUAGE)
    if not (isinstance(title, str) or (isinstance(title, dict) and all(isinstance(t, str) for t in title.values()))):
        title = None
    links = links_in(data)
    reports_to = next((value[LINK] for at, value in links if at == REPORTS_TO), None)
    language = language if isinstance(language, str) else defaults.SOURCE_LANGUAGE
    return IndexedPosition(data["id"], title, language, loaded.path, reports_to,
                           Where.of(loaded, REPORTS_TO) if reports_to else None,
                           tuple(dict.fromkeys(value[LINK] for _, value in links)))


def _is_link(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get(LINK), str) and len(value) == 1


def names_in(data: dict) -> list[tuple[FieldPath, Any]]:
    """Every value of ``data`` that names a position: a link or a title in words."""
    found: list[tuple[FieldPath, Any]] = []
    basic = data.get("basic")
    if isinstance(basic, dict) and basic.get("reports_to") is not None:
        found.append((REPORTS_TO, basic["reports_to"]))
    for path in _LISTS:
        values: object = data
        for part in path:
            values = values.get(part) if isinstance(values, dict) else None
        if isinstance(values, list):
            found += [(path + (index,), value) for index, value in enumerate(values)]
    return found


def links_in(data: dict) -> list[tuple[FieldPath, dict]]:
    return [(at, value) for at, value in names_in(data) if _is_link(value)]


@dataclass
class PositionIndex:
    """The positions of a set, by id (ignoring case, as ids are unique)."""

    entries: dict[str, IndexedPosition] = field(default_factory=dict)
    _titled: dict[str, dict[str, str | list[str]]] | None = field(default=None, repr=False)
    """By language, each title's position: its id, or the list of the ids of
    the several with that title (most titles are one position's: a set's
    index holds two titles a spec)."""

    @classmethod
    def of(cls, entries: list[IndexedPosition]) -> PositionIndex:
        """The index of ``entries``, in whatever order they were read: the
        first in path order keeps an id (jdgen.jobspec.ids), as in every command."""
        index = cls()
        for entry in in_path_order(entries, lambda entry: entry.path):
            index.entries.setdefault(entry.spec_id.lower(), entry)
        return index

    def get(self, spec_id: str) -> IndexedPosition | None:
        return self.entries.get(spec_id.lower())

    def titled(self, text: str, language: str) -> list[str]:
        """The ids of the positions whose title in ``language`` is ``text``."""
        if self._titled is None:
            self._titled = {}
            for entry in self.entries.values():
                titles = entry.title if isinstance(entry.title, dict) else {entry.source_language: entry.title}
                for title_language, title in titles.items() if entry.title is not None else ():
                    by_title, key = self._titled.setdefault(title_language, {}), title.strip()
                    held = by_title.get(key)
                    if held is None:
                        by_title[key] = entry.spec_id
                    elif isinstance(held, str):
                        by_title[key] = [held, entry.spec_id]
                    else:
                        held.append(entry.spec_id)
        found = self._titled.get(language, {}).get(text.strip())
        return [] if found is None else [found] if isinstance(found, str) else list(found)


def resolve_links(loaded: LoadedFile, index: PositionIndex) -> list[Diagnostic]:
    """Replace each link of ``loaded.data`` by the title it names; return the
    problems: an unknown id (an error), a title in words that is a position
    of the set (a warning)."""
    data = loaded.data
    language = data.get("source_language", defaults.SOURCE_LANGUAGE)
    own_id = str(data.get("id", "")).lower()
    diagnostics = []
    for at, value in names_in(data):
        if not _is_link(value):
            text = value.get(language) if isinstance(value, dict) else value
            if isinstance(text, str) and isinstance(language, str):
                ids = sorted(spec_id for spec_id in index.titled(text, language) if spec_id.lower() != own_id)
                if ids:
                    others = f" (and {len(ids) - 1} more)" if len(ids) > 1 else ""
                    diagnostics.append(loaded.diagnostic(
                        at, f"{text.strip()!r} is the title of {ids[0]}{others}; to link to it, "
                        f"write {{position: {ids[0]}}}", level=Level.WARNING, code="spec-link-title"))
            continue
        target = index.get(value[LINK])
        if target is None:
            diagnostics.append(loaded.diagnostic(at, _unknown(value[LINK], index), code="spec-link"))
            continue
        title = target.title_in(language) if isinstance(language, str) else None
        if title is None:
            diagnostics.append(loaded.diagnostic(
                at, f"{target.spec_id} ({target.path}) has no title in {language!r}, the language this spec "
                f"is written in; give it one inline there (title: {{{target.source_language}: ..., {language}: ...}})",
                code="spec-link"))
            continue
        data = _replaced(data, at, title)
    loaded.data = data
    return diagnostics


def _unknown(spec_id: str, index: PositionIndex) -> str:
    known = {entry.spec_id.lower(): entry.spec_id for entry in index.entries.values()}
    close = difflib.get_close_matches(spec_id.lower(), list(known), n=1, cutoff=0.6)
    hint = f" (did you mean {known[close[0]]!r}?)" if close else ""
    return (f"no position {spec_id!r} in the set{hint}; link to the id of a spec in specs/, "
            "or write the title in words for a position outside the set")


def _replaced(data: Any, at: FieldPath, value: Any) -> Any:
    """``data`` with the value at ``at`` replaced, copying only the containers
    on the way (the originals may be shared with other specs)."""
    if not at:
        return value
    head, rest = at[0], at[1:]
    if isinstance(data, dict):
        copy = dict(data)
        copy[head] = _replaced(data[head], rest, value)
        return copy
    assert isinstance(head, int)  # names_in walks into lists by index only
    items = list(data)
    items[head] = _replaced(data[head], rest, value)
    return items


def cycle_diagnostics(index: PositionIndex) -> dict[str, list[Diagnostic]]:
    """Reporting cycles (A reports to B, B to A), by the path of each spec in one."""
    found: dict[str, list[Diagnostic]] = {}
    settled: set[str] = set()
    for start in index.entries:
        trail: list[str] = []
        key: str | None = start
        while key is not None and key not in settled and key not in trail:
            trail.append(key)
            entry = index.entries.get(key)
            key = entry.reports_to.lower() if entry and entry.reports_to else None
        if key is not None and key in trail:
            cycle = trail[trail.index(key):]
            shown = " → ".join(index.entries[member].spec_id for member in cycle + [key])
            for member in cycle:
                entry = index.entries[member]
                where = entry.reports_to_at
                assert where is not None  # a member of a cycle reports to someone; entry_of sets both then
                message = f"a reporting cycle: {shown}; one of these positions must report elsewhere"
                found.setdefault(entry.path, []).append(where.diagnostic(REPORTS_TO, message, code="spec-link"))
        settled.update(trail)
    return found
