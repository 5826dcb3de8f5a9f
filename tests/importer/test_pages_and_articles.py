"""Shapes of forms the eleventh held-out batch showed: a template's column
of notes on filling it in (填写说明), dates in Chinese numerals, a label in
English with the same label in Chinese after it on one line, text boxes
drawn as a grid in another order than they are read, a PDF pasted into
Word with its page numbers and running header, a form written as a
regulation of articles (第X条) with its facts in a sentence, a numbered
label no field has among numbered labels, and a pair set apart by a bar
from what follows it on its line."""

from __future__ import annotations

import datetime

import docx
import pytest
from docx.oxml import parse_xml

from jdgen.importer import page_furniture
from jdgen.importer.fact_sentence import pairs
from jdgen.importer.field_labels import matched, resolve
from jdgen.importer.values import parse_date
from tests.importer.forms import grid
from tests.importer.styles import _header, _paragraphs
from tests.importer.test_recognize import _import


def test_a_templates_column_of_notes_is_no_value_and_no_second_position(tmp_path):
    document = docx.Document()
    grid(document, [("项目", "填写说明", "填写内容"), ("岗位名称", "按《岗位体系表》中的标准岗位名称填写", "工艺工程师"),
                    ("岗位编号", "格式：部门代码-序号", "GY-015"), ("所属部门", "填写所在二级部门全称", "工艺部"),
                    ("学历要求", "如：大专、本科", "本科及以上"), ("编制人", "", "周婷")])
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "工艺工程师" and spec["id"] == "GY-015", output
    assert spec["basic"]["department"] == "工艺部" and spec["qualifications"]["education"] == "本科及以上", output
    assert 'under 学历要求, in the column 填写说明: a note on filling the form in, no value: "如：大专、本科"' in output
    assert "more than one position" not in output and "4 texts not placed" in output


def test_an_english_templates_guidance_column_is_left_out_too(tmp_path):
    document = docx.Document()
    grid(document, [("Item", "Guidance", "Entry"), ("Job Title", "Use the title in the grading structure", "Buyer"),
                    ("Department", "The department's full name", "Purchasing")])
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "Buyer" and spec["basic"]["department"] == "Purchasing", output
    assert 'in the column Guidance: a note on filling the form in, no value: "The department\'s full name"' in output


@pytest.mark.parametrize(("text", "date"), [("二〇二四年三月十五日", datetime.date(2024, 3, 15)),
                                            ("二○二三年十二月三十一日", datetime.date(2023, 12, 31)),
                                            ("二〇二四年四月一日", datetime.date(2024, 4, 1))])
def test_a_date_in_chinese_numerals_is_a_date(text, date):
    assert parse_date(text) == date


@pytest.mark.parametrize("text", ["二〇二四年三月", "二〇二四年十三月一日", "三月十五日"])
def test_a_date_in_chinese_numerals_without_its_day_or_out_of_range_is_no_date(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(("label", "field"), [("Post No. 職位編號", "id"), ("No. of Posts 職位數目", "basic.headcount"),
                                              ("Date Prepared 擬備日期", "basic.prepared_on"),
                                              ("Responsible To 直屬上司", "basic.reports_to")])
def test_a_label_in_english_with_the_chinese_after_it_is_the_half_known(label, field):
    found = matched(label, "basic")
    assert found is not None and found.field == field


@pytest.mark.parametrize("label", ["Department 职位名称", "Department 备注说明文字。"])
def test_halves_naming_two_fields_or_a_gloss_no_labels_make_no_label(label):
    assert resolve(label, "basic") is None


def test_a_hong_kong_form_of_labels_in_english_then_chinese_is_read_by_the_half_known(tmp_path):
    document = docx.Document()
    grid(document, [("Post Title 職位名稱", "Social Worker"), ("Post No. 職位編號", "SW-112"),
                    ("Unit 單位", "Family Service Centre"), ("No. of Posts 職位數目", "6"),
                    ("Qualifications & Experience 學歷及經驗", "Registered Social Worker (RSW) in Hong Kong")])
    output, spec = _import(tmp_path, document)
    assert spec["id"] == "SW-112" and spec["basic"] == {"department": "Family Service Centre", "headcount": 6}, output
    assert spec["qualifications"] == {"certificates": ["Registered Social Worker (RSW) in Hong Kong"]}, output


_VML_BOX = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:rect style="position:absolute;margin-left:{left}pt;'
            'margin-top:{top}pt;width:100pt;height:20pt"><v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r>'
            '</w:p></w:txbxContent></v:textbox></v:rect></w:pict></w:r>')


