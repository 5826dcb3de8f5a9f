"""What the site keeps of a position between runs (in its record): all that
the index, the chart, the search index and the other positions' pages need
of it, and the key its pages were last made with."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from jdgen.checking.cache import restored, stored
from jdgen.diagnostics import Diagnostic, Position

HEADS = ("title", "department", "grade")
"""What the index and the chart show of a position in each document kind."""


@dataclass
class Summary:
    """A position as the rest of the site sees it."""

    spec_id: str
    shown: str
    """The spec's path as shown to the user."""
    fingerprint: str
    """Of the spec and what it depends on (its set scan's)."""
    id_at: Position | None
    heads: dict[str, dict[str, str]]
    """By document kind (``zh``, ``en``, ``zh+en``): its title, department and grade."""
    coverage: dict[str, tuple[int, int, int]]
    """Per language other than the spec's source language: its texts translated, fuzzy and missing."""
    reports_to: str | None = None
    """The id of the position it reports to, when linked by id."""
    linked: dict[tuple[str, int], str] = field(default_factory=dict)
    """``("subordinates", i)`` or ``("career_path", i)``: the id that item links to."""
    terms: str = ""
    """Its search terms, separated by spaces (jdgen.site.search); not in its
    record, which the search index keeps (``jdgen.site.search.indexed_terms``)."""
    diagnostics: list[Diagnostic] = field(default_factory=list)
    """The warnings its spec gives."""
    key: str = ""
    """The key of its pages as last written (jdgen.site.keys.page_key)."""
    translations: str = ""
    """Fingerprint of the catalog entries its texts use, in every language."""

    def key_of_id(self) -> str:
        """Its id as links find it (without case)."""
        return self.spec_id.lower()

    def record(self) -> dict[str, Any]:
        return {"id": self.spec_id, "fingerprint": self.fingerprint,
                "id_at": [self.id_at.line, self.id_at.column] if self.id_at else None, "heads": self.heads,
                "coverage": {language: list(counts) for language, counts in self.coverage.items()},
                "reports_to": self.reports_to,
                "linked": [[kind, index, spec_id] for (kind, index), spec_id in self.linked.items()],
                "diagnostics": stored(self.diagnostics), "key": self.key,
                "translations": self.translations}

    @classmethod
    def from_record(cls, shown: str, record: dict[str, Any]) -> Summary:
        """The summary ``record`` wrote (without its terms); KeyError, TypeError
        or ValueError when it is not one."""
        id_at = record["id_at"]
        heads = {str(output): {head: str(values[head]) for head in HEADS} for output, values in record["heads"].items()}
        coverage = {str(language): (int(translated), int(fuzzy), int(missing))
                    for language, (translated, fuzzy, missing) in record["coverage"].items()}
        linked = {(str(kind), int(index)): str(spec_id) for kind, index, spec_id in record["linked"]}
        reports_to = record["reports_to"]
        return cls(str(record["id"]), shown, str(record["fingerprint"]), Position(*id_at) if id_at else None, heads,
                   coverage, None if reports_to is None else str(reports_to), linked, "",
                   restored(record["diagnostics"]), str(record["key"]), str(record["translations"]))
