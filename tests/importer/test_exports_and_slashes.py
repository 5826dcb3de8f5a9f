"""Shapes of forms the ninth held-out batch showed: an HR system's export
(each label followed by its field code in brackets, a part's value under
a word of its own), a form with every label and short value "中文 /
English" on one line, a Taiwan bureau's form (職稱, 項次 | 工作內容 |
工作比重, a 合計 row, the Minguo year with no era name), the foot of a
standard's cover (…发布 …实施), labels qualified by a dash or by words
in brackets."""

from __future__ import annotations

import datetime

import docx
import pytest

from jdgen.importer.field_labels import matched
from jdgen.importer.values import parse_date
from tests.importer.forms import _write
from tests.importer.styles import _header
from tests.importer.test_recognize import _import


def _table(document, rows: list[tuple[str, ...] | str]) -> None:
    """A table of two columns; a text alone is a row merged across."""
    table = document.add_table(rows=len(rows), cols=2)
    for index, row in enumerate(rows):
        if isinstance(row, str):
            _write(table.cell(index, 0).merge(table.cell(index, 1)), row)
            continue
        _write(table.cell(index, 0), row[0])
        _write(table.cell(index, 1), *row[1:])


def test_an_hr_system_s_field_codes_are_no_part_of_its_labels_and_a_part_s_description_is_its_value(tmp_path):
    document = docx.Document()
    _table(document, [("Job Profile Name [name]", "Field Service Engineer"), ("Job Code [externalCode]", "FSE-1"),
                      ("Department [department]", "Technical Service"), "Job Summary [JOB_SUMMARY]",
                      ("Description", "Keeps the analysers at customer sites running."),
                      "Education and Experience", ("Education – Degrees [DEGREE]", "Bachelor's Degree"),
                      ("Education – Major [MAJOR]", "Electrical Engineering"),
                      ("Certifications [CERTIFICATION]", "N/A")])
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "Field Service Engineer" and spec["id"] == "FSE-1", output
    assert spec["basic"] == {"department": "Technical Service"}, output
    assert spec["summary"] == "Keeps the analysers at customer sites running.", output
    assert spec["qualifications"] == {"education": "Bachelor's Degree", "major": "Electrical Engineering"}, output


def test_a_form_in_two_languages_on_one_line_keeps_the_first_and_reports_the_other(tmp_path):
    document = docx.Document()
    _header(document, "上海浦江国际学校 / Shanghai Pujiang International School")
    _table(document, [("岗位名称 / Position Title", "招生专员 / Admissions Officer"),
                      ("所属部门 / Department", "招生办公室 / Admissions Office"),
                      ("岗位概述 / Job Summary", "负责学校的招生咨询。", "Manages admissions enquiries."),
                      ("使用工具 / Tools", "OpenApply、CRM系统 / OpenApply, CRM"),
                      ("语言要求 / Language", "英语流利 / Fluent English")])
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "招生专员" and spec["basic"] == {"department": "招生办公室"}, output
    assert spec["summary"] == "负责学校的招生咨询。" and spec["tools"] == ["OpenApply", "CRM系统"], output
    assert spec["source_language"] == "zh" and spec["document"] == {"issuer": "上海浦江国际学校"}, output
    assert ('taken for its translation; not placed: "Admissions Office"' in output
            and 'taken for its translation; not placed: "Manages admissions enquiries."' in output), output
    assert 'a label no field has (语言要求 / Language), not placed: "英语流利 / Fluent English"' in output
    assert "levels" not in spec


def test_a_taiwan_bureau_s_form_gives_its_issuer_title_weighted_duties_and_minguo_date(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=3, cols=4)
    for row, texts in enumerate([("機關名稱", "臺南市政府環境保護局", "單位名稱", "空氣品質科"),
                                 ("職稱", "技士", "填表日期", "113.03.01"), ("工作概述", "辦理空氣污染稽查業務。", "", "")]):
        for column, text in enumerate(texts):
            _write(table.cell(row, column), text)
    document.add_paragraph()
    duties = document.add_table(rows=4, cols=3)
    for row, texts in enumerate([("項次", "工作內容", "工作比重（%）"), ("1", "審查許可申請案件", "60"),
                                 ("2", "執行稽查及告發", "40"), ("", "合計", "100")]):
        for column, text in enumerate(texts):
            _write(duties.cell(row, column), text)
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "技士" and spec["document"] == {"issuer": "臺南市政府環境保護局"}, output
    assert spec["basic"] == {"department": "空氣品質科", "prepared_on": datetime.date(2024, 3, 1)}, output
    assert spec["summary"] == "辦理空氣污染稽查業務。", output
    assert spec["duties"] == [{"text": "審查許可申請案件", "weight": 60}, {"text": "執行稽查及告發", "weight": 40}], output
    assert 'the row summing the weights; not a duty: "100 | 合計"' in output


