"""The inputs of a command that reads a project: its specs, validated, the
labels of its template, and its translation catalogs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jdgen.diagnostics import Diagnostic, JdgenError
from jdgen.fields_file import own_fields_problems
from jdgen.i18n.catalog import CatalogFolder
from jdgen.jobspec.collection import LoadedSpec, load_specs
from jdgen.labels import LabelSet
from jdgen.project import Project


@dataclass
class Inputs:
    files: list[Path]
    entries: list[LoadedSpec]
    """The valid specs."""
    failed: int
    """How many spec files are not valid."""
    labels: LabelSet | None
    """None when ``labels.yaml`` has errors."""
    template_folder: Path
    template_shown: str
    catalogs: CatalogFolder
    diagnostics: list[Diagnostic]


def load_inputs(project: Project, paths: list[Path], template_name: str) -> Inputs:
    """Load and validate the specs under ``paths`` and the template's labels,
    collecting every problem."""
    files = project.spec_files(paths)
    def whole_set() -> list[Path]:
        return project.spec_files([]) if (project.root / "specs").is_dir() else []

    entries, diagnostics, failed = load_specs(files, project.shown, project.source_language, project.root, whole_set)
    diagnostics += own_fields_problems(project)
    folder, shown_folder = project.template_folder(template_name)
    try:
        labels = LabelSet.load(folder, shown_folder)
        diagnostics += labels.warnings
    except JdgenError as error:
        labels = None
        diagnostics += error.diagnostics
    catalogs = CatalogFolder(project.translations, project.shown(project.translations))
    return Inputs(files, entries, failed, labels, folder, shown_folder, catalogs, diagnostics)

