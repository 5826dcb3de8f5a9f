"""``jdgen template preview NAME``: the sample specs (jdgen.render.sample:
every part present, every list of two or more, each shape the model
allows) built with template NAME in every document of the project, and
their PDFs where LibreOffice is installed, for a template author's eyes.

The documents go into a folder of their own, ``template-preview/NAME/``
(under ``-o`` if given), which the preview owns: it records what it wrote
in ``.jdgen-preview.json`` there and replaces or removes only those files;
a file of someone else's where a document goes is left, and reported
(jdgen.output.in_the_way).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from jdgen.diagnostics import Diagnostic, JdgenError
from jdgen.languages import single_languages
from jdgen.output import document_folder, in_the_way, not_ours, write_atomically
from jdgen.project import TEMPLATE_FILE, Project

RECORD = ".jdgen-preview.json"
"""The preview folder's record of the files the preview wrote."""


@dataclass
class Preview:
    """What a preview wrote, as shown, and every problem found."""

    folder: str
    written: list[str] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    pdf: str = ""
    """Why there are no PDFs, when there are none."""


def preview_template(project: Project, template: str, outputs: list[str], folder: Path) -> Preview:
    """Build each sample spec with ``template`` in each of ``outputs`` into
    ``folder`` (and a PDF of each where LibreOffice is installed)."""
    from jdgen.checking.template import SAMPLE, sample_entries, template_problems
    from jdgen.i18n.catalog import CatalogFolder
    from jdgen.jobspec.own_fields import spec_model
    from jdgen.labels import LabelSet
    from jdgen.localize import document_properties, localize_each
    from jdgen.render.template import PreparedTemplate, RenderError

    template_folder, shown_folder = project.template_folder(template)
    preview = Preview(project.shown(folder))
    preview.diagnostics += template_problems(project, template, outputs)
    try:
        prepared = PreparedTemplate.load(template_folder, shown_folder)
        labels = LabelSet.load(template_folder, shown_folder)
    except JdgenError:
        return preview  # its problems are the template check's
    catalogs = CatalogFolder(project.translations, project.shown(project.translations))
    owned = _owned(folder)
    made: dict[str, bytes] = {}
    languages = tuple(dict.fromkeys(("zh", "en", *single_languages(outputs))))
    checked = bool(preview.diagnostics)
    for number, entry in enumerate(sample_entries(languages, spec_model(project.root)), 1):
        for output, localized in zip(outputs, localize_each(entry, labels, outputs, catalogs), strict=True):
            context = localized.context
            if context is None:
                continue  # the labels lack the language: the template check says so
            try:
                made[f"{document_folder(output)}/sample-{number}.docx"] = prepared.render(
                    context, document_properties(context, entry.spec))
            except RenderError as error:
                if not checked:  # else the template check has reported it, once
                    preview.diagnostics.append(Diagnostic(
                        f"{shown_folder}/{TEMPLATE_FILE}", None,
                        f"{error.where}: cannot render {SAMPLE} {number} ({output}): {error.problem}",
                        code="template-render"))
    written = [relative for relative, data in made.items() if _write(folder, relative, data, owned, preview)]
    pdfs = _pdfs(folder, written, owned, preview)
    _remove_stale(folder, owned - set(written) - set(pdfs), preview)
    _record(folder, set(written) | set(pdfs))
    preview.written += [f"{preview.folder}/{relative}" for relative in sorted(written + pdfs)]
    return preview


def _owned(folder: Path) -> set[str]:
    """The files an earlier preview wrote into ``folder`` (none when its record is unreadable)."""
    try:
        data = json.loads((folder / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    files = data.get("written") if isinstance(data, dict) else None
    return {name for name in files if isinstance(name, str) and ".." not in name.split("/")} \
        if isinstance(files, list) else set()


def _write(folder: Path, relative: str, data: bytes, owned: set[str], preview: Preview) -> bool:
    path = folder / relative
    if in_the_way(path, relative in owned, lambda: data):
        preview.diagnostics.append(not_ours(f"{preview.folder}/{relative}"))
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, data)
    except OSError as error:
        preview.diagnostics.append(Diagnostic(f"{preview.folder}/{relative}", None,
                                              f"cannot write: {error.strerror}", code="output-write"))
        return False
    return True


def _pdfs(folder: Path, documents: list[str], owned: set[str], preview: Preview) -> list[str]:
    """A PDF beside each document whose PDF's place is free, where LibreOffice is installed."""
    from jdgen.building.pdf import PdfError, convert

    wanted = {}
    for relative in documents:
        pdf = relative.removesuffix(".docx") + ".pdf"
        if in_the_way(folder / pdf, pdf in owned):
            preview.diagnostics.append(not_ours(f"{preview.folder}/{pdf}"))
        else:
            wanted[folder / relative] = pdf
    try:
        results = convert(list(wanted)) if wanted else {}
    except PdfError as error:
        preview.pdf = str(error)
        return []
    for document, problem in results.items():
        if problem is not None:
            preview.diagnostics.append(Diagnostic(f"{preview.folder}/{wanted[document]}", None,
                                                  f"no PDF: {problem}", code="output-pdf"))
    return [wanted[document] for document, problem in results.items() if problem is None]


def _remove_stale(folder: Path, stale: set[str], preview: Preview) -> None:
    """Remove what an earlier preview wrote that this one did not (fewer samples or documents)."""
    for relative in sorted(stale):
        try:
            (folder / relative).unlink(missing_ok=True)
        except OSError as error:
            preview.diagnostics.append(Diagnostic(f"{preview.folder}/{relative}", None,
                                                  f"cannot remove: {error.strerror}", code="output-remove"))


def _record(folder: Path, written: set[str]) -> None:
    if written or (folder / RECORD).exists():
        folder.mkdir(parents=True, exist_ok=True)
        write_atomically(folder / RECORD, json.dumps({"written": sorted(written)}, indent=1).encode("utf-8"))
