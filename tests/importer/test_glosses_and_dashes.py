"""Shapes of forms the fifteenth held-out batch showed: a table's label in
a language the import does not know in a column before the label it knows,
a sign-off as one row of 标签：值 cells, a signer's name and date in one
cell, a code and the text after it across a wide gap, a label set apart
from its value by a dash, and pinyin set over a heading by Word's
phonetic guide."""

from __future__ import annotations

import datetime

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from jdgen.importer import dashed, joined_values, label_alternatives, label_columns
from jdgen.importer.entries import FormLine, Place
from jdgen.importer.field_labels import resolve
from jdgen.importer.reading import Cell, Line
from tests.importer.forms import grid
from tests.importer.styles import _paragraphs
from tests.importer.test_recognize import _import


def test_a_label_in_a_language_not_known_before_the_label_known_is_no_value(tmp_path):
    document = docx.Document()
    _paragraphs(document, "岗位说明书")
    grid(document, [("Chức danh", "职位名称", "缝纫组长"), ("Bộ phận", "所属部门", "缝纫二车间"),
                    ("Cấp dưới trực tiếp", "直接下级", "缝纫工"), ("Định biên", "定员", "8人"),
                    ("Nơi làm việc", "工作地点", "厂区"), ("Trình độ học vấn", "学历", "初中及以上"),
                    ("Ngôn ngữ", "语言", "会说普通话")])
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "缝纫组长", output
    assert spec["basic"]["department"] == "缝纫二车间" and spec["basic"]["subordinates"] == ["缝纫工"], output
    assert spec["basic"]["headcount"] == 8 and spec["basic"]["work_location"] == "厂区", output
    assert spec["qualifications"]["education"] == "初中及以上", output
    assert "Định biên" not in str(spec) and "Nơi làm việc" not in str(spec)
    assert 'a label no field has (语言), not placed: "会说普通话"' in output


def test_a_column_of_glosses_after_the_labels_is_no_value_and_is_reported_once(tmp_path):
    document = docx.Document()
    _paragraphs(document, "岗位说明书")
    grid(document, [("职位名称", "Chức danh", "缝纫组长"), ("所属部门", "Bộ phận", "缝纫二车间"),
                    ("直接上级", "Cấp trên trực tiếp", "车间主任"), ("学历", "Trình độ học vấn", "初中及以上")])
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "缝纫组长" and spec["basic"]["reports_to"] == "车间主任", output
    assert spec["qualifications"]["education"] == "初中及以上", output
    assert ('in the table of 职位名称: the labels\' glosses in another language, a column of their own beside them; '
            'not placed: "Chức danh、Bộ phận、Cấp trên trực tiếp、Trình độ học vấn"') in output, output


def _row(table: int, *texts: str) -> list[Cell]:
    return [Cell(f"table {table}, row 1, cell {column}", [Line(text)]) for column, text in enumerate(texts, 1)]


def test_a_column_of_values_in_another_language_is_no_column_of_glosses():
    rows = [_row(1, "职位名称", "Sales Manager", "销售经理"), _row(1, "所属部门", "Sales", "销售部"),
            _row(1, "直接上级", "Sales Director", "销售总监"),
            _row(1, "职位概要", "Leads the sales team of the east region.", "带领华东区销售团队。")]
    assert label_columns.without_glosses(rows, _known) == (rows, [])
    glossed_rows = rows[:3]
    kept, left_out = label_columns.without_glosses(glossed_rows, _known)
    assert [[cell.text for cell in row] for row in kept] == [["职位名称", "销售经理"], ["所属部门", "销售部"],
                                                             ["直接上级", "销售总监"]]
    assert left_out == [("职位名称", ["Sales Manager", "Sales", "Sales Director"])]


def test_a_value_in_another_script_after_a_label_stays_a_value(tmp_path):
    document = docx.Document()
    _paragraphs(document, "岗位说明书")
    grid(document, [("岗位名称", "Senior Engineer", "岗位编号", "SE-01"), ("所属部门", "研发部", "", "")])
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "Senior Engineer" and spec["id"] == "SE-01", output


