"""``jdgen check``: validate specs, their translations and the template,
writing nothing but the check cache.

The template is checked as a whole (jdgen.checking.template: its tags, and
the sample spec rendered in every document and held to Word's rules), and
with every valid spec of the set in its source language
(jdgen.checking.specs); either way its problems are reported at the template."""

from __future__ import annotations

from pathlib import Path

from jdgen.collector import collector_paused
from jdgen.diagnostics import Diagnostic, count_errors
from jdgen.languages import single_languages
from jdgen.project import TEMPLATE_FILE, Project


@collector_paused()
def check(project: Project, paths: list[Path], outputs: list[str]) -> tuple[int, list[Diagnostic]]:
    """Return the number of spec files checked and every problem found
    (what did not change since the last check is taken from its cache);
    each template the specs are made with is checked once."""
    from jdgen.checking.specs import check_specs
    from jdgen.checking.template import template_problems
    from jdgen.fields_file import own_fields_problems

    count, diagnostics, used = check_specs(project, paths, single_languages(outputs))
    if count_errors(own_fields_problems(project)):  # a template's custom.* need the fields known: said by check_specs
        return count, diagnostics
    template, failing = [], set()
    for name in used:
        problems = template_problems(project, name, outputs)
        template += problems
        if count_errors(problems):  # the specs' renderings would only meet the same problems again
            failing.add(f"{project.template_folder(name)[1]}/{TEMPLATE_FILE}")
    diagnostics = [diagnostic for diagnostic in diagnostics
                   if diagnostic.code != "template-render" or diagnostic.path not in failing]
    return count, diagnostics + template
