"""Write docs/template-reference.md: the variables a template sees, read off
the example spec's documents in Chinese and English.

    python scripts/make_template_reference.py
"""

from __future__ import annotations

from pathlib import Path

from jdgen.labels import LabelSet
from jdgen.project import PACKAGED_TEMPLATES, Project
from jdgen.template_command import template_context
from jdgen.template_reference import reference

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = "specs/bcm-001.yaml"
TARGET = REPO / "docs" / "template-reference.md"


def generate() -> str:
    """The reference as the example and the default template give it now."""
    project = Project(REPO)
    contexts = {}
    for language in ("zh", "en"):
        context, problems = template_context(project, REPO / EXAMPLE, language, "default")
        if context is None:
            raise SystemExit("\n".join(problem.format() for problem in problems))
        contexts[language] = context
    labels = LabelSet.load(PACKAGED_TEMPLATES / "default", "default").texts
    return reference(contexts["zh"], contexts["en"], labels, EXAMPLE)


if __name__ == "__main__":
    TARGET.write_text(generate(), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(REPO)}")
