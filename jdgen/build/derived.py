"""What a build makes from the documents it accepted: the register of
positions (jdgen.register) and, with ``--pdf``, their PDF copies (jdgen.pdf)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from jdgen.build.commit import Commit, may_exist
from jdgen.build.manifest import OutputRecord, digest
from jdgen.build.report import OutputResult, Status
from jdgen.build.work import ProducerSetup
from jdgen.diagnostics import Diagnostic
from jdgen.project import Project


def update_register(commit: Commit, setup: ProducerSetup, project: Project, files: list[Path],
                    looked_at: list[str]) -> None:
    """Bring ``positions.xlsx`` up to date: the rows of the specs ``looked_at``
    again come from this build; the others are reused while current, or
    made here with ``setup`` (which resolves links)."""
    from jdgen.register import REGISTER_NAME, refresh

    fingerprints = commit.fingerprints
    catalogs = [fingerprints.catalog(language) for language in setup.languages]
    paths = {project.display(path): path for path in files}
    keys = {spec: (path, digest(fingerprints.specs[spec], setup.source_language, *catalogs))
            for spec, path in paths.items() if spec in fingerprints.specs}
    rows = {spec: commit.rows.get(spec) for spec in looked_at}  # None: not reached
    try:
        refresh(setup, keys, rows, lambda spec: may_exist(project.root / spec), commit.failed_specs)
    except OSError as error:
        commit.report.diagnostics.append(Diagnostic(
            setup.shown(REGISTER_NAME), None, f"cannot write: {error.strerror}", code="output-write"))


def make_pdfs(commit: Commit, force: bool) -> None:
    """Convert the documents whose PDF is missing or older than them, in one batch."""
    from jdgen.pdf import PdfError, convert

    output, manifest, report = commit.setup.output, commit.manifest, commit.report
    wanted = {}
    for document in commit.documents:
        record = manifest.outputs[document]
        pdf = (output / document).with_suffix(".pdf")
        if force or record.pdf != _made_from(record) or not pdf.is_file():
            wanted[output / document] = document
        else:
            _settle_pdf(commit, record, document, Status.UNCHANGED)
    if not wanted:
        return
    try:
        results = convert(list(wanted), output)
    except PdfError as error:
        report.diagnostics.append(Diagnostic(commit.setup.output_display, None, str(error), code="output-pdf"))
        return
    for path, problem in results.items():
        document = wanted[path]
        record = manifest.outputs[document]
        if problem:
            report.diagnostics.append(Diagnostic(
                commit.setup.shown(document), None, f"cannot make the PDF: {problem}", code="output-pdf"))
            _settle_pdf(commit, record, document, Status.FAILED)
        else:
            record = dataclasses.replace(record, pdf=_made_from(record))
            manifest.put(document, record)
            _settle_pdf(commit, record, document, Status.BUILT)


def _settle_pdf(commit: Commit, record: OutputRecord, document: str, status: Status) -> None:
    pdf = Path(document).with_suffix(".pdf").as_posix()
    commit.settle(OutputResult(commit.setup.shown(pdf), record.spec, record.language, status))


def _made_from(record: OutputRecord) -> str:
    """What a document was made from, as recorded with its PDF."""
    return digest(record.inputs, record.translations)
