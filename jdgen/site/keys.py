"""What decides that a page of the site is current: content fingerprints, as
the build's (jdgen.building.plan), never modification times.

Every page is made from the same base: jdgen's version, the template (its
labels), the source language, the catalogs, the document kinds, the site's
own page templates and words, and where the documents are. A position's
pages are made from that base, its spec (with its shared files and the
titles it links to: its set scan's fingerprint), the documents built of it,
and what other positions give them (jdgen.site.pages.SiteRenderer.neighbours).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from jdgen.building.plan import Fingerprints
from jdgen.fingerprint import digest
from jdgen.site.pages import PAGES

_SITE = Path(__file__).parent


def base_key(template_folder: Path, catalogs_folder: Path, source_language: str, outputs: tuple[str, ...],
             site: Path, documents: Path) -> str:
    """The fingerprint of what every page of the site is made from."""
    fingerprints = Fingerprints(template_folder, catalogs_folder, source_language)
    own = [part for path in sorted([*PAGES.iterdir(), _SITE / "ui.yaml"]) if path.is_file()
           for part in (path.name, path.read_bytes())]
    where = Path(os.path.relpath(documents.resolve(), site.resolve())).as_posix()
    return digest(fingerprints.base, json.dumps(outputs), *map(fingerprints.catalog, outputs), *own, where)


def page_key(base: str, fingerprint: str, documents: list[tuple[str, Path]], neighbours: str) -> str:
    """The key of a position's pages: the base, its spec's fingerprint, its
    built documents (which the pages link to) and its neighbours."""
    return digest(base, fingerprint, json.dumps([[kind, path.name] for kind, path in documents]), neighbours)
