"""``jdgen build``: specs → validated models → localized contexts → .docx files.

Everything is loaded and validated first; then each (spec, language) is
localized, rendered and written on its own, so one failure stops nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from jdgen.diagnostics import Diagnostic, JdgenError
from jdgen.i18n.catalog import CatalogFolder
from jdgen.labels import LabelSet
from jdgen.localize import document_properties, localize
from jdgen.output import document_path, write_atomically
from jdgen.project import Project
from jdgen.render.template import PreparedTemplate, RenderError
from jdgen.spec.collection import load_specs


@dataclass
class BuildReport:
    """What a build did: files written, problems found."""

    specs: int = 0
    written: list[Path] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    failed: int = 0
    """Documents (spec and language) not written because of an error."""


def build(project: Project, paths: list[Path], output: Path, languages: list[str],
          template_name: str = "default") -> BuildReport:
    """Build every spec under ``paths`` into ``output`` in each of ``languages``."""
    files = project.spec_files(paths)
    entries, diagnostics, failed_files = load_specs(files, project.display)
    report = BuildReport(specs=len(files), diagnostics=diagnostics, failed=failed_files * len(languages))
    folder, display_folder = project.template_folder(template_name)
    try:
        template = PreparedTemplate.load(folder, display_folder)
        labels = LabelSet.load(folder, display_folder)
    except JdgenError as error:
        report.diagnostics += error.diagnostics
        report.failed = len(files) * len(languages)
        return report
    catalogs = CatalogFolder(project.translations, project.display(project.translations))
    for entry in entries:
        for language in languages:
            context, problems = localize(entry, labels, language, catalogs)
            if context is None:
                report.diagnostics += problems
                report.failed += 1
                continue
            target = document_path(output, language, entry.spec.id)
            try:
                data = template.render(context, document_properties(context, entry.spec))
                write_atomically(target, data)
            except RenderError as error:
                report.diagnostics.append(Diagnostic(entry.loaded.path, None, f"cannot render: {error}"))
                report.failed += 1
            except OSError as error:
                report.diagnostics.append(Diagnostic(project.display(target), None, f"cannot write: {error.strerror}"))
                report.failed += 1
            else:
                report.written.append(target)
    return report
