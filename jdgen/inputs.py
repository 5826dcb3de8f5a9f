"""The inputs of a command that reads a project: its specs, validated, the
labels of the template each is made with, and its translation catalogs."""

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
    labels: dict[str, LabelSet | None]
    """The labels of each template the valid specs are made with, by name;
    None when its ``labels.yaml`` has errors."""
    templates: dict[str, str]
    """The template each valid spec is made with (Project.template_for), by spec as shown."""
    catalogs: CatalogFolder
    diagnostics: list[Diagnostic]

    def labels_of(self, entry: LoadedSpec) -> LabelSet | None:
        """The labels of the template ``entry`` is made with."""
        return self.labels[self.templates[entry.loaded.path]]

    @property
    def labels_usable(self) -> bool:
        """Whether every template's labels can be used."""
        return all(labels is not None for labels in self.labels.values())


def load_inputs(project: Project, paths: list[Path]) -> Inputs:
    """Load and validate the specs under ``paths`` and the labels of the
    templates they are made with, collecting every problem."""
    files = project.spec_files(paths)
    def whole_set() -> list[Path]:
        return project.spec_files([]) if (project.root / "specs").is_dir() else []

    entries, diagnostics, failed = load_specs(files, project.shown, project.source_language, project.root, whole_set)
    diagnostics += own_fields_problems(project)
    templates = {entry.loaded.path: project.template_for(entry.loaded.path, entry.spec.template) for entry in entries}
    labels: dict[str, LabelSet | None] = {}
    for name in sorted(set(templates.values())):
        try:
            loaded = LabelSet.load(*project.template_folder(name))
        except JdgenError as error:
            labels[name] = None
            diagnostics += error.diagnostics
        else:
            labels[name] = loaded
            diagnostics += loaded.warnings
    catalogs = CatalogFolder(project.translations, project.shown(project.translations))
    return Inputs(files, entries, failed, labels, templates, catalogs, diagnostics)
