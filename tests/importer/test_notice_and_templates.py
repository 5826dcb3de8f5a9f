"""Shapes of forms the eighth held-out batch showed: a form issued as the
attachment of an official notice (红头文件), an Australian position
description's selection criteria, a US template's sections and closing
texts, duties ending with their share of time, a working condition among
the basic facts, a signature under a form pasted from an e-mail, a box
whose heading stands over lines of other parts' labels, a word before the
title in the title line with the company in the page header."""

from __future__ import annotations

import datetime

import docx
import pytest
from docx.enum.text import WD_BREAK

from jdgen.importer.field_labels import matched
from tests.importer.styles import _header
from tests.importer.test_recognize import _import


def test_a_form_attached_to_an_official_notice_is_one_position_with_the_notice_s_issuer_number_and_date(tmp_path):
    document = docx.Document()
    for text in ("滨海燃气集团有限公司文件", "滨燃气人〔2024〕15号", "关于印发《安全工程师岗位说明书》的通知", "集团各部门：",
                 "现将《安全工程师岗位说明书》印发给你们，请遵照执行。本说明书自2024年4月1日起施行。", "附件：安全工程师岗位说明书"):
        document.add_paragraph(text)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for text in ("附件", "安全工程师岗位说明书", "岗位名称：安全工程师", "所属部门：安全环保部"):
        document.add_paragraph(text)
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "安全工程师" and spec["basic"]["department"] == "安全环保部", output
    assert spec["document"] == {"issuer": "滨海燃气集团有限公司", "number": "滨燃气人〔2024〕15号",
                                "effective_date": datetime.date(2024, 4, 1)}, output
    assert 'the notice\'s attachment, named; not placed: "附件：安全工程师岗位说明书"' in output


def test_selection_criteria_go_to_the_field_their_words_name_and_special_requirements_are_certificates(tmp_path):
    document = docx.Document()
    for text in ("Position title: Student Services Officer", "Business unit: Student Services", "Key selection criteria",
                 "Essential", "1. Demonstrated experience in front-line customer service.",
                 "2. Highly developed written communication skills.", "3. Sound knowledge of the VET sector.",
                 "Special requirements"):
        document.add_paragraph(text)
    document.add_paragraph("Current Working With Children Check", style="List Bullet")
    output, spec = _import(tmp_path, document)
    assert spec["basic"]["department"] == "Student Services", output
    assert spec["qualifications"] == {
        "experience": ["Demonstrated experience in front-line customer service."],
        "abilities": ["Highly developed written communication skills."],
        "knowledge": "Sound knowledge of the VET sector.",
        "certificates": ["Current Working With Children Check"]}, output


def test_a_us_template_s_sections_are_read_and_its_closing_texts_end_the_list_above_them(tmp_path):
    document = docx.Document()
    document.add_paragraph("Prairie Gold Foods, Inc.")
    document.add_paragraph("Job Description")
    for text in ("Job Title: Maintenance Technician", "Department: Plant Maintenance", "Essential Functions",
                 "Reasonable accommodations may be made to enable individuals with disabilities to perform the "
                 "essential functions."):
        document.add_paragraph(text)
    for duty in ("Performs preventive maintenance.", "Repairs hydraulic systems."):
        document.add_paragraph(duty, style="List Bullet")
    document.add_paragraph("Required Education and Experience")
    document.add_paragraph("High school diploma or GED", style="List Bullet")
    document.add_paragraph("Additional Eligibility Qualifications")
    document.add_paragraph("EPA Section 608 Universal certification", style="List Bullet")
    document.add_paragraph("Other Duties")
    document.add_paragraph("Duties may change at any time with or without notice.")
    output, spec = _import(tmp_path, document)
    assert spec["document"]["issuer"] == "Prairie Gold Foods, Inc.", output
    assert spec["duties"] == ["Performs preventive maintenance.", "Repairs hydraulic systems."], output
    assert 'an introduction to the list under it, not placed: "Reasonable accommodations' in output
    assert spec["qualifications"] == {"education": "High school diploma or GED",
                                      "certificates": ["EPA Section 608 Universal certification"]}, output
    assert 'a section heading no field has; it and the texts under it are not placed: "Other Duties"' in output


