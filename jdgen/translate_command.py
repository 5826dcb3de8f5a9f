"""``jdgen translate``: keep the catalogs in step with the specs (update),
and exchange the catalogs with translators (export, import); how far the
translation has come (status) is jdgen.checking.status_specs."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from jdgen.checking.template import hidden_fields
from jdgen.diagnostics import Diagnostic, JdgenError
from jdgen.file_errors import cannot_write
from jdgen.i18n.catalog import (
    CatalogFolder,
    entry_status,
    read_catalog,
    stamp,
    write_catalog,
)
from jdgen.i18n.exchange import Change, merge_translations, read_translator_file
from jdgen.i18n.export_target import refusal
from jdgen.i18n.extract import CatalogUpdate, extraction_template, update_catalog
from jdgen.i18n.po.model import set_header_field
from jdgen.i18n.translator_file import exported_messages, po_export
from jdgen.i18n.workbook import xlsx_export
from jdgen.inputs import load_inputs
from jdgen.output import write_atomically
from jdgen.project import Project, UsageError

EXPORT_FORMATS = ("po", "xlsx")


def _catalogs(project: Project) -> CatalogFolder:
    return CatalogFolder(project.translations, project.shown(project.translations))


def update(project: Project, paths: list[Path], languages: list[str]) -> tuple[list[CatalogUpdate], list[Diagnostic]]:
    """Update ``translations/<lang>.po`` for each language (each spec's texts
    in each language but its own source language, but those of the fields
    its own template shows nowhere, and the labels of each template the
    specs are made with); a language nothing is
    translated into, and that has no catalog, gets none.

    Refuses to touch the catalogs while a spec has errors: a half-read spec
    would make its texts look removed; refuses to rewrite a catalog that
    cannot be read. Each translation the catalog holds but jdgen cannot use
    is reported (the entry is kept as it is); a catalog the disk refuses is
    an error at its path, and the other languages are still updated.
    """
    inputs = load_inputs(project, paths)
    diagnostics = inputs.diagnostics
    if not inputs.labels_usable or inputs.failed:
        return [], diagnostics
    forms = [(labels, hidden_fields(*project.template_folder(name)),
              [entry for entry in inputs.entries if inputs.templates[entry.loaded.path] == name])
             for name, labels in inputs.labels.items() if labels is not None]
    updates = []
    for language in languages:
        try:
            template = extraction_template(forms, language)
            if not template and not inputs.catalogs.path_for(language).exists():
                continue
            result = update_catalog(inputs.catalogs, language, template)
            updates.append(result)
            diagnostics += result.problems
        except JdgenError as error:
            diagnostics += error.diagnostics
        except OSError as error:
            diagnostics.append(cannot_write(inputs.catalogs.shown_path(language), error))
    return updates, diagnostics


@dataclass
class ExportReport:
    path: str
    catalog: str
    exported: int
    statuses: dict[str, int]


def export(project: Project, language: str, output: Path, output_format: str | None = None,
           only_missing: bool = False, overwrite: bool = False) -> ExportReport:
    """Write the catalog of ``language`` (all of it, or its fuzzy and missing
    entries) to ``output`` as PO or as an Excel workbook; over an existing
    file only if it is an earlier export and ``overwrite`` is given, never
    over a file of the project (jdgen.i18n.export_target).

    Raises UsageError for an unknown format or a language with no catalog,
    JdgenError when the catalog cannot be read or the file not written.
    """
    output_format = output_format or output.suffix.lower().lstrip(".")
    if output_format not in EXPORT_FORMATS:
        raise UsageError(f"cannot tell the format of {output.name}; name a .po or .xlsx file, or give --format")
    catalogs = _catalogs(project)
    catalog = catalogs.get(language)
    if catalog is None:
        raise UsageError(f"there is no catalog {catalogs.shown_path(language)}; "
                         f"run 'jdgen translate update --lang {language}' first")
    source = catalogs.shown_path(language)
    refused = refusal(project, output, catalogs.path_for(language), overwrite)
    if refused is not None:
        raise JdgenError([refused])
    messages = exported_messages(catalog, only_missing)
    data = (po_export(catalog, only_missing, source) if output_format == "po"
            else xlsx_export(catalog, language, only_missing, source))
    try:
        write_atomically(output, data)
    except OSError as error:
        raise JdgenError([cannot_write(project.shown(output), error)]) from None
    statuses = {name: 0 for name in ("translated", "fuzzy", "missing")}
    for message in messages:
        statuses[entry_status(message)] += 1
    return ExportReport(project.shown(output), catalogs.shown_path(language), len(messages), statuses)


@dataclass
class ImportReport:
    catalog: str
    changes: list[Change] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    written: bool = False


def import_translations(project: Project, source: Path, language: str | None, translator: str | None,
                        fallback: str) -> ImportReport:
    """Take a translator's .po or .xlsx file into ``translations/<lang>.po``.

    The language is ``language``, else the one the file names, else ``fallback``;
    the catalog is rewritten (atomically) only if something changed, with
    ``PO-Revision-Date`` set to now and, given ``translator``
    (``Name <email>``), ``Last-Translator``; a catalog the disk refuses is
    an error at its path, and stays as it was.
    Raises UsageError for a missing file or a language mismatch.
    """
    if not os.path.isfile(source):  # also when the name is too long to look up
        raise UsageError(f"no such file: {project.shown(source)}")
    if source.suffix.lower() not in (".po", ".xlsx"):
        raise UsageError(f"cannot import {source.name}: expected a .po or .xlsx file")
    shown = project.shown(source)
    try:
        incoming = read_translator_file(source, shown)
    except JdgenError as error:
        return ImportReport("", diagnostics=error.diagnostics)
    if language and incoming.language and incoming.language != language:
        raise UsageError(f"{shown} holds {incoming.language} translations, not {language}")
    language = language or incoming.language or fallback
    catalogs = _catalogs(project)
    path, catalog_shown = catalogs.path_for(language), catalogs.shown_path(language)
    if not path.is_file():
        raise UsageError(f"there is no catalog {catalog_shown}; run 'jdgen translate update --lang {language}' first")
    report = ImportReport(catalog_shown, diagnostics=list(incoming.diagnostics))
    try:
        catalog = read_catalog(path, catalog_shown, language)
    except JdgenError as error:
        report.diagnostics += error.diagnostics
        return report
    report.changes, problems = merge_translations(catalog, incoming.entries, shown, catalog_shown)
    report.diagnostics += problems
    if report.changes:
        stamp(catalog, "PO-Revision-Date")
        if translator:
            set_header_field(catalog, "Last-Translator", translator)
        try:
            report.written = write_catalog(path, catalog)
        except OSError as error:
            report.diagnostics.append(cannot_write(catalog_shown, error))
    return report
