"""A translation document paired with its Chinese original: the texts at the
same place in both (same field, same position in a list) become catalog
entries, ``translations/<lang>.po``. Texts without a counterpart are
reported, never paired by guess; a translation the catalog already holds
differently is kept and reported."""

from __future__ import annotations

from dataclasses import dataclass, field

from babel.messages.catalog import Message

from jdgen.diagnostics import FieldPath, format_field_path
from jdgen.fields import about, holds_text, readings
from jdgen.i18n.catalog import FUZZY, CatalogFolder, write_catalog
from jdgen.i18n.extract import use_comment
from jdgen.i18n.po.model import new_catalog
from jdgen.spec.model import JobSpec
from jdgen.spec.texts import iter_texts


@dataclass
class Pairing:
    pairs: list[tuple[FieldPath, str, str]] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    """Messages: a text of either document with no counterpart, or a conflict."""
    added: int = 0
    written: bool = False


def pair_texts(spec: JobSpec, original: dict, translation: dict) -> Pairing:
    """Each source text of ``spec`` (read from ``original``, data) with the
    text at its place in ``translation`` (data), where every list on the way
    has as many items in both: a list of another length is not paired by guess."""
    result = Pairing()
    paired: set[FieldPath] = set()
    for path, value in iter_texts(spec):
        if not isinstance(value, str):
            continue
        other = _at(translation, path) if _same_lengths(original, translation, path) else None
        if isinstance(other, str) and other.strip():
            result.pairs.append((path, value, other))
            paired.add(path)
        else:
            result.unmatched.append(f'{format_field_path(path)}: "{value}" has no counterpart in the translation')
    for path, text in _strings(translation):
        if path not in paired and not _typed(path):
            result.unmatched.append(f'{format_field_path(path)}: "{text}" has no counterpart in the original')
    return result


def _typed(path: FieldPath) -> bool:
    """Whether the value at ``path`` is typed (a date, a count, an id), not a
    text, however the model reads the path."""
    found = readings(JobSpec, path)
    return bool(found) and all(not holds_text(annotation) or (info is not None and about(info).format is not None)
                               for info, annotation in found)


def _same_lengths(first, second, path: FieldPath) -> bool:
    for end, part in enumerate(path):
        if isinstance(part, int):
            one, other = _at(first, path[:end]), _at(second, path[:end])
            if not isinstance(one, list) or not isinstance(other, list) or len(one) != len(other):
                return False
    return True


def _at(data, path: FieldPath):
    for part in path:
        if isinstance(part, int):
            if not isinstance(data, list) or part >= len(data):
                return None
        elif not isinstance(data, dict) or part not in data:
            return None
        data = data[part]
    return data


def _strings(data, path: FieldPath = ()):
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _strings(value, (*path, index))
    elif isinstance(data, str):
        yield path, data


def into_catalog(pairing: Pairing, catalogs: CatalogFolder, language: str, spec_display: str) -> None:
    """Add the pairs to the catalog of ``language`` (created if absent): a new
    entry, or a translation for an entry without one (or a fuzzy one)."""
    catalog = catalogs.get(language) or new_catalog(language, "jdgen")
    changed = False
    for path, source, text in pairing.pairs:
        message = catalog.get(source)
        if message is None:  # a reference to the file alone, as jdgen's catalogs have (Babel's hint wants a line)
            message = Message(source, text, locations=[(spec_display, None)],  # type: ignore[list-item]
                              auto_comments=[use_comment(spec_display, path)])
            catalog[source] = message
        elif not message.string or FUZZY in message.flags:
            message.string = text
            message.flags.discard(FUZZY)
            message.previous_id = []
        elif message.string != text:
            pairing.unmatched.append(f'{format_field_path(path)}: "{source}": {catalogs.shown_path(language)} '
                                     f'already translates it "{message.string}"; kept, "{text}" not taken')
            continue
        else:
            continue
        pairing.added += 1
        changed = True
    if changed:
        pairing.written = write_catalog(catalogs.path_for(language), catalog)
