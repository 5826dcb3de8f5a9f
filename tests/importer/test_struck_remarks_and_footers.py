"""Shapes of forms the eighteenth held-out batch showed: a grid revised by
hand with old values struck through, a page footer repeating the form's
title, a remarks column beside numbered rows, a note under a value of one
text, the date alone under the preparer's name, a value beside its label
that opens with a colon, a kind of experience named by its last word, an
English degree and certificates set apart by semicolons."""

from __future__ import annotations

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH

from jdgen.importer.field_labels import matched
from tests.importer.forms import grid
from tests.importer.styles import _footer, _paragraphs
from tests.importer.test_recognize import _import


def _revised(cell, old: str, new: str) -> None:
    """The cell's value revised by hand: the old one struck through, the new one after it."""
    paragraph = cell.paragraphs[0]
    paragraph.add_run(old).font.strike = True
    paragraph.add_run(new)


def test_struck_through_text_is_deleted_text(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=4, cols=2)
    for row, label in enumerate(("岗位名称", "直接上级", "编制人数", "工作职责")):
        table.cell(row, 0).text = label
    table.cell(0, 1).text = "图书营业员"
    _revised(table.cell(1, 1), "门市部主任", "门店店长")
    _revised(table.cell(2, 1), "3人", "4人")
    duties = table.cell(3, 1)
    duties.paragraphs[0].add_run("（1）接待读者，提供导购服务；")
    duties.add_paragraph().add_run("（2）负责音像制品的销售登记；").font.strike = True
    duties.add_paragraph().add_run("（3）参与新书到货验收。")
    output, spec = _import(tmp_path, document)
    assert spec["basic"]["reports_to"] == "门店店长" and spec["basic"]["headcount"] == 4, output
    assert spec["duties"] == ["接待读者，提供导购服务；", "参与新书到货验收。"], output
    assert ('in the document: the document has struck-through text; it was read as deleted, as a revision made by '
            'hand: check the import against it: "门市部主任"') in output


def test_the_form_title_a_page_footer_repeats_is_no_second_form(tmp_path):
    document = docx.Document()
    _footer(document, "Human Resources | Job Description")
    _paragraphs(document, "Job Description")
    grid(document, [("Position title", "Lift Operations Supervisor"), ("Department", "Mountain Operations")])
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "Lift Operations Supervisor" and spec["basic"]["department"] == "Mountain Operations", \
        output
    assert 'in the page footer: text not placed: "Human Resources | Job Description"' in output


def test_a_remarks_column_beside_numbered_rows_is_reported_not_joined_to_the_value(tmp_path):
    document = docx.Document()
    grid(document, [("序号", "项目", "内容", "备注"), ("1", "岗位名称", "综合窗口受理员", ""),
                    ("2", "岗位数量", "6个", "其中延时服务窗口2个"),
                    ("3", "工作时间", "周一至周五8:30-17:30", "夏季作息按县统一通知执行")])
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "综合窗口受理员" and spec["basic"]["headcount"] == 6, output
    assert spec["environment"]["hours"] == "周一至周五8:30-17:30", output
    assert 'under 工作时间, in the column 备注: a remark beside the row\'s value, no value: "夏季作息按县统一通知执行"' \
        in output


def test_the_lines_after_a_label_no_field_has_are_no_more_of_a_value_of_one_text(tmp_path):
    document = docx.Document()
    grid(document, [("岗位名称", "教练员"), ("所属部门", "教练部")])
    _paragraphs(document, "工作时间：夏令时7:00-19:00", "注：1．学员投诉经查实的，按规定处理。", "　　2．本说明书由综合办公室负责解释。")
    output, spec = _import(tmp_path, document)
    assert spec["environment"]["hours"] == "夏令时7:00-19:00", output
    assert 'text not placed: "本说明书由综合办公室负责解释。"' in output