def test_a_sign_off_row_of_labelled_cells_is_read_cell_by_cell(tmp_path):
    document = docx.Document()
    _paragraphs(document, "岗位说明书")
    grid(document, [("岗位名称", "服务顾问", ""), ("工作时间", "8:30-17:30，月休6天", ""),
                    ("编写人：顾敏", "审批人：陈立华", "生效日期：2024年5月6日")])
    output, spec = _import(tmp_path, document)
    assert spec["document"]["prepared_by"] == "顾敏" and spec["document"]["approved_by"] == "陈立华", output
    assert spec["document"]["effective_date"] == datetime.date(2024, 5, 6), output
    assert spec["environment"] == {"hours": "8:30-17:30，月休6天"}, output


@pytest.mark.parametrize(("text", "parted"), [
    ("曹丽娟　2024年2月20日", ("曹丽娟", "2024年2月20日")), ("张三 2024.3.1", ("张三", "2024.3.1")), ("2024.3.1 张三", ("张三", "2024.3.1")),
    ("Anna Weber 12 March 2024", ("Anna Weber", "12 March 2024")), ("质量负责人　林志远", None), ("张三", None),
    ("2024年2月20日", None), ("第3版 2024.3.1", None)])
def test_a_name_and_a_date_in_one_text_are_parted(text, parted):
    assert joined_values.name_and_date(text) == parted


def test_a_signer_dated_in_one_cell_gives_the_date_prepared_and_an_approvers_date_is_reported():
    where = Place("under 编制", 1)
    fields = {"document.prepared_by": [FormLine("曹丽娟　2024年2月20日", where)],
              "document.approved_by": [FormLine("林志远 2024年2月22日", where)],
              "document.number": [FormLine("KQ-ZL-GW-006　　质量管理员岗位说明书　第1页", where)]}
    notes = joined_values.split(fields)
    assert [entry.text for entry in fields["document.prepared_by"]] == ["曹丽娟"]
    assert [entry.text for entry in fields["basic.prepared_on"]] == ["2024年2月20日"]
    assert [entry.text for entry in fields["document.approved_by"]] == ["林志远"]
    assert [entry.text for entry in fields["document.number"]] == ["KQ-ZL-GW-006"]
    assert [note.text for note in notes] == ["2024年2月22日", "质量管理员岗位说明书　第1页"]


@pytest.mark.parametrize(("text", "parted"), [
    ("质量负责人　林志远", ("质量负责人", "林志远")), ("中学部校长 Daniel Whitfield", ("中学部校长", "Daniel Whitfield")),
    ("人力资源部 沈佳怡", ("人力资源部", "沈佳怡")), ("张三 李四", None), ("人力资源部", None), ("Head of HR", None)])
def test_a_role_or_department_before_a_signers_name_is_parted(text, parted):
    assert joined_values.role_and_name(text) == parted


def test_the_signers_role_before_the_name_is_reported_to_check(tmp_path):
    document = docx.Document()
    _paragraphs(document, "岗位说明书")
    grid(document, [("岗位名称", "质量管理员"), ("批准", "质量负责人　林志远")])
    output, spec = _import(tmp_path, document)
    assert spec["document"]["approved_by"] == "林志远", output
    assert ('taken as approved_by: the name after the role or department (质量负责人), which is not placed; check it: '
            '"质量负责人　林志远"') in output, output


def test_a_name_and_date_in_the_cell_of_who_prepared_the_form_are_two_facts(tmp_path):
    document = docx.Document()
    _paragraphs(document, "岗位说明书")
    grid(document, [("岗位名称", "质量管理员"), ("编制", "曹丽娟　2024年2月20日")])
    output, spec = _import(tmp_path, document)
    assert spec["document"]["prepared_by"] == "曹丽娟", output
    assert spec["basic"]["prepared_on"] == datetime.date(2024, 2, 20), output


@pytest.mark.parametrize(("label", "field"), [("所属门店/部门", "basic.department"), ("部门/科室", None),
                                              ("学历/专业", None), ("工作时间/地点", None), ("部门经理/主管", None)])
def test_a_label_offering_two_words_for_its_last_names_the_field_of_the_one_known(label, field):
    assert (resolve(label, "basic") or (None, None))[1] == field


