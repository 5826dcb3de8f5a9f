"""How the first pass reads structures the held-out forms showed it
misread: a bilingual form (each label and value in English with the
Chinese under it), headings numbered with the Roman numeral characters
(Ⅰ．Ⅱ．), a number column beside a label merged down over its rows,
an unknown ``标签：值`` line among a cell's labelled lines, two texts
set apart by a wide gap in one line (…岗位说明书　　编号：…); and those the
second batch showed: several label–value pairs on one line, 【】 headings,
an English person specification (Essential, Desirable), labels in
traditional characters, an empty row of a flat export."""

from __future__ import annotations

import contextlib

import docx
import yaml
from click.testing import CliRunner

from jdgen.cli import main
from tests.importer.forms import _label_rows, _write
from tests.importer.styles import _header


def _import(tmp_path, document) -> tuple[str, dict]:
    """``document`` saved and imported: the command's output and the spec written."""
    document.save(str(tmp_path / "form.docx"))
    with contextlib.chdir(tmp_path):
        result = CliRunner().invoke(main, ["import", "form.docx"], catch_exceptions=False)
    specs = list((tmp_path / "specs").glob("*.yaml"))
    assert len(specs) == 1, result.output
    return result.output, yaml.safe_load(specs[0].read_text(encoding="utf-8"))


def test_a_bilingual_form_is_one_position_in_its_first_language_and_the_other_is_reported(tmp_path):
    document = docx.Document()
    document.add_paragraph("JOB DESCRIPTION")
    document.add_paragraph("职位说明书")
    rows = [("Job Title", "职位名称", ["Teller", "柜员"]), ("Job Code", "职位编号", ["TL-2"]),
            ("Department", "所属部门", ["Retail Banking", "零售银行部"]),
            ("Key Duties", "主要职责", ["1. Opens accounts.", "开立账户。", "2. Handles cash.", "办理现金业务。"])]
    table = document.add_table(rows=len(rows), cols=2)
    for row, (english, chinese, lines) in enumerate(rows):
        _write(table.cell(row, 0), english, chinese)
        _write(table.cell(row, 1), *lines)
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "Teller" and spec["source_language"] == "en"
    assert spec["basic"]["department"] == "Retail Banking"
    assert spec["duties"] == ["Opens accounts.", "Handles cash."]
    assert ('under Department, after "Retail Banking": a bilingual form: the Chinese under the English above it, '
            'taken for its translation; not placed: "零售银行部" [import-unplaced]') in output
    assert "4 texts not placed" in output


def test_two_forms_titled_in_one_language_are_still_two_positions(tmp_path):
    document = docx.Document()
    for title, department in [("Teller", "Retail"), ("Clerk", "Back Office")]:
        document.add_paragraph("JOB DESCRIPTION")
        table = document.add_table(rows=2, cols=2)
        _write(table.cell(0, 0), "Job Title")
        _write(table.cell(0, 1), title)
        _write(table.cell(1, 0), "Department")
        _write(table.cell(1, 1), department)
    document.save(str(tmp_path / "form.docx"))
    with contextlib.chdir(tmp_path):
        result = CliRunner().invoke(main, ["import", "form.docx"], catch_exceptions=False)
    assert "the document holds more than one position" in result.output


def test_headings_numbered_with_roman_numeral_characters_are_headings(tmp_path):
    document = docx.Document()
    for text in ["Ⅰ．基本情况", "岗位名称：数学教师", "所属部门：教研组", "Ⅱ．任职资格", "工作经验：2年以上教学经验",
                 "Ⅲ．职业发展", "二级教师→一级教师", "Ⅳ．工作条件", "工作地点：校本部"]:
        document.add_paragraph(text)
    _, spec = _import(tmp_path, document)
    assert spec["qualifications"]["experience"] == ["2年以上教学经验"]
    assert spec["career_path"] == ["二级教师", "一级教师"]
    assert spec["environment"]["place"] == "校本部"


def test_a_number_column_beside_a_label_merged_down_its_rows_is_no_duty(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=5, cols=3)
    _write(table.cell(0, 0).merge(table.cell(1, 0)), *"基本信息")
    for row, (label, value) in enumerate([("岗位名称", "电工"), ("岗位定员", "6")]):
        _write(table.cell(row, 1), label)
        _write(table.cell(row, 2), value)
    _write(table.cell(2, 0).merge(table.cell(4, 0)), *"岗位职责")
    for row, duty in enumerate(["日常维修", "预防性保养", "填写维修记录"], start=2):
        _write(table.cell(row, 1), str(row - 1))
        _write(table.cell(row, 2), duty)
    output, spec = _import(tmp_path, document)
    assert spec["duties"] == ["日常维修", "预防性保养", "填写维修记录"]
    assert spec["basic"]["headcount"] == 6  # a figure after a field of one value is that value
    assert "0 texts not placed" in output, output


