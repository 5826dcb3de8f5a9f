"""What the shipped example holds, for tests to compare documents against:
its texts, their English translations, and the default form's labels."""

from __future__ import annotations

import yaml
from babel.messages.pofile import read_po

from jdgen.jobspec.model import JobSpec
from jdgen.jobspec.texts import iter_texts
from jdgen.jobspec.validate import load_spec
from tests.conftest import EXAMPLE_SPEC, REPO

LABELS = yaml.safe_load((REPO / "jdgen/templates/default/labels.yaml").read_text(encoding="utf-8"))
SECTION_ORDER = [
    "basic", "relationships", "summary", "responsibilities", "authority",
    "qualifications", "career_path", "training", "environment", "physical", "tools",
]


def example_spec() -> JobSpec:
    spec, _, diagnostics = load_spec(REPO / EXAMPLE_SPEC, EXAMPLE_SPEC, root=REPO)
    assert not diagnostics
    return spec


def example_texts() -> list[str]:
    """Every translatable text of the example spec, in order."""
    return [text for _, text in iter_texts(example_spec())]


def english() -> dict[str, str]:
    """The shipped English catalog: source text to translation (of a unit
    with plural forms, its plural: the examples count more than one)."""
    with (REPO / "translations/en.po").open("rb") as stream:
        return {m.id[0] if m.pluralizable else m.id: m.string[-1] if m.pluralizable else m.string
                for m in read_po(stream) if m.id}
