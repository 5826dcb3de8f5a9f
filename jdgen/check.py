"""``jdgen check``: validate specs, their translations and the template's
variables, writing nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

from jdgen.diagnostics import Diagnostic, JdgenError
from jdgen.i18n.catalog import CatalogFolder
from jdgen.i18n.spec_translation import translate_entry
from jdgen.labels import LabelSet
from jdgen.project import TEMPLATE_FILE, Project
from jdgen.spec.collection import LoadedSpec, load_specs


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
    if entries:
        diagnostics += _template_variables(entries[0], labels, catalogs, folder, display_folder)
    return len(files), diagnostics


def _template_variables(entry: LoadedSpec, labels: LabelSet, catalogs: CatalogFolder,
                        folder: Path, display_folder: str) -> list[Diagnostic]:
    """Check the template's tags against a real context: that of ``entry``."""
    from jdgen.localize import localize
    from jdgen.render.variables import check_template_variables

    sample = localize(entry, labels, entry.spec.source_language, catalogs).context
    try:
        return check_template_variables(folder / TEMPLATE_FILE, f"{display_folder}/{TEMPLATE_FILE}", sample)
    except (OSError, zipfile.BadZipFile, KeyError, UnicodeDecodeError) as error:
        return [Diagnostic(f"{display_folder}/{TEMPLATE_FILE}", None, f"cannot read the template: {error}")]
