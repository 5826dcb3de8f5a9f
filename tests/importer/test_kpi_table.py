"""KPI tables (jdgen/importer/kpi_table.py): each row under a heading row
that names its columns is a measure of the quantitative indicators; a column
the spec has no place for is reported cell by cell, and what the import
cannot be sure of (a category it had to name, weights not making 100%) is
flagged."""

from __future__ import annotations

import contextlib

import docx
import yaml
from click.testing import CliRunner

from jdgen.cli import main


def _form(tmp_path, heading: str, rows: list[tuple[str, ...]]) -> tuple[str, dict]:
    """A form of basic rows, ``heading`` as a paragraph, the KPI table of
    ``rows`` under it; imported: the output and the spec."""
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    for row, (label, value) in enumerate([("岗位名称", "班组长"), ("岗位编号", "BZ-01"), ("主要职责", "安排生产")]):
        table.cell(row, 0).text, table.cell(row, 1).text = label, value
    document.add_paragraph(heading)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    document.save(str(tmp_path / "form.docx"))
    with contextlib.chdir(tmp_path):
        result = CliRunner().invoke(main, ["import", "form.docx"], catch_exceptions=False)
    return result.output, yaml.safe_load((tmp_path / "specs" / "bz-01.yaml").read_text(encoding="utf-8"))


def test_a_kpi_table_gives_measures_and_a_column_no_field_has_is_reported_cell_by_cell(tmp_path):
    output, spec = _form(tmp_path, "考核指标", [("考核指标", "指标定义", "目标", "权重", "考核周期"),
                                            ("计划达成率", "实际产量/计划产量", "≥98%", "60%", "月度"),
                                            ("安全事故", "工伤事故次数", "0次", "40%", "年度"),
                                            ("合计", "", "", "100%", "")])
    assert spec["indicators"]["quantitative"] == [{"name": "考核指标", "measures": [
        {"name": "计划达成率", "target": {"percent": 98, "compare": "at_least", "per": "month"}, "weight": 60},
        {"name": "安全事故", "target": {"count": 0, "unit": "次", "per": "year"}, "weight": 40}]}]
    assert 'a column of the indicators table no field has (指标定义), not placed: "实际产量/计划产量"' in output
    assert 'not placed: "工伤事故次数"' in output
    assert ('the indicators table has no category column; its measures are kept under one category, named by the '
            'label above the table (or, with none, by its measures\' heading): check it: "考核指标" '
            '[import-unsure]') in output
    assert "合计" not in output and "100%" not in output


def test_a_kpi_tables_categories_merged_down_are_each_rows_and_weights_not_making_100_are_flagged(tmp_path):
    output, spec = _form(tmp_path, "Key Performance Indicators", [("Category", "KPI", "Target", "Weight"),
                                                                  ("Sales", "New revenue", "CNY 2,000,000", "50%"),
                                                                  ("", "Retention", "at least 90%", "30%"),
                                                                  ("Service", "Complaints", "no major complaint", "a lot")])
    assert spec["indicators"]["quantitative"] == [
        {"name": "Sales", "measures": [{"name": "New revenue", "target": {"amount": 2000000, "currency": "CNY"},
                                        "weight": 50},
                                       {"name": "Retention", "target": {"percent": 90, "compare": "at_least"},
                                        "weight": 30}]},
        {"name": "Service", "measures": [{"name": "Complaints", "target": {"text": "no major complaint"}}]}]
    assert 'not a measure\'s weight (a percentage), not placed: "a lot"' in output
    assert ('2 of 3 measures have a weight, making 80% (not 100%); check the indicators against the weight column: '
            '"50%" [import-unsure]') in output


def test_a_table_of_duties_with_standards_is_no_kpi_table(tmp_path):
    output, spec = _form(tmp_path, "岗位职责", [("工作内容", "考核标准"), ("安排生产", "按时完成")])
    assert "indicators" not in spec, output


def test_a_kpi_table_beside_its_label_merged_down_is_read_under_that_label(tmp_path):
    document = docx.Document()
    rows = [("岗位名称", "柜员", "", ""), ("岗位编号", "BZ-01", "", ""), ("主要职责", "办理业务", "", ""),
            ("考核指标", "指标名称", "目标值", "权重"), ("", "存款净增", "100万元", "50%"), ("", "差错率", "≤0.1%", "50%")]
    table = document.add_table(rows=len(rows), cols=4)
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    table.cell(3, 0).merge(table.cell(5, 0))
    for row in range(3):
        table.cell(row, 1).merge(table.cell(row, 3))
    document.save(str(tmp_path / "form.docx"))
    with contextlib.chdir(tmp_path):
        result = CliRunner().invoke(main, ["import", "form.docx"], catch_exceptions=False)
    spec = yaml.safe_load((tmp_path / "specs" / "bz-01.yaml").read_text(encoding="utf-8"))
    assert spec["indicators"]["quantitative"] == [{"name": "考核指标", "measures": [
        {"name": "存款净增", "target": {"amount": 1000000}, "weight": 50},
        {"name": "差错率", "target": {"percent": 0.1, "compare": "at_most"}, "weight": 50}]}], result.output
    assert "0 texts not placed" in result.output
