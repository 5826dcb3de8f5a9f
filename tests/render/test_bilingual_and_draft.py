"""The bilingual document, and drafts that mark untranslated texts."""

from __future__ import annotations

from docx.oxml.ns import qn
from lxml import etree

from jdgen import marks
from jdgen.render.ooxml import W, apply_marks, put_in_schema_order
from tests.docx_reading import open_document, paragraph_texts
from tests.example_content import LABELS, SECTION_ORDER, english, example_texts


def _runs_of(paragraph) -> list[list[str]]:
    """Each run of a paragraph as the list of its child tags and texts."""
    return [[etree.QName(child).localname if child.tag != qn("w:t") else child.text
             for child in run if child.tag != qn("w:rPr")]
            for run in paragraph.iter(qn("w:r"))]


def test_bilingual_document_stacks_both_languages_in_every_cell(built_example):
    document = open_document(built_example / "bilingual" / "BCM-001.docx")
    texts = paragraph_texts(document)
    for key in SECTION_ORDER:
        assert LABELS[key]["zh"] + LABELS[key]["en"] in texts
    joined = "\n".join(texts)
    translations = english()
    assert [t for t in example_texts() if t not in joined] == []
    assert [translations[t] for t in example_texts() if translations[t].lower() not in joined.lower()] == []
    summary = next(p for p in document.element.body.iter(qn("w:p"))
                   if "银行客户经理工作主要以客户为中心" in "".join(t.text or "" for t in p.iter(qn("w:t"))))
    [[chinese, line_break, english_text]] = _runs_of(summary)
    assert chinese.startswith("银行客户经理") and line_break == "br" and english_text.startswith("The bank customer")


def test_bilingual_numbers_follow_the_first_language(built_example):
    texts = paragraph_texts(open_document(built_example / "bilingual" / "BCM-001.docx"))
    assert "一、岗位职责Job Responsibilities" in texts
    assert not [t for t in texts if t.startswith("A. ")]


def test_draft_builds_and_highlights_each_gap(example):
    example.edit_spec("physical: 健康,能适应加班", "physical: 健康,能适应偶尔加班")
    result = example.run("build", "--lang", "en", "--draft", status=0)
    line = example.line_of("physical:")
    assert f"specs/bcm-001.yaml:{line}:11: warning: physical: untranslated (en)" in result.output
    document = open_document(example.root / "output/draft/en/BCM-001.docx")
    [run] = [r for r in document.element.body.iter(qn("w:r"))
             if "".join(t.text or "" for t in r.iter(qn("w:t"))) == "健康,能适应偶尔加班"]
    assert run.find(f"{qn('w:rPr')}/{qn('w:highlight')}").get(qn("w:val")) == "yellow"
    example.run("build", "--lang", "en", status=1)  # without --draft it is refused


def test_marks_split_a_run_keeping_its_properties():
    xml = (f'<w:p xmlns:w="{W}"><w:r><w:rPr><w:b/><w:lang w:val="zh-CN"/></w:rPr>'
           f'<w:t>1、</w:t><w:tab/><w:t>前{marks.draft("缺")}后{marks.LINE_BREAK}next</w:t></w:r></w:p>')
    root = etree.fromstring(xml)
    apply_marks(root)
    put_in_schema_order(root)
    runs = root.findall(f"{{{W}}}r")
    assert [[etree.QName(c).localname for c in run.find(f"{{{W}}}rPr")] for run in runs] == [
        ["b", "lang"], ["b", "lang"], ["b", "highlight", "lang"], ["b", "lang"]]
    assert _runs_of(root) == [["1、", "tab"], ["前"], ["缺"], ["后", "br", "next"]]
