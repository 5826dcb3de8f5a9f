"""Keep ``translations/<lang>.po`` in step with the specs and labels, with Babel.

The source text is the msgid; each entry lists where it is used. Babel's
``Catalog.update`` keeps matching translations, marks changed ones fuzzy with
the previous msgid, and moves vanished ones to the obsolete section.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from jdgen.i18n.catalog import CatalogFolder
from jdgen.labels import LABELS_SOURCE_LANGUAGE, LabelSet
from jdgen.output import write_atomically
from jdgen.spec.collection import LoadedSpec
from jdgen.spec.texts import iter_texts

PROJECT = "jdgen job descriptions"


def source_texts(entries: Iterable[LoadedSpec], labels: LabelSet, language: str):
    """Yield ``(source text, path, line)`` for every text with no inline ``language``."""
    for key, text in labels.texts.items():
        if not (isinstance(text, dict) and language in text):
            source = text[LABELS_SOURCE_LANGUAGE] if isinstance(text, dict) else text
            yield source, labels.loaded.path, labels.loaded.position_of((key,)).line
    for entry in entries:
        for field, text in iter_texts(entry.spec):
            if isinstance(text, dict):
                if language in text:
                    continue
                text = text[entry.spec.source_language]
            yield text, entry.loaded.path, entry.loaded.position_of(field).line


def extraction_template(entries: list[LoadedSpec], labels: LabelSet, language: str) -> Catalog:
    """A catalog template holding every source text, each with its locations."""
    template = Catalog(project=PROJECT, fuzzy=False)
    for source, path, line in source_texts(entries, labels, language):
        template.add(source, locations=[(path, line)])
    return template


@dataclass
class CatalogUpdate:
    language: str
    path: str
    written: bool


def update_catalog(catalogs: CatalogFolder, language: str, template: Catalog) -> CatalogUpdate:
    """Merge ``template`` into the catalog of ``language``; write only on change."""
    existing = catalogs.get(language)
    if existing is None:
        catalog = Catalog(locale=language, project=PROJECT, fuzzy=False)
        catalog.update(template)
    else:
        catalog = existing
        previous_ids = {m.id: m.previous_id for m in catalog if m.previous_id}
        catalog.update(template, update_header_comment=False)
        for message in catalog:  # Babel forgets them for entries it did not change
            if message.fuzzy and not message.previous_id and message.id in previous_ids:
                message.previous_id = previous_ids[message.id]
    content = _serialize(catalog)
    path = catalogs.path_for(language)
    if path.is_file() and _without_dates(path.read_bytes()) == _without_dates(content):
        return CatalogUpdate(language, catalogs.display_path(language), written=False)
    write_atomically(path, content)
    return CatalogUpdate(language, catalogs.display_path(language), written=True)


def _serialize(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=0, include_previous=True, sort_by_file=False, omit_header=False)
    return buffer.getvalue()


def _without_dates(content: bytes) -> bytes:
    """A catalog's text less the header dates Babel refreshes on every write."""
    return b"\n".join(
        line for line in content.splitlines()
        if not line.startswith((b'"POT-Creation-Date:', b'"PO-Revision-Date:'))
    )
