"""``jdgen check``'s specs: every spec's verdict (jdgen.checking.spec_verdicts) with
its translation gaps and what its template fails on, the templates'
labels' problems and the own fields' problems, as a check without cache
finds them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from jdgen.checking.cache import CACHE_FILE, CheckCache
from jdgen.checking.keys import context_digest, labels_problems, remembered_alike, remembered_hidden, template_key
from jdgen.checking.spec_verdicts import spec_verdicts
from jdgen.checking.verdict import GapsAndRendering, Setup
from jdgen.diagnostics import Diagnostic, count_errors
from jdgen.fingerprint import file_digest
from jdgen.project import Project


def check_specs(project: Project, paths: list[Path], languages: list[str]) -> tuple[int, list[Diagnostic], list[str]]:
    """Check the specs under ``paths`` (default: the set): the number of spec
    files, every problem found, as a check without cache finds them, and the
    templates the specs are made with (Project.template_for), each once."""
    cache = CheckCache(project.root, CACHE_FILE)
    hidden = {name: remembered_hidden(cache, *template_key(project, name)) for name in project.forms.named()}
    setup = Setup(project.root, project.source_language, project, project.translations,
                  project.shown(project.translations), GapsAndRendering(tuple(languages)), hidden=hidden)
    setup = replace(setup, alike=remembered_alike(cache, project, setup))
    found = spec_verdicts(project, paths, cache, setup, context_digest(project, "", "check", languages,
                                                                       file_digest(project.fields_file)))
    from jdgen.fields_file import own_fields_problems

    used = sorted(set(found.templates.values()))
    fields_problems = own_fields_problems(project)
    diagnostics = list(found.diagnostics)
    for name in used:
        diagnostics += labels_problems(cache, *template_key(project, name))
    diagnostics += fields_problems
    fields_known = not count_errors(fields_problems)  # the template's custom.* need the fields known
    diagnostics += [diagnostic for shown in found.claimed for diagnostic in found.verdicts[shown].judged or ()
                    if fields_known or diagnostic.code != "template-render"]
    cache.save()
    return len(found.specs), diagnostics, used
