"""Keep ``translations/<lang>.po`` in step with the specs and labels.

The source text is the msgid, so a text used in several places (or several
specs) is one entry. Each entry says where it is used without line numbers,
so that editing one part of a spec leaves the other entries alone: a ``#:``
reference per file (``#: specs/bcm-001.yaml``, the file alone, as GNU
gettext's ``--add-location=file`` writes it), and an extracted comment per
use naming the file and the field (``#. specs/bcm-001.yaml: duties[0].items[2]``).

The merge is GNU msgmerge's: an entry whose text is still used keeps its
translation and flags; a text that matches an obsolete entry (``#~``)
exactly gets that entry back as it was (translated, or fuzzy if it was
fuzzy); any other new text gets the closest translation as a fuzzy
suggestion (jdgen.i18n.memory), or an empty entry. An entry no longer used
becomes obsolete, with its translation, flags and previous msgid, so that
reverting an edit brings the reviewed translation back. Only two kinds of
entry are removed, each reported: one with no translation, and an untouched
suggestion, whose translation and notes are still those of the entry it was
made from, which the catalog keeps (so an edit reverted leaves the catalog
as it was). The catalog is rewritten, with a new ``POT-Creation-Date``, only
when an entry changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from babel.messages.catalog import Message

from jdgen.diagnostics import Diagnostic, FieldPath, format_field_path
from jdgen.i18n.catalog import (
    CatalogFolder,
    PoCatalog,
    copy_message,
    invalid_translations,
    serialize_catalog,
    stamp,
    write_catalog,
)
from jdgen.i18n.memory import Suggestion, closest, suggest, without_suggestion
from jdgen.i18n.plurals import PluralRule, is_counted
from jdgen.i18n.po.model import FUZZY, forms_of, header_fields, msgid_of, new_catalog, plural_id
from jdgen.i18n.po.reader import read_po
from jdgen.i18n.spec_translation import Hidden, hidden_field
from jdgen.jobspec.collection import LoadedSpec
from jdgen.jobspec.texts import iter_texts
from jdgen.labels import LABELS_SOURCE_LANGUAGE, LabelSet, counted_labels, source_wording

PROJECT = "jdgen job descriptions"


def source_texts(entries: Iterable[LoadedSpec], labels: LabelSet, language: str,
                 hidden: Hidden = frozenset()) -> Iterator[tuple[str, str, FieldPath]]:
    """Yield ``(source text, path, field)`` for every text that needs a
    catalog translation into ``language``: no inline ``language``, a
    source language other than ``language``, and not in one of the
    ``hidden`` fields (those the specs' template shows nowhere)."""
    if language != LABELS_SOURCE_LANGUAGE:
        for key, label in labels.texts.items():
            if not (isinstance(label, dict) and language in label):
                yield source_wording(label), labels.loaded.path, (key,)
    for entry in entries:
        if entry.spec.source_language == language:
            continue
        for text_field, text in iter_texts(entry.spec):
            if hidden and hidden_field(text_field, hidden):
                continue
            if isinstance(text, dict):
                if language in text:
                    continue
                text = text[entry.spec.source_language]
            yield text, entry.loaded.locate(text_field)[0].path, text_field  # a shared text: its file


@dataclass
class Uses:
    """Where one source text is used."""

    files: list[str] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)
    """``path: field path`` for each use."""
    counted: bool = False
    """Whether a use counts something (a unit, a label filled in with a
    count): the entry then has plural forms."""


def use_comment(path: str, text_field: FieldPath) -> str:
    """``specs/bcm-001.yaml: duties[0].items[2]``: the extracted comment of one use."""
    return f"{path}: {format_field_path(text_field)}"


def extraction_template(forms: list[tuple[LabelSet, Hidden, list[LoadedSpec]]],
                        language: str) -> dict[str, Uses]:
    """Every source text to translate into ``language``, with its uses: of
    each form (its labels, the fields it shows nowhere, its specs), its
    labels and then the texts its specs' documents show, in order."""
    template: dict[str, Uses] = {}
    texts = (found for labels, hidden, entries in forms for found in source_texts(entries, labels, language, hidden))
    for source, path, text_field in texts:
        uses = template.setdefault(source, Uses())
        if path not in uses.files:
            uses.files.append(path)
        uses.counted = uses.counted or any(_counted(path, text_field, labels) for labels, _, _ in forms)
        comment = use_comment(path, text_field)
        if comment not in uses.fields:
            uses.fields.append(comment)
    return template


def _counted(path: str, text_field: FieldPath, labels: LabelSet) -> bool:
    if path == labels.loaded.path and len(text_field) == 1:
        return text_field[0] in counted_labels()
    return is_counted(text_field)


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
    """Texts that came back with their former translation (an obsolete entry), as translated as it was."""
    restored_fuzzy: list[str] = field(default_factory=list)
    """Texts that came back with a former translation that is still to review."""
    removed: list[str] = field(default_factory=list)
    """Texts no longer used, kept as obsolete entries with their translation."""
    dropped: list[str] = field(default_factory=list)
    """Texts no longer used that had no translation: removed from the catalog."""
    dropped_suggestions: list[str] = field(default_factory=list)
    """Texts no longer used whose entry was an unreviewed suggestion, the
    translation of an entry the catalog keeps: removed from the catalog."""
    reshaped: list[tuple[str, bool]] = field(default_factory=list)
    """Translated texts whose entry gained plural forms (now counted) or lost
    them: the translation kept in each form, fuzzy, to review."""
    problems: list[Diagnostic] = field(default_factory=list)
    """The catalog's translations that jdgen cannot use, located in the catalog as written."""


