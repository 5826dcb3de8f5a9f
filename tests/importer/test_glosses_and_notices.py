"""Shapes of forms the tenth held-out batch showed: a label glossed in
another language (직무명(职位名称); 岗位名称 over Stellenbezeichnung in one
cell), 【标签】值 pairs on one line, a time's colon no label's, sub-items
lettered under a numbered duty, a recruitment notice (招聘启事), and the
English labels of an Indian IT company's form."""

from __future__ import annotations

import datetime

import docx
import pytest

from jdgen.importer import fallback, glossed, sub_items
from jdgen.importer.field_labels import is_form_title, matched
from jdgen.importer.reading import Cell, Line
from tests.importer.forms import grid
from tests.importer.styles import _header, _paragraphs
from tests.importer.test_recognize import _import


@pytest.mark.parametrize(("label", "field"), [
    ("직무명(职位名称)", "title"), ("소속（所属部门）", "basic.department"), ("Abteilung（所属部门）", "basic.department"),
    ("ポジション（岗位名称）", "title"), ("岗位名称（Position Title）", "title")])
def test_a_label_glossed_in_brackets_in_another_language_is_the_label_known(label, field):
    found = matched(label, "basic")
    assert found is not None and found.field == field


@pytest.mark.parametrize("label", ["Headcount（编制）", "学历（要求）", "직무명(직무코드)"])
def test_a_gloss_naming_another_field_or_in_the_same_language_makes_no_label(label):
    assert matched(label, "basic") is None


def test_a_form_of_korean_labels_with_the_chinese_in_brackets_is_read_by_the_chinese(tmp_path):
    document = docx.Document()
    _paragraphs(document, "직무기술서（职务说明书）")
    grid(document, [("직무명(职位名称)", "配方研发工程师"), ("직무코드(职务代码)", "RD-F-03"),
                    ("소속(所属部门)", "研发中心"), ("작성일(制定日)", "2024.04.15"), ("직급(职级)", "대리/主任"),
                    ("외국어능력(外语能力)", "韩语流利")])
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "配方研发工程师" and spec["id"] == "RD-F-03", output
    assert spec["basic"] == {"department": "研发中心", "prepared_on": datetime.date(2024, 4, 15),
                             "grade": "대리/主任"}, output
    assert ('under 직급(职级): a value in two languages, kept as written; check which the spec should hold: '
            '"대리/主任"') in output
    assert 'a label no field has (외국어능력(外语能力)), not placed: "韩语流利"' in output
    assert "1 text not placed" in output and is_form_title("직무기술서（职务说明书）")


def test_a_warning_quotes_the_paragraphs_of_a_cell_under_an_unknown_label_apart(tmp_path):
    document = docx.Document()
    grid(document, [("Job Title", "Product Designer"), ("Department", "Design"), ("Reports To", "Head of Design"),
                    ("Design Council", ["Present new concepts to the council.", "Take part in its quarterly review."])])
    output, _ = _import(tmp_path, document)
    assert ('a label no field has (Design Council), not placed: '
            '"Present new concepts to the council. Take part in its quarterly review."') in output, output


def test_a_form_read_by_its_layout_quotes_a_cell_of_english_paragraphs_apart(tmp_path):
    document = docx.Document()
    grid(document, [("Position Title", "Product Designer"),
                    ("Design Council", ["Present new concepts to the council.", "Take part in its quarterly review."])])
    output, _ = _import(tmp_path, document)
    assert 'not placed: "Present new concepts to the council. Take part in its quarterly review."' in output, output


@pytest.mark.parametrize(("text", "glossed_value"), [("대리/主任", True), ("マネージャー／经理", True), ("本科/Bachelor", False),
                                                     ("8:00/17:00", False), ("大专/本科", False)])
def test_a_value_glossed_after_a_slash_is_korean_or_japanese_beside_chinese(text, glossed_value):
    assert glossed.slashed_gloss(text) is glossed_value


def test_a_label_cell_with_the_german_label_under_the_chinese_is_one_label(tmp_path):
    document = docx.Document()
    grid(document, [(["岗位名称", "Stellenbezeichnung"], "装配调试技术员"), (["岗位编号", "Stellen-Nr."], "MON-02"),
                    (["工资等级", "Entgeltgruppe"], "E7"), (["Arbeitszeit", "工作时间"], "两班倒")])
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "装配调试技术员" and spec["id"] == "MON-02", output
    assert spec["basic"] == {"grade": "E7"} and spec["environment"] == {"hours": "两班倒"}, output
    assert "Stellenbezeichnung" not in output and "more than one position" not in output


def test_labels_marked_by_brackets_within_a_line_each_take_their_value_whatever_it_holds(tmp_path):
    document = docx.Document()
    _paragraphs(document, "推拿理疗师岗位说明", "【岗位】推拿理疗师　【编号】XHT-05", "【所属】理疗科　【上级】诊所主任",
                "【工作时间】9:00-18:00，每周轮休一天", "【工作内容】", "1. 为患者推拿；", "2. 做好治疗记录。")
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "推拿理疗师", output
    assert spec["basic"] == {"department": "理疗科", "reports_to": "诊所主任"}, output
    assert spec["environment"] == {"hours": "9:00-18:00，每周轮休一天"}, output
    assert spec["duties"] == ["为患者推拿；", "做好治疗记录。"], output
    assert spec["id"] == "XHT-05", output  # 编号 among the position's facts: its number, guessed
    assert 'placed in id by guessed (编号 among the position\'s facts, read as its number); check it: "XHT-05"' \
        in output


