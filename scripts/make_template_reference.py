"""Write docs/template-reference.md: the variables a template sees, read off
the example spec's documents in Chinese and English; a value it leaves
empty is taken from the corporate form's example (it has duty weights, a
major, targets with periods), else from the sample specs the template
check renders (every field given).

    python scripts/make_template_reference.py
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jdgen.checking.template import sample_entries
from jdgen.i18n.catalog import CatalogFolder
from jdgen.init import STARTER
from jdgen.labels import LabelSet
from jdgen.localize import localize
from jdgen.project import PACKAGED_TEMPLATES, Project
from jdgen.template_command import template_context
from jdgen.template_reference import reference

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = "specs/bcm-001.yaml"
CORPORATE = STARTER / "corporate"
"""The project ``jdgen init --template corporate`` starts."""
TARGET = REPO / "docs" / "template-reference.md"
LANGUAGES = ("zh", "en")


def generate() -> str:
    """The reference as the examples, the samples and the default template give it now."""
    [corporate_spec] = sorted((CORPORATE / "specs").glob("*.yaml"))
    sources = [_contexts(Project(REPO), REPO / EXAMPLE), _contexts(Project(CORPORATE), corporate_spec)]
    labels = LabelSet.load(PACKAGED_TEMPLATES / "default", "default")
    no_catalogs = CatalogFolder(REPO / "no catalogs", "")
    for sample in sample_entries(LANGUAGES):
        zh, en = (localize(sample, labels, language, no_catalogs).context for language in LANGUAGES)
        assert zh is not None and en is not None  # a sample gives every text in both languages
        sources.append((zh, en))
    return reference(sources, labels.texts, EXAMPLE, "the corporate form's example (`jdgen init --template "
                     "corporate`), else from the samples `jdgen template preview` builds")


def _contexts(project: Project, spec: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The contexts of ``spec`` on the default form in Chinese and English."""
    found = []
    for language in LANGUAGES:
        context, problems = template_context(project, spec, language, "default")
        if context is None:
            raise SystemExit("\n".join(problem.format() for problem in problems))
        found.append(context)
    return found[0], found[1]


if __name__ == "__main__":
    TARGET.write_text(generate(), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(REPO)}")