@pytest.mark.parametrize("in_cell", [False, True])
def test_a_date_alone_under_the_preparers_name_is_the_date_prepared(tmp_path, in_cell):
    document = docx.Document()
    if in_cell:
        grid(document, [("岗位名称", "执业兽医师"), ("所属科室", "诊疗部"), ("制表人", ["何晓丽", "2024年4月22日"])])
    else:
        grid(document, [("职位名称：", "执业兽医师"), ("所属科室：", "诊疗部")])
        for line in ("制表人：何晓丽", "2024年4月22日"):
            document.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    output, spec = _import(tmp_path, document)
    assert spec["document"]["prepared_by"] == "何晓丽" and str(spec["basic"]["prepared_on"]) == "2024-04-22", output


def test_a_value_beside_its_label_that_opens_with_a_colon_is_kept_whole_and_reported(tmp_path):
    document = docx.Document()
    hours = "两班制：早班8:30-15:00，晚班14:30-21:00"
    grid(document, [("岗位名称", "图书营业员"), ("所属部门", "门市部"), ("工作时间", hours)])
    output, spec = _import(tmp_path, document)
    assert spec["environment"]["hours"] == hours, output
    assert f'kept whole as the value beside 工作时间, though it opens with a label no field has (两班制); check it: "{hours}"' \
        in output


@pytest.mark.parametrize(("label", "field"), [
    ("所在车间", "basic.department"), ("直接领导", "basic.reports_to"), ("管理对象", "basic.subordinates"),
    ("督导对象：", "basic.subordinates"), ("下属人员", "basic.subordinates"), ("岗位定编", "basic.headcount"),
    ("上岗证书", "qualifications.certificates"), ("填表时间", "basic.prepared_on"), ("文化程度：", "qualifications.education"),
    ("主要工作：", "duties"), ("常用设备：", "tools"), ("岗位描述", "summary"), ("Immediate Superior", "basic.reports_to")])
def test_the_labels_organisations_use_name_their_field(label, field):
    found = matched(label, "basic")
    assert found is not None and found.field == field


@pytest.mark.parametrize(("label", "field"), [("驾驶经历", "qualifications.experience"),
                                              ("教学经历", "qualifications.experience"),
                                              ("管理经验：", "qualifications.experience"), ("教育经历", None),
                                              ("有相关经验", None)])
def test_a_kind_of_experience_among_the_qualifications_is_the_experience(label, field):
    found = matched(label, "qualifications")
    assert (found.field if found else None) == field
    assert label != "驾驶经历" or matched(label, "basic") is None


def test_an_english_graduate_line_is_the_education_and_semicolons_set_certificates_apart(tmp_path):
    document = docx.Document()
    _paragraphs(document, "Position Title: Customer Support Team Leader", "Department: Operations",
                "Certifications: Standard First Aid with CPR Level C; BC Safety Authority ropeway operator training",
                "Qualifications")
    for line in ("Graduate of any four-year course", "At least 2 years of experience as a team leader"):
        document.add_paragraph(line, style="List Bullet")
    output, spec = _import(tmp_path, document)
    assert spec["qualifications"]["education"] == "Graduate of any four-year course", output
    assert spec["qualifications"]["experience"] == ["At least 2 years of experience as a team leader"], output
    assert spec["qualifications"]["certificates"] == [
        "Standard First Aid with CPR Level C", "BC Safety Authority ropeway operator training"], output


def test_a_remark_under_the_working_hours_is_reported_not_a_condition_of_the_work(tmp_path):
    document = docx.Document()
    grid(document, [("职位名称：", "执业兽医师"), ("所属科室：", "诊疗部"), ("工作时间：", "早9:00至晚21:00"),
                    ("备　　注：", "本院为24小时急诊医院")])
    output, spec = _import(tmp_path, document)
    assert spec["environment"] == {"hours": "早9:00至晚21:00"}, output
    assert 'a label no field has (备注), not placed: "本院为24小时急诊医院"' in output  # the label closed up
