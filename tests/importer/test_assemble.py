"""How the second pass types a field's entries: rules that each deduct
points are the qualitative indicators' deductions even when no 定性指标
part stands above them."""

from __future__ import annotations

import contextlib

import docx
import yaml
from click.testing import CliRunner

from jdgen.cli import main


def test_rules_with_points_under_an_indicators_label_are_deductions_and_a_plain_sentence_is_not(tmp_path):
    document = docx.Document()
    rows = [("岗位名称", "检验员"), ("所属部门", "质量部"), ("主要职责", "首检和巡检"),
            ("考核标准", "漏检造成批量不良的，每次扣10分；未按规定填写检验记录的，每次扣2分")]
    table = document.add_table(rows=len(rows), cols=2)
    for row, (label, value) in enumerate(rows):
        table.cell(row, 0).text, table.cell(row, 1).text = label, value
    document.add_paragraph("考核指标：按月考核，结果与绩效挂钩")
    document.save(str(tmp_path / "form.docx"))
    with contextlib.chdir(tmp_path):
        result = CliRunner().invoke(main, ["import", "form.docx"], catch_exceptions=False)
    spec = yaml.safe_load(next((tmp_path / "specs").glob("*.yaml")).read_text(encoding="utf-8"))
    assert spec["indicators"]["qualitative"]["deductions"] == [{"rule": "漏检造成批量不良的", "points": 10},
                                                               {"rule": "未按规定填写检验记录的", "points": 2}]
    assert "漏检造成批量不良的" not in result.output
    assert 'under 考核指标: text not placed: "按月考核，结果与绩效挂钩" [import-unplaced]' in result.output
