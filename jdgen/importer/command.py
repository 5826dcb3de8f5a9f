"""``jdgen import``: Word documents in, one spec each out, written whole or
not at all, under no id another spec has, and never over an existing spec
(with ``force``, over one an earlier import wrote: jdgen.importer.targets)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from jdgen.diagnostics import Diagnostic, JdgenError, Level, format_field_path, in_order, plural
from jdgen.file_errors import cannot_write
from jdgen.importer import field_labels
from jdgen.importer.convert import Readable, documents_in, readable
from jdgen.importer.entries import Note, Place, Recognized
from jdgen.importer.field_labels import reading_for
from jdgen.importer.reading import NotAForm, read_rows
from jdgen.importer.recognize import recognize
from jdgen.importer.review import Reviewed, reviewed
from jdgen.importer.targets import ImportTargets
from jdgen.importer.writing import spec_yaml
from jdgen.jobspec.model import JobSpec
from jdgen.jobspec.own_fields import spec_model
from jdgen.output import write_atomically
from jdgen.project import Project


@dataclass
class ImportReport:
    read: int = 0
    written: list[str] = field(default_factory=list)
    filled: int = 0
    flagged: int = 0
    unplaced: int = 0
    diagnostics: list[Diagnostic] = field(default_factory=list)
    paired: int = 0
    files: list[str] = field(default_factory=list)
    """One line per document: what became of it."""
    reviews: list[Reviewed] = field(default_factory=list)
    """Each document's fields, their sources and warnings: the review file's content."""
    review: str = ""
    """The review file written, as shown."""
    by_rule: dict[str, int] = field(default_factory=dict)
    """How many fields of the specs written each confidence rule placed."""


def import_documents(project: Project, documents: list[Path], output: Path, force: bool = False,
                     translations: list[tuple[str, Path]] | None = None, review: Path | None = None) -> ImportReport:
    """Import each of ``documents`` (files or folders) into ``output/<id>.yaml``;
    with ``translations`` (language, document), pair each one's texts with
    the (single) document's into ``translations/<language>.po``; with
    ``review``, write the review file there (.xlsx or .html)."""
    report = ImportReport()
    targets = ImportTargets(project, output, force)
    found = documents_in(documents)
    converted = found + [document for _, document in translations or []]
    # the project's own fields are read by their labels too
    with reading_for(spec_model(project.root)), readable(converted) as docx:
        for document in found:
            _import_and_review(project, document, output, translations or [], report, targets, docx)
    if review is not None:
        _write_review(project, review, force, report)
    return report


def _import_and_review(project: Project, document: Path, output: Path, translations: list[tuple[str, Path]],
                       report: ImportReport, targets: ImportTargets, docx: Readable) -> None:
    """Import one document, and keep its review; its line says how sure the import is of its fields."""
    first, written = len(report.diagnostics), len(report.written)
    data = _import_one(project, document, output, translations, report, targets, docx)
    review = reviewed(project.shown(document), report.written[-1] if len(report.written) > written else "",
                      data.data if data else {}, data.sources if data else {}, data.confidence if data else {},
                      data.notes if data else [], [_review_line(item) for item in in_order(report.diagnostics[first:])])
    report.reviews.append(review)
    if review.spec:
        report.files[-1] += f"; confidence: {review.summary()}"
        for name, count in review.by_rule.items():
            report.by_rule[name] = report.by_rule.get(name, 0) + count


def _write_review(project: Project, review: Path, force: bool, report: ImportReport) -> None:
    from jdgen.importer.review import review_html, review_workbook

    shown = project.shown(review)
    if review.exists() and not force:
        return _error(report, shown, f"{shown} exists; not overwritten (use --force to replace it)",
                      code="import-exists")
    content = review_workbook(report.reviews) if review.suffix.lower() == ".xlsx" else review_html(report.reviews)
    try:
        write_atomically(review, content)
    except OSError as error:
        return _error(report, shown, f"the review file cannot be written: {error.strerror}", code="import-exists")
    report.review = shown
    return None


def _import_one(project: Project, document: Path, output: Path, translations: list[tuple[str, Path]],
                report: ImportReport, targets: ImportTargets, docx: Readable) -> Recognized | None:
    """Import one document (its spec written, its problems in ``report``); what was recognised."""
    shown = project.shown(document)
    recognized = _recognize(docx, document, shown, report)
    if recognized is None:
        report.files.append(f"{shown}: not imported")
        return None
    report.read += 1
    data = recognized.data
    number = str(data.get("id", ""))
    made = _UNSAFE.sub("-", number).strip("-_")[:64] if number.isascii() else ""
    if not _ID.fullmatch(number) and _ID.fullmatch(made):  # WSD/CA/ACO/017: its slashes cannot be in a file name
        data = {**data, "id": made.upper()}
        _warn(report, shown, f"position number (职位编号) \"{number}\" cannot be an id as written (an id names the "
                             f"spec's files: ASCII letters, digits, - and _); the spec's id {made.upper()} is made "
                             "from it; check it", code="import-untyped")
    elif not _ID.fullmatch(number):
        if "id" in data:
            recognized.notes.append(Note(Place("职位编号"), data["id"], "not usable as an id (ASCII letters, "
                                         "digits, - and _), kept as a comment"))
        found = "no usable" if "id" in data else "no"
        data = {**data, "id": _id_from(document)}
        _warn(report, shown, f"{found} position number (职位编号) found; the spec's id {data['id']} "
                               "comes from the file name; change it to the position's number",
              code="import-untyped")
    notes = [note.format(shown) for note in recognized.notes if not note.unsure]
    for note in recognized.notes:
        _warn(report, shown, f"{note.where}: {note.reason}: \"{note.text}\"", code=_note_code(note),
              order=note.where.order)
    unplaced = sum(1 for note in recognized.notes if not note.unsure)
    report.unplaced += unplaced
    report.flagged += recognized.flagged
    spec = _check(data, shown, report)
    target = output / f"{data['id'].lower()}.yaml"
    target_shown = project.shown(target)
    refused = targets.claim(data["id"], target, shown)
    if refused is not None:
        report.diagnostics.append(refused)
        report.files.append(f"{shown}: not written")
        return recognized
    try:
        write_atomically(target, spec_yaml(data, document.name, notes).encode("utf-8"))
    except OSError as error:
        report.diagnostics.append(cannot_write(target_shown, error))
        report.files.append(f"{shown}: not written")
        return recognized
    report.written.append(target_shown)
    report.filled += recognized.filled
    report.files.append(f"{shown}: {target_shown}, {plural(recognized.filled, 'field')} filled, "
                        f"{recognized.flagged} flagged to check, {plural(unplaced, 'text')} not placed")
    for translation in translations:
        if spec is not None:
            _pair(project, spec, data, translation, target_shown, report, docx)
    recognized.data = data
    return recognized


def _recognize(docx: Readable, document: Path, shown: str, report: ImportReport) -> Recognized | None:
    try:
        recognized = recognize(read_rows(docx.docx(document)))
    except NotAForm as error:
        _error(report, shown, str(error), code=error.code)
        return None
    if recognized.error:
        _error(report, shown, recognized.error, code="import-file")
        return None
    return recognized


def _check(data: dict, shown: str, report: ImportReport) -> JobSpec | None:
    """The spec, or None with a warning per field to complete by hand."""
    try:
        return field_labels.spec_model().model_validate(data)
    except ValidationError as error:
        for item in error.errors():
            where = format_field_path(tuple(part for part in item["loc"] if not str(part).startswith("<")))
            what = "not found in the document; fill it in" if item["type"] == "missing" else item["msg"]
            _warn(report, shown, f"{where}: {what}",
                  code="spec-missing-field" if item["type"] == "missing" else "spec-bad-value")
        return None


def _pair(project: Project, spec: JobSpec, original: dict, translation: tuple[str, Path], spec_shown: str,
          report: ImportReport, docx: Readable) -> None:
    from jdgen.i18n.catalog import CatalogFolder
    from jdgen.importer.pairing import into_catalog, pair_texts

    language, document = translation
    shown = project.shown(document)
    try:
        recognized = recognize(read_rows(docx.docx(document)))
    except NotAForm as error:
        return _error(report, shown, str(error), code=error.code)
    if recognized.error:
        return _error(report, shown, recognized.error, code="import-file")
    pairing = pair_texts(spec, original, recognized.data)
    catalogs = CatalogFolder(project.root / "translations", "translations")
    try:
        into_catalog(pairing, catalogs, language, spec_shown)
    except JdgenError as error:
        report.diagnostics += error.diagnostics
        return None
    except OSError as error:
        report.diagnostics.append(cannot_write(catalogs.shown_path(language), error))
        return None
    for note in recognized.notes:
        if note.reason == "text not placed":
            _warn(report, shown, f"{note.where}: {note.reason}: \"{note.text}\"", code="import-unplaced")
    for message in pairing.unmatched:
        _warn(report, shown, f"not paired: {message}", code="import-unpaired")
    report.paired += pairing.added
    return None


_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
"""The spec model's Identifier: safe as a file name."""