def test_text_boxes_drawn_as_a_grid_are_read_by_their_places_not_the_order_drawn(tmp_path):
    document = docx.Document()
    _paragraphs(document, "岗位说明书")
    anchor = document.add_paragraph()
    boxes = [(0, 0, "岗位名称"), (0, 30, "所属部门"), (0, 60, "工作地点"), (110, 30, "新闻采访部"), (110, 0, "记者"),
             (220, 0, "岗位编号"), (330, 0, "XW-06"), (110, 60, "递铺街道")]
    for left, top, text in boxes:
        anchor._p.append(parse_xml(_VML_BOX.format(left=left, top=top, text=text)))
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "记者" and spec["id"] == "XW-06", output
    assert spec["basic"] == {"department": "新闻采访部", "work_location": "递铺街道"}, output


@pytest.mark.parametrize(("text", "number"), [("— 5 —", True), ("- 12 -", True), ("第2页", True), ("第2页 共5页", True),
                                              ("Page 2 of 5", True), ("2/5", True), ("5", False), ("附件3", False)])
def test_a_page_number_standing_alone_is_known(text, number):
    assert page_furniture.page_number(text) is number


def test_a_pasted_pdfs_page_number_and_running_header_are_dropped_and_the_cut_duty_joined(tmp_path):
    document = docx.Document()
    running = "某某大学岗位设置实施方案（2024年修订）"
    _paragraphs(document, running, "岗位名称：实验员", "岗位职责：", "1. 负责危险化学品的申购、验收、存储和使用登记，落实实",
                "- 5 -", running, "验室安全检查制度；", "2. 完成交办的其他工作。")
    output, spec = _import(tmp_path, document)
    assert spec["duties"] == ["负责危险化学品的申购、验收、存储和使用登记，落实实验室安全检查制度；", "完成交办的其他工作。"], output
    assert 'a page number of a PDF pasted into the document; dropped: "- 5 -"' in output
    assert f'the running header of a PDF\'s page, repeated inside the text; dropped: "{running}"' in output


def test_a_form_written_as_articles_reads_each_article_on_its_own(tmp_path):
    document = docx.Document()
    _paragraphs(document, "保管员岗位规范", "第一章　岗位基本信息", "第一条　岗位名称：保管员。",
                "第二条　本岗位隶属仓储管理科，直接上级为仓储管理科科长，岗位定员6人。", "第二章　附则",
                "第三条　工作时间：常白班（8:00-17:00）。", "第四条　本规范由公司人力资源部负责解释。",
                "第五条　本规范自二〇二四年四月一日起施行。")
    output, spec = _import(tmp_path, document)
    assert spec["basic"] == {"department": "仓储管理科", "reports_to": "仓储管理科科长", "headcount": 6}, output
    assert spec["environment"] == {"hours": "常白班（8:00-17:00）。"}, output
    assert spec["document"]["effective_date"] == datetime.date(2024, 4, 1), output
    assert 'text not placed: "本规范由公司人力资源部负责解释。"' in output


@pytest.mark.parametrize(("text", "found"), [
    ("本岗位隶属仓储管理科，直接上级为仓储管理科科长，岗位定员6人。",
     [("所属部门", "仓储管理科"), ("直接上级", "仓储管理科科长"), ("岗位定员", "6人")]),
    ("负责仓房管理，直接上级为科长。", []), ("直接上级为科长。", [])])
def test_a_sentence_gives_facts_only_when_each_clause_is_a_label_and_a_value(text, found):
    assert pairs(text, lambda label: resolve(label, "basic") is not None) == found


def test_a_numbered_label_no_field_has_among_numbered_labels_is_reported(tmp_path):
    document = docx.Document()
    _paragraphs(document, "岗位名称：实验员", "任职条件", "1. 学历学位：硕士研究生及以上学历", "2. 工作经历：具有2年以上高校实验室工作经历",
                "3. 职称要求：具有实验师及以上专业技术职务")
    output, spec = _import(tmp_path, document)
    assert spec["qualifications"] == {"education": "硕士研究生及以上学历", "experience": ["具有2年以上高校实验室工作经历"]}, output
    assert 'a label no field has (职称要求), not placed: "职称要求：具有实验师及以上专业技术职务"' in output