def test_duties_each_ending_with_their_share_of_time_are_weighted_duties(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    for row, (label, value) in enumerate([("岗位名称", "临床监查员"), ("所属部门", "临床运营部"),
                                          ("主要职责及时间占比", "1. 负责监查访视（60%）\n2. 撰写监查报告（30%）")]):
        table.cell(row, 0).text, table.cell(row, 1).text = label, value
    output, spec = _import(tmp_path, document)
    assert spec["duties"] == [{"text": "负责监查访视", "weight": 60}, {"text": "撰写监查报告", "weight": 30}], output
    assert "make 90% (not 100%); check the weights" in output


def test_a_label_naming_a_condition_of_the_work_among_the_basic_facts_is_a_working_condition(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=3, cols=4)
    for row, texts in enumerate([("岗位名称", "临床监查员", "所属部门", "临床运营部"), ("工作地点", "上海", "出差要求", "每月出差8-10天"),
                                 ("是否夜班", "否", "加班", "偶尔")]):
        for column, text in enumerate(texts):
            table.cell(row, column).text = text
    output, spec = _import(tmp_path, document)
    assert spec["basic"]["work_location"] == "上海", output
    assert spec["environment"] == {"conditions": [{"name": "出差要求", "value": "每月出差8-10天"},
                                                  {"name": "是否夜班", "value": "否"}, {"name": "加班", "value": "偶尔"}]}, output


def test_a_signature_under_a_form_pasted_from_an_e_mail_is_reported_not_more_of_the_last_field(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph()
    lines = ["岗位名称：慢性病防制医师", "岗位数量：3个", "工作经历：2年以上疾控工作经历", "", "张敏", "慢病科", "电话：0794-8221365"]
    for index, line in enumerate(lines):
        if index:
            paragraph.add_run().add_break()
        paragraph.add_run(line)
    output, spec = _import(tmp_path, document)
    assert spec["basic"]["headcount"] == 3, output
    assert spec["qualifications"]["experience"] == ["2年以上疾控工作经历"], output
    assert 'a signature under the text (a name and a way to reach the sender), not placed: "张敏 / 慢病科 / 电话：0794-8221365"' \
        in output


def test_a_box_s_heading_keeps_no_line_of_another_part_s_label_under_it(tmp_path):
    document = docx.Document()
    document.add_paragraph("岗位名称：厨师长")
    document.add_paragraph("所属部门：门店厨房")
    box = document.add_table(rows=1, cols=1).cell(0, 0)
    box.text = "工作条件\n工作时间：做六休一\n身体要求：身体健康，无传染性疾病"
    output, spec = _import(tmp_path, document)
    assert spec["environment"] == {"hours": "做六休一"} and spec["physical"] == "身体健康，无传染性疾病", output


def test_a_word_before_the_title_in_the_title_line_is_no_issuer_when_the_page_header_names_the_company(tmp_path):
    document = docx.Document()
    _header(document, "江淮高速公路运营管理有限公司")
    for text in ("收费站值班站长岗位说明书", "岗位名称：值班站长", "所属部门：收费管理部", "工作班制：四班三倒"):
        document.add_paragraph(text)
    output, spec = _import(tmp_path, document)
    assert spec["document"]["issuer"] == "江淮高速公路运营管理有限公司", output
    assert spec["environment"]["hours"] == "四班三倒", output
    assert 'but no organisation, which the page header names; not placed: "收费站"' in output


def test_words_joined_to_a_label_at_a_line_s_start_are_the_label_s_never_the_value_above(tmp_path):
    document = docx.Document()
    for text in ("Job Title: Maintenance Technician", "Location: Cedar Falls, Iowa", "Revision Date: 02/12/2024"):
        document.add_paragraph(text)
    output, spec = _import(tmp_path, document)
    assert spec["basic"]["work_location"] == "Cedar Falls, Iowa", output
    assert 'a label no field has (Revision Date), not placed: "Revision Date: 02/12/2024"' in output


@pytest.mark.parametrize(("label", "field"), [
    ("Classification", "basic.grade"), ("Pay Grade", "basic.grade"), ("Position purpose", "summary"),
    ("Summary/Objective", "summary"), ("Competencies", "qualifications.abilities"),
    ("Physical Demands", "physical"), ("Position Type and Expected Hours of Work", "environment.hours"),
    ("Prepared Date", "basic.prepared_on"), ("岗位数量", "basic.headcount"), ("资格条件", "qualifications.certificates")])
def test_the_labels_the_eighth_batch_showed_are_their_fields(label, field):
    assert matched(label, "document").field == field


@pytest.mark.parametrize(("label", "section"), [
    ("Key selection criteria", "qualifications"), ("Organisational relationships", "relationships"),
    ("Essential Functions", "duties"), ("主要职责及时间占比", "duties")])
def test_the_part_labels_the_eighth_batch_showed_are_their_parts(label, section):
    assert matched(label, "basic").section == section
