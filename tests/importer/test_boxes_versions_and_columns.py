"""Shapes of forms the fourteenth held-out batch showed: a code written one
digit a box, the organisation and its section under two labels of the
department, the form a second time in another language, a plain-text
print's columns aligned by spaces, numbered 01 02, a signer's job title
after a comma, a dropped capital, and a label of its own after a labelled
line."""

from __future__ import annotations

import docx
import pytest
from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from jdgen.importer import digit_boxes, second_version, signer_title, spaced_columns, values
from jdgen.importer.field_labels import matched
from jdgen.importer.reading import Cell, Line
from tests.importer.forms import _write, grid
from tests.importer.styles import _paragraphs
from tests.importer.test_recognize import _import


def _row(table: int, row: int, *texts: str) -> list[Cell]:
    return [Cell(f"table {table}, row {row}, cell {index}", [Line(text)]) for index, text in enumerate(texts, 1)]


def test_a_code_one_digit_a_box_is_read_whole_where_other_rows_merge_the_boxes(tmp_path):
    document = docx.Document()
    code = "4402017"
    table = document.add_table(rows=4, cols=len(code) + 1)
    _write(table.cell(0, 0), "岗位代码")
    for index, character in enumerate(code, 1):
        _write(table.cell(0, index), character)
    for index, (label, value) in enumerate([("岗位名称", "检验员"), ("所属部门", "质检科"), ("直接上级", "质检科科长")], 1):
        _write(table.cell(index, 0), label)
        _write(table.cell(index, 1).merge(table.cell(index, len(code))), value)
    output, spec = _import(tmp_path, document)
    assert spec["id"] == code and spec["title"] == "检验员", output
    assert "0 texts not placed" in output, output


def test_digits_one_a_cell_in_a_table_of_rows_as_wide_or_counting_a_scale_stay_apart():
    rows = [_row(1, 1, "能力项", "1", "2", "3", "4", "5"), _row(1, 2, "沟通能力", "●", "●", "●", "○", "○")]
    assert digit_boxes.joined(rows) == rows
    merged = [rows[0], _row(1, 2, "沟通能力", "●", "●", "●", "○")]  # a category merged down leaves a row shorter
    assert digit_boxes.joined(merged) == merged


def test_the_organisation_and_its_section_under_two_labels_of_the_department_are_the_issuer_and_the_department(
        tmp_path):
    document = docx.Document()
    grid(document, [("单位名称", "青田县水文站"), ("所在科室", "测验科"), ("岗位名称", "水文勘测工"), ("直接上级", "测验科科长")])
    output, spec = _import(tmp_path, document)
    assert spec["document"]["issuer"] == "青田县水文站" and spec["basic"]["department"] == "测验科", output


def test_a_part_of_an_organisation_under_its_label_is_no_issuer(tmp_path):
    document = docx.Document()
    grid(document, [("所在单位", "财务部"), ("所在科室", "出纳科"), ("岗位名称", "出纳"), ("直接上级", "科长")])
    output, spec = _import(tmp_path, document)
    assert spec["basic"]["department"] == "财务部" and "issuer" not in spec.get("document", {}), output
    assert 'text not placed: "出纳科"' in output, output


def test_the_organisation_alone_under_a_label_of_the_department_stays_the_department(tmp_path):
    document = docx.Document()
    grid(document, [("单位名称", "青田县水文站"), ("岗位名称", "水文勘测工"), ("直接上级", "站长")])
    output, spec = _import(tmp_path, document)
    assert spec["basic"]["department"] == "青田县水文站" and "issuer" not in spec.get("document", {}), output


def test_the_form_a_second_time_in_another_language_is_its_translation_reported_not_merged(tmp_path):
    document = docx.Document()
    _paragraphs(document, "岗位说明书（中文版）")
    grid(document, [("岗位名称", "质量工程师"), ("所属部门", "质量部"), ("汇报对象", "质量经理"), ("工作地点", "苏州"),
                    ("主要职责", ["编制控制计划；", "处理客户投诉。"]), ("学历要求", "本科及以上")])
    document.add_section(WD_SECTION.NEW_PAGE)
    _paragraphs(document, "Job Description (English Version)")
    grid(document, [("Position", "Quality Engineer"), ("Department", "Quality"), ("Reports to", "Quality Manager"),
                    ("Location", "Suzhou"), ("Key Responsibilities", ["Prepare control plans.", "Handle complaints."]),
                    ("Education", "Bachelor's degree or above")])
    output, spec = _import(tmp_path, document)
    assert spec["basic"]["work_location"] == "苏州" and spec["basic"]["reports_to"] == "质量经理", output
    assert spec["duties"] == ["编制控制计划；", "处理客户投诉。"] and spec["qualifications"]["education"] == "本科及以上", output
    assert ('in table 2, row 5: the form a second time, in English (its translation; the first version was read); '
            'not placed: "Key Responsibilities | Prepare control plans. Handle complaints."') in output, output


