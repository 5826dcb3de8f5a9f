"""Shapes of forms the twelfth held-out batch showed: a parallel text (a
text's two languages in two columns), tracked changes read as accepted,
hidden text, boxes ticked by a symbol font or a check-box control, emoji
as bullets and label marks, lettered items under a clause, a nested
table's cell broken by line breaks, and labels in two languages of one
script set apart by a slash (Jawatan / Position)."""

from __future__ import annotations

import docx
import pytest
from docx.shared import Pt

from jdgen.importer import symbols, values
from jdgen.importer.field_labels import matched
from tests.importer.forms import _numbered, _numbering, _write, grid
from tests.importer.styles import _paragraphs
from tests.importer.test_recognize import _import
from tests.importer.twelfth import _check_box, _hidden, _Revisions, _symbol_box


def test_a_parallel_text_is_read_in_its_left_language_and_the_right_reported(tmp_path):
    document = docx.Document()
    _paragraphs(document, "岗位说明书")
    grid(document, [("岗位名称：仓库主管", "Position: Warehouse Supervisor"), ("所属部门：物流部", "Department: Logistics"),
                    ("直接上级：物流经理", "Reports to: Logistics Manager"), ("主要职责", "Main Responsibilities"),
                    ("1. 组织收货和发货；", "1. Organise receiving and dispatch."),
                    ("2. 管理库存盘点。", "2. Manage stock counts.")])
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "仓库主管" and spec["basic"]["reports_to"] == "物流经理", output
    assert spec["duties"] == ["组织收货和发货；", "管理库存盘点。"], output
    assert ('beside "岗位名称：仓库主管": the translation in a parallel text\'s other column; not placed: '
            '"Position: Warehouse Supervisor"') in output


def test_a_column_of_labels_beside_values_in_another_language_is_no_parallel_text(tmp_path):
    document = docx.Document()
    grid(document, [("Job Title 职位名称", "Treasury Dealer"), ("Job Code 职位编号", "TD-02"),
                    ("Department 所属部门", "Treasury"), ("Education 学历要求", "Master's degree")])
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "Treasury Dealer" and spec["basic"]["department"] == "Treasury", output
    assert "parallel text" not in output


def test_a_deleted_paragraph_mark_joins_its_paragraph_to_the_next(tmp_path):
    document = docx.Document()
    revisions = _Revisions("审阅人", "2024-05-06T10:12:00Z")
    numbered = _numbering(document, "decimal", "%1.")
    table = document.add_table(rows=3, cols=2)
    _write(table.cell(0, 0), "岗位名称")
    _write(table.cell(0, 1), "站长")
    _write(table.cell(1, 0), "所属部门")
    _write(table.cell(1, 1), "运营中心")
    _write(table.cell(2, 0), "岗位职责")
    duties = table.cell(2, 1)
    for text in ("负责排班和考勤；", "负责招募、", "培训和交接；"):
        _numbered(duties, text, numbered)
    revisions.mark_paragraph(duties.paragraphs[1], "del")
    output, spec = _import(tmp_path, document)
    assert spec["duties"] == ["负责排班和考勤；", "负责招募、培训和交接；"], output


def test_hidden_text_and_boxes_ticked_by_controls_or_symbols_read_as_the_choice(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=5, cols=2)
    for row, label in enumerate(("岗位名称", "所属部门", "岗位概述", "最低学历", "工时制度")):
        _write(table.cell(row, 0), label)
    _write(table.cell(0, 1), "调度员")
    _write(table.cell(1, 1), "营运科")
    summary = table.cell(2, 1).paragraphs[0]
    _hidden(summary, "（用一两句话概括本岗位的工作目的）")
    summary.add_run("负责线路的营运调度。")
    for choice in ("高中", "大专", "本科"):
        _check_box(table.cell(3, 1).paragraphs[0], choice == "大专", choice)
    for choice in ("标准工时制", "综合计算工时制"):
        _symbol_box(table.cell(4, 1).paragraphs[0], choice == "综合计算工时制", choice)
    output, spec = _import(tmp_path, document)
    assert spec["summary"] == "负责线路的营运调度。", output
    assert spec["qualifications"]["education"] == "大专" and spec["environment"]["hours"] == "综合计算工时制", output


@pytest.mark.parametrize(("font", "code", "shown"), [("Wingdings 2", "F052", "☑"), ("Wingdings 2", "F0A3", "☐"),
                                                     ("Wingdings", "F0FE", "☑"), ("Wingdings", "F0A8", "☐"),
                                                     ("Symbol", "F0B7", "")])
