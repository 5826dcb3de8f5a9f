"""Shapes of forms the sixth held-out batch showed: headings numbered 壹、
and PART A –, items numbered under their part's letter (C1), labels run
into their values over dot leaders, a closing sentence giving the date the
form takes effect, a chart drawn down the page in text boxes, legacy form
fields, a number in the page footer with no colon, certificates among
requirements with no sub-labels, an English form with its Chinese in
brackets, two positions side by side with the title naming one, class
hours by level in a sentence, the form's title in a row merged across its
table, a heading no field has after a value of one text; and the seventh
batch's: Japanese labels and a stamp box of sign-off headings, 一是 as
numbering, numbered questions and answers."""

from __future__ import annotations

import contextlib
import datetime

import docx
import pytest
from click.testing import CliRunner
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm

from jdgen.cli import main
from jdgen.importer import values
from jdgen.importer.field_labels import matched
from tests.importer.sixth import _check_box, _dropdown, _form_field
from tests.importer.styles import _footer, _text_box
from tests.importer.test_recognize import _import


@pytest.mark.parametrize(("text", "kind", "rest", "counted"), [
    ("叁、岗位职责", "group", "岗位职责", [("一、", 3)]),
    ("PART C – KEY ACCOUNTABILITIES", "group", "KEY ACCOUNTABILITIES", [("APart–", 3)]),
    ("Part II: Duties", "group", "Duties", [("IPart:", 2)]),
    ("C2\tPrepare passage plans", "item", "Prepare passage plans", []),
    ("C1驾驶证", None, "C1驾驶证", []),
])
def test_headings_numbered_in_capital_numerals_or_as_lettered_parts_and_items_under_a_parts_letter(
        text, kind, rest, counted):
    assert values.numbering(text) == (kind, rest)
    assert values.heading_numbers(text) == counted


def test_labels_run_into_their_values_over_dot_leaders_under_headings_numbered_in_capital_numerals(tmp_path):
    document = docx.Document()
    document.add_paragraph("站务员岗位说明书")
    document.add_paragraph("壹、基本信息")
    document.add_paragraph(f"岗位名称{'…' * 12}站务员")
    tabbed = document.add_paragraph("所属部门\t客运一中心")
    tabbed.paragraph_format.tab_stops.add_tab_stop(Cm(6), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)
    for text in ("贰、任职资格", f"证　　书{'.' * 20}站务员职业技能等级证书", "叁、值班安排", "早晚两班轮换"):
        document.add_paragraph(text)
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "站务员" and spec["basic"]["department"] == "客运一中心", output
    assert spec["qualifications"]["certificates"] == ["站务员职业技能等级证书"], output
    assert 'a section heading no field has; it and the texts under it are not placed: "叁、值班安排"' in output
    assert 'not placed: "早晚两班轮换"' in output


@pytest.mark.parametrize(("sentence", "date"), [
    ("本说明书自2024年7月1日起施行。", "2024年7月1日"), ("自2024-07-01起执行", "2024-07-01"),
    ("This job description takes effect from 1st July 2024.", "1st July 2024"), ("自即日起施行。", None),
    ("本说明书由人力资源部负责解释。", None)])
def test_a_closing_sentence_gives_the_date_the_form_takes_effect(sentence, date):
    assert values.in_force_from(sentence) == date


def test_a_date_with_an_ordinal_day_is_a_date():
    assert values.parse_date("1st March 2024") == datetime.date(2024, 3, 1)
    assert values.parse_date("March 22nd, 2024") == datetime.date(2024, 3, 22)


def test_the_closing_sentence_is_the_effective_date_not_more_of_the_value_above_it(tmp_path):
    document = docx.Document()
    for text in ("岗位名称：站务员", "所属部门：客运一中心", "工作时间：早晚两班轮换", "本说明书自2024年7月1日起施行。"):
        document.add_paragraph(text)
    output, spec = _import(tmp_path, document)
    assert spec["environment"]["hours"] == "早晚两班轮换", output
    assert spec["document"]["effective_date"] == datetime.date(2024, 7, 1), output


def test_a_chart_drawn_down_the_page_in_text_boxes_gives_the_superior_and_the_subordinates(tmp_path):
    document = docx.Document()
    for text in ("岗位名称：讲解员", "所属部门：宣教部", "工作时间：周二至周日9:00-17:00"):
        document.add_paragraph(text)
    _text_box(document, "宣教部主任")
    document.add_paragraph("↓")
    _text_box(document, "讲解员")
    document.add_paragraph("↓")
    _text_box(document, "志愿讲解员")
    output, spec = _import(tmp_path, document)
    assert spec["environment"]["hours"] == "周二至周日9:00-17:00", output
    assert spec["basic"]["reports_to"] == "宣教部主任" and spec["basic"]["subordinates"] == ["志愿讲解员"], output