def _id_from(document: Path) -> str:
    """An id from a file name: its letters, digits, - and _ (bcm-001.docx → BCM-001),
    or POS- and a digest of the name when it has none (客户经理.docx)."""
    stem = _UNSAFE.sub("-", document.stem).strip("-_")[:64]
    if stem:
        return stem.upper()
    return "POS-" + hashlib.sha1(document.stem.encode("utf-8")).hexdigest()[:8].upper()


def _note_code(note: Note) -> str:
    """A value placed with low confidence, a text kept as a comment (a value
    of the wrong type), or one with no place."""
    if note.unsure:
        return "import-unsure"
    return "import-untyped" if note.reason.endswith("kept as a comment") else "import-unplaced"


def _review_line(diagnostic: Diagnostic) -> str:
    """A diagnostic as the review file lists it under its document: without the file's name."""
    field_path = f"{format_field_path(diagnostic.field)}: " if diagnostic.field else ""
    return f"{diagnostic.level.value}: {field_path}{diagnostic.message} [{diagnostic.code}]"


def _warn(report: ImportReport, shown: str, message: str, *, code: str, order: int = 0) -> None:
    report.diagnostics.append(Diagnostic(shown, None, message, level=Level.WARNING, code=code, order=order))


def _error(report: ImportReport, shown: str, message: str, *, code: str) -> None:
    report.diagnostics.append(Diagnostic(shown, None, message, code=code))
