"""Exchange with translators: a catalog out as PO or as an Excel workbook, and
their work back into the catalog.

The workbook has one sheet, named after the language, with a header row and
the columns ``source``, ``translation (<lang>)``, ``status`` (translated,
fuzzy or missing), ``previous source`` (the text a fuzzy entry's translation was
made for), ``where used`` (one location a line) and ``notes`` (translator
comments, one a line); three hidden columns keep the row as exported, so
that an import takes only what the translator changed. Columns are found by
their header, so a translator may reorder them; only the translation, status
and notes are read back into the catalog, the rest is there to help (and to
make the workbook a lossless copy of the catalog's entries).
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from babel.messages.catalog import Catalog, Message

from jdgen.diagnostics import Diagnostic, JdgenError, Level, Position
from jdgen.i18n.catalog import FUZZY, PoCatalog, copy_message, entry_status, read_catalog, serialize_catalog
from jdgen.i18n.memory import SUGGESTION_PREFIX, without_suggestion
from jdgen.i18n.pofile import header_fields, unusable_translation
from jdgen.languages import is_language_code

STATUSES = ("translated", "fuzzy", "missing")
COLUMNS = ("source", "translation", "status", "previous source", "where used", "notes")
_WIDTHS = {"source": 50, "translation": 60, "status": 12, "previous source": 40, "where used": 26, "notes": 36}
_HELP = "The hidden columns keep each row as exported, so that import takes only what you changed."
HIDDEN_COLUMNS = ("exported translation", "exported status", "exported notes")
"""The exported state of each row, hidden: tells import what the translator changed."""
_REQUIRED = ("source", "translation")


def exported_messages(catalog: Catalog, only_missing: bool) -> list[Message]:
    """The entries to hand to a translator, in catalog order (obsolete ones left out)."""
    return [m for m in catalog if m.id and not (only_missing and entry_status(m, catalog) == "translated")]


def po_export(catalog: PoCatalog, only_missing: bool) -> bytes:
    """The catalog, or only its fuzzy and missing entries, as a PO file with
    the catalog's header."""
    copy = PoCatalog(locale=catalog.locale, fuzzy=catalog.fuzzy)
    copy.header, copy.header_comments = catalog.header, catalog.header_comments
    for message in exported_messages(catalog, only_missing):
        copy[message.id] = copy_message(message)
    return serialize_catalog(copy)


def xlsx_export(catalog: Catalog, language: str, only_missing: bool) -> bytes:
    """The catalog, or only its fuzzy and missing entries, as an .xlsx workbook
    made for filling in: wrapped text, sized columns, a frozen header row,
    a filter, and a drop-down list for the status."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = language
    workbook.properties.language = language
    workbook.properties.title = f"Translations ({language})"
    headers = [f"translation ({language})" if name == "translation" else name for name in COLUMNS]
    sheet.append(headers + list(HIDDEN_COLUMNS))
    wrap = Alignment(wrap_text=True, vertical="top")
    header_fill = PatternFill("solid", fgColor="D9D9D9")
    source_fill = PatternFill("solid", fgColor="F2F2F2")
    status_fills = {"fuzzy": PatternFill("solid", fgColor="FFF2CC"), "missing": PatternFill("solid", fgColor="FCE4D6")}
    for cell in sheet[1]:
        cell.font, cell.fill, cell.alignment = Font(bold=True), header_fill, wrap
    sheet.cell(1, 2).comment = Comment(
        "Type or correct the translation. A filled-in fuzzy row counts as reviewed.", "jdgen")
    sheet.cell(1, 3).comment = Comment(
        "fuzzy: a suggestion to review. Set 'translated' to accept a fuzzy row as it is. " + _HELP, "jdgen")
    for message in exported_messages(catalog, only_missing):
        status = entry_status(message, catalog)
        notes = "\n".join(message.user_comments) or None
        sheet.append([
            message.id,
            message.string or None,
            status,
            "\n".join(message.previous_id) or None,
            "\n".join(where_used(message)) or None,
            notes,
            message.string or None,
            status,
            notes,
        ])
        row = sheet.max_row
        for cell in sheet[row]:
            cell.alignment = wrap
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # a text, never a formula
        sheet.cell(row, 1).fill = source_fill
        if status in status_fills:
            sheet.cell(row, 3).fill = status_fills[status]
    for index, name in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = _WIDTHS[name]
    for index in range(len(COLUMNS) + 1, len(COLUMNS) + len(HIDDEN_COLUMNS) + 1):
        sheet.column_dimensions[get_column_letter(index)].hidden = True
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{sheet.max_row}"
    if sheet.max_row > 1:
        choices = DataValidation(type="list", formula1='"' + ",".join(STATUSES) + '"', allow_blank=True)
        choices.add(f"C2:C{sheet.max_row}")
        sheet.add_data_validation(choices)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def where_used(message: Message) -> list[str]:
    """One line per use: the extracted comments (``specs/x.yaml: duties[0]``),
    then any file of a ``#:`` reference they do not name."""
    lines = list(message.auto_comments)
    named = {line.partition(": ")[0] for line in lines}
    for path, line in message.locations:
        if line is not None:
            lines.append(f"{path}:{line}")
        elif path not in named:
            lines.append(path)
    return lines


