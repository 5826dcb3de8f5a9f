"""The site's record of itself, ``.jdgen-site.json`` in its folder: the files
it wrote (the only ones it replaces or removes), the fingerprint of what
every page is made from, and what it keeps of each position so that the
next run does only what changed: the position's summary with the key of
its pages (and the catalogs they were made with; its search terms the
search index keeps, whose order and fingerprint it holds), and the set scan (jdgen.building.dependencies) of each spec.

A missing, unreadable or older record means "make every page again"; a
record of an older jdgen still says which files the site wrote.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jdgen import __version__
from jdgen.output import write_atomically

RECORD = ".jdgen-site.json"
FORMAT = 4


@dataclass
class SiteRecord:
    """What the last run of the site left in its folder."""

    files: set[str] = field(default_factory=set)
    """Every file of the site, relative to its folder."""
    base: str = ""
    """Fingerprint of what every page is made from (jdgen.site.keys.base_key)."""
    set_key: str = ""
    """Fingerprint of what the set's files show besides the positions' summaries (the link problems)."""
    catalogs: str = ""
    """Fingerprint of the catalogs the summaries were made with."""
    indexed: list[str] = field(default_factory=list)
    """The positions (specs as shown) of the search index, in its order: the
    index keeps their search terms (jdgen.site.search.indexed_terms)."""
    index: str = ""
    """Fingerprint of the search index as written."""
    positions: dict[str, dict[str, Any]] = field(default_factory=dict)
    """By spec as shown: its summary (jdgen.site.collect.Summary.record)."""
    scans: dict[str, dict[str, Any]] = field(default_factory=dict)
    """By spec as shown: its scan, as the build's manifest keeps it."""

    @classmethod
    def load(cls, folder: Path) -> SiteRecord:
        try:
            data = json.loads((folder / RECORD).read_bytes())
        except (OSError, ValueError):
            return cls()
        if isinstance(data, list):  # the first format: the files alone
            return cls(_names(data))
        if not isinstance(data, dict):
            return cls()
        files = _names(data.get("files"))
        if data.get("format") != FORMAT or data.get("jdgen") != __version__:
            return cls(files)
        positions, scans, base, set_key, catalogs, indexed, index = (
            data.get(name) for name in ("positions", "scans", "base", "set_key", "catalogs", "indexed", "index"))
        if not (isinstance(positions, dict) and isinstance(scans, dict) and isinstance(base, str)
                and isinstance(set_key, str) and isinstance(catalogs, str) and isinstance(indexed, list)
                and all(isinstance(shown, str) for shown in indexed) and isinstance(index, str)):
            return cls(files)
        return cls(files, base, set_key, catalogs, indexed, index, positions, scans)

    def save(self, folder: Path) -> bool:
        """Write the record if it changed; True if written."""
        data = {"format": FORMAT, "jdgen": __version__, "files": sorted(self.files), "base": self.base,
                "set_key": self.set_key, "catalogs": self.catalogs, "indexed": self.indexed, "index": self.index,
                "positions": dict(sorted(self.positions.items())),
                "scans": dict(sorted(self.scans.items()))}
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
        try:
            if (folder / RECORD).read_bytes() == text:
                return False
        except OSError:
            pass
        write_atomically(folder / RECORD, text)
        return True


def _names(names: Any) -> set[str]:
    """The file names of a record, none that leaves the folder."""
    if not isinstance(names, list):
        return set()
    return {name for name in names if isinstance(name, str) and ".." not in Path(name).parts}
