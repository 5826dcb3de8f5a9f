"""The shipped examples, built as they ship (Chinese, English, bilingual),
and the first built without its optional data, are valid for Microsoft Word:
the OOXML checker finds nothing in them."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from jdgen.render.word_rules import check_docx
from tests.conftest import ExampleProject, copy_example

FOLDERS = ["zh", "en", "bilingual"]


@pytest.mark.parametrize("folder", FOLDERS)
def test_the_example_document_is_valid(built_example: Path, folder):
    violations = check_docx((built_example / folder / "BCM-001.docx").read_bytes())
    assert [str(violation) for violation in violations] == []


def test_every_shipped_example_builds_in_every_language_and_is_valid(tmp_path):
    project = ExampleProject(copy_example(tmp_path / "project", every_spec=True))
    project.run("build", "--lang", "zh,en,zh+en")
    documents = sorted((project.root / "output").glob("*/*.docx"))
    specs = sorted((project.root / "specs").glob("*.yaml"))
    assert len(documents) == 3 * len(specs) > 3
    violations = {path.name: [str(v) for v in check_docx(path.read_bytes())] for path in documents}
    assert violations == {path.name: [] for path in documents}


def test_the_example_without_its_optional_data_is_valid(example):
    spec = yaml.safe_load(example.spec.read_text(encoding="utf-8"))
    del spec["basic"]["subordinates"], spec["authority"]["expenses"], spec["authority"]["personnel"]
    for category in spec["indicators"]["quantitative"]:
        category.pop("scoring", None)
        category.pop("formula", None)
        for measure in category["measures"]:
            measure.pop("target", None)
    example.spec.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")
    example.run("build")
    output = example.root / "output"
    violations = {folder: [str(v) for v in check_docx((output / folder / "BCM-001.docx").read_bytes())]
                  for folder in FOLDERS}
    assert violations == {folder: [] for folder in FOLDERS}
