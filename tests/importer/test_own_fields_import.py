"""A form carrying a project's own fields (fields.yaml) is imported with
them: read by their labels, typed as declared."""

from __future__ import annotations

import contextlib
import datetime
from pathlib import Path

import docx
import yaml

from tests.conftest import invoke
from tests.own_fields_project import FIELDS

ROWS = [("岗位名称", "装配工"), ("岗位编号", "SC-ZP-012"), ("所属部门", "装配车间"), ("班组", "早班"),
        ("危险因素", "噪声；粉尘"), ("危险等级", "3"), ("审核日期", "2024-05-06"),
        ("岗位概要", "按工艺要求完成总装工序。"), ("岗位职责", "1、按作业指导书装配；2、自检并记录。")]


def _form(path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("岗位说明书")
    table = document.add_table(rows=len(ROWS), cols=2)
    for row, (label, value) in enumerate(ROWS):
        table.cell(row, 0).paragraphs[0].add_run(label)
        table.cell(row, 1).paragraphs[0].add_run(value)
    document.save(str(path))


def _import(root: Path) -> tuple[dict, str]:
    (root / "specs").mkdir(parents=True)
    _form(root / "assembler.docx")
    with contextlib.chdir(root):
        result = invoke("import", "assembler.docx", status=0)
    return yaml.safe_load(next((root / "specs").glob("*.yaml")).read_text(encoding="utf-8")), result.output


def test_a_form_gives_the_projects_own_fields_by_their_labels(tmp_path):
    (tmp_path / "fields.yaml").write_text(FIELDS, encoding="utf-8")
    data, output = _import(tmp_path)
    assert data["custom"] == {"post_code": "SC-ZP-012", "shift": "早班", "hazards": ["噪声", "粉尘"],
                              "hazard_level": 3, "audited_on": datetime.date(2024, 5, 6)}, output
    assert data["title"] == "装配工" and data["basic"]["department"] == "装配车间"
    assert data["id"] == "ASSEMBLER"  # 岗位编号 is the project's own field, not the position number
    with contextlib.chdir(tmp_path):
        invoke("check", "--lang", "zh", status=0)


def test_without_fields_the_same_label_is_the_position_number(tmp_path):
    data, output = _import(tmp_path)
    assert data["id"] == "SC-ZP-012" and "custom" not in data
    assert '"早班"' in output and '"3"' in output  # no field has these labels: reported, never dropped
