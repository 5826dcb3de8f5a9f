"""What a translator hands back, as jdgen reads it (from a PO file or a
workbook), and what it hands out: the entries to translate."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from babel.messages.catalog import Catalog, Message

from jdgen.diagnostics import Diagnostic, Position
from jdgen.i18n.catalog import PoCatalog, copy_message, entry_status, read_catalog, serialize_catalog
from jdgen.i18n.export_target import EXPORT_FIELD
from jdgen.i18n.po.model import header_fields, set_header_field
from jdgen.languages import is_language_code

STATUSES = ("translated", "fuzzy", "missing")


def exported_messages(catalog: Catalog, only_missing: bool) -> list[Message]:
    """The entries to hand to a translator, in catalog order (obsolete ones left out)."""
    return [m for m in catalog if m.id and not (only_missing and entry_status(m, catalog) == "translated")]


def po_export(catalog: PoCatalog, only_missing: bool, source: str) -> bytes:
    """The catalog ``source``, or only its fuzzy and missing entries, as a PO
    file with the catalog's header and the field that marks an export."""
    copy = PoCatalog(locale=catalog.locale, fuzzy=catalog.fuzzy)
    copy.header, copy.header_comments = catalog.header, catalog.header_comments
    set_header_field(copy, EXPORT_FIELD, source)
    for message in exported_messages(catalog, only_missing):
        copy[message.id] = copy_message(message)
    return serialize_catalog(copy)


@dataclass
class Incoming:
    """One entry of a translator's file, with where it stands in the file."""

    message: Message
    """The entry as the file states it (a row's status ``fuzzy`` → the fuzzy flag)."""
    position: Position
    workbook: bool = False
    status: str | None = None
    """A row's status cell: translated, fuzzy, missing, or None if blank."""
    exported: Message | None = None
    """A row's translation, status and notes as they were exported (hidden
    columns), to tell what the translator changed; None for a PO file."""
    notes_given: bool = True


@dataclass
class TranslatorFile:
    language: str | None
    entries: list[Incoming] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def read_po_file(path: Path, shown: str) -> TranslatorFile:
    """Read a translator's .po file; raise JdgenError if it does not read."""
    catalog = read_catalog(path, shown)
    entries = [Incoming(message, Position(message.lineno or 1, 1)) for message in catalog
               if message.id and message.id not in catalog.invalid]
    diagnostics = [replace(problem, message=f"{problem.message}; not imported") for problem in catalog.invalid.values()]
    language = header_fields(catalog).get("Language") or (str(catalog.locale) if catalog.locale else None)
    return TranslatorFile(language if is_language_code(language) else None, entries, diagnostics)