@pytest.mark.parametrize(("label", "readings"), [("所属门店/部门", ("所属门店", "所属部门")), ("工作时间/地点", ("工作时间", "工作地点")),
                                                 ("部门/科室", None), ("本科/硕士", None), ("Team/Department", None)])
def test_a_slashed_label_reads_as_its_first_and_its_second_after_the_words_they_share(label, readings):
    assert label_alternatives.readings(label) == readings


def _known(label: str) -> bool:
    return (resolve(label, "basic") or (None, None))[1] is not None


@pytest.mark.parametrize(("text", "pair"), [
    ("Role Title – Senior Test Engineer", ("Role Title", "Senior Test Engineer")),
    ("Reports into — Test Manager", ("Reports into", "Test Manager")), ("岗位名称——质检员", ("岗位名称", "质检员")),
    ("Selenium – Java", None), ("Role Title - Senior Test Engineer", None), ("Confidential – internal only", None)])
def test_a_known_label_set_apart_by_a_dash_is_a_pair(text, pair):
    assert dashed.pair(text, _known) == pair


def test_a_form_of_dashed_lines_is_read_as_labels_and_values(tmp_path):
    document = docx.Document()
    _paragraphs(document, "JOB DESCRIPTION", "Role Title – Senior Test Engineer", "Role Code – KIS-QA-2217",
                "Career Level – CL 9", "Openings – 4", "Prepared by – Anitha Raghavan", "Date – 12-Mar-2024")
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "Senior Test Engineer" and spec["id"] == "KIS-QA-2217", output
    assert spec["basic"]["grade"] == "CL 9" and spec["basic"]["headcount"] == 4, output
    assert spec["basic"]["prepared_on"] == datetime.date(2024, 3, 12), output
    assert spec["document"]["prepared_by"] == "Anitha Raghavan", output


def test_a_listed_item_opening_with_a_label_and_a_dash_stays_an_item(tmp_path):
    document = docx.Document()
    _paragraphs(document, "JOB DESCRIPTION", "Job Title: Office Manager", "Key Responsibilities")
    for duty in ("Manage the office budget.", "Training – deliver induction training to new staff.",
                 "Keep the office records up to date."):
        document.add_paragraph(duty, style="List Bullet")
    output, spec = _import(tmp_path, document)
    assert spec["duties"] == ["Manage the office budget.", "Training – deliver induction training to new staff.",
                              "Keep the office records up to date."], output
    assert "training" not in spec, output


def test_a_listed_duty_opening_with_another_parts_label_and_a_colon_is_reported(tmp_path):
    document = docx.Document()
    _paragraphs(document, "JOB DESCRIPTION", "Job Title: Office Manager", "Key Responsibilities")
    for duty in ("Manage the office budget.", "Training: deliver induction training to new staff."):
        document.add_paragraph(duty, style="List Bullet")
    output, _ = _import(tmp_path, document)
    assert ('a listed item among the duties, read as training.topics by its label (Training); check that it is not '
            'a duty: "Training: deliver induction training to new staff."') in output, output


def test_pinyin_set_over_a_heading_is_not_its_text(tmp_path):
    document = docx.Document()
    _paragraphs(document, "岗位说明书", "岗位名称：中文教师", "工作地点：园区校区")
    heading = document.add_paragraph()
    for character, pinyin in zip("岗位目的", ("gǎng", "wèi", "mù", "dì"), strict=True):
        heading._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:ruby><w:rubyPr><w:hps w:val="12"/><w:hpsRaise w:val="22"/>'
            f'<w:hpsBaseText w:val="24"/><w:lid w:val="zh-CN"/></w:rubyPr><w:rt><w:r><w:t>{pinyin}</w:t></w:r></w:rt>'
            f'<w:rubyBase><w:r><w:rPr><w:b/></w:rPr><w:t>{character}</w:t></w:r></w:rubyBase></w:ruby></w:r>'))
    _paragraphs(document, "为学生讲授中文课程。")
    output, spec = _import(tmp_path, document)
    assert spec["basic"]["work_location"] == "园区校区", output
    assert spec["summary"] == "为学生讲授中文课程。", output
