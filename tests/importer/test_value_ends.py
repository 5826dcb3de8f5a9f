"""Where a value ends, and labels and layouts the third held-out batch
showed: a Word heading, a table, a ``Label:<tab>value`` line, or a time's
colon inside a value; column headings with one no field has; a person
specification as Essential | Desirable columns; class hours per level in
cells of their own; items typed with a number after Shift+Enter; items
typed （一） with no group under them; a label in both languages with a
colon; Taiwan's labels and the Minguo calendar; ⑴-numbered items; and,
from the seventh batch, a short line over more text in the cell beside a
value, a weight column on the left of a duty table with its total row,
a field given under a variant and under its own label."""

from __future__ import annotations

import docx
import pytest

from jdgen.importer import values
from tests.importer.forms import _write
from tests.importer.test_recognize import _import


def test_a_value_ends_at_a_heading_in_words_heading_style(tmp_path):
    document = docx.Document()
    for text in ("Job Title: Associate", "Location: Singapore office"):
        document.add_paragraph(text)
    document.add_paragraph("Role Profile Notes", style="Heading 2")
    document.add_paragraph("Works on transactions under supervision.")
    output, spec = _import(tmp_path, document)
    assert spec["basic"]["work_location"] == "Singapore office", output
    assert 'a section heading no field has; it and the texts under it are not placed: "Role Profile Notes"' in output
    assert '"Works on transactions under supervision."' in output


def _summary_caption_and_table(caption: str) -> docx.document.Document:
    """A summary of one text, then ``caption`` right over a table of outputs."""
    document = docx.Document()
    for text in ("Job Title: Programme Officer", "Job Purpose", "Delivers the education projects.", caption):
        document.add_paragraph(text)
    table = document.add_table(rows=2, cols=2)
    _write(table.cell(0, 0), "Output")
    _write(table.cell(0, 1), "Share")
    _write(table.cell(1, 0), "Reports to donors.")
    _write(table.cell(1, 1), "20%")
    return document


@pytest.mark.parametrize(("caption", "reason"), [
    ("Outputs of the programme this year", "a heading no field has, over the table under it; the "
                                            "table's texts are not placed"),
    ("Outputs", "a section heading no field has; it and the texts under it are not placed")])  # short: a heading
def test_a_table_under_a_paragraph_of_one_text_is_not_more_of_it(tmp_path, caption, reason):
    output, spec = _import(tmp_path, _summary_caption_and_table(caption))
    assert spec["summary"] == "Delivers the education projects.", output
    assert 'not placed: "Reports to donors."' in output
    assert f'{reason}: "{caption}"' in output


def test_a_long_caption_over_a_table_under_the_summary_is_flagged_not_joined_in_silence(tmp_path):
    caption = "Outputs of the programme this year and the share of the officer's time"
    output, spec = _import(tmp_path, _summary_caption_and_table(caption))
    assert spec["summary"].startswith("Delivers the education projects."), output
    assert ("kept in summary, though it ends no sentence right over the table under it: it may be that table's "
            f'heading; check it: "{caption}" [import-unsure]') in output


def test_a_label_a_colon_and_a_tab_is_a_key_of_its_own_whatever_its_values_length(tmp_path):
    document = docx.Document()
    for text in ("Job Title:\tAssociate", "Department:\tCorporate", "Education:\tLLB (Hons) or equivalent law degree",
                 "Admission:\tAdmitted to practise in Singapore or England and Wales"):
        document.add_paragraph(text)
    output, spec = _import(tmp_path, document)
    assert spec["qualifications"]["education"] == "LLB (Hons) or equivalent law degree", output
    assert "a label no field has (Admission), not placed" in output


def test_a_times_colon_in_a_value_is_no_labels(tmp_path):
    document = docx.Document()
    rows = [("岗位名称", "前厅接待员"), ("所属部门", "前厅部"), ("工作时间", "三班倒（早班7:00-15:00，中班15:00-23:00）")]
    table = document.add_table(rows=len(rows), cols=2)
    for row, (label, value) in enumerate(rows):
        _write(table.cell(row, 0), label)
        _write(table.cell(row, 1), value)
    output, spec = _import(tmp_path, document)
    assert spec["environment"]["hours"] == "三班倒（早班7:00-15:00，中班15:00-23:00）", output


def test_column_headings_with_one_no_field_has_give_the_row_under_them_and_report_that_column(tmp_path):
    document = docx.Document()
    headings = ("岗位代码", "岗位名称", "岗位类别", "所在科室", "直接上级", "编制数")
    row_values = ("JY-05", "交易服务专员", "专业技术岗位", "交易服务科", "交易服务科科长", "3")
    table = document.add_table(rows=2, cols=len(headings))
    for column, (heading, value) in enumerate(zip(headings, row_values, strict=True)):
        _write(table.cell(0, column), heading)
        _write(table.cell(1, column), value)
    output, spec = _import(tmp_path, document)
    assert spec["id"] == "JY-05" and spec["title"] == "交易服务专员", output
    assert spec["basic"]["department"] == "交易服务科" and spec["basic"]["headcount"] == 3
    assert spec["basic"]["reports_to"] == "交易服务科科长"
    assert 'a column no field has (岗位类别), not placed: "专业技术岗位"' in output


