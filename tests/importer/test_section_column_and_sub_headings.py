"""Shapes of forms the twenty-seventh held-out batch showed: a grid whose
first column names its parts in cells merged down over their rows, and a
duties cell split by sub-headings closed with a colon."""

from __future__ import annotations

import docx

from tests.importer.forms import _write
from tests.importer.test_recognize import _import


def test_part_names_merged_down_the_first_column_are_no_labels_of_their_rows(tmp_path):
    document = docx.Document()
    rows = [("基本信息", "岗位名称", "滑雪指导员"), ("", "岗位编号", "YD-XX-012"), ("", "所属部门", "滑雪学校"),
            ("岗位说明", "岗位目的", "为游客提供滑雪教学。"), ("", "学历", "高中及以上"),
            ("审批", "编写人", "高雪峰"), ("", "审核人", "任立新"), ("", "批准人", "张家豪")]
    table = document.add_table(rows=len(rows), cols=3)
    for index, row in enumerate(rows):
        for column, text in enumerate(row):
            if text:
                _write(table.cell(index, column), text)
    for first, last in ((0, 2), (3, 4), (5, 7)):
        table.cell(first, 0).merge(table.cell(last, 0))
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "滑雪指导员" and spec["id"] == "YD-XX-012", output
    assert spec["basic"]["department"] == "滑雪学校" and spec["summary"] == "为游客提供滑雪教学。", output
    assert spec["document"]["prepared_by"] == "高雪峰" and spec["document"]["approved_by"] == "张家豪", output


def test_sub_headings_closed_with_a_colon_in_a_duties_cell_are_reported_not_duties(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    _write(table.cell(0, 0), "岗位名称")
    _write(table.cell(0, 1), "网络维护员")
    _write(table.cell(1, 0), "所在部门")
    _write(table.cell(1, 1), "网络运维中心")
    _write(table.cell(2, 0), "岗位职责")
    _write(table.cell(2, 1), "日常工作：", "巡查光缆线路，填写巡检记录；", "上门处理用户故障；",
           "其他工作：", "完成部门交办的其他工作。")
    output, spec = _import(tmp_path, document)
    assert spec["duties"] == ["巡查光缆线路，填写巡检记录；", "上门处理用户故障；", "完成部门交办的其他工作。"], output
    assert 'a sub-heading inside the duties, not placed: "日常工作："' in output
    assert 'a sub-heading inside the duties, not placed: "其他工作："' in output
