"""A confidence for every value imported: the rule that placed it (its
label exactly, a variant, its position, a label two fields share, a
guess), shown in the review file and counted in the summary; a value
below the threshold always a warning."""

from __future__ import annotations

import contextlib

import docx
import yaml
from click.testing import CliRunner
from openpyxl import load_workbook

from jdgen.cli import main
from tests.importer.styles import stacked_one_table


def _import(root, *args):
    with contextlib.chdir(root):
        result = CliRunner().invoke(main, ["import", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def _confidences(path) -> dict[str, str]:
    rows = load_workbook(path)["fields"].iter_rows(min_row=2, values_only=True)
    return {field: confidence for _, field, _, _, confidence in rows}


def test_each_field_has_the_rule_that_placed_it_in_the_review_and_the_summary_counts_them(tmp_path):
    stacked_one_table(tmp_path / "form.docx")
    result = _import(tmp_path, "form.docx", "--report", "review.xlsx")
    found = _confidences(tmp_path / "review.xlsx")
    assert found["basic.department"] == "1.0 label matched exactly (所属部门)"
    assert found["id"] == "0.9 label matched by a variant (岗位编号)"
    assert found["relationships.external"] == "0.7 placed by its position (the column under 外部工作关系)"
    assert found["title"] == "0.9 label matched by a variant (岗位名称)"
    sheet = load_workbook(tmp_path / "review.xlsx")["confidence"]
    headings, row = list(sheet.iter_rows(values_only=True))
    counts = dict(zip(headings[1:], row[1:], strict=True))
    assert sum(counts.values()) == len(found)
    assert counts["position"] == sum(value.startswith("0.7") for value in found.values()) >= 2
    summary = next(line for line in result.output.splitlines() if line.startswith("confidence of the fields: "))
    assert f"{counts['exact']} exact, {counts['variant']} variant, {counts['position']} position" in summary


def test_a_value_under_a_label_two_fields_share_is_flagged_to_check(tmp_path):
    """工作地点 is the basic table's work location and the environment's place:
    met after the duties, with no section heading, it is taken as the
    place (the part the form comes to next), and that is a warning."""
    document = docx.Document()
    table = document.add_table(rows=4, cols=2)
    for row, (label, value) in enumerate([("职位名称", "柜员"), ("所属部门", "营业部"), ("岗位职责", "办理存取款业务"),
                                          ("工作地点", "营业厅")]):
        table.cell(row, 0).text, table.cell(row, 1).text = label, value
    document.save(str(tmp_path / "form.docx"))
    result = _import(tmp_path, "form.docx", "--report", "review.xlsx")
    spec = yaml.safe_load((tmp_path / "specs" / "form.yaml").read_text(encoding="utf-8"))
    assert spec["environment"]["place"] == "营业厅"
    assert ('form.docx: warning: under 工作地点: placed in environment.place by a label two fields share, read as the '
            'field of the part the form comes to next (工作地点: basic.work_location, environment.place); check it: '
            '"营业厅" [import-unsure]') in result.output
    assert "1 flagged to check" in result.output
    assert _confidences(tmp_path / "review.xlsx")["environment.place"] == (
        "0.5 a label two fields share, read as the field of the part the form comes to next (工作地点: "
        "basic.work_location, environment.place); check: placed in environment.place by a label two fields share, "
        "read as the field of the part the form comes to next (工作地点: basic.work_location, environment.place); "
        'check it ("营业厅")')


def test_a_list_read_from_the_columns_of_a_table_is_flagged_to_check(tmp_path):
    """Duties in a table of 工作内容 | 考核标准: the standards are no duties,
    and the import has no label for that column; it says so, naming the row."""
    document = docx.Document()
    table = document.add_table(rows=5, cols=2)
    for row, (first, second) in enumerate([("职位名称", "柜员"), ("所属部门", "营业部"), ("主要职责", ""),
                                           ("办理存取款业务", "差错率低于0.1%"), ("保管重要凭证", "账实相符")]):
        table.cell(row, 0).text, table.cell(row, 1).text = first, second
    document.save(str(tmp_path / "form.docx"))
    result = _import(tmp_path, "form.docx", "--report", "review.xlsx")
    assert ('form.docx: warning: under 主要职责: read into duties from the cells of one row (办理存取款业务 | 差错率低于0.1%), '
            'as if each were its own item; check whether a column is another field: "办理存取款业务" [import-unsure]'
            ) in result.output
    assert _confidences(tmp_path / "review.xlsx")["duties"].startswith("0.3 guessed; check: read into duties")
