"""``jdgen translate update``: bring the catalogs in step with the specs."""

from __future__ import annotations

from pathlib import Path

from jdgen.diagnostics import Diagnostic, JdgenError
from jdgen.i18n.catalog import CatalogFolder
from jdgen.i18n.extract import CatalogUpdate, extraction_template, update_catalog
from jdgen.labels import LabelSet
from jdgen.project import Project
from jdgen.spec.collection import load_specs


def update(project: Project, paths: list[Path], languages: list[str],
           template_name: str = "default") -> tuple[list[CatalogUpdate], list[Diagnostic]]:
    """Update ``translations/<lang>.po`` for each language.

    Refuses to touch the catalogs while a spec has errors: a half-read spec
    would make its texts look removed.
    """
    files = project.spec_files(paths)
    entries, diagnostics, failed = load_specs(files, project.display)
    folder, display_folder = project.template_folder(template_name)
    try:
        labels = LabelSet.load(folder, display_folder)
    except JdgenError as error:
        return [], diagnostics + error.diagnostics
    if failed:
        return [], diagnostics
    catalogs = CatalogFolder(project.translations, project.display(project.translations))
    updates = []
    for language in languages:
        try:
            updates.append(update_catalog(catalogs, language, extraction_template(entries, labels, language)))
        except JdgenError as error:
            diagnostics += error.diagnostics
    return updates, diagnostics