def test_a_text_box_is_not_more_of_the_value_of_one_text_above_it(tmp_path):
    document = docx.Document()
    for text in ("岗位名称：讲解员", "所属部门：宣教部", "工作时间：周二至周日9:00-17:00"):
        document.add_paragraph(text)
    _text_box(document, "馆长办公室制")
    output, spec = _import(tmp_path, document)
    assert spec["environment"]["hours"] == "周二至周日9:00-17:00", output
    assert 'in a text box under 工作时间, after "周二至周日9:00-17:00": text not placed: "馆长办公室制"' in output


def test_legacy_form_fields_give_the_dropdowns_choice_and_the_box_checked(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=4, cols=2)
    for row, label in enumerate(("岗位名称", "所属部门", "学历要求", "工作时间")):
        table.cell(row, 0).text = label
    _form_field(table.cell(0, 1).paragraphs[0], "Text1", "管网巡检员")
    _form_field(table.cell(1, 1).paragraphs[0], "Text2", "管网管理所")
    _form_field(table.cell(2, 1).paragraphs[0], "Dropdown1", choice=_dropdown(2, "高中", "大专", "本科"))
    hours = table.cell(3, 1).paragraphs[0]
    _form_field(hours, "Check1", choice=_check_box(False))
    hours.add_run("常白班　　")
    _form_field(hours, "Check2", choice=_check_box(True))
    hours.add_run("轮班")
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "管网巡检员" and spec["qualifications"]["education"] == "本科", output
    assert spec["environment"]["hours"] == "轮班", output


@pytest.mark.parametrize(("footer", "number", "rest"), [
    ("表单编号：QY-HR-F-021", "QY-HR-F-021", ""), ("Form SMS-HR-07 · Rev. 3", "SMS-HR-07", "; the rest (Rev. 3)")])
def test_a_number_in_the_page_footer_whose_label_says_not_whose_is_the_documents_to_check(
        tmp_path, footer, number, rest):
    document = docx.Document()
    _footer(document, footer)
    for text in ("岗位名称：管网巡检员", "所属部门：管网管理所"):
        document.add_paragraph(text)
    output, spec = _import(tmp_path, document)
    assert spec["document"]["number"] == number, output
    assert "in the page footer: taken as the document's number" in output
    assert f"it may be the position's){rest}" in output and "[import-unsure]" in output


def test_a_certificate_among_requirements_with_no_sub_labels_is_a_certificate(tmp_path):
    document = docx.Document()
    for text in ("Position title: Second Officer", "Department: Deck", "PART D – REQUIREMENTS",
                 "D1\tGMDSS General Operator's Certificate", "D2\tAt least 12 months' sea service as Third Officer"):
        document.add_paragraph(text)
    output, spec = _import(tmp_path, document)
    assert spec["qualifications"]["certificates"] == ["GMDSS General Operator's Certificate"], output
    assert spec["qualifications"]["experience"] == ["At least 12 months' sea service as Third Officer"], output


def test_an_english_form_with_its_chinese_in_brackets_keeps_the_english_and_reports_the_translation(tmp_path):
    document = docx.Document()
    document.add_paragraph("Job Description（职位描述）")
    rows = [("Position Title（职位名称）", "Client Advisor（客户顾问）"), ("Department（部门）", "Retail（零售部）"),
            ("Key Responsibilities（主要职责）", "• Maintain client records in the CRM (Salesforce)（维护顾客档案）"),
            ("Requirements（任职要求）", "Education（学历）: Bachelor's degree（本科）")]
    table = document.add_table(rows=len(rows), cols=2)
    for row, (label, value) in enumerate(rows):
        table.cell(row, 0).text, table.cell(row, 1).text = label, value
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "Client Advisor" and spec["source_language"] == "en", output
    assert spec["duties"] == ["Maintain client records in the CRM (Salesforce)"], output
    assert spec["qualifications"]["education"] == "Bachelor's degree", output
    assert ('under Position Title, after "Client Advisor": the Chinese in brackets after the English, taken for its '
            'translation; not placed: "客户顾问"') in output
    assert '"职位名称"' not in output and '"本科"' in output