def test_a_closing_note_in_another_language_is_no_second_version():
    rows = [_row(1, 1, "岗位名称", "质量工程师"), _row(1, 2, "所属部门", "质量部"), _row(1, 3, "工作地点", "苏州"),
            _row(1, 4, "学历要求", "本科"), [Cell("paragraph 2", [Line("Note: see the English version online.")])]]
    assert second_version.split(rows) == (rows, [], "")


def test_a_plain_text_print_reads_its_columns_aligned_by_spaces_and_strips_its_numbers(tmp_path):
    document = docx.Document()
    _paragraphs(document, "岗位编码    HY-LG-0317          岗位名称    炼钢车间天车工",
                "所属部门    炼钢厂炼钢车间      直接上级    天车班班长", "岗位类别    操作类              岗位等级    操作五级",
                "岗位职责", "    01  检查天车的制动器和钢丝绳", "    02  完成钢包吊运",
                "制表人  何振宇  审核人  陈立新      制表日期  2024-04-18")
    output, spec = _import(tmp_path, document)
    assert spec["id"] == "HY-LG-0317" and spec["title"] == "炼钢车间天车工", output
    assert spec["basic"]["department"] == "炼钢厂炼钢车间" and spec["basic"]["reports_to"] == "天车班班长", output
    assert spec["basic"]["grade"] == "操作五级" and 'a label no field has (岗位类别), not placed: "岗位类别：操作类"' in output
    assert spec["duties"] == ["检查天车的制动器和钢丝绳", "完成钢包吊运"], output
    assert spec["document"] == {"prepared_by": "何振宇", "approved_by": "陈立新"}, output


@pytest.mark.parametrize(("text", "found"), [
    ("所属部门          直接上级    天车班班长", [("所属部门", ""), ("直接上级", "天车班班长")]),
    ("岗位名称 天车工 所属部门 炼钢车间", [("岗位名称", "天车工"), ("所属部门", "炼钢车间")]),
    ("Job Title  Engineer  Department  R&D", [("Job Title", "Engineer"), ("Department", "R&D")]),
    ("Education – Degrees [DEGREE]", [])])
def test_a_label_before_a_label_has_no_value_and_known_chinese_labels_pair_at_single_spaces(text, found):
    assert spaced_columns.pairs(text, lambda piece: matched(piece, "basic") is not None) == found


@pytest.mark.parametrize("text", ["负责 本岗位  的工作  安排", "学历  本科", "Monday  Tuesday  Wednesday  Thursday"])
def test_a_line_not_of_label_and_value_columns_is_no_pairs(text):
    assert spaced_columns.pairs(text, lambda piece: matched(piece, "basic") is not None) == []


@pytest.mark.parametrize(("text", "numbered"), [("01  接班前检查", ("item", "接班前检查")), ("2024  年度计划", (None, "2024  年度计划")),
                                                ("10 hours a week", (None, "10 hours a week"))])
def test_two_digits_and_a_wide_gap_number_an_item(text, numbered):
    assert values.numbering(text) == numbered


@pytest.mark.parametrize(("text", "found"), [("Fiona MacLeod, HR Adviser", ("Fiona MacLeod", "HR Adviser")),
                                             ("王芳，人力资源部经理", ("王芳", "人力资源部经理")), ("MacLeod, Fiona", None),
                                             ("John Smith – Director of Learning", ("John Smith", "Director of Learning")),
                                             ("Fiona MacLeod (HR Adviser)", ("Fiona MacLeod", "HR Adviser")),
                                             ("王芳（人力资源部经理）", ("王芳", "人力资源部经理")), ("李强 人事主管", ("李强", "人事主管")),
                                             ("Fiona MacLeod", None), ("张伟、李娜", None), ("张伟 李娜", None)])
def test_a_signers_job_title_after_a_comma_is_set_apart(text, found):
    assert signer_title.name_and_title(text) == found