def _parse_where_used(lines: list[str]) -> tuple[list[tuple[str, int | None]], list[str]]:
    """The ``#:`` references and ``#.`` comments that ``where_used`` wrote as ``lines``."""
    locations: list[tuple[str, int | None]] = []
    comments: list[str] = []
    for text in lines:
        path, separator, rest = text.partition(": ")
        if separator:
            comments.append(text)
            location = (path, None)
        else:
            path, _, line = text.rpartition(":")
            location = (path, int(line)) if path and line.isdigit() else (text, None)
        if location not in locations:
            locations.append(location)
    return locations, comments


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


def read_translator_file(path: Path, display: str) -> TranslatorFile:
    """Read a .po or .xlsx file from a translator; raise JdgenError if unreadable."""
    if path.suffix.lower() == ".xlsx":
        return read_xlsx(path, display)
    catalog = read_catalog(path, display)
    entries = [Incoming(message, Position(message.lineno or 1, 1)) for message in catalog
               if message.id and message.id not in catalog.invalid]
    diagnostics = [replace(problem, message=f"{problem.message}; not imported") for problem in catalog.invalid.values()]
    language = header_fields(catalog).get("Language") or (str(catalog.locale) if catalog.locale else None)
    return TranslatorFile(language if is_language_code(language) else None, entries, diagnostics)


