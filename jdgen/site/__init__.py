"""``jdgen site``: the whole set as a static, self-contained website: an index
with search and filters, a page per position in every language, and the
organisation chart drawn from the links between positions.

collect (contexts, coverage, links) ──▶ pages (HTML, chart, search index)
──▶ write (only what changed, only files the site wrote before)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from jdgen.diagnostics import Diagnostic
from jdgen.inputs import load_inputs
from jdgen.project import Project
from jdgen.site.collect import collect
from jdgen.site.pages import SiteRenderer
from jdgen.site.write import SiteFiles


@dataclass
class SiteResult:
    """What a site build did."""

    folder: str
    """The site's folder as shown to the user."""
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    positions: int = 0
    diagnostics: list[Diagnostic] = field(default_factory=list)


def build_site(project: Project, paths: list[Path], site: Path, documents: Path, template_name: str,
               outputs: list[str], jobs: int = 1) -> SiteResult:
    """Write the site of the specs under ``paths`` into ``site``, linking to
    the documents built in ``documents``; ``outputs`` are the document kinds
    (``zh``, ``en``, ``zh+en``), the first one the site opens in; the work
    shared out over ``jobs`` processes."""
    inputs = load_inputs(project, paths, template_name)
    result = SiteResult(project.shown(site), diagnostics=list(inputs.diagnostics))
    if inputs.labels is None:
        return result
    positions, problems = collect(inputs.entries, inputs.labels, outputs, inputs.catalogs, jobs, project.english)
    result.diagnostics += problems
    result.positions = len(positions)
    link_problems = [problem for problem in inputs.diagnostics if problem.code in ("spec-link", "spec-id")]
    renderer = SiteRenderer(positions, outputs, site, documents, link_problems, jobs)
    files = SiteFiles(site, project.shown)
    for name, data in renderer.files():
        if files.put(name, data):
            result.written.append(name)
        elif not files.refused(name):
            result.unchanged += 1
    result.removed = files.finish()
    result.diagnostics += files.diagnostics
    return result