def test_a_dropped_capital_is_the_first_letter_of_the_paragraph_after_it_and_a_signers_title_is_reported(tmp_path):
    document = docx.Document()
    _paragraphs(document, "Job title: Learning Officer", "Department: Learning", "Responsible to: Learning Manager",
                "Purpose of the post")
    body = document.add_paragraph("o plan and deliver learning programmes for schools.")
    body._p.addprevious(parse_xml(f'<w:p {nsdecls("w")}><w:pPr><w:framePr w:dropCap="drop" w:lines="3"/></w:pPr>'
                                  '<w:r><w:t>T</w:t></w:r></w:p>'))
    _paragraphs(document, "Prepared by: Fiona MacLeod, HR Adviser")
    output, spec = _import(tmp_path, document)
    assert spec["summary"] == "To plan and deliver learning programmes for schools.", output
    assert spec["basic"]["reports_to"] == "Learning Manager" and spec["document"]["prepared_by"] == "Fiona MacLeod"
    assert 'the signer\'s job title, after the name; not placed: "HR Adviser"' in output, output


def test_a_line_of_a_label_no_field_has_after_a_labelled_line_is_reported_whatever_its_length(tmp_path):
    document = docx.Document()
    _paragraphs(document, "Job title: Learning Officer", "Department: Learning", "Person specification",
                "Experience: Two years of delivering learning programmes in a museum",
                "Disclosure: Membership of the PVG Scheme for regulated work with children and adults")
    output, spec = _import(tmp_path, document)
    assert spec["qualifications"]["experience"] == ["Two years of delivering learning programmes in a museum"], output
    assert "a label no field has (Disclosure), not placed" in output, output


def test_a_value_of_a_character_or_two_with_more_cells_in_its_row_is_flagged_when_no_row_merges_them(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=3, cols=5)
    for column, text in enumerate(["岗位代码", "4", "4", "0", "2"]):
        _write(table.cell(0, column), text)
    for row, (label, value) in enumerate([("岗位名称", "检验员"), ("所属部门", "质检科")], 1):
        _write(table.cell(row, 0), label)
        _write(table.cell(row, 1), value)
    output, spec = _import(tmp_path, document)
    assert spec["id"] == "4", output
    assert ('under 岗位代码, after "4": in the row of the value taken ("4"), in a cell after it; not placed: check that '
            'the value is whole: "0" [import-unsure]') in output, output


def test_a_text_of_one_field_under_two_labels_is_joined_and_flagged(tmp_path):
    document = docx.Document()
    grid(document, [("岗位名称", "质量工程师"), ("所属部门", "质量部"), ("岗位目的", "负责产品质量策划。")])
    _paragraphs(document, "Job Purpose: To plan product quality.")
    output, spec = _import(tmp_path, document)
    assert spec["summary"] == "负责产品质量策划。 To plan product quality.", output
    assert ('a text under Job Purpose, joined to the one under 岗位目的: check that both are this field\'s: '
            '"To plan product quality." [import-unsure]') in output, output


def test_an_organisation_under_a_label_no_field_has_above_the_form_is_the_issuer_to_check(tmp_path):
    document = docx.Document()
    _paragraphs(document, "单位：宏岳钢铁集团有限公司", "岗位名称：天车工", "所属部门：炼钢车间", "直接上级：天车班班长")
    output, spec = _import(tmp_path, document)
    assert spec["document"]["issuer"] == "宏岳钢铁集团有限公司", output
    assert 'taken as the issuer (单位 is no label of a field); check it: "单位：宏岳钢铁集团有限公司" [import-unsure]' in output


def test_a_value_holding_another_fields_label_after_a_wide_gap_is_kept_whole_and_flagged(tmp_path):
    document = docx.Document()
    _paragraphs(document, "岗位名称：天车工", "所属部门：炼钢车间      直接上级 天车班班长")
    output, spec = _import(tmp_path, document)
    assert spec["basic"]["department"] == "炼钢车间      直接上级 天车班班长", output
    assert ("under 所属部门: the value holds the label 直接上级 after a wide gap (two pairs of a line read as one?), "
            'kept whole: check it: "炼钢车间      直接上级 天车班班长" [import-unsure]') in output, output


def test_a_second_version_the_document_says_rules_is_flagged_to_check(tmp_path):
    document = docx.Document()
    _paragraphs(document, "Job Description", "Note: in case of any discrepancy, the Chinese version shall prevail.",
                "Position: Quality Engineer", "Department: Quality", "Reports to: Quality Manager", "Location: Suzhou")
    _paragraphs(document, "岗位说明书", "岗位名称：质量工程师", "所属部门：质量部", "汇报对象：质量经理", "工作地点：苏州")
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "Quality Engineer" and spec["basic"]["work_location"] == "Suzhou", output
    assert ('in paragraph 8: the form a second time, in Chinese, the version the document says rules; the first '
            'version was read: check which the spec should hold: "岗位名称：质量工程师" [import-unsure]') in output, output
