"""The shipped example, built: every section and item of the original form, in
both languages, laid out as the form is."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx.oxml.ns import qn
from lxml import etree

from tests.docx_reading import (
    CJK,
    cell_text,
    east_asia_font,
    first_column_merge,
    full_text,
    open_document,
    paragraph_texts,
)
from tests.example_content import LABELS, SECTION_ORDER, english, example_spec, example_texts


@pytest.fixture(scope="module")
def zh(built_example: Path):
    return open_document(built_example / "zh" / "BCM-001.docx")


@pytest.fixture(scope="module")
def en(built_example: Path):
    return open_document(built_example / "en" / "BCM-001.docx")


@pytest.mark.parametrize("language", ["zh", "en"])
def test_every_section_label_appears_in_form_order(built_example, language):
    texts = paragraph_texts(open_document(built_example / language / "BCM-001.docx"))
    positions = [texts.index(LABELS[key][language]) for key in SECTION_ORDER]
    assert positions == sorted(positions)


def test_chinese_document_holds_every_text_of_the_spec(zh):
    text = full_text(zh)
    missing = [source for source in example_texts() if source not in text]
    assert missing == []


def test_english_document_holds_every_translation_and_no_chinese(en):
    text = full_text(en)
    translations = english()
    # a list value starts with a capital: compare without case
    missing = [translations[source] for source in example_texts() if translations[source].lower() not in text.lower()]
    assert missing == []
    assert CJK.findall(text) == []


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("zh", ["2014年12月9日", "1人", "4人", "三级", "100万元", "60万元", "每人每次扣5分",
                "助理级客户经理专业学习:20课时", "高级客户经理专业学习:104课时", "一、", "二、",
                "电脑、电话、办公设备", "(1)", "OTJ-RS-GWZZ-3002-A0", "BCM-001"]),
        ("en", ["9 December 2014", "1 person", "4 people", "Grade 3", "CNY 1,000,000", "CNY 600,000",
                "5 points deducted per person per occurrence", "20 class hours", "104 class hours",
                "A. Job Responsibilities", "B. Work Activities",
                "Computer, telephone and office equipment", "(a)", "OTJ-RS-GWZZ-3002-A0"]),
    ],
)
def test_values_are_formatted_for_the_language(built_example, language, expected):
    text = full_text(open_document(built_example / language / "BCM-001.docx"))
    assert [value for value in expected if value not in text] == []


def test_numbered_items_count_in_the_chinese_document(zh):
    texts = paragraph_texts(zh)
    assert "一、岗位职责" in texts and "二、工作内容" in texts
    indicators = example_spec().indicators
    # (1) before each KPI category and each deduction
    assert sum(1 for t in texts if t.startswith("(")) == len(indicators.quantitative) + len(
        indicators.qualitative.deductions)
    assert texts.count("1、定量指标") == 1
    assert "2、定性指标:实行扣分制" in texts


def test_section_labels_are_merged_over_their_rows(zh):
    by_label = {cell_text(table._tbl.tr_lst[0].tc_lst[0]): table for table in zh.tables}
    basic = first_column_merge(by_label["基本信息"])
    assert len(basic) >= 4 and basic == ["restart"] + ["continue"] * (len(basic) - 1)
    assert first_column_merge(by_label["工作权限"]) == ["restart", "continue", "continue"]
    spec = example_spec()
    # a row of 资历 per level, then knowledge, abilities, qualities
    rows = len(spec.levels) + 3
    assert first_column_merge(by_label["任职资格"]) == ["restart"] + ["continue"] * (rows - 1)
    # place, hours and a row per further condition
    rows = 2 + len(spec.environment.conditions)
    assert first_column_merge(by_label["工作环境"]) == ["restart"] + ["continue"] * (rows - 1)


def test_two_column_sections_sit_side_by_side(zh):
    headers = [[cell_text(tc) for tc in table._tbl.tr_lst[0].tc_lst] for table in zh.tables]
    assert ["工作联系", "内部工作关系", "外部工作关系"] in headers
    assert ["主要职责", "工作描述", "工作指标"] in headers


def test_reporting_chain_and_career_path_are_boxes_in_nested_tables(zh):
    nested = [
        [cell_text(tc) for tc in table.iter(qn("w:tc")) if cell_text(tc).isprintable() and cell_text(tc)]
        # spacer cells keep boxes apart; the room above the first box holds a character that shows nothing
        for outer in zh.tables for table in outer._tbl.iter(qn("w:tbl")) if table is not outer._tbl
    ]
    assert ["支行行长", "↓", "客户经理", "↓", "客户专员"] in nested
    assert ["本职位", "↓", "其他部门经理", "↓", "行长"] in nested


@pytest.mark.parametrize("language", ["zh", "bilingual"])  # the English document has no Chinese
def test_chinese_text_uses_an_east_asian_font(built_example, language):
    document = open_document(built_example / language / "BCM-001.docx")
    defaults = etree.tostring(document.styles.element.find(qn("w:docDefaults"))).decode()
    assert "Theme" not in defaults  # theme fonts would override the explicit faces
    fonts = {
        east_asia_font(document, run)
        for run in document.element.body.iter(qn("w:r"))
        if CJK.search("".join(t.text or "" for t in run.iter(qn("w:t"))))
    }
    assert fonts == {"SimSun", "SimHei"}


def test_page_is_a4_portrait(zh):
    section = zh.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    widths = [sum(col.width for col in table.columns) for table in zh.tables]
    usable = section.page_width - section.left_margin - section.right_margin
    assert max(widths) <= usable + 5000  # within rounding of the page's text width