def test_a_time_s_colon_is_never_a_label_s_in_a_form_read_by_its_layout():
    found = fallback.read([[Cell("paragraph 1", [Line("【工作时间】9:00-18:00")])],
                           [Cell("paragraph 2", [Line("本岗位工作时间：9:00-18:00")])]])
    assert [[cell.text for cell in row] for row in found.rows] == [["工作时间", "9:00-18:00"]]
    assert [cell.text for cell in found.rest] == ["【工作时间】9:00-18:00"]


def test_sub_items_lettered_under_a_numbered_duty_are_part_of_it(tmp_path):
    document = docx.Document()
    grid(document, [("岗位名称", "装配技术员"),
                    ("主要职责", ["1. 完成减速机的装配：", "a) 核对零件；", "b) 按力矩紧固。", "2. 进行跑合测试；",
                              "3. Assemble the units:", "(a) check the parts;", "(b) torque the bolts."])])
    output, spec = _import(tmp_path, document)
    assert spec["duties"] == ["完成减速机的装配：a) 核对零件；b) 按力矩紧固。", "进行跑合测试；",
                              "Assemble the units: (a) check the parts; (b) torque the bolts."], output


@pytest.mark.parametrize(("letter", "before", "follows"), [
    ("a", None, True), ("i", None, True), ("b", "a", True), ("ii", "i", True), ("j", "i", True), ("b", None, False),
    ("c", "a", False), ("iv", "ii", False)])
def test_a_sub_item_follows_its_item_or_the_sub_item_lettered_before_it(letter, before, follows):
    assert sub_items.follows(letter, before) is follows


def test_a_recruitment_notice_gives_its_issuer_its_post_and_the_requirements_each_to_its_field(tmp_path):
    document = docx.Document()
    _paragraphs(document, "嘉禾物业服务有限公司招聘启事", "招聘岗位：工程维修主管（1名）", "一、岗位职责", "1、处理业主报修；",
                "二、任职要求", "1、大专及以上学历，机电一体化等相关专业；", "2、持有低压电工作业特种作业操作证；",
                "3、5年以上物业工程管理经验。")
    output, spec = _import(tmp_path, document)
    assert spec["document"] == {"issuer": "嘉禾物业服务有限公司"} and spec["title"] == "工程维修主管", output
    assert 'the number hired for 工程维修主管, not the position\'s headcount; not placed: "1名"' in output
    assert "headcount" not in spec.get("basic", {}), output
    assert spec["qualifications"] == {"education": "大专及以上学历", "major": "机电一体化等相关专业",
                                      "certificates": ["低压电工作业特种作业操作证"],
                                      "experience": ["5年以上物业工程管理经验。"]}, output


@pytest.mark.parametrize(("label", "field"), [
    ("Band", "basic.grade"), ("Reporting Manager", "basic.reports_to"), ("Roles & Responsibilities", "duties"),
    ("Roles and Responsibilities", "duties"), ("Shift Timings", "environment.hours"),
    ("Years of Experience", "qualifications.experience"), ("Qualification", "qualifications.education"),
    ("工资等级", "basic.grade"), ("制定日", "basic.prepared_on"), ("职务概要", "summary"), ("招聘岗位", "title")])
def test_labels_the_tenth_batch_showed_name_their_fields(label, field):
    found = matched(label, "basic")
    assert found is not None and found.field == field


def test_a_page_header_s_organisation_before_a_wide_gap_is_the_issuer_and_the_rest_reported(tmp_path):
    document = docx.Document()
    _header(document, "安鲜达冷链物流有限公司　　人力资源部")
    grid(document, [("岗位名称", "冷库主管"), ("所在部门", "仓储运营部")])
    output, spec = _import(tmp_path, document)
    assert spec["document"] == {"issuer": "安鲜达冷链物流有限公司"}, output
    assert 'taken as the issuer; the rest (人力资源部) is not placed; check it: "安鲜达冷链物流有限公司　　人力资源部"' in output


def test_an_english_form_of_parameter_and_details_gives_its_issuer_and_fields(tmp_path):
    document = docx.Document()
    _header(document, "Sahyadri Infotech Services Pvt. Ltd.")
    grid(document, [("Parameter", "Details"), ("Job Title", "Software Engineer"), ("Band", "B2"),
                    ("Reporting Manager", "Technical Lead"), ("Shift Timings", "General shift")])
    output, spec = _import(tmp_path, document)
    assert spec["document"] == {"issuer": "Sahyadri Infotech Services Pvt. Ltd."}, output
    assert spec["basic"] == {"grade": "B2", "reports_to": "Technical Lead"}, output
    assert spec["environment"] == {"hours": "General shift"} and "Parameter" not in output, output
