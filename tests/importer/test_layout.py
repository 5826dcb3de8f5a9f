"""Headings known by their layout (layout.py): a short line no label names,
set apart as a heading is (bold or larger type, capitals, a shaded or
merged-across table row, a heading's number a list above cannot have),
ends the value above it; it and what is under it are reported. A form no
rule recognises (fallback.py) is read by its layout before it is refused."""

from __future__ import annotations

import contextlib

import docx
import pytest
from click.testing import CliRunner
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from jdgen.cli import main
from tests.importer.forms import _write
from tests.importer.test_recognize import _import

_DUTIES = ("Plans the weekly shifts of the front desk.", "Handles guests' complaints.")
_UNDER = "Meals on duty, uniform and 25 days of annual leave."


def _english_form(heading) -> docx.Document:
    """Labelled lines, the duties as paragraphs, then ``heading(document)`` and a line under it."""
    document = docx.Document()
    for text in ("Job Title: Front Desk Supervisor", "Department: Rooms Division", "Key Responsibilities", *_DUTIES):
        document.add_paragraph(text)
    heading(document)
    document.add_paragraph(_UNDER)
    return document


def _bold(document) -> None:
    document.add_paragraph().add_run("Working Conditions & Benefits").bold = True


def _larger(document) -> None:
    document.add_paragraph().add_run("Working Conditions & Benefits").font.size = Pt(16)


def _capitals(document) -> None:
    document.add_paragraph("WORKING CONDITIONS & BENEFITS")


@pytest.mark.parametrize("heading", [_bold, _larger, _capitals])
def test_a_heading_set_apart_by_its_type_ends_the_list_above_it(tmp_path, heading):
    output, spec = _import(tmp_path, _english_form(heading))
    assert spec["duties"] == list(_DUTIES), output
    assert "a section heading no field has; it and the texts under it are not placed" in output
    assert f'under {"WORKING CONDITIONS & BENEFITS" if heading is _capitals else "Working Conditions & Benefits"}: ' \
           f'text not placed: "{_UNDER}"' in output


def test_a_heading_numbered_past_the_first_under_a_list_with_no_groups_ends_it(tmp_path):
    document = docx.Document()
    for text in ("岗位名称：客户经理", "所属部门：公司业务部", "岗位职责", "1. 开拓公司客户；", "2. 维护客户关系；",
                 "五、企业文化", "诚信、专业、协作、创新"):
        document.add_paragraph(text)
    output, spec = _import(tmp_path, document)
    assert len(spec["duties"]) == 2, output
    assert 'not placed: "五、企业文化"' in output
    assert 'under 企业文化: text not placed: "诚信、专业、协作、创新"' in output


def _shade(cell) -> None:
    shading = OxmlElement("w:shd")
    for key, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", "D9D9D9")):
        shading.set(qn(key), value)
    cell._tc.get_or_add_tcPr().append(shading)


def test_a_row_merged_across_its_table_holding_one_short_text_ends_the_value_above_it(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=5, cols=2)
    _write(table.cell(0, 0), "岗位名称")
    _write(table.cell(0, 1), "前厅主管")
    _write(table.cell(1, 0), "工作职责")
    _write(table.cell(1, 1), "安排前台班次", "处理客人投诉")
    _write(table.cell(2, 0).merge(table.cell(2, 1)), "薪酬福利")
    _write(table.cell(3, 0).merge(table.cell(3, 1)), "五险一金，年休假十五天，提供工作餐")
    _write(table.cell(4, 0), "所属部门")
    _write(table.cell(4, 1), "客房部")
    output, spec = _import(tmp_path, document)
    assert len(spec["duties"]) == 2, output
    assert 'not placed: "薪酬福利"' in output
    assert 'under 薪酬福利: text not placed: "五险一金，年休假十五天，提供工作餐"' in output
    assert spec["basic"]["department"] == "客房部", output


