"""Texts a form could mean two ways, as the fifth held-out batch showed: a
date with its year last that reads as a date both day/month and
month/day, a heading above every label (the title, or the organisation
over a title line), the form's title in two languages on one line, a
posting's line under its title, a list of names with capitals, a reviewer
beside an approver, 编制 over a count, a ``标签：值`` line after a list's
last item, a row after experience given beside its label; and the labels
the batch used (内设机构, 岗位编制, 专业资格, 持证要求, 考核扣分); and, from
the seventh batch, bullets under bullets (a duty and its details, or
groups), a heading taken for the title before the title's own label."""

from __future__ import annotations

import datetime

import docx
import pytest

from jdgen.importer import values
from jdgen.importer.field_labels import matched
from tests.importer.forms import _write
from tests.importer.test_recognize import _import
from tests.importer.third import _soft_broken


def _rows(document, rows: list[tuple[str, ...]]):
    """A table of ``rows``, each cell's text written in it."""
    table = document.add_table(rows=len(rows), cols=max(map(len, rows)))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            _write(table.cell(row, column), text)
    return table


@pytest.mark.parametrize(("text", "readings", "parsed"), [
    ("01/04/2024", [datetime.date(2024, 4, 1), datetime.date(2024, 1, 4)], None),
    ("13/04/2024", [datetime.date(2024, 4, 13)], datetime.date(2024, 4, 13)),
    ("04/13/2024", [datetime.date(2024, 4, 13)], datetime.date(2024, 4, 13)),
    ("04.04.2024", [datetime.date(2024, 4, 4)], datetime.date(2024, 4, 4)), ("32/01/2024", [], None),
    ("2024/04/01", [], datetime.date(2024, 4, 1))])
def test_a_date_with_its_year_last_reads_each_way_it_is_a_date_and_is_parsed_only_when_one(text, readings, parsed):
    assert values.year_last_readings(text) == readings
    assert values.parse_date(text) == parsed


def test_a_date_either_way_round_is_read_day_first_in_traditional_characters_and_reported_with_the_other(tmp_path):
    document = docx.Document()
    _rows(document, [("職位名稱", "櫃員"), ("所屬部門", "零售銀行部"), ("生效日期", "01/04/2024")])
    output, spec = _import(tmp_path, document)
    assert spec["document"]["effective_date"] == datetime.date(2024, 4, 1), output
    assert ('under 生效日期: read as 2024-04-01, day/month (as Hong Kong and Macau write it, the form being in '
            'traditional characters); read month/day it is 2024-01-04: check it: "01/04/2024" [import-unsure]'
            in output)


def test_a_date_either_way_round_takes_the_order_of_the_forms_date_that_reads_one_way(tmp_path):
    document = docx.Document()
    _rows(document, [("Job Title", "Teller"), ("Department", "Retail"), ("Date Prepared", "12/20/2023"),
                      ("Effective Date", "01/04/2024")])
    output, spec = _import(tmp_path, document)
    assert spec["basic"]["prepared_on"] == datetime.date(2023, 12, 20), output
    assert spec["document"]["effective_date"] == datetime.date(2024, 1, 4), output
    assert ("read as 2024-01-04, month/day (as the form's 12/20/2023 is written); read day/month it is 2024-04-01: "
            'check it: "01/04/2024"') in output
    assert '"12/20/2023"' not in output


def test_a_heading_above_every_label_is_the_title_and_a_posting_line_under_it_gives_the_issuer(tmp_path):
    document = docx.Document()
    document.add_heading("Senior Environment Artist", level=1)
    document.add_paragraph("Pixel Harbor Games · Chengdu · Full-time")
    for text in ("Job code: PHG-1", "Team: World Art", "Tools: Maya, ZBrush, Substance Painter"):
        document.add_paragraph(text)
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "Senior Environment Artist" and spec["document"]["issuer"] == "Pixel Harbor Games"
    assert 'placed in title by guessed (a heading above the first label); check it: "Senior Environment Artist"' \
        in output
    assert ('taken as the issuer; the rest (Chengdu · Full-time) is not placed; check it: '
            '"Pixel Harbor Games · Chengdu · Full-time" [import-unsure]') in output
    assert spec["tools"] == ["Maya", "ZBrush", "Substance Painter"], output  # names, each with its capital
    assert '"Maya," taken as' not in output


def test_the_forms_title_in_two_languages_on_one_line_is_the_forms_title(tmp_path):
    document = docx.Document()
    document.add_paragraph("職位說明書 Job Description")
    _rows(document, [("職位名稱", "櫃員"), ("所屬部門", "零售銀行部")])
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "櫃員" and "職位說明書" not in output, output


def test_a_heading_above_a_line_naming_the_position_before_the_forms_title_is_the_issuer(tmp_path):
    document = docx.Document()
    document.add_heading("顺驰供应链管理有限公司", level=3)
    document.add_heading("叉车司机岗位说明书", level=2)
    _rows(document, [("岗位编码", "WL-1"), ("所属部门", "仓储部")])
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "叉车司机" and spec["document"]["issuer"] == "顺驰供应链管理有限公司", output
    assert 'taken as the issuer; check it: "顺驰供应链管理有限公司"' in output


def test_a_reviewer_beside_an_approver_is_reported_and_a_count_under_bianzhi_is_no_preparer(tmp_path):
    document = docx.Document()
    _rows(document, [("岗位名称", "统计员"), ("内设机构", "综合统计科"), ("编制", "2名")])
    document.add_paragraph("审核：张华      批准：刘建国")
    output, spec = _import(tmp_path, document)
    assert spec["document"] == {"approved_by": "刘建国"}, output
    assert spec["basic"] == {"department": "综合统计科", "headcount": 2}, output
    assert ('under 审核: the reviewer (审核), not the approver, whom the form names too; not placed: "张华" '
            '[import-unplaced]') in output


