"""Translations as an Excel workbook: written for a translator to fill in,
and read back.

The workbook has one sheet, named after the language, with a header row and
the columns ``source``, ``translation (<lang>)``, ``status`` (translated,
fuzzy or missing), ``previous source`` (the text a fuzzy entry's translation was
made for), ``where used`` (one location a line), ``notes`` (translator
comments, one a line) and ``forms``: for an entry with plural forms, the
counts each line of its translation is for (``line 1: 1; line 2: 0, 2, 3, …``),
the forms one a line in the translation; three hidden columns keep the row as exported, so
that an import takes only what the translator changed. Columns are found by
their header, so a translator may reorder them; only the translation, status
and notes are read back into the catalog, the rest is there to help (and to
make the workbook a lossless copy of the catalog's entries).
"""

from __future__ import annotations

import io
from pathlib import Path

from babel.messages.catalog import Catalog, Message

from jdgen.diagnostics import Diagnostic, JdgenError, Level, Position
from jdgen.i18n.catalog import FUZZY, entry_status
from jdgen.i18n.export_target import EXPORT_CATEGORY
from jdgen.i18n.plurals import PluralRule
from jdgen.i18n.po.model import forms_of, header_fields, msgid_of, plural_id, unusable_translation
from jdgen.i18n.translator_file import STATUSES, Incoming, TranslatorFile, exported_messages
from jdgen.languages import is_language_code

COLUMNS = ("source", "translation", "status", "previous source", "where used", "notes", "forms")
_WIDTHS = {"source": 50, "translation": 60, "status": 12, "previous source": 40, "where used": 26, "notes": 36,
           "forms": 30}
_HELP = "The hidden columns keep each row as exported, so that import takes only what you changed."
HIDDEN_COLUMNS = ("exported translation", "exported status", "exported notes")
"""The exported state of each row, hidden: tells import what the translator changed."""
_REQUIRED = ("source", "translation")


def xlsx_export(catalog: Catalog, language: str, only_missing: bool, source: str) -> bytes:
    """The catalog ``source``, or only its fuzzy and missing entries, as an
    .xlsx workbook made for filling in: wrapped text, sized columns, a frozen
    header row, a filter, and a drop-down list for the status; its category
    marks it as an export."""
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
    workbook.properties.category, workbook.properties.description = EXPORT_CATEGORY, source
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
    sheet.cell(1, len(COLUMNS)).comment = Comment(
        "A row with forms counts something: type its translation's forms one a line (Alt+Enter), "
        "in the order given here.", "jdgen")
    sheet.cell(1, 3).comment = Comment(
        "fuzzy: a suggestion to review. Set 'translated' to accept a fuzzy row as it is. " + _HELP, "jdgen")
    rule = PluralRule.from_header(header_fields(catalog).get("Plural-Forms"), language)
    for message in exported_messages(catalog, only_missing):
        status = entry_status(message, catalog)
        notes = "\n".join(message.user_comments) or None
        forms = forms_of(message)
        translation = "\n".join(forms) if any(forms) else None
        sheet.append([
            msgid_of(message),
            translation,
            status,
            "\n".join(message.previous_id) or None,
            "\n".join(where_used(message)) or None,
            notes,
            _forms_for(rule) if plural_id(message) is not None else None,
            translation,
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


def _forms_for(rule: PluralRule) -> str:
    """Which counts each line of a plural entry's translation is for: ``line 1: 1; line 2: 0, 2, 3, …``."""
    examples: list[list[int]] = [[] for _ in range(rule.count)]
    for count in range(1000):
        chosen = examples[rule.index(count)]
        if len(chosen) < 4:
            chosen.append(count)
    return "; ".join(f"line {index}: " + ", ".join(map(str, counts[:3])) + (", …" if len(counts) > 3 else "")
                     for index, counts in enumerate(examples, start=1) if counts)


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
            location: tuple[str, int | None] = (path, None)
        else:
            path, _, line = text.rpartition(":")
            location = (path, int(line)) if path and line.isdigit() else (text, None)
        if location not in locations:
            locations.append(location)
    return locations, comments


def read_xlsx(path: Path, shown: str) -> TranslatorFile:
    """Read an exported workbook back: every row an entry, located by its row."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl reports damage with many exception types
        raise JdgenError([Diagnostic(shown, None, f"cannot read the workbook: {error}",
                                     code="catalog-exchange")]) from None
    try:
        sheet = workbook.worksheets[0]
        language = next((name for name in (workbook.properties.language, sheet.title)
                         if is_language_code(name)), None)
        rows = list(sheet.iter_rows(values_only=True))
    finally:
        workbook.close()
    result = TranslatorFile(language)
    if not rows:
        raise JdgenError([Diagnostic(shown, Position(1, 1), "the workbook is empty; expected a header row",
                                     code="catalog-exchange")])
    columns: dict[str, int] = {}
    for index, title in enumerate(rows[0]):
        name = _text(title).split(" (")[0].strip().lower()
        if name in COLUMNS + HIDDEN_COLUMNS:
            columns.setdefault(name, index)
    missing = [name for name in _REQUIRED if name not in columns]
    if missing:
        raise JdgenError([Diagnostic(
            shown, Position(1, 1),
            f"the header row lacks the column {' and '.join(repr(n) for n in missing)}; "
            f"expected {', '.join(COLUMNS)}", code="catalog-exchange",
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
                    shown, Position(number, 1), f"row {number} has a translation but no source; ignored",
                    level=Level.WARNING, code="catalog-exchange",
                ))
            continue
        plural = bool(cell(row, "forms").strip())
        forms = [line.strip() for line in translation.splitlines()] if plural else [translation]
        problem = next((found for found in map(unusable_translation, forms) if found), None) if translation else None
        if problem is not None:
            result.diagnostics.append(Diagnostic(
                shown, Position(number, columns["translation"] + 1),
                f'the translation of "{source}" {problem}; not imported', code="catalog-bad-translation",
            ))
            continue
        status = cell(row, "status").strip().lower() or None
        if status is not None and status not in STATUSES:
            result.diagnostics.append(Diagnostic(
                shown, Position(number, columns["status"] + 1),
                f"unknown status {status!r} (expected {', '.join(STATUSES)}); ignored", level=Level.WARNING,
                code="catalog-exchange",
            ))
            status = None
        locations, uses = _parse_where_used(lines(row, "where used"))
        message = Message(
            (source, source) if plural else source,
            tuple(forms) if plural else translation,
            # Babel's annotation says a line number, but its own read_po keeps None for a location without one
            locations=locations,  # type: ignore[arg-type]
            auto_comments=uses,
            user_comments=lines(row, "notes"),
            previous_id=lines(row, "previous source"),
        )
        message.flags = {FUZZY} if status == "fuzzy" else set()
        exported = None
        if has_exported:
            exported = Message(
                source, "\n".join(line.strip() for line in cell(row, "exported translation").splitlines()),
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


