"""A translation document paired with its Chinese original: the texts at the
same place in both (same field, same item of a list; duties compared item
by item even when only one side groups them) become catalog entries,
``translations/<lang>.po``, when their content agrees: the same figures,
the Latin terms of the original kept, a plausible length. Lists of one
length are compared item by item; lists of different lengths (an item
merged, split or left out) are aligned by those cues and their lengths,
and only their sure pairs are compared (alignment.py). Texts without a
counterpart, or whose counterpart disagrees, are reported, never paired by
guess; a translation the catalog already holds differently is kept and
reported."""

from __future__ import annotations

from dataclasses import dataclass, field

from babel.messages.catalog import Message

from jdgen.diagnostics import FieldPath, format_field_path
from jdgen.fields import about, holds_text, readings
from jdgen.i18n.catalog import FUZZY, CatalogFolder, write_catalog
from jdgen.i18n.extract import use_comment
from jdgen.i18n.po.model import new_catalog
from jdgen.importer.alignment import aligned, disagreement
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
    text at its place in ``translation`` (data): lists of one length item
    by item, lists of different lengths by their sure alignment
    (alignment.py); what has no counterpart, or one that disagrees, is reported."""
    result = Pairing()
    paired: set[FieldPath] = set()
    places = _Places(original, translation)
    for path, value in iter_texts(spec):
        if not isinstance(value, str):
            continue
        where = places.counterpart(path)
        other = _at(translation, where) if where is not None else None
        if where is not None and isinstance(other, str) and other.strip():
            found = disagreement(value, other)
            if found:
                result.unmatched.append(f'{format_field_path(path)}: "{value}" and "{other}" stand at the same '
                                        f"place but {found}; not paired")
                continue
            result.pairs.append((path, value, other))
            paired.add(where)
        elif uneven := places.uneven(path):
            ours, theirs = uneven
            result.unmatched.append(f'{format_field_path(path)}: "{value}": its list has {ours} items and the '
                                    f"translation's {theirs}, and nothing ties it to one of them; not paired")
        else:
            result.unmatched.append(f'{format_field_path(path)}: "{value}" has no counterpart in the translation')
    for path, text in _strings(translation):
        if path not in paired and not _typed(path):
            result.unmatched.append(f'{format_field_path(path)}: "{text}" has no counterpart in the original')
    return result


class _Places:
    """Where each text of the original is in the translation: the same keys,
    and in each list the item its alignment pairs it with (the duties item
    by item when only one of the documents groups them, or groups them otherwise)."""

    def __init__(self, original: dict, translation: dict) -> None:
        self.original, self.translation = original, translation
        self.lists: dict[FieldPath, tuple[dict[int, int], int, int]] = {}
        """A list of the original (by its path), with the path of its counterpart: its items' pairs and lengths."""
        self.duties = _duty_places(original.get("duties"), translation.get("duties"))

    def counterpart(self, path: FieldPath) -> FieldPath | None:
        if path[:1] == ("duties",) and self.duties is not None:
            return self.duties.get(path)
        where: list = []
        for end, part in enumerate(path):
            if not isinstance(part, int):
                where.append(part)
                continue
            pairs, _, _ = self.aligned(path[:end], tuple(where))
            if part not in pairs:
                return None
            where.append(pairs[part])
        return tuple(where)

    def aligned(self, ours: FieldPath, theirs: FieldPath) -> tuple[dict[int, int], int, int]:
        """The pairs of the list at ``ours`` with the list at ``theirs``, and their lengths."""
        if ours not in self.lists:
            one, other = _at(self.original, ours), _at(self.translation, theirs)
            if not isinstance(one, list) or not isinstance(other, list):
                self.lists[ours] = ({}, 0, 0)
            else:
                self.lists[ours] = (aligned([_words(item) for item in one], [_words(item) for item in other]),
                                    len(one), len(other))
        return self.lists[ours]

    def uneven(self, path: FieldPath) -> tuple[int, int] | None:
        """The lengths of the two lists on the way to ``path`` that differ, if the text was left unpaired there."""
        for end in range(len(path)):
            found = self.lists.get(path[:end])
            if found is not None and found[1] and found[2] and found[1] != found[2]:
                return found[1], found[2]
        return None


def _words(item) -> str:
    """The texts of a list's item, joined: what its alignment compares."""
    return " ".join(text for _, text in _strings(item))


def _duty_places(original, translation) -> dict[FieldPath, FieldPath | None] | None:
    """Where each duty of the original is in the translation when one of
    them groups the duties and the other does not (or groups them
    otherwise): the items of both aligned as one list each; a group's
    title then has no counterpart. None when both are shaped alike."""
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
        return None
    places: dict[FieldPath, FieldPath | None] = dict.fromkeys(
        [("duties", group, "title") for group in range(len(original))] if len(ours[0]) > 2 else [])
    pairs = aligned([str(_at({"duties": original}, path)) for path in ours],
                    [str(_at({"duties": translation}, path)) for path in theirs])
    places.update((path, theirs[pairs[index]] if index in pairs else None) for index, path in enumerate(ours))
    return places


def _groups(duties) -> list[int]:
    return [len(item.get("items") or []) for item in duties if isinstance(item, dict)] if isinstance(duties, list) \
        else []


def _typed(path: FieldPath) -> bool:
    """Whether the value at ``path`` is typed (a date, a count, an id), not a
    text, however the model reads the path."""
    found = readings(JobSpec, path)
    return bool(found) and all(not holds_text(annotation) or (info is not None and about(info).format is not None)
                               for info, annotation in found)


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
