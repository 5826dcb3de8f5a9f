"""The built-in corporate form (岗位说明书): a project started on it builds its
example into documents with a row per duty (序号 | 职责描述 | 权重) and a row
per measure (指标 | 目标值 | 考核周期 | 权重), the 任职资格 rows with 专业, in
Chinese, English and bilingual, each valid for Word; a copy of it made by
``jdgen template new --from corporate`` builds the same documents."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from docx.oxml.ns import qn

from jdgen.render.word_rules import check_docx
from tests.conftest import REPO, ExampleProject, invoke
from tests.docx_reading import cell_text, open_document, paragraph_texts

FOLDERS = ["zh", "en", "bilingual"]


@pytest.fixture(scope="module")
def corporate(tmp_path_factory) -> ExampleProject:
    """A project started on the corporate form, built in every language."""
    folder = tmp_path_factory.mktemp("corporate")
    with contextlib.chdir(folder):
        invoke("init", "--template", "corporate", "project")
    project = ExampleProject(folder / "project")
    result = project.run("build")
    assert "warning" not in result.output, result.output
    return project


def rows(path: Path) -> list[list[str]]:
    """Every table row of a document, as the texts of its cells."""
    body = open_document(path).element.body
    return [[cell_text(tc) for tc in tr.iter(qn("w:tc"))] for tr in body.iter(qn("w:tr"))]


def row_of(path: Path, first: str) -> list[str]:
    [found] = [row for row in rows(path) if row and row[0] == first]
    return found


def test_the_form_has_its_seven_sections_in_order(corporate):
    headings = ["一、岗位基本信息", "二、岗位目的", "三、岗位职责", "四、关键绩效指标", "五、任职资格", "六、工作关系",
                "七、工作条件"]
    texts = paragraph_texts(open_document(corporate.root / "output" / "zh" / "PRD-010.docx"))
    assert [texts.index(heading) for heading in headings] == sorted(texts.index(heading) for heading in headings)
    english = paragraph_texts(open_document(corporate.root / "output" / "en" / "PRD-010.docx"))
    assert "4. Key Performance Indicators" in english and "3. Responsibilities" in english


def test_a_row_per_duty_with_its_number_and_weight(corporate):
    path = corporate.root / "output" / "zh" / "PRD-010.docx"
    table = rows(path)
    header = table.index(["序号", "职责描述", "权重"])
    assert table[header + 1] == ["1", "根据生产计划编排班组作业,跟踪进度,确保按期交付。", "30%"]
    assert [row[2] for row in table[header + 1:header + 6]] == ["30%", "25%", "20%", "15%", "10%"]
    assert [row[0] for row in table[header + 1:header + 6]] == ["1", "2", "3", "4", "5"]


def test_a_row_per_measure_with_target_period_and_weight(corporate):
    output = corporate.root / "output"
    assert ["指标", "目标值", "考核周期", "权重"] in rows(output / "zh" / "PRD-010.docx")
    assert row_of(output / "zh" / "PRD-010.docx", "生产计划达成率") == ["生产计划达成率", "≥98%", "月度", "30%"]
    assert row_of(output / "zh" / "PRD-010.docx", "重大安全事故") == ["重大安全事故", "0起", "年度", "20%"]
    assert row_of(output / "en" / "PRD-010.docx", "Production plan attainment") == [
        "Production plan attainment", "at least 98%", "Monthly", "30%"]
    assert row_of(output / "en" / "PRD-010.docx", "Major safety incidents") == [
        "Major safety incidents", "0 incidents", "Yearly", "20%"]


def test_the_qualifications_name_the_major(corporate):
    output = corporate.root / "output"
    assert row_of(output / "zh" / "PRD-010.docx", "专业") == ["专业", "机械、自动化或相关专业"]
    assert row_of(output / "en" / "PRD-010.docx", "Major") == [
        "Major", "Mechanical engineering, automation or a related field"]
    assert [row[0] for row in rows(output / "zh" / "PRD-010.docx") if row[0] in ("学历", "专业", "经验", "证书", "技能")] \
        == ["学历", "专业", "经验", "证书", "技能"]


def test_the_bilingual_document_has_both_languages_in_each_row(corporate):
    row = row_of(corporate.root / "output" / "bilingual" / "PRD-010.docx", "生产计划达成率Production plan attainment")
    assert row == ["生产计划达成率Production plan attainment", "≥98%at least 98%", "月度Monthly", "30%"]


@pytest.mark.parametrize("folder", FOLDERS)
def test_the_documents_are_valid_for_word(corporate, folder):
    assert [str(v) for v in check_docx((corporate.root / "output" / folder / "PRD-010.docx").read_bytes())] == []


def test_a_copy_of_the_form_builds_the_same_documents(corporate, tmp_path):
    project = ExampleProject(tmp_path / "project")
    for name in ("specs", "translations"):
        (project.root / name).mkdir(parents=True)
        for path in (corporate.root / name).iterdir():
            (project.root / name / path.name).write_bytes(path.read_bytes())
    project.run("template", "new", "ours", "--from", "corporate", "--use")
    assert (project.root / "templates" / "ours" / "form.docx").read_bytes() == \
        (REPO / "jdgen" / "templates" / "corporate" / "form.docx").read_bytes()
    result = project.run("build")
    assert "warning" not in result.output, result.output
    for folder in FOLDERS:
        built = project.root / "output" / folder / "PRD-010.docx"
        assert rows(built) == rows(corporate.root / "output" / folder / "PRD-010.docx")


def test_no_row_breaks_across_pages_and_table_headers_repeat(corporate):
    for folder in FOLDERS:
        body = open_document(corporate.root / "output" / folder / "PRD-010.docx").element.body
        table_rows = list(body.iter(qn("w:tr")))
        assert table_rows and all(row.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None for row in table_rows)
        headers = [[cell_text(tc) for tc in row.iter(qn("w:tc"))] for row in table_rows
                   if row.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None]
        assert len(headers) == 2 and headers[0][0] in ("序号", "No.", "序号No."), headers