def test_two_positions_side_by_side_give_the_one_the_title_names_and_report_the_others_column(tmp_path):
    document = docx.Document()
    document.add_paragraph("讲师岗位说明书")
    rows = [("岗位名称", "讲师", "副教授"), ("岗位编号", "JX-JS-10", "JX-FJ-07"), ("所属单位", "机械工程学院", None),
            ("岗位概述", "承担本科课程教学。", "承担研究生课程教学。")]
    table = document.add_table(rows=len(rows), cols=3)
    for row, (label, this, other) in enumerate(rows):
        table.cell(row, 0).text = label
        if other is None:
            table.cell(row, 1).merge(table.cell(row, 2)).text = this
        else:
            table.cell(row, 1).text, table.cell(row, 2).text = this, other
    document.add_paragraph("晋升通道：助教→讲师→副教授→教授")
    output, spec = _import(tmp_path, document)
    assert (spec["title"], spec["id"], spec["summary"]) == ("讲师", "JX-JS-10", "承担本科课程教学。"), output
    assert spec["basic"]["department"] == "机械工程学院" and spec["career_path"] == ["副教授", "教授"], output
    assert ("under 岗位名称: another position's column beside this one's (讲师, which the form's title names): left "
            'out, each of its cells reported; check that the title names the position: "副教授" [import-unsure]') in output
    assert ('under 岗位概述, in the column of 副教授: another position\'s, which the form sets beside this one; left out: '
            '"承担研究生课程教学。"') in output
    assert 'a position before this one on its career path, not placed: "助教"' in output


