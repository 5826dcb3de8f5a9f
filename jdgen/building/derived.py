"""What a build makes from the documents it accepted: the register of
positions (jdgen.building.register) and, with ``--pdf``, their PDF copies (jdgen.building.pdf).

PDFs follow their documents: a build with ``--pdf`` makes the PDF of each
document it settles (again, when the document changed); a build without
removes the PDFs jdgen made of the documents it settles, as a build from
scratch without ``--pdf`` has none. Like every output, a PDF or register
is written only over a file jdgen wrote."""

from __future__ import annotations

import dataclasses
from pathlib import Path, PurePosixPath

from jdgen.building.commit import Commit, may_exist
from jdgen.building.manifest import OutputRecord, digest
from jdgen.building.report import OutputResult, Status
from jdgen.building.work import ProducerSetup
from jdgen.diagnostics import Diagnostic
from jdgen.output import InTheWay, in_the_way, not_ours
from jdgen.project import Project


def update_register(commit: Commit, setup: ProducerSetup, project: Project, files: list[Path],
                    looked_at: list[str]) -> None:
    """Bring ``positions.xlsx`` up to date: the rows of the specs ``looked_at``
    again come from this build; the others are reused while current, or
    made here with ``setup`` (which resolves links)."""
    from jdgen.building.manifest import REGISTER_NAME
    from jdgen.building.register import refresh

    fingerprints = commit.fingerprints
    catalogs = [fingerprints.catalog(language) for language in setup.languages]
    paths = {project.shown(path): path for path in files}
    keys = {spec: (path, digest(fingerprints.specs[spec], setup.source_language, template, *catalogs), template)
            for spec, path in paths.items() if spec in fingerprints.specs
            for template in [fingerprints.templates[spec]]}
    rows = {spec: commit.rows.get(spec) for spec in looked_at}  # None: not reached
    try:
        refresh(setup, keys, rows, lambda spec: may_exist(project.root / spec), commit.failed_specs,
                commit.manifest)
    except InTheWay:
        commit.report.diagnostics.append(not_ours(setup.shown(REGISTER_NAME)))
    except OSError as error:
        commit.report.diagnostics.append(Diagnostic(
            setup.shown(REGISTER_NAME), None, f"cannot write: {error.strerror}", code="output-write"))


def make_pdfs(commit: Commit, force: bool) -> None:
    """Convert the documents whose PDF is missing or older than them, in one
    batch; a PDF whose document changed and that cannot be made again goes."""
    from jdgen.building.pdf import PdfError, convert

    output, manifest, report = commit.setup.output, commit.manifest, commit.report
    wanted = {}
    for document in commit.documents:
        record, pdf = manifest.outputs[document], pdf_of(document)
        current = manifest.owns(pdf) and record.pdf == _made_from(record) and (output / pdf).is_file()
        if current and not force:
            _settle_pdf(commit, record, document, Status.UNCHANGED)
        elif in_the_way(output / pdf, manifest.owns(pdf)):
            report.diagnostics.append(not_ours(commit.setup.shown(pdf)))
            _settle_pdf(commit, record, document, Status.FAILED)
        else:
            manifest.own(pdf)  # recorded before LibreOffice writes it
            wanted[output / document] = document
    if not wanted:
        return
    try:
        results = convert(list(wanted))
    except PdfError as error:  # LibreOffice is missing: said once
        report.diagnostics.append(Diagnostic(commit.setup.output_shown, None, str(error), code="output-pdf"))
        results = dict.fromkeys(wanted, "")
    for path, problem in results.items():
        document = wanted[path]
        record = manifest.outputs[document]
        if problem is None:
            record = dataclasses.replace(record, pdf=_made_from(record))
            manifest.put(document, record)
            _settle_pdf(commit, record, document, Status.BUILT)
            continue
        if problem:
            report.diagnostics.append(Diagnostic(
                commit.setup.shown(document), None, f"cannot make the PDF: {problem}", code="output-pdf"))
        _settle_pdf(commit, record, document, Status.FAILED)
        _remove_pdf(commit, document, "its document changed, and it could not be made again", keep_current=True)


def remove_pdfs(commit: Commit) -> None:
    """A build without ``--pdf``: the PDFs jdgen made of the documents it settled go."""
    for document in commit.documents:
        _remove_pdf(commit, document, "the build was without --pdf")


def _remove_pdf(commit: Commit, document: str, why: str, keep_current: bool = False) -> None:
    """Remove the PDF jdgen made of ``document`` (unless ``keep_current`` and
    it is as new as the document); forget one that was never written."""
    manifest, pdf = commit.manifest, pdf_of(document)
    if not manifest.owns(pdf):
        return
    record = manifest.outputs[document]
    current = record.pdf == _made_from(record)
    if not (commit.setup.output / pdf).is_file():
        manifest.disown(pdf)
    elif not (keep_current and current):
        why = why if current or keep_current else f"its document changed, and {why}"
        if commit.remove_file(pdf, why):
            manifest.put(document, dataclasses.replace(record, pdf=""))


def pdf_of(document: str) -> str:
    """The PDF of a document (paths relative to the output folder)."""
    return PurePosixPath(document).with_suffix(".pdf").as_posix()


def _settle_pdf(commit: Commit, record: OutputRecord, document: str, status: Status) -> None:
    pdf = Path(document).with_suffix(".pdf").as_posix()
    commit.settle(OutputResult(commit.setup.shown(pdf), record.spec, record.language, status))


def _made_from(record: OutputRecord) -> str:
    """What a document was made from, as recorded with its PDF."""
    return digest(record.inputs, record.translations)
