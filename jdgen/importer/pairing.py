"""A translation document paired with its Chinese original: the texts at the
same place in both (same field, same position in a list; duties compared
item by item even when only one side groups them) become catalog entries,
``translations/<lang>.po``, when their content agrees: the same figures,
the Latin terms of the original kept, a plausible length. Texts without a
counterpart, or whose counterpart disagrees, are reported, never paired by
guess; a translation the catalog already holds differently is kept and
reported."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from babel.messages.catalog import Message

from jdgen.diagnostics import FieldPath, format_field_path
from jdgen.fields import about, holds_text, readings
from jdgen.i18n.catalog import FUZZY, CatalogFolder, write_catalog
from jdgen.i18n.extract import use_comment
from jdgen.i18n.po.model import new_catalog
from jdgen.jobspec.model import JobSpec
from jdgen.jobspec.texts import iter_texts


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
    duties = _duty_places(original.get("duties"), translation.get("duties"))
    for path, value in iter_texts(spec):
        if not isinstance(value, str):
            continue
        where = duties.get(path, path) if path[:1] == ("duties",) else path
        other = _at(translation, where) if where is not None and _same_lengths(original, translation, path, where) \
            else None
        if where is not None and isinstance(other, str) and other.strip():
            disagreement = _disagreement(value, other)
            if disagreement:
                result.unmatched.append(f'{format_field_path(path)}: "{value}" and "{other}" stand at the same '
                                        f"place but {disagreement}; not paired")
                continue
            result.pairs.append((path, value, other))
            paired.add(where)
        else:
            result.unmatched.append(f'{format_field_path(path)}: "{value}" has no counterpart in the translation')
    for path, text in _strings(translation):
        if path not in paired and not _typed(path):
            result.unmatched.append(f'{format_field_path(path)}: "{text}" has no counterpart in the original')
    return result


def _duty_places(original, translation) -> dict[FieldPath, FieldPath | None]:
    """Where each duty of the original is in the translation when one of
    them groups the duties and the other does not (or groups them
    otherwise): the n-th item is the n-th item, if both have as many; a
    group's title then has no counterpart."""
    def items(duties) -> list[FieldPath]:
        if not isinstance(duties, list):
            return []
        if all(isinstance(item, dict) for item in duties):
            return [("duties", group, "items", index) for group, item in enumerate(duties)
                    for index in range(len(item.get("items") or []))]
        return [("duties", index) for index in range(len(duties))]

    ours, theirs = items(original), items(translation)
    if not ours or [len(path) for path in ours[:1]] == [len(path) for path in theirs[:1]] \
            and _groups(original) == _groups(translation):
        return {}
    places: dict[FieldPath, FieldPath | None] = dict.fromkeys(
        [("duties", group, "title") for group in range(len(original))] if len(ours[0]) > 2 else [])
    if len(ours) == len(theirs):
        places.update(zip(ours, theirs, strict=True))
    else:
        places.update(dict.fromkeys(ours))
    return places


def _groups(duties) -> list[int]:
    return [len(item.get("items") or []) for item in duties if isinstance(item, dict)] if isinstance(duties, list) \
        else []


_FIGURES = re.compile(r"\d+(?:[.,]\d+)*")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9&+-]+")
_HANZI_FIGURES = re.compile(r"[零一二两三四五六七八九十百千万]")


def _disagreement(source: str, text: str) -> str:
    """Why ``text`` cannot be ``source``'s translation, or "": other figures,
    a Latin term of the original missing, a length no translation has."""
    source, text = unicodedata.normalize("NFKC", source), unicodedata.normalize("NFKC", text)
    figures, theirs = set(_FIGURES.findall(source)), set(_FIGURES.findall(text))
    if (figures or not _HANZI_FIGURES.search(source)) and figures != theirs and (figures or theirs):
        return f"their figures differ ({', '.join(sorted(figures)) or 'none'} against {', '.join(sorted(theirs))})" \
            if theirs else f"the translation has none of its figures ({', '.join(sorted(figures))})"
    missing = [term for term in _LATIN.findall(source) if term.lower() not in text.lower()]
    if missing and re.search(r"[\u3400-\u9fff]", source):
        return f"the translation lacks {', '.join(missing)}"
    if len(source) >= 4 and not 0.5 <= len(text) / len(source) <= 12:
        return "their lengths are too far apart for one to translate the other"
    return ""




def _typed(path: FieldPath) -> bool:
    """Whether the value at ``path`` is typed (a date, a count, an id), not a
    text, however the model reads the path."""
    found = readings(JobSpec, path)
    return bool(found) and all(not holds_text(annotation) or (info is not None and about(info).format is not None)
                               for info, annotation in found)


def _same_lengths(first, second, path: FieldPath, where: FieldPath) -> bool:
    """Whether every list on the way to ``path`` has as many items in both
    (not asked of the duties placed item by item, ``where`` another path)."""
    if where != path:
        return True
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


def into_catalog(pairing: Pairing, catalogs: CatalogFolder, language: str, spec_shown: str) -> None:
    """Add the pairs to the catalog of ``language`` (created if absent): a new
    entry, or a translation for an entry without one (or a fuzzy one)."""
    catalog = catalogs.get(language) or new_catalog(language, "jdgen")
    changed = False
    for path, source, text in pairing.pairs:
        message = catalog.get(source)
        if message is None:  # a reference to the file alone, as jdgen's catalogs have (Babel's hint wants a line)
            message = Message(source, text, locations=[(spec_shown, None)],  # type: ignore[list-item]
                              auto_comments=[use_comment(spec_shown, path)])
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
