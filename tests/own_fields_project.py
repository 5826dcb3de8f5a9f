"""The example project turned into a manufacturer's: its own fields declared
in fields.yaml, given by the example spec, translated, and shown by a
project template of its own."""

from __future__ import annotations

from pathlib import Path

import docx

from tests.conftest import ExampleProject

FIELDS = """\
post_code:
  label: {zh: 岗位编号, en: Post code}
  type: code
  format: '[A-Z]{2}-[A-Z]{2}-[0-9]{3}'
  example: SC-ZP-012
  required: true
shift:
  label: {zh: 班次, en: Shift}
  imported: [班组]
hazards:
  label: {zh: 危险因素, en: Hazards}
  type: texts
hazard_level:
  label: {zh: 危险等级, en: Hazard level}
  type: number
audited_on:
  label: {zh: 审核日期, en: Audited on}
  type: date
"""

CUSTOM = """
custom:
  post_code: SC-ZP-012
  shift: 早班
  hazards: [噪声, 粉尘]
  hazard_level: 3
  audited_on: 2024-05-06
"""

TRANSLATIONS = {"早班": "Day shift", "噪声": "Noise", "粉尘": "Dust"}

TEMPLATE_LINES = [
    "代码 {{ custom.post_code }}；等级 {{ custom.hazard_level }}（{{ custom_raw.hazard_level }}）；"
    "审核 {{ custom.audited_on }}（{{ custom_raw.audited_on }}）",
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
        document = docx.Document(str(form))
        for line in TEMPLATE_LINES:
            document.add_paragraph(line)
        document.save(str(form))
    return example
