"""The review file of an import (``--report import-report.xlsx`` or
``.html``): per document, every field with its value, where in the
document it was read (in Word's terms: the label and the text before it)
and how sure the import is of it (a score and the rule that placed it,
confidence.py; with what to check when a part of it was guessed), a
count of the fields by rule, then the warnings; what a person checks an
import against."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

import yaml

from jdgen.importer.confidence import GUESSED, POSITION, RULES, Confidence, in_words, weakest
from jdgen.importer.entries import Note, Place


@dataclass
class Reviewed:
    """One document's import, as the review shows it."""

    document: str
    spec: str
    """The spec written, or "" when none was."""
    fields: list[tuple[str, str, str, str]] = field(default_factory=list)
    """(field, value, where it was read, how sure the import is of it)."""
    warnings: list[str] = field(default_factory=list)
    by_rule: dict[str, int] = field(default_factory=dict)
    """How many fields each rule placed (a field's weakest rule), surest first."""

    def summary(self) -> str:
        """The count of fields by rule, in words: ``5 exact, 2 guessed``."""
        return in_words(self.by_rule)


def reviewed(document: str, spec: str, data: dict, sources: dict[str, Place], confidence: dict[str, Confidence],
             notes: list[Note], warnings: list[str]) -> Reviewed:
    """The review of a document whose spec holds ``data``, read from
    ``sources`` with ``confidence``; ``notes`` say which values were placed
    by a guess. A field the import filled without reading it under a label
    of its own (a reporting chart's boxes, the line above the form) is
    placed by its position."""
    guesses = [note for note in notes if note.unsure]
    rows = []
    by_rule = dict.fromkeys((rule.name for rule in RULES), 0)
    for name, value in _fields(data):
        placed = [note for note in guesses if note.field == name]
        place = sources.get(name) or (placed[0].where if placed else None)
        checks = [f'check: {note.reason} ("{note.text}")' for note in guesses if note.field == name or
                  not note.field and place is not None and _label(note.where) == _label(place)]
        parts = _within(confidence, name)
        sure = weakest(parts) if parts else Confidence(POSITION, "no label of its own")
        if checks and not sure.unsure:  # a part of it guessed (an item joined to the one before)
            sure = Confidence(GUESSED)
        by_rule[sure.rule.name] += 1
        rows.append((name, _shown(value), str(place) if place else "", "; ".join([str(sure), *checks])))
    return Reviewed(document, spec, rows, warnings, by_rule)


def _within(confidence: dict[str, Confidence], name: str) -> list[Confidence]:
    """The confidences of a reviewed field's parts (``basic`` holds ``basic.department``)."""
    return [found for path, found in confidence.items() if path == name or path.startswith(f"{name}.")]


def _label(place: Place) -> str:
    """The part of a place that names its label: ``under 岗位职责`` of ``under 岗位职责, after "…"``."""
    return place.text.split(", after ")[0]


def _fields(data: dict):
    """The spec's fields, two levels deep (``basic.department``, ``duties``)."""
    for key, value in data.items():
        if isinstance(value, dict) and key in ("document", "basic", "relationships", "authority", "qualifications",
                                               "training", "environment"):
            for name, item in value.items():
                yield f"{key}.{name}", item
        else:
            yield key, value


def _shown(value) -> str:
    if isinstance(value, (dict, list)):
        return yaml.safe_dump(_plain(value), allow_unicode=True, sort_keys=False, default_flow_style=False).strip()
    return str(value)


def _plain(value):
    """Lists and mappings of texts and numbers YAML can show (a Decimal, a date as written)."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value if isinstance(value, (str, int, float)) else str(value)


HEADINGS = ("document", "field", "value", "read from", "confidence")


def review_workbook(documents: list[Reviewed]) -> bytes:
    """The review as an Excel workbook: a sheet of fields, a sheet of warnings."""
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "fields"
    sheet.append(HEADINGS)
    for item in documents:
        for row in item.fields:
            sheet.append((item.document, *row))
    warnings = workbook.create_sheet("warnings")
    warnings.append(("document", "warning"))
    for item in documents:
        for warning in item.warnings:
            warnings.append((item.document, warning))
    summary = workbook.create_sheet("confidence")
    summary.append(("document", *(rule.name for rule in RULES)))
    for item in documents:
        summary.append((item.document, *item.by_rule.values()))
    for page, widths in ((sheet, (28, 26, 60, 40, 50)), (warnings, (28, 120)), (summary, (28, 16, 16, 16, 16, 16))):
        for cell in page[1]:
            cell.font = Font(bold=True)
        for column, width in zip("ABCDE", widths, strict=False):
            page.column_dimensions[column].width = width
        for row in page.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        page.freeze_panes = "A2"
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


def review_html(documents: list[Reviewed]) -> bytes:
    """The review as one HTML page: a section per document."""
    parts = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>Import review</title><style>'
             "body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #999;"
             "padding:4px;vertical-align:top;text-align:left}td pre{margin:0;font-family:inherit;white-space:pre-wrap}"
             "</style></head><body><h1>Import review</h1>"]
    for item in documents:
        spec = f" → {html.escape(item.spec)}" if item.spec else " (not imported)"
        parts.append(f"<h2>{html.escape(item.document)}{spec}</h2>")
        if item.fields:
            parts.append(f"<p>Fields by confidence: {html.escape(item.summary())}</p>")
            parts.append("<table><tr><th>field</th><th>value</th><th>read from</th><th>confidence</th></tr>")
            for name, value, where, confidence in item.fields:
                parts.append(f"<tr><td>{html.escape(name)}</td><td><pre>{html.escape(value)}</pre></td>"
                             f"<td>{html.escape(where)}</td><td>{html.escape(confidence)}</td></tr>")
            parts.append("</table>")
        if item.warnings:
            parts.append("<h3>Warnings</h3><ul>")
            parts += [f"<li>{html.escape(warning)}</li>" for warning in item.warnings]
            parts.append("</ul>")
    parts.append("</body></html>")
    return "".join(parts).encode("utf-8")