def test_a_pair_set_apart_by_a_bar_keeps_its_value_and_reports_the_rest(tmp_path):
    document = docx.Document()
    _paragraphs(document, "Teller", "Job ID: R-24-0317  |  Posted 5 days ago", "Department: Retail Branch Operations")
    output, spec = _import(tmp_path, document)
    assert spec["id"] == "R-24-0317", output
    assert 'set apart by a bar from the value before it; not placed: "Posted 5 days ago"' in output


def test_a_second_title_that_is_a_sentence_is_imported_as_one_position_and_flagged(tmp_path):
    document = docx.Document()
    grid(document, [("岗位名称", "按公司《岗位体系表》中的标准岗位名称填写", "工艺工程师"),
                    ("所属部门", "填写所在二级部门全称", "工艺部")])
    output, spec = _import(tmp_path, document)
    assert "more than one position" not in output
    assert ('looked like a second position\'s title, but not every title found names a position; the document was '
            'imported as one position: check it: "工艺工程师"') in output


def test_the_full_stop_ending_a_line_of_pairs_is_no_part_of_its_last_value(tmp_path):
    document = docx.Document()
    _paragraphs(document, "岗位名称：保管员；岗位编号：WB-CC-03。", "所属部门：仓储管理科")
    output, spec = _import(tmp_path, document)
    assert spec["id"] == "WB-CC-03" and spec["title"] == "保管员", output


def test_a_careers_pages_schedule_is_the_hours_and_a_preferred_qualification_no_requirement(tmp_path):
    document = docx.Document()
    _paragraphs(document, "Teller", "Department: Retail", "Qualifications", "• High school diploma or GED",
                "• Associate degree in business or a related field preferred",
                "• One year of cash handling experience", "Schedule", "Monday–Friday 8:30 a.m.–5:30 p.m.")
    output, spec = _import(tmp_path, document)
    assert spec["environment"] == {"hours": "Monday–Friday 8:30 a.m.–5:30 p.m."}, output
    assert spec["qualifications"]["experience"] == ["One year of cash handling experience"], output
    assert ('a qualification preferred, not required; not placed: '
            '"Associate degree in business or a related field preferred"') in output


def test_a_duty_table_with_standards_and_frequencies_beside_the_duties_keeps_the_duties_alone(tmp_path):
    document = docx.Document()
    grid(document, [("岗位名称", "运维工程师", "", "")])
    grid(document, [("序号", "岗位职责", "工作标准", "频次"), ("1", "巡视供配电设备并记录运行参数", "异常15分钟内上报", "每班"),
                    ("2", "更新机房资产台账", "台账与现场一致率不低于99%", "每月")])
    output, spec = _import(tmp_path, document)
    assert spec["duties"] == ["巡视供配电设备并记录运行参数", "更新机房资产台账"], output
    assert 'a column no field has (频次), not placed: "每月"' in output


def test_an_organisation_before_a_form_number_in_the_page_header_is_the_issuer(tmp_path):
    document = docx.Document()
    _header(document, "江苏宁能新能源科技有限公司　　　　　　表单编号：NN-HR-F-011")
    grid(document, [("岗位名称", "工艺工程师"), ("所属部门", "工艺部")])
    output, spec = _import(tmp_path, document)
    assert spec["document"] == {"issuer": "江苏宁能新能源科技有限公司", "number": "NN-HR-F-011"}, output
    assert "taken as the document's number (表单编号 says not whose; it may be the position's), the organisation " \
           "before it as the issuer; check it" in output


def test_a_requirement_of_a_command_of_languages_is_an_ability(tmp_path):
    document = docx.Document()
    _paragraphs(document, "Post Title: Social Worker", "Requirements", "At least 2 years' experience in casework",
                "Good command of written Chinese and English, and fluent Cantonese")
    output, spec = _import(tmp_path, document)
    assert spec["qualifications"] == {"experience": ["At least 2 years' experience in casework"],
                                      "abilities": ["Good command of written Chinese and English, and fluent Cantonese"]}, \
        output
