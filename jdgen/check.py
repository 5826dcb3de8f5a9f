"""``jdgen check``: validate specs, their translations and the template's
variables, writing nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

from jdgen.diagnostics import Diagnostic
from jdgen.i18n.spec_translation import translate_entry
from jdgen.inputs import Inputs, load_inputs
from jdgen.labels import LabelSet
from jdgen.project import TEMPLATE_FILE, Project
from jdgen.spec.collection import LoadedSpec


def check(project: Project, paths: list[Path], languages: list[str],
          template_name: str) -> tuple[int, list[Diagnostic]]:
    """Return the number of spec files checked and every problem found."""
    inputs = load_inputs(project, paths, template_name)
    diagnostics = inputs.diagnostics
    labels = inputs.labels
    if labels is None:
        return len(inputs.files), diagnostics
    for entry in inputs.entries:
        for language in languages:
            diagnostics += translate_entry(entry, labels, language, inputs.catalogs).diagnostics
    if inputs.entries:
        diagnostics += _template_variables(inputs.entries[0], labels, inputs)
    return len(inputs.files), diagnostics


def _template_variables(entry: LoadedSpec, labels: LabelSet, inputs: Inputs) -> list[Diagnostic]:
    """Check the template's tags against a real context: that of ``entry``
    (none when a text lacks a translation into its language: its gaps are
    reported for each language checked)."""
    from jdgen.localize import localize
    from jdgen.render.variables import check_template_variables

    sample = localize(entry, labels, entry.spec.source_language, inputs.catalogs).context
    if sample is None:
        return []
    shown = f"{inputs.template_display}/{TEMPLATE_FILE}"
    try:
        return check_template_variables(inputs.template_folder / TEMPLATE_FILE, shown, sample)
    except (OSError, zipfile.BadZipFile, KeyError, UnicodeDecodeError) as error:
        return [Diagnostic(shown, None, f"cannot read the template: {error}", code="template-file")]