def test_a_symbol_font_s_boxes_read_as_unicode_boxes(font, code, shown):
    assert symbols.sym_shown(font, code) == shown
    assert symbols.text_shown("Wingdings", "þ") == "☑" and symbols.text_shown("Arial", "þ") == "þ"


def test_emoji_mark_labels_bullets_and_headings_of_a_post(tmp_path):
    document = docx.Document()
    _paragraphs(document, "📣 招聘岗位：门店店长", "🏢 所属部门：营运中心", "👉 岗位职责", "✅ 负责门店日常运营；",
                "✅ 合理安排员工排班。", "👉 任职要求", "✅ 大专及以上学历；", "✅ 酒店管理等相关专业；",
                "✅ 2年以上门店管理经验；", "✅ 持有健康证；", "💰 薪资福利", "🔸 综合月薪8K-12K")
    document.paragraphs[-2].runs[0].bold = True
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "门店店长" and spec["basic"]["department"] == "营运中心", output
    assert spec["duties"] == ["负责门店日常运营；", "合理安排员工排班。"], output
    assert spec["qualifications"] == {"education": "大专及以上学历", "major": "酒店管理等相关专业",
                                      "experience": ["2年以上门店管理经验；"], "certificates": ["健康证"]}, output
    assert 'a section heading no field has; it and the texts under it are not placed: "💰 薪资福利"' in output
    assert values.numbering("✅ 持有健康证；") == ("bullet", "持有健康证；")
    assert values.numbering("☑ 本科") == (None, "☑ 本科")


def test_lettered_items_under_a_clause_lose_their_letters_and_their_list_marks(tmp_path):
    document = docx.Document()
    _paragraphs(document, "3.1 岗位名称：服务顾问", "3.2 所属部门：售后服务部", "3.5 岗位职责：", "a) 负责客户接待；",
                "b) 跟踪维修进度。", "3.6 任职要求：", "a) 学历：大专及以上；", "b) 经验：2年以上售后接待经验；",
                "c) 持有C1机动车驾驶证。")
    for paragraph in document.paragraphs:
        paragraph.paragraph_format.left_indent = Pt(21) if paragraph.text[1:2] == ")" else None
    output, spec = _import(tmp_path, document)
    assert spec["duties"] == ["负责客户接待；", "跟踪维修进度。"], output
    assert spec["qualifications"] == {"education": "大专及以上", "experience": ["2年以上售后接待经验"],
                                      "certificates": ["C1机动车驾驶证"]}, output


@pytest.mark.parametrize(("label", "field"), [("Jawatan / Position", "title"), ("Melapor Kepada / Reports To",
                                                                                "basic.reports_to"),
                                              ("Disediakan oleh / Prepared by:", "document.prepared_by")])
def test_a_label_in_two_languages_of_one_script_set_apart_by_a_slash_is_the_half_known(label, field):
    found = matched(label, "basic")
    assert found is not None and found.field == field


@pytest.mark.parametrize("text", ["Sales / Marketing", "Production Planning & Control", "Monday to Friday / Saturday"])
def test_a_value_with_a_slash_is_no_label(text):
    assert matched(text, "basic") is None


def test_signature_blocks_side_by_side_give_the_names_not_the_lines_to_sign_on(tmp_path):
    document = docx.Document()
    grid(document, [("Jawatan / Position", "Production Planner"), ("Jabatan / Department", "Planning"),
                    ("Gred / Grade", "E3")])
    grid(document, [("Disediakan oleh / Prepared by:", "Diluluskan oleh / Approved by:"), ("_" * 20, "_" * 20),
                    ("Nama / Name: Tan Mei Ling", "Nama / Name: Lim Chee Keong")])
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "Production Planner" and spec["basic"] == {"department": "Planning", "grade": "E3"}, output
    assert spec["document"] == {"prepared_by": "Tan Mei Ling", "approved_by": "Lim Chee Keong"}, output


def test_two_titles_that_are_one_in_two_languages_make_one_position(tmp_path):
    document = docx.Document()
    grid(document, [("岗位名称", "酿酒师"), ("所属部门", "酿造部"), ("直接上级", "首席酿酒师")])
    _paragraphs(document, "")
    grid(document, [("Position", "Winemaker"), ("Department", "Winemaking Department"),
                    ("Reports to", "Chief Winemaker")])
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "酿酒师", output
    assert 'a second title in another language, taken as the translation of "酿酒师"' in output and "Winemaker" in output