def test_an_unknown_label_among_a_cells_labelled_lines_is_a_warning(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    _write(table.cell(0, 0), "岗位名称")
    _write(table.cell(0, 1), "检验员")
    _write(table.cell(1, 0), "所属部门")
    _write(table.cell(1, 1), "质量部")
    _write(table.cell(2, 0), "任职资格")
    _write(table.cell(2, 1), "学历：中专及以上", "工作经验：1年以上检验经验", "年龄：45岁以下")
    output, spec = _import(tmp_path, document)
    assert spec["qualifications"]["experience"] == ["1年以上检验经验"]
    assert ('under 工作经验, after "1年以上检验经验": a label no field has (年龄), not placed: "年龄：45岁以下" '
            "[import-unplaced]") in output


def test_texts_set_apart_by_a_wide_gap_in_one_line_are_read_one_by_one(tmp_path):
    document = docx.Document()
    _header(document, "出纳岗位说明书　　编号：CW-CN-01")
    table = document.add_table(rows=2, cols=2)
    for row, (label, value) in enumerate([("所属部门", "财务部"), ("主要职责", "办理现金收付")]):
        _write(table.cell(row, 0), label)
        _write(table.cell(row, 1), value)
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "出纳"
    assert spec["document"]["number"] == "CW-CN-01", output
    assert "a label no field has" not in output


def test_label_value_pairs_set_apart_on_one_line_are_read_pair_by_pair(tmp_path):
    document = docx.Document()
    for text in ("柜员岗位说明书", "岗位名称：  柜员  \u3000\u3000岗位编号：  GY-01",
                 "所属部门：营业部\u3000\u3000直接上级：  营业部经理  \u3000\u3000岗位定员：  4人",
                 "主要职责：", "1. 办理存取款业务；", "2. 核对现金。",
                 "编制人：王芳\u3000\u3000审核人：李强\u3000\u3000编制日期：2024年1月5日"):
        document.add_paragraph(text)
    output, spec = _import(tmp_path, document)
    assert (spec["title"], spec["id"]) == ("柜员", "GY-01"), output
    assert spec["basic"]["department"] == "营业部" and spec["basic"]["reports_to"] == "营业部经理"
    assert spec["basic"]["headcount"] == 4 and str(spec["basic"]["prepared_on"]) == "2024-01-05"
    assert (spec["document"]["prepared_by"], spec["document"]["approved_by"]) == ("王芳", "李强")


def test_headings_in_square_brackets_are_headings_and_an_unknown_one_stops_the_field_above(tmp_path):
    document = docx.Document()
    for text in ("柜员岗位说明书", "【基本信息】", "岗位名称：柜员", "工作地点：营业厅", "【岗位职责】", "1. 办理存取款业务；",
                 "2. 核对现金。", "【值班安排】", "周末轮流值班"):
        document.add_paragraph(text)
    output, spec = _import(tmp_path, document)
    assert spec["basic"]["work_location"] == "营业厅", output
    assert spec["duties"] == ["办理存取款业务；", "核对现金。"]
    assert 'a section heading no field has; it and the texts under it are not placed: "【值班安排】"' in output
    assert '"周末轮流值班"' in output


def test_an_english_person_specification_is_read_and_its_desirable_criteria_reported(tmp_path):
    document = docx.Document()
    for text in ("Job Title: Auditor", "Department:  Internal  Audit    Grade:  Grade 6",
                 "Reports to: Head of Audit, Ms Jane Roe",
                 "Purpose of the Role", "To audit the bank's branches.", "Main Duties and Responsibilities",
                 "• Plan and carry out branch audits.", "• Write audit reports.", "Person Specification", "Essential",
                 "A degree in accounting or finance", "Experience of audit work", "Desirable", "Knowledge of SAP"):
        document.add_paragraph(text)
    output, spec = _import(tmp_path, document)
    assert spec["summary"] == "To audit the bank's branches.", output
    assert spec["basic"]["department"] == "Internal Audit" and spec["basic"]["grade"] == 6
    assert spec["duties"] == ["Plan and carry out branch audits.", "Write audit reports."]
    assert spec["qualifications"]["education"] == "A degree in accounting or finance"
    assert spec["qualifications"]["experience"] == ["Experience of audit work"]
    assert 'not placed (preferred, not required): "Desirable"' in output and '"Knowledge of SAP"' in output
    assert spec["basic"]["reports_to"] == "Head of Audit", output  # the position, the person holding it reported
    assert 'the person holding the superior\'s position, after it; not placed: "Ms Jane Roe"' in output


def test_a_form_in_traditional_characters_is_read_and_its_texts_kept_as_written(tmp_path):
    document = docx.Document()
    rows = [("職位名稱", ["出納員"]), ("所屬部門", ["財務部"]), ("直屬上司", ["財務經理"]),
            ("主要職責", ["‧ 核對收付單據；", "‧ 編製資金日報表。"]), ("入職要求", ["學歷：大專或以上", "工作經驗：兩年或以上出納經驗"])]
    _label_rows(document, rows)
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "出納員" and spec["basic"]["department"] == "財務部", output
    assert spec["basic"]["reports_to"] == "財務經理"
    assert spec["duties"] == ["核對收付單據；", "編製資金日報表。"]
    assert spec["qualifications"]["education"] == "大專或以上"
    assert spec["qualifications"]["experience"] == ["兩年或以上出納經驗"]


def test_an_empty_row_of_a_flat_export_does_not_take_the_rows_under_it(tmp_path):
    document = docx.Document()
    rows = [("职位名称", "测试工程师"), ("所属部门", "质量部"), ("工作环境", ""), ("更新人", "周敏"), ("更新时间", "2024-03-01")]
    table = document.add_table(rows=len(rows), cols=2)
    for row, (label, value) in enumerate(rows):
        _write(table.cell(row, 0), label)
        if value:
            _write(table.cell(row, 1), value)
    output, spec = _import(tmp_path, document)
    assert not spec.get("environment"), output
    assert 'a label no field has (更新人), not placed: "周敏"' in output
    assert 'a label no field has (更新时间), not placed: "2024-03-01"' in output


def test_markdown_pasted_into_word_and_clauses_numbered_as_a_standard_are_read_as_their_text(tmp_path):
    document = docx.Document()
    for text in ("# Data Analyst", "**Job Code:** DA-2", "**Team:** Growth", "## What you'll do", "- Builds dashboards",
                 "* Runs experiments"):
        document.add_paragraph(text)
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "Data Analyst" and spec["id"] == "DA-2" and spec["basic"]["department"] == "Growth"
    assert spec["duties"] == ["Builds dashboards", "Runs experiments"], output
    assert 'placed in title by guessed (a heading above the first label); check it: "Data Analyst"' in output


def test_a_clause_numbered_line_keeps_its_label_and_a_label_after_a_separator_is_its_own(tmp_path):
    document = docx.Document()
    for text in ("1 岗位信息", "1.1 岗位名称：质检员", "1.2 所属部门：质量部", "1.3 上级：质量经理；下级：无",
                 "2 任职要求", "2.1 学历：大专；经验：2年以上质检经验"):
        document.add_paragraph(text)
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "质检员" and spec["basic"]["department"] == "质量部", output
    assert spec["basic"]["reports_to"] == "质量经理" and "subordinates" not in spec["basic"]
    assert spec["qualifications"] == {"education": "大专", "experience": ["2年以上质检经验"]}


def test_a_label_with_its_english_in_brackets_is_read_when_the_english_names_no_other_field(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    for row, (label, value) in enumerate([("岗位名称（Position Title）", "出纳"), ("所属部门（Department）", "财务部"),
                                          ("学历（Department）", "大专")]):
        table.cell(row, 0).text, table.cell(row, 1).text = label, value
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "出纳" and spec["basic"]["department"] == "财务部", output
    assert "qualifications" not in spec and '"学历（Department）"' in output


def test_a_tables_own_column_headings_over_label_value_rows_are_no_level_and_no_value(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    for row, (label, value) in enumerate([("岗位名称", "出纳"), ("所属部门", "财务部")]):
        table.cell(row, 0).text, table.cell(row, 1).text = label, value
    document.add_paragraph("任职资格")
    table = document.add_table(rows=3, cols=2)
    for row, (label, value) in enumerate([("项目", "要求"), ("学历", "大专及以上"), ("证书", "初级会计职称")]):
        table.cell(row, 0).text, table.cell(row, 1).text = label, value
    output, spec = _import(tmp_path, document)
    assert spec["qualifications"] == {"education": "大专及以上", "certificates": ["初级会计职称"]}, output
    assert "levels" not in spec


def test_characters_that_show_nothing_are_no_text_of_the_form(tmp_path):
    """A cell holding only a word joiner (as a form's empty room may) is
    empty, and a label or value with a zero-width space inside reads as
    it shows."""
    document = docx.Document()
    document.add_paragraph("职位说明书")
    rows = [("职位\u200b名称", "柜员\ufeff"), ("所属部门", "零售\u200d银行部"), ("\u2060", "\u2060"),
            ("直接上级", "\u200b网点主任")]
    table = document.add_table(rows=len(rows), cols=2)
    for row, (label, value) in enumerate(rows):
        _write(table.cell(row, 0), label)
        _write(table.cell(row, 1), value)
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "柜员"
    assert spec["basic"]["department"] == "零售银行部"
    assert spec["basic"]["reports_to"] == "网点主任"
    assert "[import-unplaced]" not in output and "0 texts not placed" in output, output
