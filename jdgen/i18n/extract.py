"""Keep ``translations/<lang>.po`` in step with the specs and labels, with Babel.

The source text is the msgid; each entry lists where it is used, so a text
used in several places (or several specs) is one entry with several ``#:``
locations. Babel's ``Catalog.update`` keeps matching translations, marks
changed ones fuzzy with the previous msgid, and moves vanished ones to the
obsolete section; jdgen.i18n.memory annotates its suggestions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from babel.messages.catalog import Catalog

from jdgen.i18n.catalog import CatalogFolder, write_catalog
from jdgen.i18n.memory import Suggestion, apply_memory
from jdgen.labels import LABELS_SOURCE_LANGUAGE, LabelSet
from jdgen.spec.collection import LoadedSpec
from jdgen.spec.texts import iter_texts

PROJECT = "jdgen job descriptions"


def source_texts(entries: Iterable[LoadedSpec], labels: LabelSet, language: str):
    """Yield ``(source text, path, line)`` for every text that needs a catalog
    translation into ``language``: no inline ``language``, and a source
    language other than ``language``."""
    if LABELS_SOURCE_LANGUAGE != language:
        for key, text in labels.texts.items():
            if not (isinstance(text, dict) and language in text):
                source = text[LABELS_SOURCE_LANGUAGE] if isinstance(text, dict) else text
                yield source, labels.loaded.path, labels.loaded.position_of((key,)).line
    for entry in entries:
        if entry.spec.source_language == language:
            continue
        for text_field, text in iter_texts(entry.spec):
            if isinstance(text, dict):
                if language in text:
                    continue
                text = text[entry.spec.source_language]
            yield text, entry.loaded.path, entry.loaded.position_of(text_field).line


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
    added: list[str] = field(default_factory=list)
    """New texts with no translation and no suggestion."""
    suggestions: list[Suggestion] = field(default_factory=list)
    """New texts given the translation of a similar text, fuzzy."""
    restored: list[str] = field(default_factory=list)
    """Texts that came back: their former translation (from the obsolete entries), fuzzy."""
    removed: list[str] = field(default_factory=list)
    """Texts no longer used, moved to the obsolete entries."""


def update_catalog(catalogs: CatalogFolder, language: str, template: Catalog) -> CatalogUpdate:
    """Merge ``template`` into the catalog of ``language``; write only on change.

    Babel matches every text: exactly, else to the closest translated entry
    (fuzzy, with the previous msgid); the translation memory then records how
    close each suggestion is (see jdgen.i18n.memory).
    """
    existing = catalogs.get(language)
    if existing is None:
        catalog = Catalog(locale=language, project=PROJECT, fuzzy=False)
        old_ids: set[str] = set()
        old_obsolete: set[str] = set()
        previous_ids: dict[str, list[str]] = {}
        catalog.update(template)
    else:
        catalog = existing
        old_ids = {m.id for m in catalog if m.id}
        old_obsolete = set(catalog.obsolete)
        previous_ids = {m.id: list(m.previous_id) for m in catalog if m.fuzzy and m.previous_id}
        catalog.update(template, update_header_comment=False)
        for message in catalog:  # Babel forgets them for entries it did not change
            if message.fuzzy and not message.previous_id and message.id in previous_ids:
                message.previous_id = previous_ids[message.id]
    suggestions, restored = apply_memory(catalog, old_ids, previous_ids)
    suggested = {s.msgid for s in suggestions}
    report = CatalogUpdate(
        language, catalogs.display_path(language), written=False,
        added=[m.id for m in catalog if m.id and m.id not in old_ids and m.id not in suggested
               and m.id not in restored],
        suggestions=suggestions,
        restored=restored,
        removed=[key for key in catalog.obsolete if key not in old_obsolete],
    )
    report.written = write_catalog(catalogs.path_for(language), catalog)
    return report
