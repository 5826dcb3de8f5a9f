"""Shapes of forms the twenty-second held-out batch showed: a person
specification whose column marks each requirement E or D, a sign-off typed
标签：值 in a grid's last row (its label column too), and a unit's count of
staff (门店编制) under a label of its own; the labels its forms used."""

from __future__ import annotations

import docx
import pytest

from jdgen.importer.field_labels import matched
from tests.importer.forms import grid
from tests.importer.styles import _paragraphs
from tests.importer.test_recognize import _import


def test_a_column_of_essential_and_desirable_letters_is_a_mark_not_a_value(tmp_path):
    document = docx.Document()
    grid(document, [("Job title", "Shop Manager"), ("Department", "Retail")])
    _paragraphs(document, "Person specification")
    grid(document, [("Requirement", "E/D"), ("Educated to GCSE level including English and Maths", "E"),
                    ("Experience of managing a retail shop", "E"), ("Experience of leading volunteers", "D")])
    output, spec = _import(tmp_path, document)
    assert spec["qualifications"] == {"education": "Educated to GCSE level including English and Maths",
                                      "experience": ["Experience of managing a retail shop"]}, output
    assert 'marked desirable (D), not a requirement; not placed: "Experience of leading volunteers"' in output
    assert '"E"' not in output and '"E/D"' not in output


def test_a_sign_off_typed_label_and_value_in_both_cells_of_a_row_is_read_cell_by_cell(tmp_path):
    document = docx.Document()
    grid(document, [("职位", "置业顾问"), ("汇报上级", "店长"), ("上班时间", "9:00-21:00，每周休息一天"),
                    ("拟稿：李春燕", "审批：黄志强　　　　日期：2024年3月18日")])
    output, spec = _import(tmp_path, document)
    assert spec["document"] == {"prepared_by": "李春燕", "approved_by": "黄志强"}, output
    assert str(spec["basic"]["prepared_on"]) == "2024-03-18", output
    assert "conditions" not in spec.get("environment", {}), output


def test_a_units_count_of_staff_is_taken_as_the_headcount_and_reported(tmp_path):
    document = docx.Document()
    grid(document, [("职位", "置业顾问"), ("汇报上级", "店长"), ("门店编制", "5名")])
    output, spec = _import(tmp_path, document)
    assert spec["basic"]["headcount"] == 5, output
    assert 'placed in basic.headcount' in output and '"5名"' in output


@pytest.mark.parametrize(("label", "field"), [
    ("拟稿", "document.prepared_by"), ("职业资格", "qualifications.certificates"), ("职责概述", "summary"),
    ("Main purpose of the job", "summary"), ("Overall responsibilities", "duties")])
def test_the_labels_organisations_use_name_their_field(label, field):
    found = matched(label, "basic")
    assert found is not None and found.field == field


def test_main_before_a_value_names_no_place():
    assert matched("Main Campus, Science Park", "basic") is None


@pytest.mark.parametrize("label", ["门店编制", "部门定员", "班组人数：", "本部门编制"])
def test_a_units_count_of_staff_names_the_headcount(label):
    found = matched(label, "basic")
    assert found is not None and found.field == "basic.headcount" and found.confidence.unsure


@pytest.mark.parametrize("label", ["编制", "门店", "部门编号"])
def test_other_labels_are_no_units_count(label):
    found = matched(label, "basic")
    assert found is None or found.field != "basic.headcount"