def test_a_reviewer_alone_is_the_approver(tmp_path):
    document = docx.Document()
    _rows(document, [("岗位名称", "统计员"), ("所属部门", "综合统计科"), ("审核", "张华")])
    output, spec = _import(tmp_path, document)
    assert spec["document"] == {"approved_by": "张华"}, output


def test_a_labelled_line_after_a_lists_last_item_is_its_own_text_not_more_of_the_item(tmp_path):
    document = docx.Document()
    _rows(document, [("岗位名称", "叉车司机"), ("所属部门", "仓储部")])
    document.add_paragraph("使用工具")
    for text in ("平衡重式叉车", "RF手持终端"):
        document.add_paragraph(text, style="List Bullet")
    document.add_paragraph("导出时间：2024-07-03 10:21 操作人：admin")
    output, spec = _import(tmp_path, document)
    assert spec["tools"] == ["平衡重式叉车", "RF手持终端"], output
    assert 'a label no field has (导出时间), not placed: "导出时间：2024-07-03 10:21 操作人：admin"' in output


def test_a_row_after_experience_given_beside_its_label_is_a_pair_not_a_level(tmp_path):
    document = docx.Document()
    _rows(document, [("岗位名称", "安全员"), ("岗位编号", "AQ-1"), ("工作经验", "2年以上安全管理经验"),
                     ("奖惩办法", "违章一次罚款200元")])
    output, spec = _import(tmp_path, document)
    assert spec["qualifications"]["experience"] == ["2年以上安全管理经验"] and "levels" not in spec, output
    assert 'a label no field has (奖惩办法), not placed: "违章一次罚款200元"' in output


def test_deduction_rules_broken_by_line_breaks_in_one_cell_are_one_rule_a_line(tmp_path):
    document = docx.Document()
    table = _rows(document, [("岗位名称", "安全员"), ("岗位编号", "AQ-2"), ("考核扣分", "")])
    _soft_broken(table.cell(2, 1), "1.未按规定开展班前安全检查的，每次扣2分；", "2.发生一般及以上安全事故的，扣30分。")
    output, spec = _import(tmp_path, document)
    assert spec["indicators"]["qualitative"]["deductions"] == [{"rule": "未按规定开展班前安全检查的", "points": 2},
                                                               {"rule": "发生一般及以上安全事故的", "points": 30}], output


@pytest.mark.parametrize(("label", "field"), [("内设机构", "basic.department"), ("岗位编制", "basic.headcount"),
                                              ("專業資格", "qualifications.certificates"),
                                              ("持证要求", "qualifications.certificates"), ("考核扣分", "indicators")])
def test_the_labels_of_a_government_post_an_oa_export_and_a_site_are_their_fields(label, field):
    assert matched(label, "document").field == field


def test_bullets_under_bullets_are_a_duty_and_its_details_unless_every_top_bullet_is_a_heading(tmp_path):
    document = docx.Document()
    document.add_paragraph("Position title: Water Services Technician")
    document.add_paragraph("Key accountabilities")
    for text, style in [("Operate and monitor the Kaiwaka and Tahuna water treatment plants", "List Bullet"),
                        ("Daily plant checks", "List Bullet 2"),
                        ("Respond to customer requests and faults", "List Bullet"),
                        ("First response within the agreed service levels", "List Bullet 2")]:
        document.add_paragraph(text, style=style)
    output, spec = _import(tmp_path, document)
    assert spec["duties"] == ["Operate and monitor the Kaiwaka and Tahuna water treatment plants",
                              "Respond to customer requests and faults"], output
    assert ('a detail of the duty "Respond to customer …" (a bullet under its bullet); a duty in the spec has no '
            'details: not placed: "First response within the agreed service levels"') in output


def test_bullets_under_short_bullets_are_groups_of_duties(tmp_path):
    document = docx.Document()
    document.add_paragraph("岗位名称：仓库主管")
    document.add_paragraph("岗位职责")
    for text, style in [("入库管理", "List Bullet"), ("核对到货单据", "List Bullet 2"), ("出库管理", "List Bullet"),
                        ("按单拣货", "List Bullet 2")]:
        document.add_paragraph(text, style=style)
    output, spec = _import(tmp_path, document)
    assert spec["duties"] == [{"title": "入库管理", "items": ["核对到货单据"]}, {"title": "出库管理", "items": ["按单拣货"]}]


def test_a_heading_taken_for_the_title_yields_to_the_titles_own_label_and_an_english_body_above_is_the_issuer(tmp_path):
    document = docx.Document()
    document.add_paragraph().add_run("Kaiwaka District Council").bold = True
    document.add_heading("About the position", level=2)
    for text in ("Position title: Water Services Technician", "Department: Three Waters", "Direct reports: Nil"):
        document.add_paragraph(text)
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "Water Services Technician", output
    assert 'text not placed: "About the position"' in output
    assert spec["document"]["issuer"] == "Kaiwaka District Council", output
    assert "subordinates" not in spec["basic"], output


@pytest.mark.parametrize(("label", "field"), [("Purpose of the position", "summary"),
                                              ("Hours of work", "environment.hours"),
                                              ("Qualifications and licences", "qualifications.certificates"),
                                              ("汇报给", "basic.reports_to"), ("填写人", "document.prepared_by")])
def test_the_english_and_posting_labels_the_seventh_batch_showed_are_their_fields(label, field):
    assert matched(label, "document").field == field
