"""What decides that a page of the site is current: content fingerprints, as
the build's (jdgen.building.plan), never modification times.

Every page is made from the same base: jdgen's version, the templates (their
labels) and which spec is made with which, the source language, the document kinds, the site's own page
templates and words, and where the documents are. A position's pages are
made from that base, its spec (with its shared files and the titles it
links to: its set scan's fingerprint), the catalog entries its texts use
(and its translation coverage), the documents built of it, and what the
other positions give them: whether the ids it links to are positions of
the site, and the titles of the positions that report to it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from jdgen.building.plan import Fingerprints
from jdgen.english import English
from jdgen.fingerprint import digest
from jdgen.output import document_folder
from jdgen.site.summary import Summary

_SITE = Path(__file__).parent
_OWN = (_SITE / "pages", _SITE / "ui.yaml")
"""The site's own page templates, scripts, style and words."""


def base_key(forms: dict[str, Path], made_with: dict[str, str], catalogs_folder: Path, source_language: str,
             outputs: tuple[str, ...], site: Path, documents: Path, english: English,
             fields_file: Path) -> tuple[str, str]:
    """The fingerprint of what every page of the site is made from (the
    ``forms``' folders by name, the form each spec is ``made_with``), and
    that of the catalogs apart: a catalog changes only the pages whose
    translations it changes (each position's ``Summary.translations``)."""
    fingerprints = Fingerprints(forms.__getitem__, catalogs_folder, source_language, english, fields_file)
    files = sorted(path for own in _OWN for path in (own.iterdir() if own.is_dir() else [own]) if path.is_file())
    where = Path(os.path.relpath(documents.resolve(), site.resolve())).as_posix()
    return (digest(fingerprints.base, *map(fingerprints.template, sorted(forms)),
                   json.dumps(made_with, sort_keys=True), json.dumps(outputs),
                   *(part for path in files for part in (path.name, path.read_bytes())), where),
            digest(*map(fingerprints.catalog, outputs)))


class SetIndex:
    """The positions of the site (in path order) as each one's pages see the others."""

    def __init__(self, positions: list[Summary], outputs: tuple[str, ...], documents: Path) -> None:
        self.positions = positions
        self.by_key = {position.key_of_id(): position for position in positions}
        self._reporting: dict[str, list[Summary]] = {}
        for position in positions:
            if position.reports_to:
                self._reporting.setdefault(position.reports_to.lower(), []).append(position)
        self._documents = {kind: documents / document_folder(kind) for kind in outputs}

    def href(self, spec_id: str | None) -> str | None:
        """The page an id links to (from a page of the same kind), if it is a position of the site."""
        target = self.by_key.get(spec_id.lower()) if spec_id else None
        return f"{target.spec_id}.html" if target else None

    def reporting_to(self, position: Summary) -> list[Summary]:
        """The positions whose ``reports_to`` links to ``position``."""
        return self._reporting.get(position.key_of_id(), [])

    def documents_of(self, position: Summary) -> list[tuple[str, Path]]:
        """The built documents of a position: each kind's .docx and .pdf found."""
        found = []
        for kind, folder in self._documents.items():
            for name in (f"{position.spec_id}.docx", f"{position.spec_id}.pdf"):
                if (folder / name).is_file():
                    found.append((kind, folder / name))
        return found

    def page_key(self, base: str, position: Summary) -> str:
        """The key of a position's pages: the base, its spec's fingerprint, its
        translations and coverage, its built documents, the pages its links
        reach, and who reports to it."""
        targets = [self.href(spec_id) for spec_id in (position.reports_to, *position.linked.values())]
        here = [[other.spec_id, {output: heads["title"] for output, heads in other.heads.items()}]
                for other in self.reporting_to(position)]
        documents = [[kind, path.name] for kind, path in self.documents_of(position)]
        return digest(base, position.fingerprint, position.translations,
                      json.dumps([documents, targets, here, position.coverage], ensure_ascii=False))