def test_a_person_specification_table_keeps_the_essential_and_reports_the_desirable(tmp_path):
    document = docx.Document()
    document.add_paragraph("Job Title: Programme Officer")
    document.add_paragraph("Person specification")
    rows = [("Criteria", "Essential", "Desirable"), ("Education", "A degree in education", "A master's degree"),
            ("Experience", "Three years managing projects", "Donor-funded programmes")]
    table = document.add_table(rows=len(rows), cols=3)
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            _write(table.cell(row, column), text)
    output, spec = _import(tmp_path, document)
    assert spec["qualifications"]["education"] == "A degree in education", output
    assert spec["qualifications"]["experience"] == ["Three years managing projects"]
    assert 'in the Desirable column: preferred, not required; the spec has no place for it, not placed: ' \
           '"A master\'s degree"' in output
    assert '"Donor-funded programmes"' in output


def test_class_hours_per_level_in_cells_of_their_own_among_rows_of_pairs(tmp_path):
    document = docx.Document()
    rows = [("基本情况", "岗位名称", "护理员"), ("基本情况", "所属部门", "护理部"), ("培训要求", "中级护理员", "40课时"),
            ("培训要求", "高级护理员", "60课时")]
    table = document.add_table(rows=len(rows), cols=3)
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            _write(table.cell(row, column), text)
    output, spec = _import(tmp_path, document)
    assert spec["levels"] == {"intermediate": "中级护理员", "senior": "高级护理员"}, output
    assert spec["training"]["hours"] == {"intermediate": 40, "senior": 60}