def test_a_shaded_row_of_a_table_of_one_column_is_a_heading_there(tmp_path):
    document = docx.Document()
    texts = ["岗位名称：前厅主管", "工作职责", "安排前台班次", "处理客人投诉", "薪酬福利", "五险一金，年休假十五天，提供工作餐"]
    table = document.add_table(rows=len(texts), cols=1)
    for row, text in enumerate(texts):
        _write(table.cell(row, 0), text)
        if text in ("工作职责", "薪酬福利"):
            _shade(table.cell(row, 0))
    output, spec = _import(tmp_path, document)
    assert len(spec["duties"]) == 2, output
    assert 'under 薪酬福利: text not placed: "五险一金，年休假十五天，提供工作餐"' in output


def test_a_bold_line_inside_a_table_cell_stays_a_title_of_the_list_there(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    _write(table.cell(0, 0), "岗位名称")
    _write(table.cell(0, 1), "客户经理")
    _write(table.cell(1, 0), "工作经验")
    cell = table.cell(1, 1)
    _write(cell, "三年以上银行工作经验")
    cell.add_paragraph().add_run("中级客户经理").bold = True
    _write(cell, "五年以上银行工作经验")
    output, _ = _import(tmp_path, document)
    assert "a section heading no field has" not in output


def _form_of_own_labels() -> docx.Document:
    """A form whose labels no rule knows as they are written, each holding a
    known one (本岗位所在部门 holds 所在部门), in a table of label | value rows,
    a row of labels over a row of values, and a ``标签：值`` line."""
    document = docx.Document()
    document.add_paragraph("某物流公司")
    table = document.add_table(rows=3, cols=2)
    for row, (label, value) in enumerate([("本岗位名称", "仓库管理员"), ("本岗位所在部门", "物流部"),
                                          ("本岗位的主要职责", "负责入库验收；负责出库发货。")]):
        _write(table.cell(row, 0), label)
        _write(table.cell(row, 1), value)
    table = document.add_table(rows=2, cols=3)
    for column, (label, value) in enumerate([("本岗位汇报对象", "物流部经理"), ("年龄", "35岁以下"),
                                             ("本岗位学历要求", "大专")]):
        _write(table.cell(0, column), label)
        _write(table.cell(1, column), value)
    document.add_paragraph("本岗位工作地点：上海嘉定")
    return document


def test_a_form_no_rule_recognises_is_read_by_its_layout_each_value_flagged(tmp_path):
    output, spec = _import(tmp_path, _form_of_own_labels())
    assert spec["title"] == "仓库管理员" and spec["basic"]["department"] == "物流部", output
    assert spec["basic"]["reports_to"] == "物流部经理" and spec["qualifications"]["education"] == "大专", output
    assert spec["duties"] == ["负责入库验收", "负责出库发货"], output
    assert ('placed in basic.department by guessed (the form\'s label "本岗位所在部门" read as 所在部门); '
            'check it: "物流部" [import-unsure]') in output
    reported = "no label of the form was recognised here (the form was read by its layout); not placed"
    assert f'in table 2, row 2, cell 2: {reported}: "年龄：35岁以下" [import-unplaced]' in output
    assert f'in paragraph 1: {reported}: "某物流公司" [import-unplaced]' in output


def test_a_document_whose_layout_gives_no_known_label_is_still_refused(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    for row, (label, value) in enumerate([("会议时间", "周一上午"), ("参会人员", "全体员工")]):
        _write(table.cell(row, 0), label)
        _write(table.cell(row, 1), value)
    document.add_paragraph("议题：网点装修")
    document.save(str(tmp_path / "minutes.docx"))
    with contextlib.chdir(tmp_path):
        result = CliRunner().invoke(main, ["import", "minutes.docx"], catch_exceptions=False)
    assert "no job-description form recognised" in result.output, result.output
    assert not (tmp_path / "specs").exists()


def test_a_list_all_in_bold_is_one_list_not_a_heading_per_item(tmp_path):
    document = docx.Document()
    for text in ("岗位名称：前厅主管", "所属部门：客房部", "工作职责"):
        document.add_paragraph(text)
    for text in ("安排前台班次", "处理客人投诉", "检查交接记录"):
        document.add_paragraph().add_run(text).bold = True
    output, spec = _import(tmp_path, document)
    assert spec["duties"] == ["安排前台班次", "处理客人投诉", "检查交接记录"], output
    assert "a section heading no field has" not in output
