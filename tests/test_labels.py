"""A project template's labels.yaml: every key jdgen uses is declared by the
built-in template, whose wording stands in for a key the project lacks;
unknown keys and wrong placeholders are located, never a traceback."""

from __future__ import annotations

import shutil
import zipfile

import pytest

from jdgen.labels import DECLARING_TEMPLATE, LABELS_FILE, template_label_order
from tests.conftest import REPO, diagnostic_lines
from tests.docx_reading import full_text, open_document


@pytest.fixture
def corporate(example):
    """The example with templates/corporate, a copy of the built-in template."""
    shutil.copytree(DECLARING_TEMPLATE, example.root / "templates/corporate")
    (example.root / "jdgen.toml").write_text('template = "corporate"\n', encoding="utf-8")
    return example


def edit_labels(example, old: str, new: str) -> None:
    path = example.root / "templates/corporate" / LABELS_FILE
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def line_of(example, needle: str) -> int:
    lines = (example.root / "templates/corporate" / LABELS_FILE).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if needle in line)


def test_a_missing_label_is_a_warning_and_the_built_in_wording_stands_in(corporate):
    edit_labels(corporate, "place: {zh: 工作地点, en: Place of Work}\n", "")
    result = corporate.run("check")
    assert "Traceback" not in result.output
    assert diagnostic_lines(result.output, ": warning: ") == [
        "templates/corporate/labels.yaml: warning: the label 'place' is missing: the built-in wording is used; "
        "add it to word it your own way"]
    corporate.run("build", "--lang", "zh")
    assert "工作地点" in full_text(open_document(corporate.root / "output/zh/BCM-001.docx"))


def test_an_unknown_label_is_a_located_warning(corporate):
    edit_labels(corporate, "place: {zh: 工作地点, en: Place of Work}\n",
                "place: {zh: 工作地点, en: Place of Work}\nplcae: {zh: 地点, en: Place}\n")
    result = corporate.run("check")
    line = line_of(corporate, "plcae:")
    assert diagnostic_lines(result.output, ": warning: ") == [
        f"templates/corporate/labels.yaml:{line}:1: warning: plcae: 'plcae' is no label of jdgen's "
        "(did you mean 'place'?), and the template's tags do not use it"]


def test_a_label_the_templates_own_tags_use_is_no_warning(corporate):
    """A label of the form's own wording (a colon, a heading of its own) is the template's."""
    edit_labels(corporate, "place: {zh: 工作地点, en: Place of Work}\n",
                "place: {zh: 工作地点, en: Place of Work}\ncolon: {zh: ：, en: ': '}\n")
    result = corporate.run("check")
    assert "colon: 'colon' is no label" in result.output  # the form does not use it yet
    form = corporate.root / "templates/corporate/form.docx"
    with zipfile.ZipFile(form) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    document = parts["word/document.xml"].decode()
    parts["word/document.xml"] = document.replace("{{ labels.department }}", "{{ labels.department }}{{ labels.co</w:t></w:r>"
                                                  "<w:r><w:t>lon }}", 1).encode()
    with zipfile.ZipFile(form, "w") as package:
        for name, data in parts.items():
            package.writestr(name, data)
    result = corporate.run("check")
    assert ": warning: " not in result.output, result.output
    corporate.run("build", "--lang", "zh")
    assert "所属部门：" in full_text(open_document(corporate.root / "output/zh/BCM-001.docx"))


def test_a_wrong_placeholder_is_a_located_error_in_check_and_build(corporate):
    edit_labels(corporate, 'people: {zh: "{n}人", en: ["{n} person", "{n} people"]}',
                'people: {zh: "{n}人", en: ["{n} person", "{count} people"]}')
    line = line_of(corporate, "people:")
    text = (corporate.root / "templates/corporate" / LABELS_FILE).read_text(encoding="utf-8")
    column = text.splitlines()[line - 1].index('"{count}') + 1
    expected = (f"templates/corporate/labels.yaml:{line}:{column}: error: people: "
                "{count} is not filled in for 'people': it takes {n}")
    for command in ("check", "build"):
        result = corporate.run(command, status=1)
        assert expected in diagnostic_lines(result.output), result.output
        assert "Traceback" not in result.output and "internal error" not in result.output


@pytest.mark.parametrize("template", ["default", "corporate"])
def test_each_built_in_form_has_its_labels_and_no_other_key(template):
    """Every label of a built-in form is one jdgen fills in (a plural is a list, not a key of its own)."""
    from jdgen.labels import LabelSet
    from jdgen.project import PACKAGED_TEMPLATES

    labels = LabelSet.load(PACKAGED_TEMPLATES / template, template)
    assert [warning.format() for warning in labels.warnings] == []
    assert labels.texts["people"]["en"] == ["{n} person", "{n} people"]


def test_a_templates_label_order_is_the_order_of_first_use(tmp_path):
    order = template_label_order(REPO / "jdgen/templates/corporate/form.docx")
    sections = [key for key in order if key in {"basic", "summary", "responsibilities", "qualifications",
                                                "relationships", "environment"}]
    assert sections == ["basic", "summary", "responsibilities", "qualifications", "relationships", "environment"]
    assert template_label_order(tmp_path / "missing.docx") == ()