def test_a_number_typed_after_shift_enter_starts_an_item_that_keeps_its_separator(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    _write(table.cell(0, 0), "岗位名称")
    _write(table.cell(0, 1), "投资顾问")
    _write(table.cell(1, 0), "岗位职责")
    paragraph = table.cell(1, 1).paragraphs[0]
    for index, text in enumerate(("1.提供投资建议；", "2.撰写策略报告；", "3.维护客户关系。")):
        run = paragraph.add_run(text)
        if index < 2:
            run.add_break()
    output, spec = _import(tmp_path, document)
    assert spec["duties"] == ["提供投资建议；", "撰写策略报告；", "维护客户关系。"], output


def test_items_typed_like_groups_with_nothing_under_them_are_one_list(tmp_path):
    document = docx.Document()
    for text in ("岗位名称：交易服务专员", "二、主要职责", "（一）受理进场登记；", "（二）安排开标室；", "（三）整理交易档案。"):
        document.add_paragraph(text)
    output, spec = _import(tmp_path, document)
    assert spec["duties"] == ["受理进场登记；", "安排开标室；", "整理交易档案。"], output


def test_labels_in_both_languages_with_a_colon_and_internet_labels(tmp_path):
    document = docx.Document()
    for text in ("JD编号：PM-031", "岗位名称：产品经理", "Team：商业化产品部", "Report to：商业化产品总监", "职级 Level：P7",
                 "Base：北京", "HC：2", "工作时间 Working hours：弹性工作制"):
        document.add_paragraph(text)
    output, spec = _import(tmp_path, document)
    assert spec["id"] == "PM-031" and spec["basic"]["department"] == "商业化产品部", output
    assert spec["basic"]["reports_to"] == "商业化产品总监" and spec["basic"]["grade"] == "P7"
    assert spec["basic"]["work_location"] == "北京" and spec["basic"]["headcount"] == 2
    assert spec["environment"]["hours"] == "弹性工作制"


def test_taiwans_labels_and_a_date_in_the_minguo_calendar(tmp_path):
    document = docx.Document()
    rows = [("職務名稱", "製程工程師"), ("職務代碼", "PE-05"), ("所屬單位", "製造工程處"), ("直屬主管", "製程課課長"),
            ("需求人數", "2人"), ("科系要求", "電機相關科系"), ("擅長工具", "AutoCAD、Minitab"), ("上班時段", "日班"),
            ("填表日期", "中華民國113年3月1日")]
    table = document.add_table(rows=len(rows), cols=2)
    for row, (label, value) in enumerate(rows):
        _write(table.cell(row, 0), label)
        _write(table.cell(row, 1), value)
    output, spec = _import(tmp_path, document)
    assert spec["id"] == "PE-05" and spec["basic"]["department"] == "製造工程處", output
    assert spec["basic"]["reports_to"] == "製程課課長" and spec["basic"]["headcount"] == 2
    assert spec["qualifications"]["major"] == "電機相關科系" and spec["tools"] == ["AutoCAD", "Minitab"]
    assert spec["environment"]["hours"] == "日班" and str(spec["basic"]["prepared_on"]) == "2024-03-01"


def test_minguo_dates_and_numbers_in_their_own_characters():
    assert str(values.parse_date("中華民國113年3月1日")) == "2024-03-01"
    assert str(values.parse_date("民国113/3/1")) == "2024-03-01"
    assert values.numbering("⑴ 按调度指令正确执行倒闸操作；") == ("sub", "按调度指令正确执行倒闸操作；")
    assert values.numbering("⒉ 巡视设备") == ("item", "巡视设备")


def test_a_training_topic_of_three_names_joined_by_a_list_comma_is_kept_whole_and_reported(tmp_path):
    document = docx.Document()
    rows = [("岗位名称", "护理员"), ("所属部门", "护理部"), ("培训内容", "失能老人照护、急救知识、消防安全")]
    table = document.add_table(rows=len(rows), cols=2)
    for row, (label, value) in enumerate(rows):
        _write(table.cell(row, 0), label)
        _write(table.cell(row, 1), value)
    output, spec = _import(tmp_path, document)
    assert spec["training"]["topics"] == ["失能老人照护、急救知识、消防安全"], output
    assert ("kept as one training topic; if it names several topics, split it at its 、: "
            "\"失能老人照护、急救知识、消防安全\"") in output


def test_a_label_ending_in_an_abbreviations_full_stop_is_set_off_by_one_space(tmp_path):
    document = docx.Document()
    for text in ("Job Title: Associate", "Department: Corporate", "Document No. HL-HR-031"):
        document.add_paragraph(text)
    output, spec = _import(tmp_path, document)
    assert spec["document"]["number"] == "HL-HR-031", output


def test_an_organisations_name_before_the_forms_title_is_the_issuer_to_check(tmp_path):
    document = docx.Document()
    for text in ("江州市公共资源交易中心岗位说明书", "岗位名称：交易服务专员", "所在科室：交易服务科"):
        document.add_paragraph(text)
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "交易服务专员" and spec["document"]["issuer"] == "江州市公共资源交易中心", output
    assert 'taken as the issuer, as it names an organisation, not the position; check it: "江州市公共资源交易中心"' in output


def test_a_short_line_atop_the_cell_beside_a_value_of_one_text_is_a_heading_not_more_of_it(tmp_path):
    document = docx.Document()
    document.add_paragraph("深圳极光储能科技有限公司")
    table = document.add_table(rows=1, cols=2)
    left, right = table.cell(0, 0), table.cell(0, 1)
    left.text = "职位\n嵌入式软件工程师\n部门\n储能系统部\n工作时间\n弹性工作制，周末双休"
    right.text = "关于我们\n极光储能成立于2021年，专注于工商业储能系统。\n我们希望你\n• 3年以上嵌入式开发经验\n加分项\n• 熟悉Matlab建模"
    output, spec = _import(tmp_path, document)
    assert spec["environment"]["hours"] == "弹性工作制，周末双休", output
    assert 'a section heading no field has; it and the texts under it are not placed: "关于我们"' in output
    assert spec["qualifications"]["experience"] == ["3年以上嵌入式开发经验"], output
    assert 'under 加分项: text not placed: "熟悉Matlab建模"' in output
    assert spec["document"]["issuer"] == "深圳极光储能科技有限公司"
    assert 'above the first label: taken as the issuer; check it: "深圳极光储能科技有限公司"' in output


def test_a_weight_column_on_the_left_gives_weighted_duties_and_its_total_row_is_reported(tmp_path):
    document = docx.Document()
    document.add_paragraph("Job Title: Senior Executive, Procurement")
    document.add_paragraph("Key Result Areas (KRAs)")
    rows = [("Weightage", "Key Result Area"), ("60%", "Source goods and services"), ("40%", "Evaluate bids"),
            ("100%", "Total")]
    table = document.add_table(rows=len(rows), cols=2)
    for row, (weight, area) in enumerate(rows):
        table.cell(row, 0).text, table.cell(row, 1).text = weight, area
    output, spec = _import(tmp_path, document)
    assert spec["duties"] == [{"text": "Source goods and services", "weight": 60},
                              {"text": "Evaluate bids", "weight": 40}], output
    assert 'the row summing the weights; not a duty: "100% | Total"' in output


def test_a_field_given_under_a_variant_and_under_its_own_label_keeps_its_own_labels_value(tmp_path):
    document = docx.Document()
    rows = [("Job Title", "Buyer", "Job Grade", "M5"), ("Division", "Corporate Services", "Department", "Procurement")]
    table = document.add_table(rows=len(rows), cols=4)
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    output, spec = _import(tmp_path, document)
    assert (spec["basic"]["department"], spec["basic"]["grade"]) == ("Procurement", "M5"), output
    assert ('under Division: under a variant of the label of the field whose own label (Department) gives it '
            '"Procurement"; not placed: "Corporate Services"') in output
