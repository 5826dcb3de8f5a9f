"""Shapes of forms the twenty-fourth held-out batch showed: sign-off labels
worded around a signer's label (Approved by the Principal, 制表时间), a
form's name in a numbered Word caption (表 1 …), a label in the other
number (Certificate), and duties as the first column of a two-column table
under a bold heading row (Key Tasks | Expected Outcomes)."""

from __future__ import annotations

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from jdgen.importer import caption, plural_labels
from jdgen.importer.field_labels import matched
from tests.importer.forms import grid
from tests.importer.styles import _paragraphs
from tests.importer.test_recognize import _import


@pytest.mark.parametrize(("label", "section", "field"), [
    ("Approved by the Principal", "qualifications", "document.approved_by"),
    ("Prepared by the HR Manager:", "basic", "document.prepared_by"),
    ("制表时间", "basic", "basic.prepared_on"), ("拟稿日期：", "basic", "basic.prepared_on"),
    ("Certificate", "qualifications", "qualifications.certificates"),
    ("Key Task", "duties", "duties")])
def test_a_label_worded_around_a_known_one_names_its_field(label, section, field):
    found = matched(label, section)
    assert found is not None and found.field == field


@pytest.mark.parametrize(("label", "section"), [("审核时间", "basic"), ("Responsibility", "environment"),
                                                ("Reported by the Board", "basic"), ("Approved by Jane Smith", "basic")])
def test_a_label_worded_around_one_that_names_no_such_field_is_no_label(label, section):
    assert matched(label, section) is None


def test_the_other_number_of_a_label_is_its_last_word_made_plural_or_singular():
    assert [plural_labels.other_number(text) for text in ("Certificate", "Key Duties", "Skills:", "Address")] \
        == ["Certificates", "Key Duty", "Skill", None]


def test_an_approval_line_with_the_approvers_role_names_the_approver_and_is_no_requirement(tmp_path):
    document = docx.Document()
    grid(document, [("Position", "Office Manager"), ("Responsible to", "Principal")])
    _paragraphs(document, "Person specification", "Experience: At least three years in office administration",
                "Certificate: A current first aid certificate", "",
                "Approved by the Principal: Aroha Ngata", "Date: 12 February 2024")
    output, spec = _import(tmp_path, document)
    assert spec["qualifications"]["experience"] == ["At least three years in office administration"], output
    assert spec["qualifications"]["certificates"] == ["A current first aid certificate"], output
    assert spec["document"]["approved_by"] == "Aroha Ngata", output
    assert str(spec["basic"]["prepared_on"]) == "2024-02-12", output


def test_a_date_label_broken_over_two_lines_after_the_preparers_label_is_the_date_prepared(tmp_path):
    document = docx.Document()
    grid(document, [("岗位\n名称", "农残检测员", "所在\n部门", "质检中心"),
                    ("制表人", "吕晓峰", "制表\n时间", "2024年3月28日")])
    output, spec = _import(tmp_path, document)
    assert str(spec["basic"]["prepared_on"]) == "2024-03-28" and spec["document"]["prepared_by"] == "吕晓峰", output


def _seq_caption(document, text: str) -> None:
    """A caption as Insert Caption writes it: 表, a SEQ field showing 1, then ``text``."""
    paragraph = document.add_paragraph(style="Caption")
    paragraph.add_run("表 ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), " SEQ 表 \\* ARABIC ")
    field.append(paragraph.add_run("1")._r)
    paragraph._p.append(field)
    paragraph.add_run(f" {text}")


def test_a_numbered_captions_label_and_number_are_no_part_of_the_forms_title(tmp_path):
    document = docx.Document()
    _paragraphs(document, "成都市武侯区玉林街道办事处")
    _seq_caption(document, "社区专职网格员岗位说明书")
    grid(document, [("岗位名称", "社区专职网格员"), ("所属单位", "玉林街道综治中心")])
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "社区专职网格员" and spec["document"]["issuer"] == "成都市武侯区玉林街道办事处", output
    assert "表 1" not in output


def test_text_opening_with_a_number_is_kept_where_no_seq_field_numbers_it():
    assert caption.without_number("表 1 社区专职网格员岗位说明书") == "社区专职网格员岗位说明书"
    assert caption.without_number("表 1") == "表 1"
    paragraph = docx.Document().add_paragraph("表 1 岗位说明书")
    assert not caption.is_numbered(paragraph._p)


def test_duties_in_the_first_column_under_a_bold_heading_row_of_two_are_the_duties(tmp_path):
    document = docx.Document()
    grid(document, [("Position", "Office Manager")])
    tasks = [("Key Tasks", "Expected Outcomes"), ("Reception", "Visitors are greeted warmly"),
             ("Finance", "Invoices are paid on time")]
    table = document.add_table(rows=len(tasks), cols=2)
    for row, texts in enumerate(tasks):
        for column, text in enumerate(texts):
            table.cell(row, column).paragraphs[0].add_run(text).bold = row == 0
    output, spec = _import(tmp_path, document)
    assert spec["duties"] == ["Reception", "Finance"], output
    assert 'a column no field has (Expected Outcomes), not placed: "Invoices are paid on time"' in output