def test_a_title_read_under_a_rank_label_is_flagged(tmp_path):
    """职称 names the post's title in Taiwan but a professional rank on the
    mainland: a form that gives the title under it alone is told to check it."""
    document = docx.Document()
    table = document.add_table(rows=2, cols=4)
    for row, texts in enumerate([("所在部门", "财务部", "职称", "中级会计师"), ("岗位职责", "编制月度财务报表。", "", "")]):
        for column, text in enumerate(texts):
            _write(table.cell(row, column), text)
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "中级会计师", output
    assert 'read as the title under 职称, which names a post\'s title in Taiwan but a professional rank' in output
    assert '"中级会计师"' in output


@pytest.mark.parametrize(("text", "date"), [("113.03.01", datetime.date(2024, 3, 1)),
                                            ("民國113/3/1", datetime.date(2024, 3, 1)),
                                            ("2024.03.01", datetime.date(2024, 3, 1)), ("24.03.01", None),
                                            ("213.03.01", None)])
def test_a_year_of_three_figures_is_a_minguo_year(text, date):
    assert parse_date(text) == date


def test_the_foot_of_a_standard_s_cover_gives_the_date_it_takes_effect(tmp_path):
    document = docx.Document()
    for text in ("岗位名称：瓦斯检查工", "所属部门：通风区", "2024-01-10发布　　　　2024-01-15实施"):
        document.add_paragraph(text)
    output, spec = _import(tmp_path, document)
    assert spec["document"] == {"effective_date": datetime.date(2024, 1, 15)}, output
    assert 'the date the document was issued; not placed: "2024-01-10发布"' in output


@pytest.mark.parametrize(("label", "field"), [
    ("Classification (Group and Level)", "basic.grade"), ("Education – Degrees", "qualifications.education"),
    ("Education – Major", "qualifications.major"), ("Job Code [externalCode]", "id"),
    ("Skills [SKILL]:", "qualifications.abilities"), ("Organizational Unit", "basic.department"),
    ("Supervisor's Position Title", "basic.reports_to"), ("Geographic Location", "basic.work_location"),
    ("Client-Service Results", "summary"), ("Key Activities", "duties"), ("Physical Effort", "physical"),
    ("Parent Position", "basic.reports_to"), ("Relevant Industry Experience", "qualifications.experience"),
    ("證照", "qualifications.certificates"), ("職稱", "title")])
def test_labels_the_ninth_batch_showed_name_their_fields(label, field):
    found = matched(label, "basic")
    assert found is not None and found.field == field


@pytest.mark.parametrize("label", ["Education – Key Activities", "Department (Key Activities)", "Job Code [a b]",
                                   "Grade (Senior)", "Senior – Grade"])
def test_a_label_qualified_by_another_part_s_field_names_none(label):
    assert matched(label, "basic") is None


def test_a_duty_table_with_its_categories_merged_down_gives_titled_groups(tmp_path):
    document = docx.Document()
    _table(document, [("岗位名称", "直播运营专员"), ("所属部门", "直播事业部")])
    outer = document.add_table(rows=1, cols=1)
    _write(outer.cell(0, 0), "岗位职责")
    duties = outer.cell(0, 0).add_table(rows=4, cols=2)
    _write(duties.cell(0, 0), "职责类别")
    _write(duties.cell(0, 1), "工作内容")
    _write(duties.cell(1, 0).merge(duties.cell(2, 0)), "直播前")
    for row, text in enumerate(("制定直播排期和脚本", "调试推流设备", "复盘直播数据"), 1):
        _write(duties.cell(row, 1), text)
    _write(duties.cell(3, 0), "直播后")
    output, spec = _import(tmp_path, document)
    assert spec["duties"] == [{"title": "直播前", "items": ["制定直播排期和脚本", "调试推流设备"]},
                              {"title": "直播后", "items": ["复盘直播数据"]}], output
