"""``jdgen check``: validate specs and their translations, writing nothing."""

from __future__ import annotations

from pathlib import Path

from jdgen.diagnostics import Diagnostic, JdgenError
from jdgen.i18n.catalog import CatalogFolder
from jdgen.labels import LabelSet
from jdgen.i18n.spec_translation import translate_entry
from jdgen.project import Project
from jdgen.spec.collection import load_specs


def check(project: Project, paths: list[Path], languages: list[str],
          template_name: str = "default") -> tuple[int, list[Diagnostic]]:
    """Return the number of spec files checked and every problem found."""
    files = project.spec_files(paths)
    entries, diagnostics, _ = load_specs(files, project.display)
    folder, display_folder = project.template_folder(template_name)
    try:
        labels = LabelSet.load(folder, display_folder)
    except JdgenError as error:
        return len(files), diagnostics + error.diagnostics
    catalogs = CatalogFolder(project.translations, project.display(project.translations))
    for entry in entries:
        for language in languages:
            diagnostics += translate_entry(entry, labels, language, catalogs).diagnostics
    return len(files), diagnostics