def test_two_positions_side_by_side_with_no_title_naming_one_are_refused(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    for row, cells in enumerate([("岗位名称", "讲师", "副教授"), ("岗位编号", "JX-JS-10", "JX-FJ-07")]):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    document.save(str(tmp_path / "form.docx"))
    with contextlib.chdir(tmp_path):
        result = CliRunner().invoke(main, ["import", "form.docx"], catch_exceptions=False)
    assert "the document holds more than one position (讲师, 副教授)" in result.output


@pytest.mark.parametrize(("label", "field"), [("汇报关系", "basic.reports_to"), ("任职经历", "qualifications.experience"),
                                              ("制表日期", "basic.prepared_on")])
def test_the_labels_the_sixth_batch_showed_are_their_fields(label, field):
    assert matched(label, "document").field == field


def test_class_hours_by_level_in_a_training_sentence_are_the_hours_and_a_figure_for_no_level_is_reported(tmp_path):
    document = docx.Document()
    rows = [("岗位名称", "聚合装置操作工"), ("所属部门", "聚烯烃车间"),
            ("培训要求", "新入厂员工不少于72学时；取证上岗后，中级工每年脱产培训不少于48学时，高级工每年不少于32学时。")]
    table = document.add_table(rows=len(rows), cols=2)
    for row, (label, value) in enumerate(rows):
        table.cell(row, 0).text, table.cell(row, 1).text = label, value
    output, spec = _import(tmp_path, document)
    assert spec["training"]["hours"] == {"intermediate": 48, "senior": 32}, output
    assert spec["levels"] == {"intermediate": "中级工", "senior": "高级工"}, output
    assert 'read as 48 class hours for 中级工; "每年脱产培训不少于" is not kept: check it: "中级工每年脱产培训不少于48学时"' in output
    assert '"新入厂员工不少于72学时"' in output and "topics" not in spec["training"]


def test_a_row_merged_across_the_table_naming_the_form_is_its_title_line_under_the_issuer(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=4, cols=2)
    for row, text in enumerate(("华通电信股份有限公司临川分公司", "网格经理岗位说明书")):
        table.cell(row, 0).merge(table.cell(row, 1)).text = text
    for row, (label, value) in enumerate([("岗位名称", "网格经理"), ("所属部门", "城区网格运营中心")], 2):
        table.cell(row, 0).text, table.cell(row, 1).text = label, value
    output, spec = _import(tmp_path, document)
    assert spec["document"]["issuer"] == "华通电信股份有限公司临川分公司", output
    assert "网格经理岗位说明书" not in output


def test_a_requirement_under_the_parts_heading_naming_no_experience_is_kept_there_and_reported(tmp_path):
    document = docx.Document()
    for text in ("Position title: Second Officer", "Department: Deck", "PART D – REQUIREMENTS",
                 "D1\tAt least 12 months' sea service", "D2\tMust hold a valid passport"):
        document.add_paragraph(text)
    output, spec = _import(tmp_path, document)
    assert spec["qualifications"]["experience"] == ["At least 12 months' sea service",
                                                    "Must hold a valid passport"], output
    assert ('under REQUIREMENTS, after "At least 12 months\' …": placed in qualifications.experience as the first field '
            'under REQUIREMENTS, though it names no experience; check where it belongs: "Must hold a valid '
            'passport" [import-unsure]') in output


def test_a_requirement_of_a_command_of_a_language_under_the_parts_heading_is_an_ability(tmp_path):
    document = docx.Document()
    for text in ("Position title: Second Officer", "Department: Deck", "PART D – REQUIREMENTS",
                 "D1\tAt least 12 months' sea service", "D2\tGood command of spoken and written English"):
        document.add_paragraph(text)
    output, spec = _import(tmp_path, document)
    assert spec["qualifications"] == {"experience": ["At least 12 months' sea service"],
                                      "abilities": ["Good command of spoken and written English"]}, output


def test_a_short_paragraph_with_no_sentence_after_a_value_of_one_text_is_a_heading_not_more_of_it(tmp_path):
    document = docx.Document()
    for text in ("岗位名称：讲解员", "所属部门：宣教部", "工作时间", "周二至周日9:00-17:00，节假日轮班", "考勤办法",
                 "每周轮换一次。", "Physical Requirements", "Able to stand for two hours.", "Travel Arrangements",
                 "Travels rarely."):
        document.add_paragraph(text)
    output, spec = _import(tmp_path, document)
    assert spec["environment"]["hours"] == "周二至周日9:00-17:00，节假日轮班", output
    assert spec["physical"] == "Able to stand for two hours.", output
    assert 'a section heading no field has; it and the texts under it are not placed: "考勤办法"' in output
    assert 'under 考勤办法: text not placed: "每周轮换一次。"' in output
    assert 'not placed: "Travel Arrangements"' in output and 'not placed: "Travels rarely."' in output


@pytest.mark.parametrize(("label", "field"), [
    ("職務名", "title"), ("職務コード", "id"), ("所属", "basic.department"), ("上長", "basic.reports_to"),
    ("職能等級", "basic.grade"), ("勤務時間", "environment.hours"), ("作成日", "basic.prepared_on"),
    ("承認", "document.approved_by"), ("作成", "document.prepared_by"), ("从业经验", "qualifications.experience")])
def test_the_labels_the_seventh_batch_showed_are_their_fields(label, field):
    assert matched(label, "document").field == field


@pytest.mark.parametrize(("label", "section"), [("担当業務", "duties"), ("必要資格", "qualifications")])
def test_japanese_part_labels_are_their_parts(label, section):
    assert matched(label, "basic").section == section


def test_duties_counted_one_shi_two_shi_lose_that_numbering():
    assert values.numbering("二是保管和使用重要空白凭证；") == ("item", "保管和使用重要空白凭证；")
    assert values.numbering("三是") == (None, "三是")


def test_a_stamp_box_of_three_sign_off_headings_gives_each_the_name_under_it(tmp_path):
    document = docx.Document()
    stamps = document.add_table(rows=2, cols=3)
    for column, (role, name) in enumerate([("承認", "佐藤健一"), ("確認", "王磊"), ("作成", "李娜")]):
        stamps.cell(0, column).text, stamps.cell(1, column).text = role, name
    document.add_paragraph("職務名：品质保证担当")
    output, spec = _import(tmp_path, document)
    assert spec["document"] == {"approved_by": "佐藤健一", "prepared_by": "李娜"}, output
    assert 'a column no field has (確認), not placed: "王磊"' in output


def test_a_form_of_numbered_questions_reads_each_question_as_the_label_it_asks_about_and_reports_the_rest(tmp_path):
    document = docx.Document()
    for text in ("1. 本岗位的名称是什么？ 答：椅旁护士", "2. 本岗位属于哪个部门？ 答：护理部", "3. 本岗位共有几人？ 答：编制12人，现有10人",
                 "4. 设置本岗位的目的是什么？", "答：配合医生完成口腔诊疗。", "5. 请列出本岗位的主要工作内容。",
                 "答：（1）准备器械；", "（2）四手操作配合。", "6. 本岗位直接向谁汇报？ 答：门诊护士长"):
        document.add_paragraph(text)
    output, spec = _import(tmp_path, document)
    assert (spec["title"], spec["basic"]["department"], spec["summary"]) == ("椅旁护士", "护理部", "配合医生完成口腔诊疗。")
    assert spec["duties"] == ["准备器械；", "四手操作配合。"], output
    assert spec["basic"]["reports_to"] == "门诊护士长", output
    assert 'under 本岗位共有几人？: text not placed: "编制12人，现有10人"' in output


def test_a_question_mark_outside_a_form_of_answers_is_no_question(tmp_path):
    document = docx.Document()
    for text in ("岗位名称：客户经理", "岗位职责：", "1. 如何协调各部门工作？", "2. 维护客户关系。"):
        document.add_paragraph(text)
    output, spec = _import(tmp_path, document)
    assert spec["duties"] == ["如何协调各部门工作？", "维护客户关系。"], output
