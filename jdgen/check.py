"""``jdgen check``: validate specs, their translations and the template's
variables, writing nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from jdgen.diagnostics import Diagnostic
from jdgen.project import TEMPLATE_FILE, Project

if TYPE_CHECKING:
    from jdgen.i18n.catalog import CatalogFolder
    from jdgen.jobspec.collection import LoadedSpec
    from jdgen.labels import LabelSet


def check(project: Project, paths: list[Path], languages: list[str],
          template_name: str) -> tuple[int, list[Diagnostic]]:
    """Return the number of spec files checked and every problem found
    (what did not change since the last check is taken from its cache)."""
    from jdgen.check_specs import check_specs

    return check_specs(project, paths, languages, template_name, _template_variables)


def _template_variables(entry: LoadedSpec, labels: LabelSet, catalogs: CatalogFolder, template_folder: Path,
                        template_shown: str) -> list[Diagnostic]:
    """Check the template's tags against a real context: that of ``entry``
    (none when a text lacks a translation into its language: its gaps are
    reported for each language checked)."""
    from jdgen.localize import localize
    from jdgen.render.variables import check_template_variables

    sample = localize(entry, labels, entry.spec.source_language, catalogs).context
    if sample is None:
        return []
    shown = f"{template_shown}/{TEMPLATE_FILE}"
    try:
        return check_template_variables(template_folder / TEMPLATE_FILE, shown, sample)
    except (OSError, zipfile.BadZipFile, KeyError, UnicodeDecodeError) as error:
        return [Diagnostic(shown, None, f"cannot read the template: {error}", code="template-file")]
