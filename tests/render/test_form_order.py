"""The form reads in its own order: 学历要求 and 专业 above 资历, and a single duty
group without a number (read back as a group by the import)."""

from __future__ import annotations

import contextlib

from jdgen.jobspec.validate import load_spec
from tests.conftest import ExampleProject, invoke
from tests.docx_reading import cell_text, first_column_merge, open_document, paragraph_texts

EDUCATION = "大学本科及以上学历"


def qualification_rows(document) -> list:
    """The qualifications table's rows, as (first column's merge, sub-label) pairs."""
    table = next(t for t in document.tables if cell_text(t._tbl.tr_lst[0].tc_lst[0]) in ("任职资格", "Qualifications"))
    rows = [(row.tc_lst[0], row.tc_lst[1]) for row in table._tbl.tr_lst]
    return list(zip(first_column_merge(table), [cell_text(label) for _, label in rows], strict=True))


def build(example: ExampleProject, language: str = "zh") -> object:
    example.run("build", "--lang", language, "--force")
    return open_document(example.root / "output" / language / "BCM-001.docx")


def test_education_and_major_come_before_experience_in_one_merged_section(example):
    example.edit_spec("  experience:\n", f"  education: {{zh: {EDUCATION}, en: Bachelor's degree}}\n"
                      "  major: {zh: 金融学, en: Finance}\n  experience:\n")
    for language, education, major, experience in (("zh", "学历要求", "专业", "资历"),
                                                   ("en", "Education", "Major", "Education and Experience")):
        rows = qualification_rows(build(example, language))
        labels = [label for _, label in rows]
        assert labels[:3] == [education, major, experience], labels
        merges = [merge for merge, _ in rows]
        assert merges[0] == "restart" and set(merges[1:]) == {"continue"}, merges


def test_without_education_the_section_starts_at_experience(example):
    rows = qualification_rows(build(example))
    assert rows[0] == ("restart", "资历") and "学历要求" not in [label for _, label in rows]
    assert {merge for merge, _ in rows[1:]} == {"continue"}


def test_a_single_duty_group_is_not_numbered_and_imports_back_as_a_group(example, tmp_path):
    text = example.spec.read_text(encoding="utf-8")
    start, end = text.index("  - title: 工作内容"), text.index("indicators:")
    example.spec.write_text(text[:start] + text[end:], encoding="utf-8")
    paragraphs = paragraph_texts(build(example))
    assert "岗位职责" in paragraphs and "一、岗位职责" not in paragraphs
    assert any(paragraph.startswith("1、") for paragraph in paragraphs)
    english = paragraph_texts(build(example, "en"))
    assert not any(paragraph.startswith("A. ") for paragraph in english)
    apart = tmp_path / "apart"
    apart.mkdir()
    with contextlib.chdir(apart):
        invoke("import", str(example.root / "output/zh/BCM-001.docx"), "-o", str(tmp_path / "imported"))
    original, _, _ = load_spec(example.spec, "specs/bcm-001.yaml", root=example.root)
    imported, _, problems = load_spec(tmp_path / "imported/bcm-001.yaml", "bcm-001.yaml", root=example.root)
    assert problems == []
    assert [(group.title, group.items) for group in imported.duties] == [
        (group.title, group.items) for group in original.duties]
    assert len(original.duties) == 1


def test_two_duty_groups_are_numbered(example):
    paragraphs = paragraph_texts(build(example))
    assert "一、岗位职责" in paragraphs and "二、工作内容" in paragraphs