def merge(base: PoCatalog, template: dict[str, Uses], report: CatalogUpdate, forms: int = 2) -> PoCatalog:
    """A new catalog holding exactly the texts of ``template``, each with what
    ``base`` knows of it; ``base`` is left as it was. Fills in ``report``.

    A counted text's entry has ``forms`` plural forms; an entry that gains
    or loses its plural forms keeps its translation in each, fuzzy, to review
    (as msgmerge does)."""
    catalog = PoCatalog(locale=base.locale, fuzzy=base.fuzzy)
    catalog.header = base.header
    catalog.header_comments = None if base.header_comments is None else list(base.header_comments)
    active = {msgid_of(message): message for message in base if message.id}
    obsolete = {msgid_of(message): message for message in base.obsolete.values()}  # keyed by msgid, as read
    candidates = [m for m in (*active.values(), *obsolete.values()) if m.id not in base.invalid]
    for msgid, uses in template.items():
        if msgid in active:
            message = copy_message(active[msgid])
            if msgid in base.invalid:
                catalog.invalid[msgid] = base.invalid[msgid]
        elif msgid in obsolete:
            message = copy_message(obsolete.pop(msgid))
            if not message.string:
                report.added.append(msgid)
            elif message.fuzzy:
                report.restored_fuzzy.append(msgid)
            else:
                report.restored.append(msgid)
        elif uses.counted:
            message = Message((msgid, msgid), ("",) * forms)
            message.flags = set()
            report.added.append(msgid)
        else:
            message = Message(msgid)
            message.flags = set()
            source = closest(msgid, candidates)
            if source is None:
                report.added.append(msgid)
            else:
                suggestion = suggest(message, source)
                if suggestion is None:
                    report.restored_fuzzy.append(msgid)
                else:
                    report.suggestions.append(suggestion)
        message = _shaped(message, uses.counted, forms, report)
        # Babel's annotation says a line number, but its own read_po keeps None for a location without one
        message.locations = [(path, None) for path in uses.files]  # type: ignore[misc]
        message.auto_comments = list(uses.fields)
        if not message.fuzzy:
            message.user_comments = without_suggestion(message.user_comments)
        catalog[msgid] = message
    vanished = {msgid: message for msgid, message in active.items() if msgid not in template}
    gone: dict[str, Message] = {}
    for msgid, message in vanished.items():
        if message.string and not _is_suggestion(message):
            gone[msgid] = message
    for msgid, message in vanished.items():
        if msgid in gone:
            report.removed.append(msgid)
        elif not message.string:
            report.dropped.append(msgid)
        elif _unreviewed_copy(message, catalog, obsolete, gone):
            report.dropped_suggestions.append(msgid)
        else:
            gone[msgid] = message
            report.removed.append(msgid)
    catalog.obsolete.update(obsolete)
    for msgid, message in vanished.items():
        if msgid in gone:
            kept = copy_message(message)
            kept.locations, kept.auto_comments = [], []
            catalog.obsolete[msgid] = kept
    return catalog


def _shaped(message: Message, counted: bool, forms: int, report: CatalogUpdate) -> Message:
    """``message`` with plural forms if its text is counted, with one
    translation if not; a translation moved between the two shapes is fuzzy."""
    if (plural_id(message) is not None) == counted:
        return message
    translated = forms_of(message)
    msgid = msgid_of(message)
    shaped = copy_message(message)
    shaped.id = (msgid, msgid) if counted else msgid
    shaped.string = (translated[0],) * forms if counted else translated[0]
    if any(translated):
        shaped.flags.add(FUZZY)
        report.reshaped.append((msgid, counted))
    return shaped


def _is_suggestion(message: Message) -> bool:
    return bool(message.fuzzy and message.previous_id)


def _unreviewed_copy(message: Message, catalog: PoCatalog, *others: dict[str, Message]) -> bool:
    """Whether ``message`` is a suggestion nobody worked on (its translation
    and notes are still those of the entry it was made from, which the
    catalog keeps): dropping it loses nothing."""
    if not _is_suggestion(message):
        return False
    source_id = message.previous_id[0]
    source = catalog.get(source_id) or next((o[source_id] for o in others if source_id in o), None)
    return (source is not None and source.string == message.string
            and without_suggestion(source.user_comments) == without_suggestion(message.user_comments))


def update_catalog(catalogs: CatalogFolder, language: str, template: dict[str, Uses]) -> CatalogUpdate:
    """Merge ``template`` into the catalog of ``language``; write only on change.

    Raises JdgenError when the catalog cannot be read: a damaged catalog is
    never rewritten.
    """
    existing = catalogs.get(language)
    path, shown = catalogs.path_for(language), catalogs.shown_path(language)
    report = CatalogUpdate(language, shown, written=False)
    base = existing if existing is not None else new_catalog(language, PROJECT)
    rule = PluralRule.from_header(header_fields(base).get("Plural-Forms"), language)
    catalog = merge(base, template, report, rule.count)
    if existing is None or serialize_catalog(catalog) != serialize_catalog(existing):
        stamp(catalog, "POT-Creation-Date")
        report.written = write_catalog(path, catalog)
        if catalog.invalid:  # locate them in the file as now written
            catalog = read_po(serialize_catalog(catalog), shown, language)
    report.problems = invalid_translations(catalog)
    return report
