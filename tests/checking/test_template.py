"""A template checked as a whole: each misleading check of a broken template
is caught by ``jdgen check`` before a build; a template problem is the
template's, reported once, and a build with it touches no document."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jdgen.checking.template import check_template, hidden_fields
from jdgen.i18n.catalog import CatalogFolder
from jdgen.project import PACKAGED_TEMPLATES
from tests.built_in_forms import NOT_ON_THE_CORPORATE_FORM
from tests.conftest import REPO
from tests.template_editing import edit_template

EXPENSES = "  expenses:\n    - 费用开支的建议权\n    - 资金使用及投放建议权、审核权\n"

BROKEN = {
    "a typo in a variable": ([("{{ basic.headcount }}", "{{ basic.headcont }}")], "", "template-unknown-variable"),
    "a typo inside a loop over a list the spec leaves empty": (
        [("{{ summary }}", "{{ summary }}{% for entry in authority.expenses %}{{ entry.txet }}{% endfor %}")],
        EXPENSES, "template-unknown-variable"),
    "an unknown filter": ([("{{ summary }}", "{{ summary | uppper }}")], "", "template-unknown-filter"),
    "a tag left open": ([("{{ summary }}", "{{ summary }")], "", "template-syntax"),
    "a loop around a table cell": ([("{{ labels.department }}", "{% for x in [1, 2] %}{{ labels.department }}"),
                                    ("{{ basic.department }}", "{{ basic.department }}{% endfor %}")],
                                   "", "template-loop"),
    "an attribute a text does not have": ([("{{ summary }}", "{{ summary.txet }}")], "", "template-render"),
    "cells repeated beyond the table's grid": ([("{{ labels.position_title }}", "{%tc for x in [1, 2] %}"),
                                                ("{{ labels.position_number }}", "{%tc endfor %}")],
                                               "", "template-word-rule"),
}
"""Broken templates, each a way a check of the template once misled: the
edits of the built-in template's XML, what the spec loses, and the code
``jdgen check`` must report."""


def _broken(example, case: str) -> str:
    edits, removed, code = BROKEN[case]
    for number, (old, new) in enumerate(edits):
        edit_template(example, old, new, again=number > 0)
    if removed:
        example.edit_spec(removed, "")
    return code


@pytest.mark.parametrize("case", list(BROKEN))
def test_check_catches_each_broken_template_once_at_the_template(example, case):
    code = _broken(example, case)
    result = example.run("check", status=1)
    errors = [line for line in result.output.splitlines() if ": error: " in line]
    assert errors and all(line.startswith("templates/default/form.docx: error: ") for line in errors), errors
    assert {line.rsplit(" ", 1)[-1] for line in errors} == {f"[{code}]"}, errors
    assert len(errors) == len({line.split(" (the sample spec")[0] for line in errors}), errors  # no problem twice
    assert "specs/" not in "\n".join(errors)  # never the spec's fault


def test_a_valid_template_has_no_problem_in_any_sample_or_document():
    assert check_template(PACKAGED_TEMPLATES / "default", "<built-in template default>", ["zh", "en", "zh+en"],
                          CatalogFolder(REPO / "translations", "translations")) == []


def _files(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*"))
            if path.is_file()}


def test_a_template_typo_after_a_good_build_stops_the_build_before_any_output(built_copy):
    before = _files(built_copy.root / "output")
    assert any(name.endswith(".docx") for name in before)
    edit_template(built_copy, "{{ basic.headcount }}", "{{ basic.headcont }}")
    result = built_copy.run("build", status=1)
    errors = [line for line in result.output.splitlines() if ": error: " in line]
    assert len(errors) == 1 and errors[0].startswith("templates/default/form.docx: error: "), result.output
    assert "unknown variable 'basic.headcont'" in errors[0]
    assert "stopped: the template templates/default has errors; no document was made, changed or removed" \
        in result.output
    assert _files(built_copy.root / "output") == before  # byte for byte, the manifest and register too


def test_a_template_that_fails_on_one_spec_only_is_reported_once_and_keeps_its_documents(built_copy):
    """The samples cannot meet every value: a tag that fails on one real spec
    is found by check (every spec is rendered) and by build, reported once,
    at the template, naming the spec; the documents made before stay."""
    before = _files(built_copy.root / "output")
    edit_template(built_copy, "{{ summary }}", "{{ summary }}{% if id == 'BCM-001' %}{{ summary.txet }}{% endif %}")
    checked = [line for line in built_copy.run("check", status=1).output.splitlines() if ": error: " in line]
    assert len(checked) == 1 and checked[0].startswith("templates/default/form.docx: error: "), checked
    assert "used by specs/bcm-001.yaml (zh)" in checked[0] and "[template-render]" in checked[0]
    result = built_copy.run("build", status=1)
    errors = [line for line in result.output.splitlines() if ": error: " in line]
    assert len(errors) == 1, result.output
    assert re.match(r"templates/default/form\.docx: error: word/document\.xml: table \d+, row \d+, cell \d+, "
                    r".*cannot render: it has no value 'txet' \(jdgen template context shows the values a template sees\) \(used by specs/bcm-001\.yaml \(\w+\) "
                    r"and 2 other specs\) \[template-render\]", errors[0]), errors[0]
    after = _files(built_copy.root / "output")
    assert {name: data for name, data in after.items() if name.endswith(".docx")} == \
        {name: data for name, data in before.items() if name.endswith(".docx")}


def test_the_fields_a_form_does_not_show_are_read_off_its_template():
    """What the corporate form leaves out, as its tests declare it, is what
    jdgen finds hidden in it: of the quantitative categories, all but the measures."""
    assert hidden_fields(PACKAGED_TEMPLATES / "default", "default") == frozenset()
    found = hidden_fields(PACKAGED_TEMPLATES / "corporate", "corporate")
    category = ("indicators", "quantitative", "*")
    assert found == {*NOT_ON_THE_CORPORATE_FORM, *(category + (name,) for name in ("name", "scoring", "formula"))}


@pytest.mark.parametrize(("broken", "problem"), [
    ("</w:t>", "Opening and ending tag mismatch"),
    ("<x:y/>", "Namespace prefix x on y is not defined"),  # a problem libxml2 reads on, which a tree stops on
])
def test_xml_a_template_breaks_for_one_spec_only_is_reported_by_check_as_by_build(example, broken, problem):
    """A check reads each spec's rendered XML building no tree: it reports
    every way the build's parse breaks, in the build's words."""
    edit_template(example, "{{ summary }}", f"{{{{ summary }}}}{{% if id == 'BCM-001' %}}{broken}{{% endif %}}")
    checked = [line for line in example.run("check", status=1).output.splitlines() if ": error: " in line]
    assert len(checked) == 1 and "used by specs/bcm-001.yaml (zh)" in checked[0], checked
    assert f"word/document.xml: cannot render: rendered XML is broken: {problem}" in checked[0], checked
    built = [line for line in example.run("build", status=1).output.splitlines()
             if ": error: " in line and "used by specs/bcm-001.yaml (zh)" in line]
    assert built == checked, (built, checked)
