"""The example project turned into a manufacturer's: its own fields declared
in fields.yaml, given by the example spec (both as the README's *Your
organisation's own fields* writes them), translated, and shown by a project
template of its own."""

from __future__ import annotations

import functools
import io
from pathlib import Path

import docx

from tests.conftest import ExampleProject
from tests.test_readme_project import blocks, section

README_SECTION = section("### Your organisation's own fields")
FIELDS, _CUSTOM = blocks(README_SECTION, "yaml")
CUSTOM = "\n" + _CUSTOM
README_ERRORS = blocks(README_SECTION, "")[0].splitlines()
"""The errors the README shows for a spec with mistakes in its own fields."""

TRANSLATIONS = {"早班": "Day shift", "噪声": "Noise", "粉尘": "Dust"}

TEMPLATE_LINES = [
    "代码 {{ custom.post_code }}；等级 {{ custom.hazard_level }}（{{ custom_raw.hazard_level }}）；"
    "审核 {{ custom.audited_on }}（{{ custom_raw.audited_on }}）",
    "{{ custom_labels.shift }}={{ custom.shift }}",
    "{%p for field in custom_fields %}",
    "{{ field.label }}：{{ field.value }}",
    "{%p endfor %}",
    "{%p for hazard in custom.hazards %}",
    "危险 {{ hazard }}",
    "{%p endfor %}",
]
"""Paragraphs the project's template adds after the built-in form's."""


def add_translations(root: Path, translations: dict[str, str]) -> None:
    catalog = root / "translations/en.po"
    entries = "".join(f'\nmsgid "{source}"\nmsgstr "{target}"\n' for source, target in translations.items())
    catalog.write_text(catalog.read_text(encoding="utf-8") + entries, encoding="utf-8")


def manufacturing_project(example: ExampleProject, *, template: bool = True) -> ExampleProject:
    """``example`` with fields.yaml, the spec's own fields and their
    translations, and (``template``) a project template showing them."""
    (example.root / "fields.yaml").write_text(FIELDS, encoding="utf-8")
    example.spec.write_text(example.spec.read_text(encoding="utf-8") + CUSTOM, encoding="utf-8")
    add_translations(example.root, TRANSLATIONS)
    if template:
        example.run("template", "new", "mfg", "--use", status=0)
        form = example.root / "templates/mfg/form.docx"
        form.write_bytes(showing_own_fields(form.read_bytes()))
    return example


@functools.cache
def showing_own_fields(form: bytes) -> bytes:
    """The template ``form`` with TEMPLATE_LINES added after its paragraphs;
    made once a session, so that every project holds the same bytes and the
    template is checked once (jdgen.checking.template remembers it by its digest)."""
    document = docx.Document(io.BytesIO(form))
    for line in TEMPLATE_LINES:
        document.add_paragraph(line)
    edited = io.BytesIO()
    document.save(edited)
    return edited.getvalue()