def read_xlsx(path: Path, display: str) -> TranslatorFile:
    """Read an exported workbook back: every row an entry, located by its row."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl reports damage with many exception types
        raise JdgenError([Diagnostic(display, None, f"cannot read the workbook: {error}")]) from None
    try:
        sheet = workbook.worksheets[0]
        language = next((name for name in (workbook.properties.language, sheet.title)
                         if is_language_code(name)), None)
        rows = list(sheet.iter_rows(values_only=True))
    finally:
        workbook.close()
    result = TranslatorFile(language)
    if not rows:
        raise JdgenError([Diagnostic(display, Position(1, 1), "the workbook is empty; expected a header row")])
    columns: dict[str, int] = {}
    for index, title in enumerate(rows[0]):
        name = _text(title).split(" (")[0].strip().lower()
        if name in COLUMNS + HIDDEN_COLUMNS:
            columns.setdefault(name, index)
    missing = [name for name in _REQUIRED if name not in columns]
    if missing:
        raise JdgenError([Diagnostic(
            display, Position(1, 1),
            f"the header row lacks the column {' and '.join(repr(n) for n in missing)}; "
            f"expected {', '.join(COLUMNS)}",
        )])

    def cell(row: tuple, name: str) -> str:
        index = columns.get(name)
        return _text(row[index]) if index is not None and index < len(row) else ""

    def lines(row: tuple, name: str) -> list[str]:
        return [line for line in cell(row, name).splitlines() if line.strip()]

    has_exported = all(name in columns for name in HIDDEN_COLUMNS)
    for number, row in enumerate(rows[1:], start=2):
        source = cell(row, "source")
        translation = cell(row, "translation").strip()
        if not source:
            if translation:
                result.diagnostics.append(Diagnostic(
                    display, Position(number, 1), f"row {number} has a translation but no source; ignored",
                    level=Level.WARNING,
                ))
            continue
        problem = unusable_translation(translation) if translation else None
        if problem is not None:
            result.diagnostics.append(Diagnostic(
                display, Position(number, columns["translation"] + 1),
                f'the translation of "{source}" {problem}; not imported',
            ))
            continue
        status = cell(row, "status").strip().lower() or None
        if status is not None and status not in STATUSES:
            result.diagnostics.append(Diagnostic(
                display, Position(number, columns["status"] + 1),
                f"unknown status {status!r} (expected {', '.join(STATUSES)}); ignored", level=Level.WARNING,
            ))
            status = None
        locations, uses = _parse_where_used(lines(row, "where used"))
        message = Message(
            source,
            translation,
            locations=locations,
            auto_comments=uses,
            user_comments=lines(row, "notes"),
            previous_id=lines(row, "previous source"),
        )
        message.flags = {FUZZY} if status == "fuzzy" else set()
        exported = None
        if has_exported:
            exported = Message(
                source, cell(row, "exported translation"),
                flags={FUZZY} if cell(row, "exported status") == "fuzzy" else (),
                user_comments=lines(row, "exported notes"),
            )
        result.entries.append(Incoming(
            message, Position(number, 1), workbook=True, status=status, exported=exported,
            notes_given="notes" in columns,
        ))
    return result


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@dataclass(frozen=True)
class Change:
    msgid: str
    kind: str
    """``translated`` (was empty), ``changed``, ``confirmed`` (fuzzy flag
    cleared, wording kept), ``marked fuzzy``, ``notes``."""
    translation: str
    before: str = ""
    reviewed: bool = False
    """A new translation that also cleared the fuzzy flag."""

    def format(self) -> str:
        reviewed = " (no longer fuzzy)" if self.reviewed else ""
        if self.kind == "translated":
            return f'translated    "{self.msgid}" → "{self.translation}"{reviewed}'
        if self.kind == "changed":
            return f'changed       "{self.msgid}" → "{self.translation}" (was "{self.before}"){reviewed}'
        if self.kind == "confirmed":
            return f'confirmed     "{self.msgid}" → "{self.translation}" (no longer fuzzy)'
        if self.kind == "marked fuzzy":
            return f'marked fuzzy  "{self.msgid}"'
        return f'notes         "{self.msgid}"'


def merge_translations(catalog: Catalog, incoming: Iterable[Incoming], display: str,
                       catalog_display: str) -> tuple[list[Change], list[Diagnostic]]:
    """Take a translator's work into ``catalog``; return what changed.

    From a workbook, only what the translator changed since the export counts
    (the hidden "exported" columns hold the exported state), so importing
    the same file twice, or an older one, undoes nothing:

    - a translation typed into the cell replaces the catalog's and clears the
      fuzzy flag (filling in the cell is the review), unless the translator
      also set the status to ``fuzzy``;
    - a status changed to ``translated`` confirms a fuzzy entry as it stands,
      one changed to ``fuzzy`` marks it for review;
    - notes replace the entry's translator comments.

    From a PO file, each entry is taken as it stands: its translation and
    fuzzy flag (a PO editor clears the flag when the translator confirms).

    An empty translation never erases one (it is reported); an entry whose
    source is not in the catalog (its spec changed since the export) is
    reported, not dropped silently.
    """
    changes: list[Change] = []
    diagnostics: list[Diagnostic] = []
    seen: dict[str, Position] = {}

    def warn(position: Position, text: str) -> None:
        diagnostics.append(Diagnostic(display, position, text, level=Level.WARNING))

    for entry in incoming:
        new = entry.message
        if not isinstance(new.id, str):
            continue
        if new.id in seen:
            warn(entry.position, f'"{new.id}" appears again (first on line {seen[new.id].line}); '
                                 "this one is ignored")
            continue
        seen[new.id] = entry.position
        message = catalog.get(new.id)
        if message is None:
            warn(entry.position, f'"{new.id}" is not in {catalog_display} (its text changed or is no longer '
                                 "used; run jdgen translate update, then export again); not imported")
            continue
        translation = new.string.strip() if isinstance(new.string, str) else ""
        if not translation:
            if message.string:
                warn(entry.position, f'"{new.id}" has no translation here; the catalog keeps "{message.string}"')
            continue
        if entry.workbook:
            base = entry.exported or message
            text_edited = translation != (base.string or "")
            status_edited = entry.status in ("translated", "fuzzy") and entry.status != entry_status(base)
            text = translation if text_edited else None
            fuzzy = entry.status == "fuzzy" if status_edited else (False if text_edited else None)
            notes = without_suggestion(new.user_comments) if entry.notes_given else None
            if notes is not None and notes == without_suggestion(base.user_comments):
                notes = None
        else:
            text, fuzzy, notes = translation, new.fuzzy, without_suggestion(new.user_comments)
        if notes is not None and notes != without_suggestion(message.user_comments):
            kept = [c for c in message.user_comments if c.startswith(SUGGESTION_PREFIX)]
            message.user_comments = notes + kept
            changes.append(Change(new.id, "notes", message.string or ""))
        before = message.string or ""
        text_changed = text is not None and text != before
        reviewed = fuzzy is False and message.fuzzy
        if text_changed:
            message.string = text
            changes.append(Change(new.id, "changed" if before else "translated", text, before, reviewed))
        if fuzzy is not None and fuzzy != message.fuzzy:
            if fuzzy:
                message.flags.add(FUZZY)
                changes.append(Change(new.id, "marked fuzzy", message.string))
            else:
                message.flags.discard(FUZZY)
                message.previous_id = []
                message.user_comments = without_suggestion(message.user_comments)
                if not text_changed:
                    changes.append(Change(new.id, "confirmed", message.string))
    return changes, diagnostics
